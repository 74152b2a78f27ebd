<?php
/**
 * "Order awaiting approval" e-mail to the department's managers.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Email;

use Kundeportal\Domain\Money;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Plugin;

defined( 'ABSPATH' ) || exit;

/**
 * Sent when an order enters "Awaiting approval", whichever way it got there (checkout, REST,
 * wp-admin): the order summary, the orderer, the orderer's credit after approval and a link
 * straight to the order in My Account.
 */
class AwaitingApprovalEmail extends OrderEmail {

	/** WooCommerce e-mail id (settings key). */
	public const ID = 'kundeportal_awaiting_approval';

	/**
	 * Sets the texts and templates; hooked to the status change by WooCommerce's mailer.
	 */
	public function __construct() {
		$this->id             = self::ID;
		$this->title          = __( 'Order awaiting approval', 'kundeportal' );
		$this->description    = __( 'Sent to the managers of the orderer\'s department when an order awaits their approval.', 'kundeportal' );
		$this->template_html  = 'emails/kundeportal-awaiting-approval.php';
		$this->template_plain = 'emails/plain/kundeportal-awaiting-approval.php';

		add_action( ApprovalEmails::AWAITING . '_notification', array( $this, 'trigger' ), 10, 2 );

		parent::__construct();
		$this->placeholders['{orderer}'] = '';
	}

	/**
	 * Sends the e-mail for an order that now awaits approval.
	 *
	 * @param int|mixed            $order_id Order id.
	 * @param \WC_Order|false|null $order    Order.
	 * @return void
	 */
	public function trigger( $order_id, $order = null ): void {
		$order = $order instanceof \WC_Order ? $order : wc_get_order( (int) $order_id );
		if ( ! $order instanceof \WC_Order ) {
			return;
		}

		$this->recipient                 = implode( ',', $this->manager_emails( $order ) );
		$this->placeholders['{orderer}'] = $this->orderer_name( $order );
		$this->send_for( $order, '', '' );
	}

	/**
	 * Default subject.
	 *
	 * @return string
	 */
	public function get_default_subject() {
		return __( '[{site_title}]: Order #{order_number} from {orderer} awaits your approval', 'kundeportal' );
	}

	/**
	 * Default heading.
	 *
	 * @return string
	 */
	public function get_default_heading() {
		return __( 'An order awaits your approval', 'kundeportal' );
	}

	/**
	 * Orderer, credit after approval and the My Account link.
	 *
	 * @return array<string, mixed>
	 */
	protected function template_args(): array {
		$order = $this->object;

		return array(
			'orderer'      => $order instanceof \WC_Order ? $this->orderer_name( $order ) : '',
			'credit_after' => $order instanceof \WC_Order ? $this->credit_after( $order ) : '',
			'over_credit'  => $order instanceof \WC_Order && $this->credit_after_minor( $order ) < 0,
			'order_url'    => $order instanceof \WC_Order ? self::order_url( $order ) : '',
		);
	}

	/**
	 * Link to the order in the manager's pending-orders tab; the tab expands and scrolls to it.
	 *
	 * @param \WC_Order $order Order.
	 * @return string
	 */
	public static function order_url( \WC_Order $order ): string {
		$url = add_query_arg( 'order', $order->get_id(), wc_get_account_endpoint_url( 'pending-orders' ) );

		return $url . '#order-' . $order->get_id();
	}

	/**
	 * E-mail addresses of the managers of the order's department.
	 *
	 * @param \WC_Order $order Order.
	 * @return string[]
	 */
	private function manager_emails( \WC_Order $order ): array {
		$department_id = (int) $order->get_meta( Keys::META_DEPARTMENT_ID );
		if ( $department_id <= 0 ) {
			return array();
		}

		$emails = array();
		foreach ( Plugin::services()->departments->managers( $department_id ) as $user_id ) {
			$user = get_userdata( $user_id );
			if ( $user && is_email( $user->user_email ) ) {
				$emails[] = $user->user_email;
			}
		}

		return array_values( array_unique( $emails ) );
	}

	/**
	 * The orderer's display name, else the billing name.
	 *
	 * @param \WC_Order $order Order.
	 * @return string
	 */
	private function orderer_name( \WC_Order $order ): string {
		$user = get_userdata( $order->get_customer_id() );

		return $user ? $user->display_name : $order->get_formatted_billing_full_name();
	}

	/**
	 * The orderer's credit left if this order is approved, formatted in the shop's currency.
	 *
	 * @param \WC_Order $order Order.
	 * @return string Empty when the orderer is no member.
	 */
	private function credit_after( \WC_Order $order ): string {
		$left = $this->credit_after_minor( $order );

		return null === $left ? '' : wc_price( (float) Money::from_minor( $left ), array( 'currency' => $order->get_currency() ) );
	}

	/**
	 * The orderer's credit left if this order is approved, in minor units.
	 *
	 * @param \WC_Order $order Order.
	 * @return int|null Null when the orderer is no member.
	 */
	private function credit_after_minor( \WC_Order $order ): ?int {
		$services = Plugin::services();
		if ( ! $services->members->get( $order->get_customer_id() ) ) {
			return null;
		}

		return $services->credit->member_left( $order->get_customer_id() ) - Money::to_minor( $order->get_total() );
	}
}
