<?php
/**
 * Runs PHP with the local stack's WordPress loaded (there is no WP-CLI here).
 *
 *   php tests/env/wp.php seed              ( new \Kundeportal\Cli\Seeder() )->run()
 *   php tests/env/wp.php eval-file <file>  run a PHP file with WordPress loaded ($args = further arguments)
 *   php tests/env/wp.php option <name>     print an option (arrays/objects as JSON)
 *   php tests/env/wp.php language <locale> set the site language (WPLANG), e.g. nb_NO; "en_US" for English
 *
 * The database comes from env KUNDEPORTAL_DB (default kundeportal), like the site's wp-config.php.
 *
 * @package Kundeportal
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.PHP.DevelopmentFunctions, WordPress.Security.EscapeOutput

$kundeportal_command = $argv[1] ?? '';
$args                = array_slice( $argv, 2 );
$kundeportal_usage   = "usage: php tests/env/wp.php seed | eval-file <file> [args...] | option <name> | language <locale>\n";

if ( ! in_array( $kundeportal_command, array( 'seed', 'eval-file', 'option', 'language' ), true ) ) {
	fwrite( STDERR, $kundeportal_usage );
	exit( 1 );
}
if ( 'seed' !== $kundeportal_command && ! isset( $args[0] ) ) {
	fwrite( STDERR, $kundeportal_usage );
	exit( 1 );
}
if ( 'eval-file' === $kundeportal_command ) {
	$kundeportal_file = realpath( $args[0] );
	if ( false === $kundeportal_file || ! is_file( $kundeportal_file ) ) {
		fwrite( STDERR, "ERROR: no such file: {$args[0]}\n" );
		exit( 1 );
	}
}

require __DIR__ . '/bootstrap-cli.php';
require_once $kundeportal_wp_load;

switch ( $kundeportal_command ) {
	case 'seed':
		if ( ! class_exists( \Kundeportal\Cli\Seeder::class ) ) {
			fwrite( STDERR, "ERROR: class Kundeportal\\Cli\\Seeder not found (is the kundeportal plugin active and plugin/src/Cli/Seeder.php there?)\n" );
			exit( 1 );
		}
		( new \Kundeportal\Cli\Seeder() )->run();
		break;

	case 'eval-file':
		array_shift( $args );
		require $kundeportal_file;
		break;

	case 'option':
		$kundeportal_value = get_option( $args[0], null );
		if ( null === $kundeportal_value ) {
			fwrite( STDERR, "option {$args[0]} is not set\n" );
			exit( 1 );
		}
		echo is_scalar( $kundeportal_value ) ? $kundeportal_value : wp_json_encode( $kundeportal_value, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ), "\n";
		break;

	case 'language':
		if ( ! preg_match( '/^[a-z]{2,3}(_[A-Z]{2})?$/', $args[0] ) ) {
			fwrite( STDERR, "ERROR: not a locale: {$args[0]}\n" );
			exit( 1 );
		}
		// sanitize_option() keeps WPLANG to locales whose core language pack is installed, and
		// no pack can be downloaded here; get_locale() itself takes any value, so write it directly.
		$wpdb->update( $wpdb->options, array( 'option_value' => 'en_US' === $args[0] ? '' : $args[0] ), array( 'option_name' => 'WPLANG' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- see above.
		wp_cache_delete( 'alloptions', 'options' );
		echo 'Site language: ', $args[0], "\n";
		break;
}
