<?php
/**
 * "Order awaiting approval" e-mail to the department's managers (plain text).
 *
 * Override by copying it to yourtheme/woocommerce/emails/plain/kundeportal-awaiting-approval.php.
 *
 * @package Kundeportal
 * @var \WC_Order $order              The order.
 * @var string    $email_heading      Heading.
 * @var string    $additional_content Text from the e-mail's settings.
 * @var string    $orderer            The orderer's name.
 * @var string    $credit_after       The orderer's credit after approval, formatted HTML; '' when unknown.
 * @var bool      $over_credit        True when the order exceeds the orderer's credit.
 * @var string    $order_url          Link to the order in My Account.
 * @var bool      $sent_to_admin      False.
 * @var bool      $plain_text         True.
 * @var \WC_Email $email              The e-mail.
 */

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WooCommerce's own e-mail template hooks.

echo "=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=\n";
echo esc_html( wp_strip_all_tags( $email_heading ) );
echo "\n=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=\n\n";

/* translators: 1: orderer's name, 2: order number */
echo esc_html( sprintf( __( '%1$s has placed order #%2$s, which awaits your approval.', 'kundeportal' ), $orderer, $order->get_order_number() ) ) . "\n\n";

if ( '' !== $credit_after ) {
	/* translators: %s: amount, e.g. "3 453,00 kr" */
	echo esc_html( sprintf( __( 'Credit left after approval: %s', 'kundeportal' ), html_entity_decode( wp_strip_all_tags( $credit_after ), ENT_QUOTES, 'UTF-8' ) ) ) . "\n\n";
	if ( $over_credit ) {
		echo esc_html__( 'This order exceeds the orderer\'s credit.', 'kundeportal' ) . "\n\n";
	}
}

echo esc_html__( 'Review the order in My Account:', 'kundeportal' ) . "\n" . esc_url_raw( $order_url ) . "\n\n";

do_action( 'woocommerce_email_order_details', $order, $sent_to_admin, $plain_text, $email );

echo "\n----------------------------------------\n\n";

if ( $additional_content ) {
	echo esc_html( wp_strip_all_tags( wptexturize( $additional_content ) ) );
	echo "\n\n----------------------------------------\n\n";
}

echo wp_kses_post( apply_filters( 'woocommerce_email_footer_text', get_option( 'woocommerce_email_footer_text' ) ) );
