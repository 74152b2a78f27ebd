<?php
/**
 * Server render of kundeportal/departments: the mount point for view.js (with the dashboard
 * and Addresses tab URLs it links to), with a fallback text for browsers without JavaScript.
 *
 * @package Kundeportal
 *
 * @var array $attributes Block attributes (dashboardUrl, addressesUrl).
 */

defined( 'ABSPATH' ) || exit;

$kundeportal_dashboard_url = '' !== ( $attributes['dashboardUrl'] ?? '' ) ? (string) $attributes['dashboardUrl'] : wc_get_account_endpoint_url( 'dashboard' );
$kundeportal_addresses_url = '' !== ( $attributes['addressesUrl'] ?? '' ) ? (string) $attributes['addressesUrl'] : wc_get_account_endpoint_url( 'edit-address' );
?>
<div
	<?php
	// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- get_block_wrapper_attributes() escapes its output.
	echo get_block_wrapper_attributes(
		array(
			'class'              => 'kundeportal kundeportal-departments-block',
			'data-dashboard-url' => esc_url( $kundeportal_dashboard_url ),
			'data-addresses-url' => esc_url( $kundeportal_addresses_url ),
		)
	);
	?>
>
	<p class="kundeportal__fallback"><?php esc_html_e( 'Loading departments…', 'kundeportal' ); ?></p>
	<noscript><p><?php esc_html_e( 'The departments page needs JavaScript. Turn it on in your browser to see your departments.', 'kundeportal' ); ?></p></noscript>
</div>
