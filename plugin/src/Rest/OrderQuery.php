<?php
/**
 * Queries the orders of GET /orders.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Rest;

use Automattic\WooCommerce\Utilities\OrderUtil;
use Kundeportal\Domain\OrderMetaQuery;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Services;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * One paginated wc_get_orders() call, filtered by department meta or by customer, sorted
 * by date on the server. Works with HPOS and with the legacy posts store.
 */
final class OrderQuery {

	/**
	 * The filter for a user: managers (and shop admins) get their departments' orders,
	 * others their own. A department filter outside the user's departments answers 404.
	 *
	 * @param Services        $services Domain services.
	 * @param int             $user_id  Current user.
	 * @param WP_REST_Request $request  Request with status, department, after, before, orderby, order, page, per_page.
	 * @return array|\WP_Error
	 */
	public static function filter_for( Services $services, int $user_id, WP_REST_Request $request ) {
		$department = (int) $request['department'];
		$managed    = array_map( 'intval', $services->scope->managed_department_ids( $user_id ) );
		$filter     = array(
			'department_ids' => $managed,
			'customer_id'    => null,
			'status'         => (string) $request['status'],
			'orderby'        => 'total' === $request['orderby'] ? 'total' : 'date',
			'order'          => (string) $request['order'],
			'after'          => (string) $request['after'],
			'before'         => (string) $request['before'],
			'page'           => (int) $request['page'],
			'per_page'       => (int) $request['per_page'],
		);

		if ( '' !== $filter['after'] && '' !== $filter['before'] && $filter['after'] > $filter['before'] ) {
			return new \WP_Error(
				'kundeportal_invalid_date_range',
				__( 'The start date must be on or before the end date.', 'kundeportal' ),
				array( 'status' => 400 )
			);
		}

		if ( ! $managed ) {
			$member                   = $services->members->get( $user_id );
			$filter['customer_id']    = $user_id;
			$filter['department_ids'] = null;
			$managed                  = $member ? array( (int) $member->department_id ) : array();
		}

		if ( $department ) {
			if ( ! in_array( $department, $managed, true ) ) {
				return Errors::department_not_found();
			}
			$filter['department_ids'] = array( $department );
		}

		return $filter;
	}

	/**
	 * Finds one page of orders.
	 *
	 * @param array $filter Keys: department_ids (int[], or null for no department filter),
	 *                      customer_id (int, or null), status (an OrderSchema::statuses() value),
	 *                      orderby (date|total, optional), order (asc|desc), after and before
	 *                      (Y-m-d days, inclusive, optional), page (1-based), per_page.
	 * @return object{orders: \WC_Order[], total: int, max_num_pages: int}
	 */
	public static function find( array $filter ): object {
		if ( is_array( $filter['department_ids'] ) && ! $filter['department_ids'] ) {
			return (object) array(
				'orders'        => array(),
				'total'         => 0,
				'max_num_pages' => 0,
			);
		}

		$by_total = 'total' === ( $filter['orderby'] ?? 'date' ) && ! OrderUtil::custom_orders_table_usage_is_enabled();
		if ( $by_total ) {
			add_filter( 'woocommerce_order_data_store_cpt_get_orders_query', array( self::class, 'handle_legacy_order_by_total' ), 10, 2 );
		}

		try {
			$result = wc_get_orders( self::query_args( $filter ) );
			if ( ! $result->orders && $filter['page'] > 1 ) {
				// Past the last page WooCommerce counts nothing; the totals must still be true.
				$result         = wc_get_orders( array_merge( self::query_args( $filter ), array( 'page' => 1 ) ) );
				$result->orders = array();
			}
		} finally {
			if ( $by_total ) {
				remove_filter( 'woocommerce_order_data_store_cpt_get_orders_query', array( self::class, 'handle_legacy_order_by_total' ), 10 );
			}
		}

		return (object) array(
			'orders'        => $result->orders,
			'total'         => (int) $result->total,
			'max_num_pages' => (int) $result->max_num_pages,
		);
	}

	/**
	 * The wc_get_orders() arguments of a filter.
	 *
	 * @param array $filter See find().
	 * @return array
	 */
	private static function query_args( array $filter ): array {
		$order = 'asc' === $filter['order'] ? 'ASC' : 'DESC';
		$args  = array(
			'type'     => 'shop_order',
			'status'   => self::statuses( $filter['status'] ),
			'orderby'  => 'date',
			'order'    => $order,
			'limit'    => $filter['per_page'],
			'page'     => $filter['page'],
			'paginate' => true,
		);

		if ( 'total' === ( $filter['orderby'] ?? 'date' ) ) {
			$args['orderby'] = OrderUtil::custom_orders_table_usage_is_enabled() ? array(
				'total' => $order,
				'id'    => $order,
			) : 'date';
		}

		$after  = (string) ( $filter['after'] ?? '' );
		$before = (string) ( $filter['before'] ?? '' );
		if ( '' !== $after && '' !== $before ) {
			$args['date_created'] = $after . '...' . $before;
		} elseif ( '' !== $after ) {
			$args['date_created'] = '>=' . $after;
		} elseif ( '' !== $before ) {
			$args['date_created'] = '<=' . $before;
		}

		if ( null !== $filter['customer_id'] ) {
			$args['customer_id'] = $filter['customer_id'];
		}

		if ( is_array( $filter['department_ids'] ) ) {
			$args += OrderMetaQuery::args( Keys::META_DEPARTMENT_ID, $filter['department_ids'] );
		}

		return $args;
	}

	/**
	 * Sorts the legacy posts query by the order total meta (HPOS sorts by its total column).
	 *
	 * @internal
	 * @param array $wp_query_args WP_Query arguments.
	 * @param array $query_vars    wc_get_orders() arguments.
	 * @return array
	 */
	public static function handle_legacy_order_by_total( $wp_query_args, $query_vars ): array {
		$wp_query_args = (array) $wp_query_args;
		$order         = 'ASC' === strtoupper( (string) ( $query_vars['order'] ?? 'DESC' ) ) ? 'ASC' : 'DESC';
		$meta_query    = isset( $wp_query_args['meta_query'] ) && is_array( $wp_query_args['meta_query'] ) ? $wp_query_args['meta_query'] : array();

		$meta_query['kundeportal_total'] = array(
			'key'     => '_order_total',
			'compare' => 'EXISTS',
			'type'    => 'DECIMAL(19,4)',
		);

		$wp_query_args['meta_query'] = $meta_query; // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- Sorting by total needs the total meta.
		$wp_query_args['orderby']    = array(
			'kundeportal_total' => $order,
			'ID'                => $order,
		);

		return $wp_query_args;
	}

	/**
	 * Order statuses (with "wc-") for a status filter; "any" leaves out drafts and trash.
	 *
	 * @param string $status Status filter.
	 * @return string[]
	 */
	private static function statuses( string $status ): array {
		if ( 'any' !== $status ) {
			return array( 'wc-' . $status );
		}

		$excluded = get_post_stati( array( 'exclude_from_search' => true ) );

		return array_values( array_diff( array_keys( wc_get_order_statuses() ), $excluded, array( 'wc-checkout-draft' ) ) );
	}
}
