<?php
/**
 * Base of the e-mails to the orderer about the manager's decision.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Email;

defined( 'ABSPATH' ) || exit;

/**
 * An e-mail to the person who placed the order: an introduction, the manager's message (if any)
 * and the order summary, in one shared template pair (kundeportal-order-update).
 */
abstract class OrdererEmail extends OrderEmail {

	/**
	 * What changed, for the "changed" e-mail; empty otherwise.
	 *
	 * @var string
	 */
	protected string $change = '';

	/**
	 * Marks the e-mail as a customer e-mail and sets the shared templates.
	 */
	public function __construct() {
		$this->customer_email = true;
		$this->template_html  = 'emails/kundeportal-order-update.php';
		$this->template_plain = 'emails/plain/kundeportal-order-update.php';

		parent::__construct();
	}

	/**
	 * Addresses the orderer (billing e-mail, else the account's) and sends once per event.
	 *
	 * @param \WC_Order $order   Order.
	 * @param string    $event   Once-only key; '' sends every time.
	 * @param string    $message The manager's message.
	 * @return bool
	 */
	protected function send_to_orderer( \WC_Order $order, string $event, string $message ): bool {
		$user            = get_userdata( $order->get_customer_id() );
		$this->recipient = $order->get_billing_email() ? $order->get_billing_email() : ( $user ? $user->user_email : '' );

		return $this->send_for( $order, $event, $message );
	}

	/**
	 * The paragraph above the message, e.g. "Your order #12 has been approved."
	 *
	 * @param \WC_Order $order Order.
	 * @return string
	 */
	abstract protected function introduction( \WC_Order $order ): string;

	/**
	 * Introduction and change description for the template.
	 *
	 * @return array<string, mixed>
	 */
	protected function template_args(): array {
		return array(
			'introduction' => $this->object instanceof \WC_Order ? $this->introduction( $this->object ) : '',
			'change'       => $this->change,
		);
	}
}
