<?php
/**
 * The portal's e-mails for the approval flow.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Email;

use Kundeportal\Infrastructure\Keys;

defined( 'ABSPATH' ) || exit;

/**
 * Registers the portal's WooCommerce e-mails and ties them to the order's status transitions,
 * so they go out once per event whether the status changes in the portal, the WC REST API or
 * wp-admin. The orderer gets exactly one e-mail per event: at approval ours replaces
 * WooCommerce's "Processing order"; the manager's message is kept as a customer note (shown
 * under the order in My Account) whose own WooCommerce e-mail is suppressed.
 */
final class ApprovalEmails {

	/** An order entered "Awaiting approval" (any previous status). */
	public const AWAITING = 'woocommerce_order_status_' . Keys::STATUS_APPROVAL;

	/** Awaiting approval → processing: approved. */
	public const APPROVED = 'woocommerce_order_status_' . Keys::STATUS_APPROVAL . '_to_processing';

	/** Awaiting approval → cancelled. */
	public const CANCELLED = 'woocommerce_order_status_' . Keys::STATUS_APPROVAL . '_to_cancelled';

	/** A manager changed a line (Domain\LineEditor). */
	public const CHANGED = 'kundeportal_order_changed';

	/**
	 * The e-mail classes by their key in WooCommerce's mailer. Keys have no backslashes: WooCommerce
	 * turns them into the settings section (`section=<lowercase key>`) and sanitizes that.
	 */
	public const EMAILS = array(
		'Kundeportal_Awaiting_Approval' => AwaitingApprovalEmail::class,
		'Kundeportal_Order_Approved'    => OrderApprovedEmail::class,
		'Kundeportal_Order_Changed'     => OrderChangedEmail::class,
		'Kundeportal_Order_Cancelled'   => OrderCancelledEmail::class,
	);

	/**
	 * Customer notes added here whose WooCommerce e-mail must not go out: "order id:text" => true.
	 *
	 * @var array<string, bool>
	 */
	private array $quiet_notes = array();

	/**
	 * The manager's message per order id, read from the order meta when the status changed; kept
	 * for e-mails WooCommerce defers to the end of the request, when the meta is gone.
	 *
	 * @var array<int, string>
	 */
	private static array $messages = array();

	/**
	 * Hooks into WooCommerce's transactional e-mails.
	 *
	 * @return void
	 */
	public function register(): void {
		add_filter( 'woocommerce_email_classes', array( $this, 'handle_email_classes' ) );
		add_filter( 'woocommerce_email_actions', array( $this, 'handle_email_actions' ) );
		add_action( 'woocommerce_email', array( $this, 'handle_email' ) );
		add_filter( 'woocommerce_email_enabled_customer_note', array( $this, 'handle_customer_note_enabled' ), 10, 3 );
		add_action( self::APPROVED, array( $this, 'handle_decided' ), 5, 2 );
		add_action( self::CANCELLED, array( $this, 'handle_decided' ), 5, 2 );
		add_action( self::CHANGED, array( $this, 'handle_changed' ), 10, 4 );
	}

	/**
	 * Adds the portal's e-mails to WooCommerce → Settings → Emails.
	 *
	 * @internal
	 * @param mixed $emails E-mail objects by class name.
	 * @return array
	 */
	public function handle_email_classes( $emails ): array {
		$emails = is_array( $emails ) ? $emails : array();
		foreach ( self::EMAILS as $key => $class ) {
			$emails[ $key ] = new $class();
		}

		return $emails;
	}

	/**
	 * Lets WooCommerce relay the approval hooks to its e-mail classes (`<hook>_notification`).
	 *
	 * @internal
	 * @param mixed $actions Hook names WooCommerce sends e-mails on.
	 * @return array
	 */
	public function handle_email_actions( $actions ): array {
		$actions = is_array( $actions ) ? $actions : array();
		array_push( $actions, self::AWAITING, self::APPROVED, self::CANCELLED, self::CHANGED );

		return array_values( array_unique( $actions ) );
	}

	/**
	 * Sends WooCommerce's "New order" (to the shop) when an order is approved: now it is to ship.
	 *
	 * @internal
	 * @param \WC_Emails $mailer WooCommerce's mailer, with its e-mail classes loaded.
	 * @return void
	 */
	public function handle_email( $mailer ): void {
		$emails = $mailer->get_emails();
		if ( isset( $emails['WC_Email_New_Order'] ) ) {
			add_action( self::APPROVED . '_notification', array( $emails['WC_Email_New_Order'], 'trigger' ), 10, 2 );
		}
	}

	/**
	 * Keeps the manager's message of an approval or cancellation as a customer note.
	 *
	 * @internal
	 * @param int|mixed       $order_id Order id.
	 * @param \WC_Order|mixed $order    Order, with the message in META_LAST_MESSAGE.
	 * @return void
	 */
	public function handle_decided( $order_id, $order = null ): void {
		if ( $order instanceof \WC_Order ) {
			self::$messages[ $order->get_id() ] = (string) $order->get_meta( Keys::META_LAST_MESSAGE );
			$this->add_quiet_customer_note( $order, self::$messages[ $order->get_id() ] );
		}
	}

	/**
	 * The manager's message of the order's last approval or cancellation in this request.
	 *
	 * @param \WC_Order $order Order.
	 * @return string Empty when there was none (e.g. a status change in wp-admin).
	 */
	public static function message_for( \WC_Order $order ): string {
		return self::$messages[ $order->get_id() ] ?? (string) $order->get_meta( Keys::META_LAST_MESSAGE );
	}

	/**
	 * Keeps the manager's message of a line change as a customer note.
	 *
	 * @internal
	 * @param \WC_Order|mixed $order       Order.
	 * @param int|mixed       $by_user_id  Manager.
	 * @param string|mixed    $description What changed.
	 * @param string|mixed    $message     The manager's message.
	 * @return void
	 */
	public function handle_changed( $order, $by_user_id = 0, $description = '', $message = '' ): void {
		if ( $order instanceof \WC_Order && is_string( $message ) ) {
			$this->add_quiet_customer_note( $order, $message );
		}
	}

	/**
	 * Turns WooCommerce's customer-note e-mail off for the notes added here; our e-mail already
	 * carries the message.
	 *
	 * @internal
	 * @param mixed $enabled Whether the e-mail is on.
	 * @param mixed $order   Order.
	 * @param mixed $email   The WC_Email_Customer_Note instance.
	 * @return bool
	 */
	public function handle_customer_note_enabled( $enabled, $order = null, $email = null ): bool {
		if ( $order instanceof \WC_Order && $email instanceof \WC_Email && isset( $email->customer_note ) ) {
			$key = $order->get_id() . ':' . (string) $email->customer_note;
			if ( isset( $this->quiet_notes[ $key ] ) ) {
				return false;
			}
		}

		return (bool) $enabled;
	}

	/**
	 * Adds a customer note (visible under the order in My Account) without its e-mail.
	 *
	 * @param \WC_Order $order   Order.
	 * @param string    $message Plain text; nothing happens when empty.
	 * @return void
	 */
	private function add_quiet_customer_note( \WC_Order $order, string $message ): void {
		$message = trim( $message );
		if ( '' === $message ) {
			return;
		}

		$this->quiet_notes[ $order->get_id() . ':' . $message ] = true;
		$order->add_order_note( $message, 1, true );
	}
}
