<?php
/**
 * The "Awaiting approval" order status.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Checkout;

use Kundeportal\Infrastructure\Keys;

defined( 'ABSPATH' ) || exit;

/**
 * Registers wc-kp-approval for posts and HPOS. Such orders are unpaid (not in the paid
 * statuses, left out of analytics) but hold their stock, like on-hold: WooCommerce reduces
 * stock on entry and restocks when the order is cancelled.
 */
final class OrderStatus {

	/** Status key with WooCommerce's prefix; at most 20 characters. */
	public const KEY = 'wc-' . Keys::STATUS_APPROVAL;

	/**
	 * Adds the hooks.
	 *
	 * @return void
	 */
	public function register(): void {
		add_filter( 'woocommerce_register_shop_order_post_statuses', array( $this, 'handle_post_statuses' ) );
		add_filter( 'wc_order_statuses', array( $this, 'handle_order_statuses' ) );
		add_filter( 'woocommerce_analytics_excluded_order_statuses', array( $this, 'handle_excluded_statuses' ) );
		add_action( 'woocommerce_order_status_' . Keys::STATUS_APPROVAL, 'wc_maybe_reduce_stock_levels' );
		add_action( 'woocommerce_order_status_' . Keys::STATUS_APPROVAL, 'wc_release_stock_for_order', 11 );
	}

	/**
	 * Registers the post status along with WooCommerce's own (on init).
	 *
	 * @internal
	 * @param array $statuses Post status arguments by key.
	 * @return array
	 */
	public function handle_post_statuses( $statuses ): array {
		$statuses              = is_array( $statuses ) ? $statuses : array();
		$statuses[ self::KEY ] = array(
			'label'                     => _x( 'Awaiting approval', 'Order status', 'kundeportal' ),
			'public'                    => false,
			'exclude_from_search'       => false,
			'show_in_admin_all_list'    => true,
			'show_in_admin_status_list' => true,
			/* translators: %s: number of orders */
			'label_count'               => _n_noop( 'Awaiting approval <span class="count">(%s)</span>', 'Awaiting approval <span class="count">(%s)</span>', 'kundeportal' ),
		);

		return $statuses;
	}

	/**
	 * Adds the status to WooCommerce's list, right after "Pending payment".
	 *
	 * @internal
	 * @param array $statuses Labels by key.
	 * @return array
	 */
	public function handle_order_statuses( $statuses ): array {
		$result = array();
		foreach ( (array) $statuses as $key => $label ) {
			$result[ $key ] = $label;
			if ( 'wc-pending' === $key ) {
				$result[ self::KEY ] = _x( 'Awaiting approval', 'Order status', 'kundeportal' );
			}
		}
		$result[ self::KEY ] ??= _x( 'Awaiting approval', 'Order status', 'kundeportal' );

		return $result;
	}

	/**
	 * Leaves unapproved orders out of WooCommerce Analytics; they count once approved.
	 *
	 * @internal
	 * @param array $statuses Excluded statuses without prefix.
	 * @return array
	 */
	public function handle_excluded_statuses( $statuses ): array {
		$statuses   = is_array( $statuses ) ? $statuses : array();
		$statuses[] = Keys::STATUS_APPROVAL;

		return array_values( array_unique( $statuses ) );
	}
}
