<?php
/**
 * PHPUnit bootstrap: loads the local stack's WordPress (.stack/wordpress) on the test database
 * kundeportal_test, installing WordPress + WooCommerce + Kundeportal there first when needed.
 * Env: KUNDEPORTAL_HPOS=1|0 (default 1) picks HPOS or posts storage for orders.
 *
 * @package Kundeportal
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.PHP.DevelopmentFunctions, WordPress.WP.GlobalVariablesOverride, WordPress.NamingConventions.PrefixAllGlobals

// PHPUnit includes this file inside a function: WordPress needs these to be real globals.
global $wpdb, $current_site, $current_blog, $wp_rewrite, $shortcode_tags, $wp, $phpmailer, $wp_theme_directories, $wp_filter;

define( 'KUNDEPORTAL_TEST_DB', getenv( 'KUNDEPORTAL_TEST_DB' ) ? (string) getenv( 'KUNDEPORTAL_TEST_DB' ) : 'kundeportal_test' );

$kundeportal_root = dirname( __DIR__, 2 );
$kundeportal_hpos = '0' !== getenv( 'KUNDEPORTAL_HPOS' );

putenv( 'KUNDEPORTAL_DB=' . KUNDEPORTAL_TEST_DB );
$_ENV['KUNDEPORTAL_DB'] = KUNDEPORTAL_TEST_DB;

if ( ! is_file( $kundeportal_root . '/.stack/wordpress/wp-config.php' ) ) {
	fwrite( STDERR, "PHPUnit needs the local stack's WordPress: run bash tests/env/stack.sh start (or tests/php/run.sh)\n" );
	exit( 1 );
}

/**
 * Whether the test database holds a site installed by tests/env/install.php.
 *
 * @param string $root Repository root.
 * @return bool
 */
function kundeportal_test_site_installed( string $root ): bool {
	mysqli_report( MYSQLI_REPORT_OFF );
	$db = @mysqli_connect( 'localhost', 'kundeportal', 'kundeportal', '', 0, $root . '/.stack/run/mysqld.sock' ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
	if ( ! $db ) {
		fwrite( STDERR, "Cannot reach MariaDB on .stack/run/mysqld.sock; run bash tests/env/stack.sh start\n" );
		exit( 1 );
	}
	$found = @mysqli_query( $db, 'SELECT 1 FROM `' . KUNDEPORTAL_TEST_DB . "`.wp_options WHERE option_name = 'kundeportal_stack_installed'" ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
	$ok    = $found && mysqli_num_rows( $found ) > 0;
	if ( ! $ok ) {
		mysqli_query( $db, 'CREATE DATABASE IF NOT EXISTS `' . KUNDEPORTAL_TEST_DB . '` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci' );
	}
	mysqli_close( $db );

	return $ok;
}

// Same steps as the stack uses for the site, each in its own PHP process (tests/env/install.php).
if ( ! kundeportal_test_site_installed( $kundeportal_root ) ) {
	foreach ( array( 'install', 'configure', 'activate-kundeportal' ) as $kundeportal_step ) {
		$kundeportal_cmd = sprintf(
			'KUNDEPORTAL_DB=%s %s -d memory_limit=1024M %s %s 2>&1',
			KUNDEPORTAL_TEST_DB,
			escapeshellarg( PHP_BINARY ),
			escapeshellarg( $kundeportal_root . '/tests/env/install.php' ),
			$kundeportal_step
		);
		exec( $kundeportal_cmd, $kundeportal_out, $kundeportal_rc ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions
		if ( 0 !== $kundeportal_rc ) {
			fwrite( STDERR, "Installing the test site failed at '{$kundeportal_step}':\n" . implode( "\n", $kundeportal_out ) . "\n" );
			exit( 1 );
		}
		$kundeportal_out = array();
	}
}

// Storage for orders, decided before WooCommerce reads the option.
$wp_filter = array(
	'pre_option_woocommerce_custom_orders_table_enabled'   => array(
		10 => array(
			array(
				'function'      => static fn () => $kundeportal_hpos ? 'yes' : 'no',
				'accepted_args' => 1,
			),
		),
	),
	'pre_option_woocommerce_custom_orders_table_data_sync_enabled' => array(
		10 => array(
			array(
				'function'      => static fn () => 'no',
				'accepted_args' => 1,
			),
		),
	),
);

require $kundeportal_root . '/tests/env/bootstrap-cli.php';
require_once $kundeportal_wp_load;

if ( ! class_exists( \Kundeportal\Plugin::class ) || ! function_exists( 'WC' ) ) {
	fwrite( STDERR, "WooCommerce or Kundeportal is not active in the test site; run: bash tests/env/stack.sh reset-test-db\n" );
	exit( 1 );
}

if ( $kundeportal_hpos !== \Automattic\WooCommerce\Utilities\OrderUtil::custom_orders_table_usage_is_enabled() ) {
	fwrite( STDERR, 'Could not switch HPOS ' . ( $kundeportal_hpos ? 'on' : 'off' ) . "\n" );
	exit( 1 );
}

require $kundeportal_root . '/vendor/autoload.php';

fwrite( STDOUT, sprintf( "WordPress %s, WooCommerce %s, orders in %s, database %s\n", get_bloginfo( 'version' ), WC()->version, $kundeportal_hpos ? 'HPOS tables' : 'posts', DB_NAME ) );
