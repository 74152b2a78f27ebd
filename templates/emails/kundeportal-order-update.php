<?php
/**
 * E-mail to the orderer: approved, changed or cancelled, with the manager's message (HTML).
 *
 * Override by copying it to yourtheme/woocommerce/emails/kundeportal-order-update.php.
 *
 * @package Kundeportal
 * @var \WC_Order $order              The order.
 * @var string    $email_heading      Heading.
 * @var string    $additional_content Text from the e-mail's settings.
 * @var string    $introduction       What happened, e.g. "Your order #12 has been approved …".
 * @var string    $change             What changed (changed e-mail only), else ''.
 * @var string    $message            The manager's message, plain text, may be ''.
 * @var bool      $sent_to_admin      False.
 * @var bool      $plain_text         False.
 * @var \WC_Email $email              The e-mail.
 */

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WooCommerce's own e-mail template hooks.

do_action( 'woocommerce_email_header', $email_heading, $email ); ?>

<p>
<?php
if ( $order->get_billing_first_name() ) {
	/* translators: %s: customer first name */
	printf( esc_html__( 'Hi %s,', 'kundeportal' ), esc_html( $order->get_billing_first_name() ) );
} else {
	esc_html_e( 'Hi,', 'kundeportal' );
}
?>
</p>
<p><?php echo esc_html( $introduction ); ?></p>

<?php if ( '' !== $change ) : ?>
<p><strong><?php esc_html_e( 'What changed:', 'kundeportal' ); ?></strong> <?php echo esc_html( $change ); ?></p>
<?php endif; ?>

<?php if ( '' !== $message ) : ?>
<p><strong><?php esc_html_e( 'Message from your manager:', 'kundeportal' ); ?></strong></p>
<blockquote class="kundeportal-message"><?php echo wp_kses_post( wpautop( wptexturize( esc_html( $message ) ) ) ); ?></blockquote>
<?php endif; ?>

<?php
do_action( 'woocommerce_email_order_details', $order, $sent_to_admin, $plain_text, $email );

if ( $additional_content ) {
	echo wp_kses_post( wpautop( wptexturize( $additional_content ) ) );
}

do_action( 'woocommerce_email_footer', $email );
