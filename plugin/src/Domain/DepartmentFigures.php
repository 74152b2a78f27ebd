<?php
/**
 * Department dashboard figures.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

/**
 * The figures a manager sees for one department; money in minor units.
 */
final class DepartmentFigures {

	/**
	 * Constructor.
	 *
	 * @param int $available_credit   Sum of active members' limits minus spent this credit period.
	 * @param int $credit_limit_total Sum of active members' limits.
	 * @param int $spent_this_month   Charges minus refunds this calendar month (site time).
	 * @param int $spent_this_year    Charges minus refunds this calendar year (site time).
	 * @param int $orders_this_year   Orders charged this year and not fully refunded.
	 * @param int $average_order      spent_this_year / orders_this_year, rounded; 0 without orders.
	 * @param int $users              Active members.
	 * @param int $pending_orders     Orders awaiting approval.
	 */
	public function __construct(
		public readonly int $available_credit,
		public readonly int $credit_limit_total,
		public readonly int $spent_this_month,
		public readonly int $spent_this_year,
		public readonly int $orders_this_year,
		public readonly int $average_order,
		public readonly int $users,
		public readonly int $pending_orders
	) {
	}

	/**
	 * The figures as the REST `figures` object.
	 *
	 * @return array<string,int>
	 */
	public function to_array(): array {
		return get_object_vars( $this );
	}
}
