<?php
/**
 * Composition root.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal;

use Automattic\WooCommerce\Utilities\FeaturesUtil;
use Kundeportal\Admin\CompaniesPage;
use Kundeportal\Admin\OrderScreen;
use Kundeportal\Checkout\Checkout;
use Kundeportal\Email\ApprovalEmails;
use Kundeportal\Cli\Seeder;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Install\Installer;

defined( 'ABSPATH' ) || exit;

/**
 * Boots the plugin: declares WooCommerce compatibility, installs and upgrades the schema,
 * builds the services and lets each feature add its hooks.
 */
final class Plugin {

	/**
	 * Services, once WooCommerce is loaded.
	 *
	 * @var Services|null
	 */
	private static ?Services $services = null;

	/**
	 * Main plugin file.
	 *
	 * @var string
	 */
	private static string $file = '';

	/**
	 * Entry point, called once from plugin/bootstrap.php.
	 *
	 * @param string $file Main plugin file (kundeportal.php).
	 * @return void
	 */
	public static function boot( string $file ): void {
		self::$file = $file;
		Installer::register_tables();

		add_action( 'before_woocommerce_init', array( self::class, 'handle_before_woocommerce_init' ) );
		register_activation_hook( $file, array( self::class, 'handle_activation' ) );
		add_action( 'plugins_loaded', array( self::class, 'handle_plugins_loaded' ) );
		add_action( 'init', array( self::class, 'handle_init_flush' ), 999 );
	}

	/**
	 * The services; available after plugins_loaded when WooCommerce is active.
	 *
	 * @return Services
	 * @throws \LogicException When called before the plugin was loaded.
	 */
	public static function services(): Services {
		if ( ! self::$services ) {
			throw new \LogicException( 'Kundeportal services are not loaded (WooCommerce inactive or called before plugins_loaded).' );
		}

		return self::$services;
	}

	/**
	 * Main plugin file.
	 *
	 * @return string
	 */
	public static function file(): string {
		return self::$file;
	}

	/**
	 * Declares compatibility with HPOS and the cart/checkout blocks.
	 *
	 * @internal
	 * @return void
	 */
	public static function handle_before_woocommerce_init(): void {
		if ( class_exists( FeaturesUtil::class ) ) {
			FeaturesUtil::declare_compatibility( 'custom_order_tables', self::$file, true );
			FeaturesUtil::declare_compatibility( 'cart_checkout_blocks', self::$file, true );
		}
	}

	/**
	 * Creates the tables and asks for a rewrite flush on the next init (endpoints exist then).
	 *
	 * @internal
	 * @return void
	 */
	public static function handle_activation(): void {
		Installer::install();
		update_option( Keys::OPTION_FLUSH_REWRITE, 'yes', true );
	}

	/**
	 * Upgrades the schema, loads translations and wires every feature when WooCommerce is active.
	 *
	 * @internal
	 * @return void
	 */
	public static function handle_plugins_loaded(): void {
		if ( ! class_exists( 'WooCommerce' ) ) {
			return;
		}

		Installer::maybe_upgrade();
		if ( get_option( Keys::OPTION_VERSION ) !== KUNDEPORTAL_VERSION ) {
			update_option( Keys::OPTION_FLUSH_REWRITE, 'yes', true );
			update_option( Keys::OPTION_VERSION, KUNDEPORTAL_VERSION, true );
		}

		add_action( 'init', array( self::class, 'handle_init_textdomain' ), 0 );

		self::$services = new Services();
		( new Checkout( self::$services ) )->register();
		( new ApprovalEmails() )->register();
		( new OrderScreen( self::$services ) )->register();
		if ( is_admin() ) {
			( new CompaniesPage( self::$services ) )->register();
		}
		self::register_optional( 'Kundeportal\\Rest\\RestApi' );
		self::register_optional( 'Kundeportal\\Account\\AccountTabs' );
		self::register_optional( 'Kundeportal\\Account\\HelpTab' );
		self::register_optional( 'Kundeportal\\Account\\AddressesTab' );
		self::register_optional( 'Kundeportal\\Account\\DepartmentsTab' );
		self::register_optional( 'Kundeportal\\Account\\JoinPage' );
		self::register_optional( 'Kundeportal\\Account\\LoginGate' );
		self::register_optional( 'Kundeportal\\Admin\\BackOffice' );
		self::register_optional( 'Kundeportal\\Domain\\DeletedUsers' );
		self::register_optional( 'Kundeportal\\Catalog\\AssortmentGuard' );
		self::register_optional( 'Kundeportal\\Account\\OrdersTab' );
		self::register_optional( 'Kundeportal\\Admin\\TrackingBox' );

		if ( defined( 'WP_CLI' ) && WP_CLI && class_exists( 'WP_CLI' ) && class_exists( Seeder::class ) ) {
			\WP_CLI::add_command( 'kundeportal seed', array( new Seeder( self::$services ), 'cli' ) );
		}
	}

	/**
	 * Loads the plugin's translations from languages/.
	 *
	 * @internal
	 * @return void
	 */
	public static function handle_init_textdomain(): void {
		load_plugin_textdomain( 'kundeportal', false, dirname( plugin_basename( self::$file ) ) . '/languages' );
	}

	/**
	 * Flushes rewrite rules once, late on init, after all endpoints are registered: after
	 * activation or a version change, and whenever the My Account endpoints differ from those
	 * of the last flush (a new tab, a renamed slug), so a tab never 404s after an update.
	 *
	 * @internal
	 * @return void
	 */
	public static function handle_init_flush(): void {
		$endpoints = function_exists( 'WC' ) && WC()->query ? md5( (string) wp_json_encode( WC()->query->get_query_vars() ) ) : '';
		if ( 'yes' !== get_option( Keys::OPTION_FLUSH_REWRITE ) && get_option( Keys::OPTION_ENDPOINTS ) === $endpoints ) {
			return;
		}

		delete_option( Keys::OPTION_FLUSH_REWRITE );
		update_option( Keys::OPTION_ENDPOINTS, $endpoints, true );
		flush_rewrite_rules( false );
	}

	/**
	 * Registers a feature written elsewhere (REST, My Account) if its class exists yet.
	 *
	 * @param string $class_name Class with a constructor taking Services and a register() method.
	 * @return void
	 */
	private static function register_optional( string $class_name ): void {
		if ( class_exists( $class_name ) ) {
			( new $class_name( self::$services ) )->register();
		}
	}
}
