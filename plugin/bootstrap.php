<?php
/**
 * Autoloader and boot for Kundeportal. No Composer at run time: the plugin ships without vendor/.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

defined( 'ABSPATH' ) || exit;

spl_autoload_register(
	static function ( string $class_name ): void {
		$prefix = 'Kundeportal\\';
		if ( ! str_starts_with( $class_name, $prefix ) ) {
			return;
		}
		$relative = str_replace( '\\', '/', substr( $class_name, strlen( $prefix ) ) );
		$file     = __DIR__ . '/src/' . $relative . '.php';
		if ( is_readable( $file ) ) {
			require $file;
		}
	}
);

Kundeportal\Plugin::boot( KUNDEPORTAL_FILE );
