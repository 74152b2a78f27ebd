<?php
/**
 * Gives credit back when a charged order is cancelled or refunded.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Checkout;

use Kundeportal\Domain\Credit;

defined( 'ABSPATH' ) || exit;

/**
 * Listens to WooCommerce's cancel and refund events and records a ledger refund. Safe to
 * fire repeatedly: Credit::refund() never gives back more than was charged.
 */
final class CreditRefunds {

	/**
	 * Constructor.
	 *
	 * @param Credit $credit Credit service.
	 */
	public function __construct( private Credit $credit ) {
	}

	/**
	 * Adds the hooks.
	 *
	 * @return void
	 */
	public function register(): void {
		add_action( 'woocommerce_order_status_cancelled', array( $this, 'handle_order_changed' ) );
		add_action( 'woocommerce_order_status_refunded', array( $this, 'handle_order_changed' ) );
		add_action( 'woocommerce_order_refunded', array( $this, 'handle_order_changed' ) );
	}

	/**
	 * Records the refund for the order, if it was charged.
	 *
	 * @internal
	 * @param int|string $order_id Order id.
	 * @return void
	 */
	public function handle_order_changed( $order_id ): void {
		$order = wc_get_order( (int) $order_id );
		if ( $order instanceof \WC_Order ) {
			$this->credit->refund( $order );
		}
	}
}
