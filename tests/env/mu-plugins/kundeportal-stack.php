<?php
/**
 * Plugin Name: Kundeportal local stack
 * Description: Copied into the site by tests/env/stack.sh (mapped by .wp-env.json). Sends all mail to the SMTP sink (maildev) and keeps WooCommerce quiet offline.
 *
 * SMTP host/port: constants KUNDEPORTAL_SMTP_HOST (default 127.0.0.1; '' = leave PHPMailer alone)
 * and KUNDEPORTAL_SMTP_PORT (default 1025).
 *
 * @package Kundeportal
 */

add_action(
	'phpmailer_init',
	static function ( $phpmailer ) {
		$host = defined( 'KUNDEPORTAL_SMTP_HOST' ) ? (string) KUNDEPORTAL_SMTP_HOST : '127.0.0.1';
		if ( '' === $host ) {
			return;
		}
		// phpcs:disable WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase
		$phpmailer->isSMTP();
		$phpmailer->Host        = $host;
		$phpmailer->Port        = defined( 'KUNDEPORTAL_SMTP_PORT' ) ? (int) KUNDEPORTAL_SMTP_PORT : 1025;
		$phpmailer->SMTPAuth    = false;
		$phpmailer->SMTPSecure  = '';
		$phpmailer->SMTPAutoTLS = false;
		$phpmailer->Timeout     = 10;
		// phpcs:enable
	}
);

// WordPress' default sender wordpress@localhost is not a valid address for PHPMailer.
add_filter(
	'wp_mail_from',
	static function ( $from ) {
		return str_ends_with( (string) $from, '@localhost' ) ? 'post@staut.example' : $from;
	}
);
add_filter(
	'wp_mail_from_name',
	static function ( $name ) {
		return 'WordPress' === $name ? get_bloginfo( 'name' ) : $name;
	}
);

// No marketplace, tracking, remote inbox or setup wizard: there is no network here.
add_filter( 'woocommerce_allow_marketplace_suggestions', '__return_false' );
add_filter( 'woocommerce_apply_user_tracking', '__return_false' );
add_filter( 'woocommerce_admin_remote_inbox_notifications_enabled', '__return_false' );
add_filter( 'woocommerce_enable_setup_wizard', '__return_false' );
add_filter( 'woocommerce_prevent_automatic_wizard_redirect', '__return_true' );
