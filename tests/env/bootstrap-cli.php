<?php
/**
 * Shared by tests/env/install.php and tests/env/wp.php: loads the local stack's WordPress
 * (.stack/wordpress) from the command line as if a request came to http://localhost:8888/.
 *
 * @package Kundeportal
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.PHP.DevelopmentFunctions, WordPress.WP.GlobalVariablesOverride

if ( 'cli' !== PHP_SAPI ) {
	exit( 1 );
}

$_SERVER['HTTP_HOST']       = 'localhost:8888';
$_SERVER['SERVER_NAME']     = 'localhost';
$_SERVER['SERVER_PORT']     = '8888';
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
