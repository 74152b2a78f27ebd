<?php
/**
 * Shared by tests/env/install.php and tests/env/wp.php: loads the local stack's WordPress
 * (.stack/wordpress) from the command line as if a request came to the site: http://localhost:8888/
 * unless env KUNDEPORTAL_URL or .stack/site-url (written by stack.sh) say otherwise.
 *
 * @package Kundeportal
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.PHP.DevelopmentFunctions, WordPress.WP.GlobalVariablesOverride

if ( 'cli' !== PHP_SAPI ) {
	exit( 1 );
}

$kundeportal_site_url = getenv( 'KUNDEPORTAL_URL' );
if ( ! $kundeportal_site_url && is_readable( dirname( __DIR__, 2 ) . '/.stack/site-url' ) ) {
	$kundeportal_site_url = trim( (string) file_get_contents( dirname( __DIR__, 2 ) . '/.stack/site-url' ) );
}
$kundeportal_site_url = rtrim( $kundeportal_site_url ? $kundeportal_site_url : 'http://localhost:8888', '/' );
$kundeportal_host     = (string) parse_url( $kundeportal_site_url, PHP_URL_HOST );
$kundeportal_port     = (int) ( parse_url( $kundeportal_site_url, PHP_URL_PORT ) ?? 80 );

$_SERVER['HTTP_HOST']       = $kundeportal_host . ( 80 === $kundeportal_port ? '' : ':' . $kundeportal_port );
$_SERVER['SERVER_NAME']     = $kundeportal_host;
$_SERVER['SERVER_PORT']     = (string) $kundeportal_port;
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
$_SERVER['REMOTE_ADDR']     = '127.0.0.1';
$_SERVER['HTTP_USER_AGENT'] = 'kundeportal-cli';
unset( $_SERVER['HTTPS'] );

// Print fatal errors on the terminal (WP_DEBUG_DISPLAY is off; everything else goes to .stack/logs/debug.log).
define( 'WP_DISABLE_FATAL_ERROR_HANDLER', true );
register_shutdown_function(
	static function (): void {
		$error = error_get_last();
		if ( $error && in_array( $error['type'], array( E_ERROR, E_PARSE, E_CORE_ERROR, E_COMPILE_ERROR, E_USER_ERROR, E_RECOVERABLE_ERROR ), true ) ) {
			fwrite( STDERR, sprintf( "PHP Fatal error: %s in %s:%d\n", $error['message'], $error['file'], $error['line'] ) );
			exit( 255 );
		}
	}
);

// Path of wp-load.php; the caller requires it at file scope (WordPress expects its globals there).
$kundeportal_wp_load = dirname( __DIR__, 2 ) . '/.stack/wordpress/wp-load.php';
if ( ! is_file( dirname( $kundeportal_wp_load ) . '/wp-config.php' ) ) {
	fwrite( STDERR, "ERROR: no site at .stack/wordpress; run: bash tests/env/stack.sh start\n" );
	exit( 1 );
}
