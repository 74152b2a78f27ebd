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
 * Who may see and change what: shop admins (manage_woocommerce) everything, managers their
 * departments, employees their own orders.
 */
class Scope {

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
	 * Ids of the departments the user may manage: all for shop admins, else those they manage.
	 *
	 * @param int $user_id WordPress user id.
	 * @return int[]
	 */
	public function managed_department_ids( int $user_id ): array {
		if ( $user_id <= 0 ) {
			return array();
		}

		$departments = $this->is_shop_admin( $user_id ) ? $this->departments->all() : $this->departments->managed_by( $user_id );

		return array_map( static fn ( Department $department ): int => $department->id, $departments );
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
