<?php
/**
 * Server render of kundeportal/dashboard: the mount point for view.js,
 * with a fallback text for browsers without JavaScript.
 *
 * @package Kundeportal
 */

defined( 'ABSPATH' ) || exit;
?>
<div <?php echo get_block_wrapper_attributes( array( 'class' => 'kundeportal kundeportal-dashboard' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- get_block_wrapper_attributes() escapes its output. ?>>
	<p class="kundeportal__fallback"><?php esc_html_e( 'Loading the dashboard…', 'kundeportal' ); ?></p>
	<noscript><p><?php esc_html_e( 'The dashboard needs JavaScript. Turn it on in your browser to see your figures and pending orders.', 'kundeportal' ); ?></p></noscript>
</div>
