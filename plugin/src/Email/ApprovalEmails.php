<?php
/**
 * WooCommerce's own order e-mails for the approval step.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Email;

use Kundeportal\Infrastructure\Keys;

defined( 'ABSPATH' ) || exit;

/**
 * WooCommerce sends "New order" (to the shop) and "Processing order" (to the customer) only on
 * its own transitions, such as pending → processing. An approved order goes from awaiting
 * approval to processing, so this adds that transition to the same two e-mails: the shop learns
 * the order is to be shipped, and the orderer that it was approved. Both stay editable under
 * WooCommerce → Settings → Emails.
 */
final class ApprovalEmails {

	private const APPROVED = 'woocommerce_order_status_' . Keys::STATUS_APPROVAL . '_to_processing';

	/**
	 * Hooks into WooCommerce's transactional e-mails.
	 *
	 * @return void
	 */
	public function register(): void {
		add_filter( 'woocommerce_email_actions', array( $this, 'handle_email_actions' ) );
		add_action( 'woocommerce_email', array( $this, 'handle_email' ) );
	}

	/**
	 * Lets WooCommerce relay the approval transition to its e-mail classes.
	 *
	 * @internal
	 * @param mixed $actions Hook names WooCommerce sends e-mails on.
	 * @return array
	 */
	public function handle_email_actions( $actions ): array {
		$actions   = is_array( $actions ) ? $actions : array();
		$actions[] = self::APPROVED;

		return array_values( array_unique( $actions ) );
	}

	/**
	 * Attaches the "New order" and "Processing order" e-mails to the approval transition.
	 *
	 * @internal
	 * @param \WC_Emails $mailer WooCommerce's mailer, with its e-mail classes loaded.
	 * @return void
	 */
	public function handle_email( $mailer ): void {
		$emails = $mailer->get_emails();
		foreach ( array( 'WC_Email_New_Order', 'WC_Email_Customer_Processing_Order' ) as $class ) {
			if ( isset( $emails[ $class ] ) ) {
				add_action( self::APPROVED . '_notification', array( $emails[ $class ], 'trigger' ), 10, 2 );
			}
		}
	}
}
