<?php
/**
 * Server render of kundeportal/pending-orders: the mount point for view.js,
 * with a fallback text for browsers without JavaScript.
 *
 * @package Kundeportal
 */

defined( 'ABSPATH' ) || exit;
?>
<div <?php echo get_block_wrapper_attributes( array( 'class' => 'kundeportal kundeportal-pending-orders-block' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- get_block_wrapper_attributes() escapes its output. ?>>
	<p class="kundeportal__fallback"><?php esc_html_e( 'Loading pending orders…', 'kundeportal' ); ?></p>
	<noscript><p><?php esc_html_e( 'Pending orders need JavaScript. Turn it on in your browser to approve orders.', 'kundeportal' ); ?></p></noscript>
</div>
