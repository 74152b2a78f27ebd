<?php
/**
 * "Order awaiting approval" e-mail to the department's managers (HTML).
 *
 * Override by copying it to yourtheme/woocommerce/emails/kundeportal-awaiting-approval.php.
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
 * @var bool      $plain_text         False.
 * @var \WC_Email $email              The e-mail.
 */

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WooCommerce's own e-mail template hooks.

do_action( 'woocommerce_email_header', $email_heading, $email ); ?>

<p>
<?php
/* translators: 1: orderer's name, 2: order number */
printf( esc_html__( '%1$s has placed order #%2$s, which awaits your approval.', 'kundeportal' ), esc_html( $orderer ), esc_html( $order->get_order_number() ) );
?>
</p>

<?php if ( '' !== $credit_after ) : ?>
<p>
	<?php
	/* translators: %s: amount, e.g. "3 453,00 kr" */
	printf( esc_html__( 'Credit left after approval: %s', 'kundeportal' ), wp_kses_post( $credit_after ) );
	?>
</p>
	<?php if ( $over_credit ) : ?>
<p><strong><?php esc_html_e( 'This order exceeds the orderer\'s credit.', 'kundeportal' ); ?></strong></p>
	<?php endif; ?>
<?php endif; ?>

<p><a class="link" href="<?php echo esc_url( $order_url ); ?>"><?php esc_html_e( 'Review the order in My Account', 'kundeportal' ); ?></a></p>

<?php
do_action( 'woocommerce_email_order_details', $order, $sent_to_admin, $plain_text, $email );

if ( $additional_content ) {
	echo wp_kses_post( wpautop( wptexturize( $additional_content ) ) );
}

do_action( 'woocommerce_email_footer', $email );
