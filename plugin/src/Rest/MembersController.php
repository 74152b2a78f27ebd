<?php
/**
 * GET|POST /members, GET|PATCH|DELETE /members/{id}.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Rest;

use Kundeportal\Domain\Member;
use Kundeportal\Domain\MemberAccounts;
use Kundeportal\Domain\MemberDirectory;
use WC_Order;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The users of the departments the caller manages (shop admins: all). Logged out 401, no
 * managed department 403, a member outside scope (or none) 404 `kundeportal_member_not_found`,
 * invalid fields 400 `kundeportal_invalid_fields` with a message per field in data.params.
 */
final class MembersController extends BaseController {

	/**
	 * Department names already looked up in this request.
	 *
	 * @var array<int, string>
	 */
	private array $department_names = array();

	/**
	 * Own assortment list ids of the members of the current page, by user id.
	 *
	 * @var array<int, int[]>
	 */
	private array $member_lists = array();

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$this->rest_base = 'members';
		$id_arg          = self::id_arg( __( 'User id of the member.', 'kundeportal' ) );

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
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => MemberSchema::create_args(),
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
					'args'                => MemberSchema::update_args(),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_item' ),
					'permission_callback' => array( $this, 'delete_item_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Logged in (401) and manager of at least one department or shop admin (403).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		$logged_in = $this->check_logged_in();
		if ( true !== $logged_in ) {
			return $logged_in;
		}

		return $this->run( fn() => $this->managed_department_ids() ? true : Errors::forbidden() );
	}

	/**
	 * Same as listing: managers and shop admins add users.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		return $this->get_items_permissions_check( $request );
	}

	/**
	 * A manager (401/403) and the member in their departments (404).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		$manager = $this->get_items_permissions_check( $request );
		if ( true !== $manager ) {
			return $manager;
		}

		return $this->run( fn() => $this->member_in_scope( $request ) ? true : Errors::member_not_found() );
	}

	/**
	 * Same as reading the member.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		return $this->get_item_permissions_check( $request );
	}

	/**
	 * Same as reading the member; deleting oneself is refused in delete_item (409).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function delete_item_permissions_check( $request ) {
		return $this->get_item_permissions_check( $request );
	}

	/**
	 * One page of members, searched and sorted on the server.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function get_items( $request ) {
		return $this->run(
			function () use ( $request ) {
				$scope      = $this->managed_department_ids();
				$department = (int) $request['department'];
				if ( $department ) {
					if ( ! in_array( $department, $scope, true ) ) {
						return Errors::department_not_found();
					}
					$scope = array( $department );
				}

				$per_page = (int) $request['per_page'];
				$result   = ( new MemberDirectory() )->search( $scope, (string) $request['search'], (string) $request['orderby'], (string) $request['order'], (int) $request['page'], $per_page );
				$items    = array();

				$this->member_lists = $this->services->assortment_lists->member_list_ids_of( array_map( static fn ( $row ): int => (int) $row->user_id, $result->rows ) );
				foreach ( $result->rows as $row ) {
					$items[] = $this->filter_response_by_context( $this->present( $row ), $request['context'] ?? 'view' );
				}

				return $this->with_pagination( rest_ensure_response( $items ), $result->total, (int) ceil( $result->total / max( 1, $per_page ) ) );
			}
		);
	}

	/**
	 * One member with their recent orders.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function get_item( $request ) {
		return $this->run(
			function () use ( $request ) {
				$member = $this->member_in_scope( $request );

				return $member ? $this->detail( $member->user_id ) : Errors::member_not_found();
			}
		);
	}

	/**
	 * Adds a user (new account with the set-password e-mail, or an existing customer).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error 201 with the member.
	 */
	public function create_item( $request ) {
		return $this->run(
			function () use ( $request ) {
				$lists      = $request->get_param( 'assortment_lists' );
				$department = $this->services->departments->get( (int) $request->get_param( 'department_id' ) );
				if ( null !== $lists && $department && in_array( $department->id, $this->managed_department_ids(), true ) ) {
					$this->services->assortment_lists->check_for_company( $lists, $department->company_id );
				}
				$member = $this->accounts()->create( $request->get_params(), $this->managed_department_ids() );
				if ( null !== $lists ) {
					$this->services->assortment_lists->assign( $member->user_id, $lists );
				}
				$response = $this->detail( $member->user_id );
				$response->set_status( 201 );
				$response->header( 'Location', rest_url( sprintf( '%s/%s/%d', $this->namespace, $this->rest_base, $member->user_id ) ) );

				return $response;
			}
		);
	}

	/**
	 * Changes position, department, credit limit or assortment lists (lists of the member's
	 * company only: 400 `kundeportal_invalid_fields` otherwise, nothing changed).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function update_item( $request ) {
		return $this->run(
			function () use ( $request ) {
				$member = $this->member_in_scope( $request );
				if ( ! $member ) {
					return Errors::member_not_found();
				}

				$data = array_intersect_key( $request->get_json_params() ?? $request->get_body_params(), MemberSchema::update_args() );
				$me   = get_current_user_id();
				if ( $member->user_id !== $me && $this->services->scope->is_company_admin( $member->user_id ) && ! $this->services->scope->can_administer_company( $me, $member->company_id ) ) {
					return new \WP_Error( 'kundeportal_forbidden', __( 'Only the shop or a company admin can change a company admin.', 'kundeportal' ), array( 'status' => 403 ) );
				}
				if ( $this->changes_own_limits( $member, $data ) ) {
					return new \WP_Error( 'kundeportal_forbidden', __( 'You cannot change your own credit limit or assortment lists. Ask your company admin or the shop.', 'kundeportal' ), array( 'status' => 403 ) );
				}
				if ( array_key_exists( 'assortment_lists', $data ) ) {
					$this->services->assortment_lists->check_for_company( $data['assortment_lists'], $member->company_id );
				}
				$this->accounts()->update( $member, $data, $this->managed_department_ids() );
				if ( array_key_exists( 'assortment_lists', $data ) ) {
					$this->services->assortment_lists->assign( $member->user_id, $data['assortment_lists'] );
				}

				return $this->detail( $member->user_id );
			}
		);
	}

	/**
	 * Deletes the user from the portal; their orders stay.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error `{ deleted, previous, cancelled_orders }`.
	 */
	public function delete_item( $request ) {
		return $this->run(
			function () use ( $request ) {
				$member = $this->member_in_scope( $request );
				if ( ! $member ) {
					return Errors::member_not_found();
				}

				$refusal = $this->delete_refusal( $member );
				if ( $refusal ) {
					return $refusal;
				}

				$previous  = $this->detail( $member->user_id )->get_data();
				$cancelled = $this->accounts()->delete( $member, get_current_user_id() );

				return rest_ensure_response(
					array(
						'deleted'          => true,
						'previous'         => $previous,
						'cancelled_orders' => $cancelled,
					)
				);
			}
		);
	}

	/**
	 * Whether a manager is changing their own credit limit or assortment lists (the limits their
	 * company set for them). Sending the current values is fine; company and shop admins may.
	 *
	 * @param Member $member Member being updated.
	 * @param array  $data   Sent fields.
	 * @return bool
	 */
	private function changes_own_limits( Member $member, array $data ): bool {
		$me = get_current_user_id();
		if ( $member->user_id !== $me || $this->services->scope->can_administer_company( $me, $member->company_id ) ) {
			return false;
		}
		if ( array_key_exists( 'credit_limit', $data ) && $data['credit_limit'] !== $member->credit_limit ) {
			return true;
		}
		if ( array_key_exists( 'assortment_lists', $data ) ) {
			$sent = is_array( $data['assortment_lists'] ) ? array_map( 'intval', $data['assortment_lists'] ) : null;
			if ( null !== $sent ) {
				sort( $sent );
			}
			return array_values( array_unique( (array) $sent ) ) !== $this->services->assortment_lists->member_list_ids( $member->user_id );
		}

		return false;
	}

	/**
	 * Why the current user may not delete this member, or null. Deleting blocks the login, so
	 * shop staff who are members (added in wp-admin) are never deleted here, and a company admin
	 * only by the shop or a company admin of their company, not by a department manager.
	 *
	 * @param Member $member Member in scope.
	 * @return \WP_Error|null
	 */
	private function delete_refusal( Member $member ): ?\WP_Error {
		$scope = $this->services->scope;
		if ( $scope->is_shop_admin( $member->user_id ) || user_can( $member->user_id, 'edit_users' ) ) {
			return new \WP_Error( 'kundeportal_cannot_delete_staff', __( 'This user works for the shop. Change their membership in WordPress (Users) instead.', 'kundeportal' ), array( 'status' => 409 ) );
		}
		if ( $scope->is_company_admin( $member->user_id ) && ! $scope->can_administer_company( get_current_user_id(), $member->company_id ) ) {
			return new \WP_Error( 'kundeportal_forbidden', __( 'Only the shop or a company admin can delete a company admin.', 'kundeportal' ), array( 'status' => 403 ) );
		}

		return null;
	}

	/**
	 * The member object with recent orders.
	 *
	 * @param int $user_id Member.
	 * @return WP_REST_Response
	 */
	private function detail( int $user_id ): WP_REST_Response {
		$this->member_lists = array();

		$scope = $this->managed_department_ids();
		$row   = ( new MemberDirectory() )->find( $user_id, $scope );
		$data  = $row ? $this->present( $row ) : array();

		$data['recent_orders'] = $this->recent_orders( $user_id, $scope );

		return rest_ensure_response( $data );
	}

	/**
	 * The member's five newest orders in the departments in scope.
	 *
	 * @param int   $user_id Member.
	 * @param int[] $scope   Department ids.
	 * @return array
	 */
	private function recent_orders( int $user_id, array $scope ): array {
		$result = OrderQuery::find(
			array(
				'department_ids' => $scope,
				'customer_id'    => $user_id,
				'status'         => 'any',
				'order'          => 'desc',
				'page'           => 1,
				'per_page'       => 5,
			)
		);

		return array_map(
			static function ( WC_Order $order ): array {
				$date = $order->get_date_created();

				return array(
					'id'           => $order->get_id(),
					'number'       => (string) $order->get_order_number(),
					'date_created' => $date ? $date->format( DATE_ATOM ) : '',
					'status'       => $order->get_status(),
					'total'        => \Kundeportal\Domain\Money::to_minor( $order->get_total() ),
				);
			},
			$result->orders
		);
	}

	/**
	 * Shapes a directory row.
	 *
	 * @param object $row MemberDirectory row.
	 * @return array
	 */
	private function present( object $row ): array {
		$user_id = (int) $row->user_id;
		$first   = (string) $row->first_name;
		$last    = (string) $row->last_name;
		$name    = trim( $first . ' ' . $last );

		return array(
			'user_id'          => $user_id,
			'first_name'       => $first,
			'last_name'        => $last,
			'name'             => '' !== $name ? $name : (string) $row->display_name,
			'email'            => (string) $row->email,
			'position'         => (string) $row->position,
			'department'       => array(
				'id'   => (int) $row->department_id,
				'name' => $this->department_name( (int) $row->department_id ),
			),
			'assortment_lists' => $this->member_lists[ $user_id ] ?? $this->services->assortment_lists->member_list_ids( $user_id ),
			'credit_limit'     => (int) $row->credit_limit,
			'credit_left'      => $this->services->credit->member_left( $user_id ),
			'order_count'      => (int) $row->order_count,
			'total_spent'      => \Kundeportal\Domain\Money::to_minor( (string) $row->total_spent ),
		);
	}

	/**
	 * A department's name, looked up once per request.
	 *
	 * @param int $department_id Department id.
	 * @return string
	 */
	private function department_name( int $department_id ): string {
		if ( ! isset( $this->department_names[ $department_id ] ) ) {
			$department = $this->services->departments->get( $department_id );

			$this->department_names[ $department_id ] = $department ? $department->name : '';
		}

		return $this->department_names[ $department_id ];
	}

	/**
	 * The active member of the request's id if they are in a department the caller manages.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return Member|null
	 */
	private function member_in_scope( WP_REST_Request $request ): ?Member {
		$member = $this->services->members->get( (int) $request['id'] );

		return $member && in_array( $member->department_id, $this->managed_department_ids(), true ) ? $member : null;
	}

	/**
	 * The user administration service.
	 *
	 * @return MemberAccounts
	 */
	private function accounts(): MemberAccounts {
		return new MemberAccounts( $this->services->members, $this->services->departments, $this->services->companies, $this->services->approval );
	}

	/**
	 * Query arguments of GET /members.
	 *
	 * @return array
	 */
	public function get_collection_params(): array {
		return MemberSchema::collection_args( $this->context_args() );
	}

	/**
	 * JSON schema of the member object.
	 *
	 * @return array
	 */
	public function get_item_schema(): array {
		if ( ! $this->schema ) {
			$this->schema = MemberSchema::get();
		}

		return $this->add_additional_fields_schema( $this->schema );
	}
}
