<?php
/**
 * The REST layer's errors: known refusals and the exception mapper.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Rest;

use Kundeportal\Domain\DomainException;
use Kundeportal\Domain\InvalidFields;
use Throwable;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Builds every WP_Error the routes return. Codes are `kundeportal_<reason>`,
 * messages are translated, and nothing internal ever reaches the caller.
 */
final class Errors {

	/**
	 * The caller is not logged in (401), or logged in but refused (403).
	 *
	 * @return WP_Error
	 */
	public static function not_logged_in(): WP_Error {
		return new WP_Error(
			'kundeportal_not_logged_in',
			__( 'You must be logged in to do that.', 'kundeportal' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * The logged-in user has no portal role that allows this route.
	 *
	 * @return WP_Error
	 */
	public static function forbidden(): WP_Error {
		return new WP_Error(
			'kundeportal_forbidden',
			__( 'You do not have access to this.', 'kundeportal' ),
			array( 'status' => 403 )
		);
	}

	/**
	 * The order does not exist or lies outside the user's scope; the two are not told apart.
	 *
	 * @return WP_Error
	 */
	public static function order_not_found(): WP_Error {
		return new WP_Error(
			'kundeportal_order_not_found',
			__( 'Order not found.', 'kundeportal' ),
			array( 'status' => 404 )
		);
	}

	/**
	 * The department does not exist or lies outside the user's scope.
	 *
	 * @return WP_Error
	 */
	public static function department_not_found(): WP_Error {
		return new WP_Error(
			'kundeportal_department_not_found',
			__( 'Department not found.', 'kundeportal' ),
			array( 'status' => 404 )
		);
	}

	/**
	 * The company does not exist or the user does not administer it.
	 *
	 * @return WP_Error
	 */
	public static function company_not_found(): WP_Error {
		return new WP_Error(
			'kundeportal_company_not_found',
			__( 'Company not found.', 'kundeportal' ),
			array( 'status' => 404 )
		);
	}

	/**
	 * The member does not exist or lies outside the user's scope.
	 *
	 * @return WP_Error
	 */
	public static function member_not_found(): WP_Error {
		return new WP_Error(
			'kundeportal_member_not_found',
			__( 'User not found.', 'kundeportal' ),
			array( 'status' => 404 )
		);
	}

	/**
	 * Maps an exception to a WP_Error. Domain exceptions keep their code, message and
	 * status; anything else is logged and answered with a generic 500.
	 *
	 * @param Throwable $error What was thrown.
	 * @return WP_Error
	 */
	public static function from_throwable( Throwable $error ): WP_Error {
		if ( $error instanceof DomainException ) {
			$data = array( 'status' => $error->get_status() );
			if ( $error instanceof InvalidFields ) {
				$data['params'] = $error->get_fields();
			}

			return new WP_Error( 'kundeportal_' . $error->get_error_code(), $error->getMessage(), $data );
		}

		self::log( $error );

		return new WP_Error(
			'kundeportal_internal_error',
			__( 'Something went wrong. Please try again later.', 'kundeportal' ),
			array( 'status' => 500 )
		);
	}

	/**
	 * Writes an unexpected exception to the WooCommerce log (source kundeportal).
	 *
	 * @param Throwable $error What was thrown.
	 */
	private static function log( Throwable $error ): void {
		if ( ! function_exists( 'wc_get_logger' ) ) {
			return;
		}

		wc_get_logger()->error(
			sprintf( 'REST request failed: %s: %s', get_class( $error ), $error->getMessage() ),
			array(
				'source' => 'kundeportal',
				'file'   => $error->getFile() . ':' . $error->getLine(),
				'trace'  => $error->getTraceAsString(),
			)
		);
	}
}
