<?php
/**
 * Server render of kundeportal/users: the mount point for view.js, with a
 * fallback text for browsers without JavaScript.
 *
 * @package Kundeportal
 */

defined( 'ABSPATH' ) || exit;
?>
<div <?php echo get_block_wrapper_attributes( array( 'class' => 'kundeportal kundeportal-users-block' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- get_block_wrapper_attributes() escapes its output. ?>>
	<p class="kundeportal__fallback"><?php esc_html_e( 'Loading users…', 'kundeportal' ); ?></p>
	<noscript><p><?php esc_html_e( 'The users page needs JavaScript. Turn it on in your browser to manage users.', 'kundeportal' ); ?></p></noscript>
</div>
