<?php
/**
 * Base of the portal's WooCommerce e-mails about one order.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Email;

use Kundeportal\Infrastructure\Keys;
use Kundeportal\Plugin;

defined( 'ABSPATH' ) || exit;

/**
 * A WooCommerce e-mail (editable under WooCommerce → Settings → Emails, sender and footer from
 * its settings) whose templates live in the plugin's templates/ and can be overridden by a
 * theme in yourtheme/woocommerce/emails/. Each event is sent at most once per order.
 */
abstract class OrderEmail extends \WC_Email {

	/**
	 * The manager's message for this send; empty when none.
	 *
	 * @var string
	 */
	protected string $message = '';

	/**
	 * Sets the template base and the shared placeholders, then lets WooCommerce load settings.
	 */
	public function __construct() {
		$this->template_base = trailingslashit( dirname( Plugin::file() ) ) . 'templates/';
		$this->email_group   = 'order-updates';
		$this->placeholders  = array(
			'{order_date}'   => '',
			'{order_number}' => '',
		);

		parent::__construct();
	}

	/**
	 * Prepares the placeholders and sends, unless this event was already mailed for the order.
	 *
	 * @param \WC_Order $order   Order.
	 * @param string    $event   Key of the event for the once-only guard; '' sends every time.
	 * @param string    $message The manager's message.
	 * @return bool Whether a mail went out.
	 */
	protected function send_for( \WC_Order $order, string $event, string $message ): bool {
		$mailed = $order->get_meta( Keys::META_MAILED );
		$mailed = is_array( $mailed ) ? $mailed : array();
		if ( '' !== $event && isset( $mailed[ $event ] ) ) {
			return false;
		}

		$this->setup_locale();
		$this->object                         = $order;
		$this->message                        = $message;
		$this->placeholders['{order_date}']   = wc_format_datetime( $order->get_date_created() );
		$this->placeholders['{order_number}'] = $order->get_order_number();

		$sent = false;
		if ( $this->is_enabled() && $this->get_recipient() ) {
			$sent = (bool) $this->send( $this->get_recipient(), $this->get_subject(), $this->get_content(), $this->get_headers(), $this->get_attachments() );
		}
		$this->restore_locale();

		if ( $sent && '' !== $event ) {
			$mailed[ $event ] = gmdate( 'c' );
			$order->update_meta_data( Keys::META_MAILED, $mailed );
			$order->save_meta_data();
		}

		return $sent;
	}

	/**
	 * Template arguments beyond WooCommerce's usual ones.
	 *
	 * @return array<string, mixed>
	 */
	abstract protected function template_args(): array;

	/**
	 * HTML body.
	 *
	 * @return string
	 */
	public function get_content_html() {
		return $this->with_sku( fn(): string => wc_get_template_html( $this->template_html, $this->args( false ), '', $this->template_base ) );
	}

	/**
	 * Plain-text body.
	 *
	 * @return string
	 */
	public function get_content_plain() {
		return $this->with_sku( fn(): string => wc_get_template_html( $this->template_plain, $this->args( true ), '', $this->template_base ) );
	}

	/**
	 * Renders with SKUs in the order's item table: workwear is ordered and checked by SKU.
	 *
	 * @param callable $render Returns the rendered body.
	 * @return string
	 */
	private function with_sku( callable $render ): string {
		$show_sku = static function ( $args ) {
			return is_array( $args ) ? array( 'show_sku' => true ) + $args : $args;
		};
		add_filter( 'woocommerce_email_order_items_args', $show_sku );
		try {
			return (string) $render();
		} finally {
			remove_filter( 'woocommerce_email_order_items_args', $show_sku );
		}
	}

	/**
	 * All arguments for the templates.
	 *
	 * @param bool $plain_text Plain-text variant.
	 * @return array<string, mixed>
	 */
	private function args( bool $plain_text ): array {
		return array(
			'order'              => $this->object,
			'email_heading'      => $this->get_heading(),
			'additional_content' => $this->get_additional_content(),
			'message'            => $this->message,
			'sent_to_admin'      => false,
			'plain_text'         => $plain_text,
			'email'              => $this,
		) + $this->template_args();
	}
}
