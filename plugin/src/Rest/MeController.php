<?php
/**
 * GET /kundeportal/v1/me.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Rest;

use Automattic\WooCommerce\StoreApi\Formatters\CurrencyFormatter;
use Kundeportal\Infrastructure\Keys;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Who the current user is in the portal: role, membership, managed departments and the
 * store currency (formatted like the Store API's currency fields).
 */
final class MeController extends BaseController {

	/**
	 * Portal roles, most powerful first.
	 */
	public const ROLES = array( 'shop_admin', 'company_admin', 'manager', 'employee', 'none' );

	/**
	 * Registers GET /me.
	 */
	public function register_routes(): void {
		$this->rest_base = 'me';

		$this->add_route( '', WP_REST_Server::READABLE, 'get_item', $this->context_args() );
	}

	/**
	 * Any logged-in user may ask who they are; anonymous callers get 401.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return $this->check_logged_in();
	}

	/**
	 * Answers GET /me.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function get_item( $request ) {
		return $this->run(
			function () use ( $request ) {
				$user_id = get_current_user_id();
				$user    = wp_get_current_user();
				$managed = $this->managed_departments();
				$data    = array(
					'user_id'             => $user_id,
					'display_name'        => $user->display_name,
					'role'                => $this->role( $user_id, $managed ),
					'membership'          => $this->membership( $user_id ),
					'managed_departments' => $managed,
					'currency'            => ( new CurrencyFormatter() )->format( array() ),
					'company_admin'       => $this->company_admin( $user_id ),
				);

				$data = $this->filter_response_by_context( $data, $request['context'] ?? 'view' );

				return rest_ensure_response( $data );
			}
		);
	}

	/**
	 * The user's portal role.
	 *
	 * @param int   $user_id User id.
	 * @param array $managed Departments the user manages.
	 * @return string One of self::ROLES.
	 */
	private function role( int $user_id, array $managed ): string {
		if ( $this->services->scope->is_shop_admin( $user_id ) ) {
			return 'shop_admin';
		}

		if ( $this->services->scope->is_company_admin( $user_id ) ) {
			return 'company_admin';
		}

		if ( $managed ) {
			return 'manager';
		}

		return $this->services->members->get( $user_id ) ? 'employee' : 'none';
	}

	/**
	 * The company the user administers (all its departments), or null.
	 *
	 * @param int $user_id User id.
	 * @return array|null company_id, company_name.
	 */
	private function company_admin( int $user_id ): ?array {
		$company_id = $this->services->scope->admin_company_id( $user_id );

		return $company_id > 0 ? array(
			'company_id'   => $company_id,
			'company_name' => $this->company_name( $company_id ),
		) : null;
	}

	/**
	 * The user's active membership with names and credit, or null.
	 *
	 * @param int $user_id User id.
	 * @return array|null
	 */
	private function membership( int $user_id ): ?array {
		$member = $this->services->members->get( $user_id );
		if ( ! $member ) {
			return null;
		}

		$department = $this->services->departments->get( (int) $member->department_id );

		return array(
			'company_id'      => (int) $member->company_id,
			'company_name'    => $this->company_name( (int) $member->company_id ),
			'department_id'   => (int) $member->department_id,
			'department_name' => $department ? (string) $department->name : '',
			'position'        => (string) $member->position,
			'credit_limit'    => (int) $member->credit_limit,
			'credit_left'     => $this->services->credit->member_left( $user_id ),
			'pending_orders'  => $this->pending_order_count( $user_id ),
		);
	}

	/**
	 * How many of the user's own orders await approval.
	 *
	 * @param int $user_id User id.
	 * @return int
	 */
	private function pending_order_count( int $user_id ): int {
		$result = wc_get_orders(
			array(
				'type'        => 'shop_order',
				'customer_id' => $user_id,
				'status'      => array( Keys::STATUS_APPROVAL ),
				'limit'       => 1,
				'return'      => 'ids',
				'paginate'    => true,
			)
		);

		return (int) $result->total;
	}

	/**
	 * The departments the user manages, with their company.
	 *
	 * @return array[]
	 */
	private function managed_departments(): array {
		$departments = array();

		foreach ( $this->managed_department_ids() as $department_id ) {
			$department = $this->services->departments->get( $department_id );
			if ( ! $department ) {
				continue;
			}

			$company       = $this->services->companies->get( (int) $department->company_id );
			$departments[] = array(
				'id'                   => (int) $department->id,
				'name'                 => (string) $department->name,
				'company_id'           => (int) $department->company_id,
				'company_name'         => $this->company_name( (int) $department->company_id ),
				'default_credit_limit' => $company ? (int) $company->default_credit_limit : 0,
			);
		}

		return $departments;
	}

	/**
	 * JSON schema of the /me object.
	 *
	 * @return array
	 */
	public function get_item_schema(): array {
		if ( ! $this->schema ) {
			$this->schema = Schema::root(
				'kundeportal_me',
				array(
					'user_id'             => Schema::field( 'integer', __( 'Id of the logged-in user.', 'kundeportal' ) ),
					'display_name'        => Schema::field( 'string', __( 'Display name of the user.', 'kundeportal' ) ),
					'role'                => Schema::field( 'string', __( 'Portal role of the user.', 'kundeportal' ), array( 'enum' => self::ROLES ) ),
					'membership'          => self::membership_schema(),
					'managed_departments' => self::managed_departments_schema(),
					'currency'            => self::currency_schema(),
					'company_admin'       => Schema::object(
						array( 'object', 'null' ),
						__( 'The company the user administers (every department of it), or null.', 'kundeportal' ),
						array(
							'company_id'   => Schema::field( 'integer', __( 'Company id.', 'kundeportal' ) ),
							'company_name' => Schema::field( 'string', __( 'Company name.', 'kundeportal' ) ),
						)
					),
				)
			);
		}

		return $this->add_additional_fields_schema( $this->schema );
	}

	/**
	 * Schema of the membership object.
	 *
	 * @return array
	 */
	private static function membership_schema(): array {
		return Schema::object(
			array( 'object', 'null' ),
			__( 'Active membership of the user, or null.', 'kundeportal' ),
			array(
				'company_id'      => Schema::field( 'integer', __( 'Company id.', 'kundeportal' ) ),
				'company_name'    => Schema::field( 'string', __( 'Company name.', 'kundeportal' ) ),
				'department_id'   => Schema::field( 'integer', __( 'Department id.', 'kundeportal' ) ),
				'department_name' => Schema::field( 'string', __( 'Department name.', 'kundeportal' ) ),
				'position'        => Schema::field( 'string', __( 'Position (job title).', 'kundeportal' ) ),
				'credit_limit'    => Schema::money( __( 'Credit limit per period, in minor units.', 'kundeportal' ) ),
				'credit_left'     => Schema::money( __( 'Credit left this period, in minor units.', 'kundeportal' ) ),
				'pending_orders'  => Schema::field( 'integer', __( 'Own orders awaiting approval.', 'kundeportal' ) ),
			)
		);
	}

	/**
	 * Schema of the managed departments list.
	 *
	 * @return array
	 */
	private static function managed_departments_schema(): array {
		return Schema::list_of(
			__( 'Departments the user manages (all of them for shop admins).', 'kundeportal' ),
			array(
				'id'                   => Schema::field( 'integer', __( 'Department id.', 'kundeportal' ) ),
				'name'                 => Schema::field( 'string', __( 'Department name.', 'kundeportal' ) ),
				'company_id'           => Schema::field( 'integer', __( 'Company id.', 'kundeportal' ) ),
				'company_name'         => Schema::field( 'string', __( 'Company name.', 'kundeportal' ) ),
				'default_credit_limit' => Schema::money( __( 'The company\'s standard credit limit for new users, in minor units.', 'kundeportal' ) ),
			)
		);
	}

	/**
	 * Schema of the store currency, as in the Store API.
	 *
	 * @return array
	 */
	private static function currency_schema(): array {
		return Schema::object(
			'object',
			__( 'Store currency used to format money amounts.', 'kundeportal' ),
			array(
				'currency_code'               => Schema::field( 'string', __( 'ISO 4217 currency code.', 'kundeportal' ) ),
				'currency_symbol'             => Schema::field( 'string', __( 'Currency symbol.', 'kundeportal' ) ),
				'currency_minor_unit'         => Schema::field( 'integer', __( 'Number of decimals (minor unit exponent).', 'kundeportal' ) ),
				'currency_decimal_separator'  => Schema::field( 'string', __( 'Decimal separator.', 'kundeportal' ) ),
				'currency_thousand_separator' => Schema::field( 'string', __( 'Thousand separator.', 'kundeportal' ) ),
				'currency_prefix'             => Schema::field( 'string', __( 'Text before the amount.', 'kundeportal' ) ),
				'currency_suffix'             => Schema::field( 'string', __( 'Text after the amount.', 'kundeportal' ) ),
			)
		);
	}
}
