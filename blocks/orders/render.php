<?php
/**
 * Server render of kundeportal/orders: the mount point for view.js, with a
 * fallback for browsers without JavaScript (WooCommerce's own order pages).
 *
 * @package Kundeportal
 */

defined( 'ABSPATH' ) || exit;
?>
<div <?php echo get_block_wrapper_attributes( array( 'class' => 'kundeportal kundeportal-orders-block' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- get_block_wrapper_attributes() escapes its output. ?>>
	<p class="kundeportal__fallback"><?php esc_html_e( 'Loading orders…', 'kundeportal' ); ?></p>
	<noscript><p><?php esc_html_e( 'The order list needs JavaScript. Turn it on in your browser to see your orders.', 'kundeportal' ); ?></p></noscript>
</div>
