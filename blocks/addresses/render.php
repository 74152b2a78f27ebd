<?php
/**
 * Server render of kundeportal/addresses: the mount point for view.js with the countries the
 * shop ships to, and a fallback text for browsers without JavaScript.
 *
 * @package Kundeportal
 *
 * @var array $attributes Block attributes (countries: code => name; defaultCountry).
 */

defined( 'ABSPATH' ) || exit;

$kundeportal_countries = isset( $attributes['countries'] ) && is_array( $attributes['countries'] ) ? $attributes['countries'] : array();
$kundeportal_default   = isset( $attributes['defaultCountry'] ) ? (string) $attributes['defaultCountry'] : '';
?>
<section <?php echo get_block_wrapper_attributes( array( 'class' => 'kundeportal kundeportal-addresses-block' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- get_block_wrapper_attributes() escapes its output. ?>
	data-countries="<?php echo esc_attr( (string) wp_json_encode( (object) $kundeportal_countries ) ); ?>"
	data-default-country="<?php echo esc_attr( $kundeportal_default ); ?>"
	aria-labelledby="kundeportal-addresses-title">
	<h2 id="kundeportal-addresses-title"><?php esc_html_e( 'Department addresses', 'kundeportal' ); ?></h2>
	<div class="kundeportal-addresses-block__app">
		<p class="kundeportal__fallback"><?php esc_html_e( 'Loading department addresses…', 'kundeportal' ); ?></p>
		<noscript><p><?php esc_html_e( 'The department addresses need JavaScript. Turn it on in your browser to manage them.', 'kundeportal' ); ?></p></noscript>
	</div>
</section>
