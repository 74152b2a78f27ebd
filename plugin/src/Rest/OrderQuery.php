<?php
/**
 * Queries the orders of GET /orders.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Rest;

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
	 * @param WP_REST_Request $request  Request with status, department, order, page, per_page.
	 * @return array|\WP_Error
	 */
	public static function filter_for( Services $services, int $user_id, WP_REST_Request $request ) {
		$department = (int) $request['department'];
		$managed    = array_map( 'intval', $services->scope->managed_department_ids( $user_id ) );
		$filter     = array(
			'department_ids' => $managed,
			'customer_id'    => null,
			'status'         => (string) $request['status'],
			'order'          => (string) $request['order'],
			'page'           => (int) $request['page'],
			'per_page'       => (int) $request['per_page'],
		);

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
	 *                      customer_id (int, or null), status (an OrderSchema::STATUSES value),
	 *                      order (asc|desc by date created), page (1-based), per_page.
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

		$result = wc_get_orders( self::query_args( $filter ) );
		if ( ! $result->orders && $filter['page'] > 1 ) {
			// Past the last page WooCommerce counts nothing; the totals must still be true.
			$result         = wc_get_orders( array_merge( self::query_args( $filter ), array( 'page' => 1 ) ) );
			$result->orders = array();
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
		$args = array(
			'type'     => 'shop_order',
			'status'   => self::statuses( $filter['status'] ),
			'orderby'  => 'date',
			'order'    => 'asc' === $filter['order'] ? 'ASC' : 'DESC',
			'limit'    => $filter['per_page'],
			'page'     => $filter['page'],
			'paginate' => true,
		);

		if ( null !== $filter['customer_id'] ) {
			$args['customer_id'] = $filter['customer_id'];
		}

		if ( is_array( $filter['department_ids'] ) ) {
			$args += OrderMetaQuery::args( Keys::META_DEPARTMENT_ID, $filter['department_ids'] );
		}

		return $args;
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
