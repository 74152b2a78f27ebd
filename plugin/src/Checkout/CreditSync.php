<?php
/**
 * Keeps the credit ledger in step with order status changes made anywhere: the portal,
 * wp-admin's status dropdown or WooCommerce's REST API.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Checkout;

use Kundeportal\Domain\Credit;
use Kundeportal\Infrastructure\Keys;

defined( 'ABSPATH' ) || exit;

/**
 * An order leaving "awaiting approval" for processing or completed is charged (the portal's
 * Approval has charged it already; then this changes nothing). Cancel and refund events give
 * credit back. Safe to fire repeatedly: one charge per order, never more back than charged.
 */
final class CreditSync {

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
		foreach ( array( 'processing', 'completed' ) as $status ) {
			add_action( 'woocommerce_order_status_' . Keys::STATUS_APPROVAL . '_to_' . $status, array( $this, 'handle_order_approved' ), 5 );
		}
		add_action( 'woocommerce_order_status_cancelled', array( $this, 'handle_order_changed' ) );
		add_action( 'woocommerce_order_status_refunded', array( $this, 'handle_order_changed' ) );
		add_action( 'woocommerce_order_refunded', array( $this, 'handle_order_changed' ) );
	}

	/**
	 * Charges an order approved outside the portal (e.g. wp-admin's status dropdown). Runs
	 * before the e-mails (priority 5) so they show the credit after the charge.
	 *
	 * @internal
	 * @param int|string $order_id Order id.
	 * @return void
	 */
	public function handle_order_approved( $order_id ): void {
		$order = wc_get_order( (int) $order_id );
		if ( $order instanceof \WC_Order ) {
			$this->credit->charge( $order );
		}
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
