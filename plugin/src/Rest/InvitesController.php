<?php
/**
 * GET|POST /departments/{id}/invite.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Rest;

use Kundeportal\Domain\Department;
use Kundeportal\Domain\DomainException;
use Kundeportal\Domain\InvalidFields;
use Kundeportal\Domain\Invites;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * A department's registration link. Only the token's hash is stored, so GET never returns the
 * URL (`url: null`); POST creates a new link (revoking the old one) and returns its URL once.
 * Logged out 401, no managed department 403, department out of scope 404, bad args 400.
 */
final class InvitesController extends BaseController {

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$this->rest_base = 'departments';
		$id_arg          = self::id_arg( __( 'Department id.', 'kundeportal' ) );

		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>\d+)/invite',
			array(
				'args'   => $id_arg,
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => self::create_args(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Logged in (401), manager of something (403), of this department (404).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		$logged_in = $this->check_logged_in();
		if ( true !== $logged_in ) {
			return $logged_in;
		}

		return $this->run(
			function () use ( $request ) {
				$scope = $this->managed_department_ids();
				if ( ! $scope ) {
					return Errors::forbidden();
				}
				$id = (int) $request['id'];

				return in_array( $id, $scope, true ) && $this->services->departments->get( $id ) ? true : Errors::department_not_found();
			}
		);
	}

	/**
	 * Same as reading the link.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		return $this->get_item_permissions_check( $request );
	}

	/**
	 * The link's state, without the URL.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function get_item( $request ) {
		return $this->run( fn() => rest_ensure_response( $this->present( (int) $request['id'], null ) ) );
	}

	/**
	 * Creates a new link (the old one stops working) and returns its URL, once.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error 201.
	 */
	public function create_item( $request ) {
		return $this->run(
			function () use ( $request ) {
				$id         = (int) $request['id'];
				$department = $this->services->departments->get( $id );
				if ( $department && Department::STATUS_ARCHIVED === $department->status ) {
					throw new DomainException( 'department_archived', __( 'This department is archived, so it cannot get a registration link.', 'kundeportal' ), 400 );
				}
				if ( ! $this->links_allowed( $id ) ) {
					throw new DomainException( 'invites_off', __( 'Registration links are turned off for your company. Ask the shop to turn them on.', 'kundeportal' ), 403 );
				}
				$expires = self::expiry( $request['expires_at'] ?? null );
				$max     = null === $request['max_uses'] ? null : (int) $request['max_uses'];
				$domains = Invites::normalize_domains( $request['allowed_domains'] ?? null );
				$token   = $this->services->invites->rotate( $id, get_current_user_id(), $expires, $max, $domains );

				$response = rest_ensure_response( $this->present( $id, self::url( $token ) ) );
				$response->set_status( 201 );

				return $response;
			}
		);
	}

	/**
	 * The join URL of a token.
	 *
	 * @param string $token Token.
	 * @return string
	 */
	public static function url( string $token ): string {
		return add_query_arg( 'kundeportal_join', $token, wc_get_page_permalink( 'myaccount' ) );
	}

	/**
	 * UTC end of the given local date, or null.
	 *
	 * @param mixed $date 'Y-m-d' or null.
	 * @return string|null
	 * @throws InvalidFields When the date is not a real date or lies in the past.
	 */
	private static function expiry( $date ): ?string {
		if ( null === $date || '' === $date ) {
			return null;
		}

		$parsed = \DateTimeImmutable::createFromFormat( '!Y-m-d', (string) $date, wp_timezone() );
		if ( ! $parsed || $parsed->format( 'Y-m-d' ) !== $date ) {
			throw new InvalidFields( array( 'expires_at' => __( 'Enter a valid date, like 2025-05-31.', 'kundeportal' ) ) );
		}
		if ( $parsed->format( 'Y-m-d' ) < wp_date( 'Y-m-d' ) ) {
			throw new InvalidFields( array( 'expires_at' => __( 'Choose a date from today on.', 'kundeportal' ) ) );
		}

		return $parsed->setTime( 23, 59, 59 )->setTimezone( new \DateTimeZone( 'UTC' ) )->format( 'Y-m-d H:i:s' );
	}

	/**
	 * The response object.
	 *
	 * @param int         $department_id Department.
	 * @param string|null $url           URL right after creation, else null.
	 * @return array
	 */
	private function present( int $department_id, ?string $url ): array {
		$row     = $this->services->invites->current( $department_id );
		$allowed = $this->links_allowed( $department_id );

		return array(
			'exists'          => null !== $row,
			'usable'          => $row && $allowed ? Invites::is_usable( $row ) : false,
			'allowed'         => $allowed,
			'expires_at'      => $row && $row->expires_at ? get_date_from_gmt( $row->expires_at, 'Y-m-d' ) : null,
			'max_uses'        => $row && null !== $row->max_uses ? (int) $row->max_uses : null,
			'uses'            => $row ? (int) $row->uses : 0,
			'url'             => $url,
			'allowed_domains' => $row ? Invites::domains( $row ) : array(),
		);
	}

	/**
	 * Whether the department's company lets managers create and use registration links.
	 *
	 * @param int $department_id Department.
	 * @return bool
	 */
	private function links_allowed( int $department_id ): bool {
		$department = $this->services->departments->get( $department_id );
		$company    = $department ? $this->services->companies->get( $department->company_id ) : null;

		return ! $company || $company->invites_allowed();
	}

	/**
	 * Body arguments of POST.
	 *
	 * @return array
	 */
	private static function create_args(): array {
		return array(
			'expires_at'      => array(
				'description' => __( 'Last day the link works (site time zone), or null for no expiry.', 'kundeportal' ),
				'type'        => array( 'string', 'null' ),
				'pattern'     => '^\d{4}-\d{2}-\d{2}$',
				'default'     => null,
			),
			'max_uses'        => array(
				'description' => __( 'Maximum number of registrations, or null for no limit.', 'kundeportal' ),
				'type'        => array( 'integer', 'null' ),
				'minimum'     => 1,
				'maximum'     => 10000,
				'default'     => null,
			),
			'allowed_domains' => array(
				'description' => __( 'E-mail domains that may register, e.g. ["staut.no"]; empty for any.', 'kundeportal' ),
				'type'        => array( 'array', 'null' ),
				'items'       => array( 'type' => 'string' ),
				'default'     => null,
			),
		);
	}

	/**
	 * JSON schema of the link object.
	 *
	 * @return array
	 */
	public function get_item_schema(): array {
		if ( ! $this->schema ) {
			$this->schema = array(
				'$schema'              => 'http://json-schema.org/draft-04/schema#',
				'title'                => 'kundeportal_invite',
				'type'                 => 'object',
				'additionalProperties' => false,
				'properties'           => array(
					'exists'          => array(
						'description' => __( 'Whether the department has an active link.', 'kundeportal' ),
						'type'        => 'boolean',
					),
					'usable'          => array(
						'description' => __( 'Whether the link is neither expired nor used up.', 'kundeportal' ),
						'type'        => 'boolean',
					),
					'allowed'         => array(
						'description' => __( 'Whether the company lets managers create registration links (false: links are turned off and do not work).', 'kundeportal' ),
						'type'        => 'boolean',
					),
					'expires_at'      => array(
						'description' => __( 'Last day the link works, or null.', 'kundeportal' ),
						'type'        => array( 'string', 'null' ),
					),
					'max_uses'        => array(
						'description' => __( 'Maximum number of registrations, or null.', 'kundeportal' ),
						'type'        => array( 'integer', 'null' ),
					),
					'uses'            => array(
						'description' => __( 'Registrations so far.', 'kundeportal' ),
						'type'        => 'integer',
					),
					'url'             => array(
						'description' => __( 'The link; only in the response that created it, else null.', 'kundeportal' ),
						'type'        => array( 'string', 'null' ),
					),
					'allowed_domains' => array(
						'description' => __( 'Lower-case e-mail domains that may register; empty for any.', 'kundeportal' ),
						'type'        => 'array',
						'items'       => array( 'type' => 'string' ),
					),
				),
			);
		}

		return $this->add_additional_fields_schema( $this->schema );
	}
}
