<?php
/**
 * E-mail to the orderer: approved, changed or cancelled, with the manager's message (plain text).
 *
 * Override by copying it to yourtheme/woocommerce/emails/plain/kundeportal-order-update.php.
 *
 * @package Kundeportal
 * @var \WC_Order $order              The order.
 * @var string    $email_heading      Heading.
 * @var string    $additional_content Text from the e-mail's settings.
 * @var string    $introduction       What happened.
 * @var string    $change             What changed (changed e-mail only), else ''.
 * @var string    $message            The manager's message, plain text, may be ''.
 * @var bool      $sent_to_admin      False.
 * @var bool      $plain_text         True.
 * @var \WC_Email $email              The e-mail.
 */

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WooCommerce's own e-mail template hooks.

echo "=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=\n";
echo esc_html( wp_strip_all_tags( $email_heading ) );
echo "\n=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=\n\n";

if ( $order->get_billing_first_name() ) {
	/* translators: %s: customer first name */
	echo esc_html( sprintf( __( 'Hi %s,', 'kundeportal' ), $order->get_billing_first_name() ) ) . "\n\n";
} else {
	echo esc_html__( 'Hi,', 'kundeportal' ) . "\n\n";
}
echo esc_html( $introduction ) . "\n\n";

if ( '' !== $change ) {
	echo esc_html__( 'What changed:', 'kundeportal' ) . ' ' . esc_html( $change ) . "\n\n";
}

if ( '' !== $message ) {
	echo esc_html__( 'Message from your manager:', 'kundeportal' ) . "\n";
	// Plain text mail: the message goes out as typed.
	echo $message . "\n\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
}

do_action( 'woocommerce_email_order_details', $order, $sent_to_admin, $plain_text, $email );

echo "\n----------------------------------------\n\n";

if ( $additional_content ) {
	echo esc_html( wp_strip_all_tags( wptexturize( $additional_content ) ) );
	echo "\n\n----------------------------------------\n\n";
}

echo wp_kses_post( apply_filters( 'woocommerce_email_footer_text', get_option( 'woocommerce_email_footer_text' ) ) );
