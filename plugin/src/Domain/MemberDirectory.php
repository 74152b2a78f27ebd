<?php
/**
 * Searchable, sortable list of members with their order figures.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

use Automattic\WooCommerce\Internal\DataStores\Orders\OrdersTableDataStore;
use Automattic\WooCommerce\Utilities\OrderUtil;
use Kundeportal\Infrastructure\Keys;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- One aggregate query over our table and the order tables; every interpolated value is an int list or a fixed table name.

/**
 * One SQL query per page: active members of some departments, their name and e-mail from
 * the WordPress user, and the number and sum of their orders in those departments (counted
 * in whichever order store WooCommerce uses: HPOS tables or posts).
 */
class MemberDirectory {

	public const ORDERBY = array( 'name', 'credit_limit', 'order_count', 'total_spent' );

	/**
	 * Order statuses that do not count as orders (cancelled, failed, refunded, drafts).
	 */
	private const NOT_COUNTED = array( 'wc-cancelled', 'wc-failed', 'wc-refunded', 'wc-checkout-draft', 'trash', 'auto-draft', 'draft' );

	/**
	 * One page of members.
	 *
	 * @param int[]  $department_ids Departments to list (the caller's scope, maybe filtered).
	 * @param string $search         Text to find in name, e-mail or position; '' for all.
	 * @param string $orderby        One of ORDERBY.
	 * @param string $order          asc|desc.
	 * @param int    $page           1-based page.
	 * @param int    $per_page       Rows per page.
	 * @return object{rows: object[], total: int} Rows: user_id, department_id, position,
	 *                credit_limit, first_name, last_name, display_name, email, order_count, total_spent (decimal string).
	 */
	public function search( array $department_ids, string $search, string $orderby, string $order, int $page, int $per_page ): object {
		global $wpdb;

		$department_ids = array_values( array_filter( array_map( 'intval', $department_ids ) ) );
		if ( ! $department_ids ) {
			return (object) array(
				'rows'  => array(),
				'total' => 0,
			);
		}

		$where = $this->where( $department_ids, $search );
		$from  = $this->from();
		$total = (int) $wpdb->get_var( "SELECT COUNT(*) {$from} {$where}" );

		$direction = 'asc' === strtolower( $order ) ? 'ASC' : 'DESC';
		$sort      = match ( $orderby ) {
			'credit_limit' => 'm.credit_limit',
			'order_count'  => 'order_count',
			'total_spent'  => 'total_spent',
			default        => 'sort_name',
		};
		$stats = $this->stats_sql( $department_ids );
		$rows  = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT m.user_id, m.department_id, m.position, m.credit_limit,
					COALESCE(fn.meta_value, '') AS first_name, COALESCE(ln.meta_value, '') AS last_name,
					u.display_name, u.user_email AS email,
					COALESCE(NULLIF(TRIM(CONCAT_WS(' ', fn.meta_value, ln.meta_value)), ''), u.display_name) AS sort_name,
					COALESCE(s.order_count, 0) AS order_count, COALESCE(s.total_spent, 0) AS total_spent
				{$from} LEFT JOIN ( {$stats} ) s ON s.customer_id = m.user_id
				{$where} ORDER BY {$sort} {$direction}, m.user_id {$direction} LIMIT %d OFFSET %d",
				max( 1, $per_page ),
				max( 0, ( $page - 1 ) * $per_page )
			)
		);

		return (object) array(
			'rows'  => (array) $rows,
			'total' => $total,
		);
	}

	/**
	 * The row of one member (same shape as search() rows), or null when not an active member
	 * of the departments.
	 *
	 * @param int   $user_id        User id.
	 * @param int[] $department_ids Departments in scope.
	 * @return object|null
	 */
	public function find( int $user_id, array $department_ids ): ?object {
		global $wpdb;

		$department_ids = array_values( array_filter( array_map( 'intval', $department_ids ) ) );
		if ( ! $department_ids || $user_id <= 0 ) {
			return null;
		}

		$from  = $this->from();
		$where = $this->where( $department_ids, '' ) . $wpdb->prepare( ' AND m.user_id = %d', $user_id );
		$stats = $this->stats_sql( $department_ids );
		$row   = $wpdb->get_row(
			"SELECT m.user_id, m.department_id, m.position, m.credit_limit,
				COALESCE(fn.meta_value, '') AS first_name, COALESCE(ln.meta_value, '') AS last_name,
				u.display_name, u.user_email AS email,
				COALESCE(s.order_count, 0) AS order_count, COALESCE(s.total_spent, 0) AS total_spent
			{$from} LEFT JOIN ( {$stats} ) s ON s.customer_id = m.user_id {$where}"
		);

		return $row ? $row : null;
	}

	/**
	 * FROM clause: members, their user and name meta.
	 *
	 * @return string
	 */
	private function from(): string {
		global $wpdb;

		return "FROM {$wpdb->kundeportal_members} m
			INNER JOIN {$wpdb->users} u ON u.ID = m.user_id
			LEFT JOIN {$wpdb->usermeta} fn ON fn.user_id = m.user_id AND fn.meta_key = 'first_name'
			LEFT JOIN {$wpdb->usermeta} ln ON ln.user_id = m.user_id AND ln.meta_key = 'last_name'";
	}

	/**
	 * WHERE clause: active members of the departments, matching the search.
	 *
	 * @param int[]  $department_ids Department ids (non-empty).
	 * @param string $search         Search text.
	 * @return string
	 */
	private function where( array $department_ids, string $search ): string {
		global $wpdb;

		$where = $wpdb->prepare( 'WHERE m.status = %s', Member::STATUS_ACTIVE ) . ' AND m.department_id IN (' . implode( ',', $department_ids ) . ')';

		$search = trim( $search );
		if ( '' !== $search ) {
			$like   = '%' . $wpdb->esc_like( $search ) . '%';
			$where .= $wpdb->prepare(
				" AND ( CONCAT_WS(' ', fn.meta_value, ln.meta_value) LIKE %s OR u.display_name LIKE %s OR u.user_email LIKE %s OR m.position LIKE %s )",
				$like,
				$like,
				$like,
				$like
			);
		}

		return $where;
	}

	/**
	 * Derived table (customer_id, order_count, total_spent) of orders placed in the departments
	 * by their active members, read from the order store WooCommerce uses.
	 *
	 * @param int[] $department_ids Department ids (non-empty).
	 * @return string
	 */
	private function stats_sql( array $department_ids ): string {
		global $wpdb;

		$departments = "'" . implode( "','", $department_ids ) . "'";
		$statuses    = "'" . implode( "','", self::NOT_COUNTED ) . "'";
		$ids         = implode( ',', $department_ids );
		$members     = $wpdb->prepare( "SELECT user_id FROM {$wpdb->kundeportal_members} WHERE status = %s AND department_id IN ({$ids})", Member::STATUS_ACTIVE );
		$meta_key    = esc_sql( Keys::META_DEPARTMENT_ID );

		if ( OrderUtil::custom_orders_table_usage_is_enabled() ) {
			$orders = esc_sql( OrdersTableDataStore::get_orders_table_name() );
			$meta   = esc_sql( OrdersTableDataStore::get_meta_table_name() );

			return "SELECT o.customer_id AS customer_id, COUNT(*) AS order_count, SUM(o.total_amount) AS total_spent
				FROM {$orders} o
				INNER JOIN {$meta} dm ON dm.order_id = o.id AND dm.meta_key = '{$meta_key}'
				WHERE o.type = 'shop_order' AND o.status NOT IN ({$statuses}) AND dm.meta_value IN ({$departments})
					AND o.customer_id IN ({$members})
				GROUP BY o.customer_id";
		}

		return "SELECT CAST(cu.meta_value AS UNSIGNED) AS customer_id, COUNT(*) AS order_count,
				SUM(CAST(COALESCE(tot.meta_value, '0') AS DECIMAL(26,8))) AS total_spent
			FROM {$wpdb->posts} p
			INNER JOIN {$wpdb->postmeta} dm ON dm.post_id = p.ID AND dm.meta_key = '{$meta_key}'
			INNER JOIN {$wpdb->postmeta} cu ON cu.post_id = p.ID AND cu.meta_key = '_customer_user'
			LEFT JOIN {$wpdb->postmeta} tot ON tot.post_id = p.ID AND tot.meta_key = '_order_total'
			WHERE p.post_type = 'shop_order' AND p.post_status NOT IN ({$statuses}) AND dm.meta_value IN ({$departments})
				AND cu.meta_value IN ({$members})
			GROUP BY cu.meta_value";
	}
}
