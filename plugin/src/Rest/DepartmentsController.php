<?php
/**
 * GET /kundeportal/v1/departments and /departments/{id}.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Rest;

use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Departments the current user manages (all of them for shop admins), with their figures.
 * Users who manage nothing get 403; a department outside the scope, or missing, is 404.
 */
final class DepartmentsController extends BaseController {

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$this->rest_base = 'departments';

		$this->add_route( '', WP_REST_Server::READABLE, 'get_items', $this->context_args() );
		$this->add_route( '/(?P<id>\d+)', WP_REST_Server::READABLE, 'get_item', $this->context_args(), self::id_arg( __( 'Department id.', 'kundeportal' ) ) );
	}

	/**
	 * Logged in (401) and managing at least one department (403).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		$logged_in = $this->check_logged_in();
		if ( true !== $logged_in ) {
			return $logged_in;
		}

		return $this->run(
			fn() => $this->managed_department_ids() ? true : Errors::forbidden()
		);
	}

	/**
	 * As get_items_permissions_check, and the department must be in scope (404 otherwise).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		$allowed = $this->get_items_permissions_check( $request );
		if ( true !== $allowed ) {
			return $allowed;
		}

		return $this->run(
			function () use ( $request ) {
				$id = (int) $request['id'];

				if ( ! in_array( $id, $this->managed_department_ids(), true ) ) {
					return Errors::department_not_found();
				}

				return $this->services->departments->get( $id ) ? true : Errors::department_not_found();
			}
		);
	}

	/**
	 * Lists the departments in scope, sorted by company and name.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function get_items( $request ) {
		return $this->run(
			function () use ( $request ) {
				$items = array();

				foreach ( $this->managed_department_ids() as $id ) {
					$department = $this->services->departments->get( $id );
					if ( $department ) {
						$items[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $department, $request ) );
					}
				}

				usort( $items, fn( $a, $b ) => array( $a['company_name'], $a['name'] ) <=> array( $b['company_name'], $b['name'] ) );

				return $this->with_pagination( rest_ensure_response( $items ), count( $items ), 1 );
			}
		);
	}

	/**
	 * One department in scope.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function get_item( $request ) {
		return $this->run(
			function () use ( $request ) {
				$department = $this->services->departments->get( (int) $request['id'] );
				if ( ! $department ) {
					return Errors::department_not_found();
				}

				return $this->prepare_item_for_response( $department, $request );
			}
		);
	}

	/**
	 * Shapes a department with its company name and figures.
	 *
	 * @param \Kundeportal\Domain\Department $item    Department.
	 * @param WP_REST_Request                $request Request.
	 * @return \WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$data = array(
			'id'           => (int) $item->id,
			'company_id'   => (int) $item->company_id,
			'company_name' => $this->company_name( (int) $item->company_id ),
			'name'         => (string) $item->name,
			'status'       => (string) $item->status,
			'figures'      => array_map( 'intval', $this->services->credit->department_figures( (int) $item->id )->to_array() ),
		);

		$data = $this->filter_response_by_context( $data, $request['context'] ?? 'view' );

		return rest_ensure_response( $data );
	}

	/**
	 * JSON schema of a department.
	 *
	 * @return array
	 */
	public function get_item_schema(): array {
		if ( ! $this->schema ) {
			$this->schema = Schema::root(
				'kundeportal_department',
				array(
					'id'           => Schema::field( 'integer', __( 'Department id.', 'kundeportal' ) ),
					'company_id'   => Schema::field( 'integer', __( 'Company id.', 'kundeportal' ) ),
					'company_name' => Schema::field( 'string', __( 'Company name.', 'kundeportal' ) ),
					'name'         => Schema::field( 'string', __( 'Department name.', 'kundeportal' ) ),
					'status'       => Schema::field( 'string', __( 'Department status.', 'kundeportal' ), array( 'enum' => array( 'active', 'archived' ) ) ),
					'figures'      => self::figures_schema(),
				)
			);
		}

		return $this->add_additional_fields_schema( $this->schema );
	}

	/**
	 * Schema of the department figures.
	 *
	 * @return array
	 */
	private static function figures_schema(): array {
		return Schema::object(
			'object',
			__( 'Key figures of the department.', 'kundeportal' ),
			array(
				'available_credit'   => Schema::money( __( 'Sum of active members\' credit limits minus spent this period, in minor units.', 'kundeportal' ) ),
				'credit_limit_total' => Schema::money( __( 'Sum of active members\' credit limits, in minor units.', 'kundeportal' ) ),
				'spent_this_month'   => Schema::money( __( 'Spent this month, in minor units.', 'kundeportal' ) ),
				'spent_this_year'    => Schema::money( __( 'Spent this year, in minor units.', 'kundeportal' ) ),
				'orders_this_year'   => Schema::field( 'integer', __( 'Orders charged this year.', 'kundeportal' ) ),
				'average_order'      => Schema::money( __( 'Spent this year divided by orders this year, in minor units.', 'kundeportal' ) ),
				'users'              => Schema::field( 'integer', __( 'Active members.', 'kundeportal' ) ),
				'pending_orders'     => Schema::field( 'integer', __( 'Orders awaiting approval.', 'kundeportal' ) ),
			)
		);
	}
}
