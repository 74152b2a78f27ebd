<?php
/**
 * Access scope derived from the logged-in user.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

use Kundeportal\Infrastructure\Keys;

defined( 'ABSPATH' ) || exit;

/**
 * Who may see and change what: shop admins (manage_woocommerce) everything, company admins
 * (user meta Keys::META_COMPANY_ADMIN = company id) every department of their company,
 * managers their departments, employees their own orders.
 */
class Scope {

	/**
	 * Companies already found to exist, by id (existence is checked once per request).
	 *
	 * @var array<int, true>
	 */
	private array $known_companies = array();

	/**
	 * Constructor.
	 *
	 * @param Departments $departments Department repository.
	 */
	public function __construct( private Departments $departments ) {
	}

	/**
	 * Whether the user is a shop admin (company-wide scope).
	 *
	 * @param int $user_id WordPress user id.
	 * @return bool
	 */
	public function is_shop_admin( int $user_id ): bool {
		return $user_id > 0 && user_can( $user_id, 'manage_woocommerce' );
	}

	/**
	 * The company the user administers (Keys::META_COMPANY_ADMIN), or 0. The company must exist.
	 *
	 * @param int $user_id WordPress user id.
	 * @return int Company id, or 0.
	 */
	public function admin_company_id( int $user_id ): int {
		if ( $user_id <= 0 ) {
			return 0;
		}

		$company_id = (int) get_user_meta( $user_id, Keys::META_COMPANY_ADMIN, true );
		if ( $company_id <= 0 ) {
			return 0;
		}

		if ( ! isset( $this->known_companies[ $company_id ] ) ) {
			if ( ! ( new Companies() )->get( $company_id ) ) {
				return 0;
			}
			$this->known_companies[ $company_id ] = true;
		}

		return $company_id;
	}

	/**
	 * Whether the user is a company admin (of any company).
	 *
	 * @param int $user_id WordPress user id.
	 * @return bool
	 */
	public function is_company_admin( int $user_id ): bool {
		return $this->admin_company_id( $user_id ) > 0;
	}

	/**
	 * Whether the user may create, rename and archive the company's departments: its company
	 * admin, or a shop admin.
	 *
	 * @param int $user_id    WordPress user id.
	 * @param int $company_id Company id.
	 * @return bool
	 */
	public function can_administer_company( int $user_id, int $company_id ): bool {
		if ( $user_id <= 0 || $company_id <= 0 ) {
			return false;
		}

		return $this->is_shop_admin( $user_id ) || $this->admin_company_id( $user_id ) === $company_id;
	}

	/**
	 * Ids of the departments the user may manage: all for shop admins, all of the company for
	 * company admins (plus any they manage elsewhere), else those they manage.
	 *
	 * @param int $user_id WordPress user id.
	 * @return int[]
	 */
	public function managed_department_ids( int $user_id ): array {
		if ( $user_id <= 0 ) {
			return array();
		}

		if ( $this->is_shop_admin( $user_id ) ) {
			$departments = $this->departments->all();
		} else {
			$departments = $this->departments->managed_by( $user_id );
			$company_id  = $this->admin_company_id( $user_id );
			if ( $company_id > 0 ) {
				$departments = array_merge( $this->departments->for_company( $company_id ), $departments );
			}
		}

		$ids = array_map( static fn ( Department $department ): int => $department->id, $departments );

		return array_values( array_unique( $ids ) );
	}

	/**
	 * Whether the user may approve, cancel or edit the order (a company order of a department
	 * they manage; shop admins: any company order).
	 *
	 * @param int       $user_id WordPress user id.
	 * @param \WC_Order $order   Order.
	 * @return bool
	 */
	public function can_manage_order( int $user_id, \WC_Order $order ): bool {
		$department_id = (int) $order->get_meta( Keys::META_DEPARTMENT_ID );
		if ( $department_id <= 0 || $user_id <= 0 ) {
			return false;
		}

		return $this->is_shop_admin( $user_id ) || in_array( $department_id, $this->managed_department_ids( $user_id ), true );
	}

	/**
	 * Whether the user may approve the order: they manage it and did not place it themselves
	 * (a manager's own order needs another manager of the department, or a shop admin).
	 *
	 * @param int       $user_id WordPress user id.
	 * @param \WC_Order $order   Order.
	 * @return bool
	 */
	public function can_approve_order( int $user_id, \WC_Order $order ): bool {
		if ( ! $this->can_manage_order( $user_id, $order ) ) {
			return false;
		}

		return $order->get_customer_id() !== $user_id || $this->is_shop_admin( $user_id );
	}

	/**
	 * Whether the user may see the order: their own order, or one they may manage.
	 *
	 * @param int       $user_id WordPress user id.
	 * @param \WC_Order $order   Order.
	 * @return bool
	 */
	public function can_view_order( int $user_id, \WC_Order $order ): bool {
		return ( $user_id > 0 && $order->get_customer_id() === $user_id ) || $this->can_manage_order( $user_id, $order );
	}
}
