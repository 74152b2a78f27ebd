<?php
/**
 * "Order cancelled" e-mail to the orderer.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Email;

defined( 'ABSPATH' ) || exit;

/**
 * Sent once when an order awaiting approval is cancelled (the portal, the WC REST API or
 * wp-admin), with the manager's message.
 */
class OrderCancelledEmail extends OrdererEmail {

	/** WooCommerce e-mail id (settings key). */
	public const ID = 'kundeportal_order_cancelled';

	/**
	 * Sets the texts; hooked to the cancel transition by WooCommerce's mailer.
	 */
	public function __construct() {
		$this->id          = self::ID;
		$this->title       = __( 'Order cancelled by the manager', 'kundeportal' );
		$this->description = __( 'Sent to the orderer when an order awaiting approval is cancelled, with the manager\'s message.', 'kundeportal' );

		add_action( ApprovalEmails::CANCELLED . '_notification', array( $this, 'trigger' ), 10, 2 );

		parent::__construct();
	}

	/**
	 * Sends the e-mail once per order.
	 *
	 * @param int|mixed            $order_id Order id.
	 * @param \WC_Order|false|null $order    Order.
	 * @return void
	 */
	public function trigger( $order_id, $order = null ): void {
		$order = $order instanceof \WC_Order ? $order : wc_get_order( (int) $order_id );
		if ( $order instanceof \WC_Order ) {
			$this->send_to_orderer( $order, 'cancelled', ApprovalEmails::message_for( $order ) );
		}
	}

	/**
	 * Default subject.
	 *
	 * @return string
	 */
	public function get_default_subject() {
		return __( 'Your {site_title} order #{order_number} has been cancelled', 'kundeportal' );
	}

	/**
	 * Default heading.
	 *
	 * @return string
	 */
	public function get_default_heading() {
		return __( 'Your order has been cancelled', 'kundeportal' );
	}

	/**
	 * Introduction.
	 *
	 * @param \WC_Order $order Order.
	 * @return string
	 */
	protected function introduction( \WC_Order $order ): string {
		/* translators: %s: order number */
		return sprintf( __( 'Your order #%s was not approved and has been cancelled.', 'kundeportal' ), $order->get_order_number() );
	}
}
