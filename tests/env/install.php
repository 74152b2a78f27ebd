<?php
/**
 * Installs and configures the local stack's WordPress site (no WP-CLI here).
 *
 * Called by tests/env/stack.sh, one step per PHP process so that every step runs with the
 * plugins loaded the normal way:
 *
 *   php tests/env/install.php install               wp_install() + activate WooCommerce
 *   php tests/env/install.php configure             site + WooCommerce settings, pages, HPOS
 *   php tests/env/install.php activate-kundeportal  activate the plugin (its errors are printed)
 *
 * @package Kundeportal
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.PHP.DevelopmentFunctions

// Also runs under WP-CLI (wp-env): `wp eval-file tests/env/install.php configure` (WordPress already loaded).
$kundeportal_in_wp = defined( 'ABSPATH' );
$kundeportal_step  = $kundeportal_in_wp ? ( $args[0] ?? '' ) : ( $argv[1] ?? '' );
if ( ! in_array( $kundeportal_step, array( 'install', 'configure', 'activate-kundeportal' ), true ) ) {
	fwrite( STDERR, "usage: php tests/env/install.php install|configure|activate-kundeportal\n" );
	exit( 1 );
}

// http://localhost:8888 unless stack.sh runs on other ports; wp-env pins its own URL with WP_HOME/WP_SITEURL.
define( 'KUNDEPORTAL_SITE_URL', rtrim( getenv( 'KUNDEPORTAL_URL' ) ? getenv( 'KUNDEPORTAL_URL' ) : 'http://localhost:8888', '/' ) );
const KUNDEPORTAL_TITLE     = 'Staut Arbeidsklær';
const KUNDEPORTAL_MAIL_FROM = 'post@staut.example';
const KUNDEPORTAL_PASSWORD  = 'kundeportal';

if ( ! $kundeportal_in_wp ) {
	require __DIR__ . '/bootstrap-cli.php';
	if ( 'install' === $kundeportal_step ) {
		define( 'WP_INSTALLING', true );
	}
	require_once $kundeportal_wp_load;
}

/**
 * Prints a line.
 *
 * @param string $message Text.
 */
function kundeportal_say( string $message ): void {
	echo '    ' . $message . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput
}

/**
 * Fails with a message.
 *
 * @param string $message Text.
 */
function kundeportal_fail( string $message ): void {
	fwrite( STDERR, 'ERROR: ' . $message . "\n" );
	exit( 1 );
}

switch ( $kundeportal_step ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		if ( is_blog_installed() ) {
			kundeportal_say( 'WordPress is already installed' );
		} else {
			$result = wp_install( KUNDEPORTAL_TITLE, 'admin', 'admin@staut.example', true, '', wp_slash( KUNDEPORTAL_PASSWORD ), '' );
			if ( is_wp_error( $result ) ) {
				kundeportal_fail( $result->get_error_message() );
			}
			kundeportal_say( 'WordPress ' . get_bloginfo( 'version' ) . ' installed' );
		}
		update_option( 'siteurl', KUNDEPORTAL_SITE_URL );
		update_option( 'home', KUNDEPORTAL_SITE_URL );
		update_option( 'active_plugins', array() );
		$result = activate_plugin( 'woocommerce/woocommerce.php', '', false, true );
		if ( is_wp_error( $result ) ) {
			kundeportal_fail( 'activating WooCommerce: ' . $result->get_error_message() );
		}
		kundeportal_say( 'WooCommerce activated' );
		break;

	case 'configure':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		if ( ! class_exists( 'WooCommerce' ) ) {
			kundeportal_fail( 'WooCommerce is not loaded; is it active?' );
		}
		// WooCommerce activated from the CLI installs on activation; make sure the tables and version are current.
		if ( get_option( 'woocommerce_version' ) !== WC()->version || ! get_option( 'woocommerce_db_version' ) ) {
			WC_Install::install();
		}

		// Site.
		$site_options = array(
			'siteurl'              => KUNDEPORTAL_SITE_URL,
			'home'                 => KUNDEPORTAL_SITE_URL,
			'blogname'             => KUNDEPORTAL_TITLE,
			'blogdescription'      => '',
			'admin_email'          => 'admin@staut.example',
			'WPLANG'               => '',
			'timezone_string'      => 'Europe/Oslo',
			'gmt_offset'           => '',
			'date_format'          => 'd.m.Y',
			'time_format'          => 'H:i',
			'start_of_week'        => 1,
			'permalink_structure'  => '/%postname%/',
			'blog_public'          => 0,
			'users_can_register'   => 0,
			'default_comment_status' => 'closed',
		);
		foreach ( $site_options as $name => $value ) {
			update_option( $name, $value );
		}
		$GLOBALS['wp_rewrite']->init();
		// Suppress admin e-mail verification prompts on login.
		update_option( 'admin_email_lifespan', time() + 10 * YEAR_IN_SECONDS );

		// WooCommerce store settings (contract: NOK, "1 039,00 kr").
		$wc_options = array(
			'woocommerce_store_address'                    => 'Alnabruveien 1',
			'woocommerce_store_city'                       => 'Oslo',
			'woocommerce_store_postcode'                   => '0668',
			'woocommerce_default_country'                  => 'NO',
			'woocommerce_allowed_countries'                => 'specific',
			'woocommerce_specific_allowed_countries'       => array( 'NO' ),
			'woocommerce_ship_to_countries'                => '',
			'woocommerce_currency'                         => 'NOK',
			'woocommerce_currency_pos'                     => 'right_space',
			'woocommerce_price_decimal_sep'                => ',',
			'woocommerce_price_thousand_sep'               => ' ',
			'woocommerce_price_num_decimals'               => 2,
			'woocommerce_weight_unit'                      => 'kg',
			'woocommerce_dimension_unit'                   => 'cm',
			'woocommerce_email_from_name'                  => KUNDEPORTAL_TITLE,
			'woocommerce_email_from_address'               => KUNDEPORTAL_MAIL_FROM,
			'woocommerce_myaccount_lost_password_endpoint' => 'mistet-passord',
			// Offline and no wizard.
			'woocommerce_coming_soon'                      => 'no',
			'woocommerce_store_pages_only'                 => 'no',
			'woocommerce_allow_tracking'                   => 'no',
			'woocommerce_show_marketplace_suggestions'     => 'no',
			'woocommerce_merchant_email_notifications'     => 'no',
			'woocommerce_analytics_enabled'                => 'no',
			'woocommerce_task_list_hidden'                 => 'yes',
			'woocommerce_extended_task_list_hidden'        => 'yes',
			'woocommerce_task_list_complete'               => 'yes',
			'woocommerce_admin_customize_store_completed'  => 'yes',
			'woocommerce_onboarding_profile'               => array(
				'skipped'   => true,
				'completed' => true,
			),
			'woocommerce_feature_remote_logging_enabled'   => 'no',
		);
		foreach ( $wc_options as $name => $value ) {
			update_option( $name, $value );
		}
		delete_transient( '_wc_activation_redirect' );
		if ( class_exists( 'WC_Admin_Notices' ) ) {
			WC_Admin_Notices::remove_all_notices();
		}

		// Pages: shop, cart, checkout, My Account (slug min-konto).
		WC_Install::create_pages();
		$myaccount_id = wc_get_page_id( 'myaccount' );
		if ( $myaccount_id <= 0 ) {
			kundeportal_fail( 'WooCommerce did not create the My Account page' );
		}
		if ( 'min-konto' !== get_post_field( 'post_name', $myaccount_id ) ) {
			wp_update_post(
				array(
					'ID'        => $myaccount_id,
					'post_name' => 'min-konto',
				)
			);
		}

		// HPOS: WooCommerce activated outside its wizard starts on posts storage; switch explicitly.
		$hpos_sync = wc_get_container()->get( \Automattic\WooCommerce\Internal\DataStores\Orders\DataSynchronizer::class );
		if ( ! $hpos_sync->check_orders_table_exists() ) {
			$hpos_sync->create_database_tables();
		}
		update_option( 'woocommerce_custom_orders_table_data_sync_enabled', 'no' );
		update_option( 'woocommerce_custom_orders_table_enabled', 'yes' );
		wp_cache_flush();
		$hpos = wc_get_container()->get( \Automattic\WooCommerce\Internal\DataStores\Orders\CustomOrdersTableController::class );
		if ( ! $hpos->custom_orders_table_usage_is_enabled() ) {
			kundeportal_fail( 'HPOS could not be enabled (woocommerce_custom_orders_table_enabled=' . get_option( 'woocommerce_custom_orders_table_enabled' ) . ')' );
		}

		// Admin user stays usable with the demo password.
		$admin = get_user_by( 'login', 'admin' );
		if ( $admin ) {
			wp_set_password( KUNDEPORTAL_PASSWORD, $admin->ID );
			update_user_meta( $admin->ID, 'show_welcome_panel', 0 );
		}

		flush_rewrite_rules( false );
		update_option( 'kundeportal_stack_installed', gmdate( 'c' ), false );
		kundeportal_say(
			sprintf(
				'configured: WooCommerce %s, HPOS %s, currency %s, My Account %s',
				WC()->version,
				get_option( 'woocommerce_custom_orders_table_enabled' ),
				get_woocommerce_currency(),
				get_permalink( $myaccount_id )
			)
		);
		break;

	case 'activate-kundeportal':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$kundeportal_file = 'kundeportal/kundeportal.php';
		if ( ! is_plugin_active( $kundeportal_file ) ) {
			// A fatal error here ends the process; the shutdown handler in bootstrap-cli.php prints it.
			$result = activate_plugin( $kundeportal_file, '', false, false );
			if ( is_wp_error( $result ) ) {
				kundeportal_fail( 'activating kundeportal: ' . $result->get_error_message() );
			}
			kundeportal_say( 'kundeportal activated' );
		} else {
			kundeportal_say( 'kundeportal already active' );
		}
		// Rebuild rewrite rules on the next request, when every active plugin has registered its endpoints.
		delete_option( 'rewrite_rules' );
		break;
}
