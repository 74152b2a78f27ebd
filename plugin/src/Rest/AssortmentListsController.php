<?php
/**
 * GET /kundeportal/v1/assortment-lists.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Rest;

use Kundeportal\Domain\AssortmentList;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The assortment lists a caller may assign: a manager those of the companies of the
 * departments they manage, a shop admin all (or one company's with ?company=ID). Logged out
 * 401, employees 403, a company outside the scope (or unknown) 404, bad input 400.
 * Lists are written by the shop admin in wp-admin (WooCommerce → Kundeportal).
 */
final class AssortmentListsController extends BaseController {

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		$this->rest_base = 'assortment-lists';

		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => $this->get_collection_params(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Logged in (401) and a manager or shop admin (403).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		$logged_in = $this->check_logged_in();
		if ( true !== $logged_in ) {
			return $logged_in;
		}

		return $this->run( fn() => $this->managed_department_ids() ? true : Errors::forbidden() );
	}

	/**
	 * The lists in scope, by company and name.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		return $this->run(
			function () use ( $request ) {
				$companies = $this->company_ids();
				$company   = (int) $request['company'];
				if ( $company ) {
					if ( ! in_array( $company, $companies, true ) ) {
						return self::company_not_found();
					}
					$companies = array( $company );
				}

				$lists = array();
				if ( $this->services->scope->is_shop_admin( get_current_user_id() ) && ! $company ) {
					$lists = $this->services->assortment_lists->all();
				} else {
					foreach ( $companies as $company_id ) {
						$lists = array_merge( $lists, $this->services->assortment_lists->for_company( $company_id ) );
					}
				}

				$items = array();
				foreach ( $lists as $list ) {
					$items[] = $this->filter_response_by_context( $this->present( $list ), $request['context'] ?? 'view' );
				}

				return $this->with_pagination( rest_ensure_response( $items ), count( $items ), 1 );
			}
		);
	}

	/**
	 * Shapes a list.
	 *
	 * @param AssortmentList $list List.
	 * @return array
	 */
	private function present( AssortmentList $list ): array {
		$products = $this->services->assortment_lists->items( $list->id );

		return array(
			'id'           => $list->id,
			'company'      => array(
				'id'   => $list->company_id,
				'name' => $this->company_name( $list->company_id ),
			),
			'name'         => $list->name,
			'is_default'   => $list->is_default,
			'product_ids'  => $products,
			'item_count'   => count( $products ),
			'member_count' => $this->member_count( $list->id ),
		);
	}

	/**
	 * Number of members the list is assigned to.
	 *
	 * @param int $list_id List id.
	 * @return int
	 */
	private function member_count( int $list_id ): int {
		global $wpdb;

		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- Own table, counted live.
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->kundeportal_member_lists} ml INNER JOIN {$wpdb->kundeportal_members} m ON m.user_id = ml.user_id AND m.status = 'active' INNER JOIN {$wpdb->kundeportal_assortment_lists} l ON l.id = ml.list_id AND l.company_id = m.company_id WHERE ml.list_id = %d", $list_id ) );
	}

	/**
	 * Companies of the departments in scope (all companies for shop admins).
	 *
	 * @return int[]
	 */
	private function company_ids(): array {
		if ( $this->services->scope->is_shop_admin( get_current_user_id() ) ) {
			return array_map( static fn ( $company ): int => (int) $company->id, $this->services->companies->all() );
		}

		$ids = array();
		foreach ( $this->managed_department_ids() as $department_id ) {
			$department = $this->services->departments->get( $department_id );
			if ( $department ) {
				$ids[ $department->company_id ] = $department->company_id;
			}
		}

		return array_values( $ids );
	}

	/**
	 * The company does not exist or lies outside the caller's scope.
	 *
	 * @return WP_Error
	 */
	private static function company_not_found(): WP_Error {
		return new WP_Error(
			'kundeportal_company_not_found',
			__( 'Company not found.', 'kundeportal' ),
			array( 'status' => 404 )
		);
	}

	/**
	 * Query arguments.
	 *
	 * @return array
	 */
	public function get_collection_params(): array {
		return $this->context_args() + array(
			'company' => array(
				'description' => __( 'Only the lists of this company.', 'kundeportal' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'default'     => 0,
			),
		);
	}

	/**
	 * JSON schema of an assortment list.
	 *
	 * @return array
	 */
	public function get_item_schema(): array {
		if ( ! $this->schema ) {
			$this->schema = Schema::root(
				'kundeportal_assortment_list',
				array(
					'id'           => Schema::field( 'integer', __( 'Assortment list id.', 'kundeportal' ) ),
					'company'      => Schema::object(
						'object',
						__( 'Company the list belongs to.', 'kundeportal' ),
						array(
							'id'   => Schema::field( 'integer', __( 'Company id.', 'kundeportal' ) ),
							'name' => Schema::field( 'string', __( 'Company name.', 'kundeportal' ) ),
						)
					),
					'name'         => Schema::field( 'string', __( 'Name of the list.', 'kundeportal' ) ),
					'is_default'   => Schema::field( 'boolean', __( 'Whether members without own lists get this list.', 'kundeportal' ) ),
					'product_ids'  => Schema::field( 'array', __( 'Products and variations on the list.', 'kundeportal' ), array( 'items' => array( 'type' => 'integer' ) ) ),
					'item_count'   => Schema::field( 'integer', __( 'Number of products and variations on the list.', 'kundeportal' ) ),
					'member_count' => Schema::field( 'integer', __( 'Number of users the list is assigned to.', 'kundeportal' ) ),
				)
			);
		}

		return $this->add_additional_fields_schema( $this->schema );
	}
}
