<?php
/**
 * "Order changed" e-mail to the orderer.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Email;

defined( 'ABSPATH' ) || exit;

/**
 * Sent after each change a manager makes to the lines of a pending order
 * (`kundeportal_order_changed`): what changed, the manager's message and the new summary.
 */
class OrderChangedEmail extends OrdererEmail {

	/** WooCommerce e-mail id (settings key). */
	public const ID = 'kundeportal_order_changed';

	/**
	 * Sets the texts; hooked to kundeportal_order_changed by WooCommerce's mailer.
	 */
	public function __construct() {
		$this->id          = self::ID;
		$this->title       = __( 'Order changed by the manager', 'kundeportal' );
		$this->description = __( 'Sent to the orderer when a manager changes the lines of an order awaiting approval, with the manager\'s message.', 'kundeportal' );

		add_action( ApprovalEmails::CHANGED . '_notification', array( $this, 'trigger' ), 10, 4 );

		parent::__construct();
	}

	/**
	 * Sends the e-mail for one change.
	 *
	 * @param \WC_Order|mixed $order       Changed order.
	 * @param int|mixed       $by_user_id  Manager who changed it.
	 * @param string|mixed    $description What changed, e.g. "Safety Bukser: 1 → 2".
	 * @param string|mixed    $message     The manager's message.
	 * @return void
	 */
	public function trigger( $order, $by_user_id = 0, $description = '', $message = '' ): void {
		$order = $order instanceof \WC_Order ? $order : wc_get_order( (int) $order );
		if ( ! $order instanceof \WC_Order ) {
			return;
		}

		$this->change = is_string( $description ) ? $description : '';
		$this->send_to_orderer( $order, '', is_string( $message ) ? $message : '' );
		$this->change = '';
	}

	/**
	 * Default subject.
	 *
	 * @return string
	 */
	public function get_default_subject() {
		return __( 'Your {site_title} order #{order_number} has been changed', 'kundeportal' );
	}

	/**
	 * Default heading.
	 *
	 * @return string
	 */
	public function get_default_heading() {
		return __( 'Your order has been changed', 'kundeportal' );
	}

	/**
	 * Introduction.
	 *
	 * @param \WC_Order $order Order.
	 * @return string
	 */
	protected function introduction( \WC_Order $order ): string {
		/* translators: %s: order number */
		return sprintf( __( 'Your manager has changed your order #%s. It still awaits approval.', 'kundeportal' ), $order->get_order_number() );
	}
}
