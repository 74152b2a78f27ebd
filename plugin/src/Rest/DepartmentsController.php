<?php
/**
 * GET|POST /kundeportal/v1/departments and GET|PATCH /departments/{id}.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Rest;

use Kundeportal\Domain\Department;
use Kundeportal\Domain\DepartmentEditor;
use Kundeportal\Domain\InvalidFields;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Departments the current user manages (all of them for shop admins), with their figures.
 * Users who manage nothing get 403; a department outside the scope, or missing, is 404.
 * Company admins (and shop admins) create departments (POST) and rename, archive or
 * reactivate them (PATCH name/status); other managers get 403 on these writes.
 */
final class DepartmentsController extends BaseController {

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$this->rest_base = 'departments';

		$id_arg = self::id_arg( __( 'Department id.', 'kundeportal' ) );

		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => $this->context_args(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => self::write_args( true ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>\d+)',
			array(
				'args'   => $id_arg,
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => $this->context_args(),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'update_item_permissions_check' ),
					'args'                => self::write_args( false ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Arguments of POST (create) and PATCH (update). Names are checked in the domain so the
	 * messages are translated and tied to the field.
	 *
	 * @param bool $create Whether for POST.
	 * @return array
	 */
	private static function write_args( bool $create ): array {
		$args = array(
			'name' => array(
				'description' => __( 'Department name (unique within the company, at most 190 characters).', 'kundeportal' ),
				'type'        => 'string',
			),
		);
		if ( $create ) {
			$args['company_id'] = array(
				'description' => __( 'Company of the new department; defaults to the company the user administers.', 'kundeportal' ),
				'type'        => 'integer',
				'minimum'     => 1,
			);
		} else {
			$args['status'] = array(
				'description' => __( 'active or archived.', 'kundeportal' ),
				'type'        => 'string',
				'enum'        => array( Department::STATUS_ACTIVE, Department::STATUS_ARCHIVED ),
			);
		}

		return $args;
	}

	/**
	 * Logged in (401); a company admin or shop admin (403); a given company_id must be one
	 * they administer (404).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		$logged_in = $this->check_logged_in();
		if ( true !== $logged_in ) {
			return $logged_in;
		}

		return $this->run(
			function () use ( $request ) {
				$user_id = get_current_user_id();
				if ( ! $this->is_department_admin( $user_id ) ) {
					return Errors::forbidden();
				}

				return $this->target_company( $request ) > 0 ? true : Errors::company_not_found();
			}
		);
	}

	/**
	 * Logged in (401); a company admin or shop admin (403); the department exists and belongs
	 * to a company they administer (404).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		$logged_in = $this->check_logged_in();
		if ( true !== $logged_in ) {
			return $logged_in;
		}

		return $this->run(
			function () use ( $request ) {
				$user_id = get_current_user_id();
				if ( ! $this->is_department_admin( $user_id ) ) {
					return Errors::forbidden();
				}
				$department = $this->services->departments->get( (int) $request['id'] );

				return $department && $this->services->scope->can_administer_company( $user_id, $department->company_id ) ? true : Errors::department_not_found();
			}
		);
	}

	/**
	 * Creates an active department; 201 with the department.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function create_item( $request ) {
		return $this->run(
			function () use ( $request ) {
				$company_id = $this->target_company( $request );
				$name       = $this->services->departments->check_name( $company_id, $request['name'] );
				$department = $this->services->departments->create( $company_id, $name );

				$response = $this->prepare_item_for_response( $department, $request );
				$response->set_status( 201 );

				return $response;
			}
		);
	}

	/**
	 * Renames and/or archives or reactivates a department through Domain\DepartmentEditor:
	 * only a department without active members can be archived (409
	 * `kundeportal_department_has_members`); archiving revokes its registration link;
	 * managers, history and orders stay.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function update_item( $request ) {
		return $this->run(
			function () use ( $request ) {
				$department = $this->services->departments->get( (int) $request['id'] );
				if ( ! $department ) {
					return Errors::department_not_found();
				}
				$params = $request->get_params();
				if ( ! array_key_exists( 'name', $params ) && ! array_key_exists( 'status', $params ) ) {
					throw new InvalidFields( array( 'name' => __( 'Send a new name or status.', 'kundeportal' ) ) );
				}
				$editor = new DepartmentEditor( $this->services->departments, $this->services->members, $this->services->invites );
				if ( array_key_exists( 'name', $params ) ) {
					$name       = $this->services->departments->check_name( $department->company_id, $params['name'], $department->id );
					$department = $editor->rename( $department, $name );
				}
				if ( array_key_exists( 'status', $params ) ) {
					$department = Department::STATUS_ARCHIVED === $params['status'] ? $editor->archive( $department ) : $editor->restore( $department );
				}

				return $this->prepare_item_for_response( $this->services->departments->get( $department->id ), $request );
			}
		);
	}

	/**
	 * Whether the user may create and change departments at all.
	 *
	 * @param int $user_id User id.
	 * @return bool
	 */
	private function is_department_admin( int $user_id ): bool {
		return $this->services->scope->is_shop_admin( $user_id ) || $this->services->scope->is_company_admin( $user_id );
	}

	/**
	 * The company a new department goes to: the given company_id when the user administers
	 * it, else the company the user administers; 0 when none.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return int
	 */
	private function target_company( WP_REST_Request $request ): int {
		$user_id    = get_current_user_id();
		$company_id = isset( $request['company_id'] ) ? (int) $request['company_id'] : $this->services->scope->admin_company_id( $user_id );
		if ( $company_id <= 0 || ! $this->services->companies->get( $company_id ) ) {
			return 0;
		}

		return $this->services->scope->can_administer_company( $user_id, $company_id ) ? $company_id : 0;
	}

	/**
	 * Logged in (401) and managing at least one department or administering a company (403).
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
			fn() => $this->managed_department_ids() || $this->services->scope->is_company_admin( get_current_user_id() ) ? true : Errors::forbidden()
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
			'managers'     => $this->managers( (int) $item->id ),
			'can_edit'     => $this->services->scope->can_administer_company( get_current_user_id(), (int) $item->company_id ),
		);

		$data = $this->filter_response_by_context( $data, $request['context'] ?? 'view' );

		return rest_ensure_response( $data );
	}

	/**
	 * The department's managers: id, name and e-mail.
	 *
	 * @param int $department_id Department id.
	 * @return array[]
	 */
	private function managers( int $department_id ): array {
		$managers = array();
		foreach ( $this->services->departments->managers( $department_id ) as $user_id ) {
			$user = get_userdata( $user_id );
			if ( ! $user ) {
				continue;
			}
			$name       = trim( $user->first_name . ' ' . $user->last_name );
			$managers[] = array(
				'id'    => (int) $user->ID,
				'name'  => '' === $name ? (string) $user->display_name : $name,
				'email' => (string) $user->user_email,
			);
		}

		return $managers;
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
					'managers'     => Schema::list_of(
						__( 'Managers of the department.', 'kundeportal' ),
						array(
							'id'    => Schema::field( 'integer', __( 'User id.', 'kundeportal' ) ),
							'name'  => Schema::field( 'string', __( 'Full name.', 'kundeportal' ) ),
							'email' => Schema::field( 'string', __( 'E-mail address.', 'kundeportal' ) ),
						)
					),
					'can_edit'     => Schema::field( 'boolean', __( 'Whether the current user may rename and archive the department (company admin).', 'kundeportal' ) ),
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
