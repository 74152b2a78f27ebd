<?php
/**
 * The per-order database lock shared by approval and line editing.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

use Automattic\WooCommerce\Caches\OrderCache;
use Automattic\WooCommerce\Utilities\OrderUtil;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- Named DB locks have no WordPress API.

/**
 * Runs an action on an order while holding GET_LOCK('kundeportal_order_<id>'), with the order
 * freshly reloaded after the lock is taken. Everything that changes a pending order (approve,
 * cancel, edit a line) goes through here, so two requests never act on the same order at once.
 */
class OrderLock {

	/** Seconds to wait for another request acting on the same order. */
	private const TIMEOUT = 10;

	/**
	 * Runs $action with the freshly loaded order while holding the order's lock.
	 *
	 * @param int      $order_id Order id.
	 * @param callable $action   Receives the reloaded \WC_Order; its return value is returned.
	 * @return mixed
	 * @throws DomainException `order_locked` (409) when the lock is busy; `order_not_found` (404).
	 */
	public function run( int $order_id, callable $action ) {
		global $wpdb;

		$name = 'kundeportal_order_' . $order_id;
		if ( 1 !== (int) $wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, %d)', $name, self::TIMEOUT ) ) ) {
			throw new DomainException( 'order_locked', __( 'Someone else is changing this order right now. Please try again.', 'kundeportal' ), 409 );
		}

		try {
			$order = self::fresh_order( $order_id );
			if ( ! $order instanceof \WC_Order ) {
				throw new DomainException( 'order_not_found', __( 'The order does not exist.', 'kundeportal' ), 404 );
			}

			return $action( $order );
		} finally {
			$wpdb->get_var( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', $name ) );
		}
	}

	/**
	 * Loads the order from the database, not from this request's caches: another request may
	 * have changed it between our first read and taking the lock.
	 *
	 * @param int $order_id Order id.
	 * @return \WC_Order|false
	 */
	public static function fresh_order( int $order_id ) {
		\WC_Cache_Helper::invalidate_cache_group( 'object_' . $order_id );
		if ( OrderUtil::orders_cache_usage_is_enabled() ) {
			wc_get_container()->get( OrderCache::class )->remove( $order_id );
		}
		clean_post_cache( $order_id );

		$order = wc_get_order( $order_id );

		return $order instanceof \WC_Order ? $order : false;
	}
}
