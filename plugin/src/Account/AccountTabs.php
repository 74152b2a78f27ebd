<?php
/**
 * The portal's My Account integration: pending-orders tab, dashboard block, block types.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Account;

use Kundeportal\Services;
use Throwable;

defined( 'ABSPATH' ) || exit;

/**
 * Adds the "Pending orders" tab for managers (endpoint, menu item, title, content), shows
 * the dashboard block to members and managers, and registers the built blocks.
 */
final class AccountTabs {

	/**
	 * Query var and URL slug of the pending-orders tab.
	 */
	public const PENDING_ORDERS = 'pending-orders';

	/**
	 * Query var and URL slug of the users tab.
	 */
	public const USERS = 'users';

	/**
	 * Domain services.
	 *
	 * @var Services
	 */
	private Services $services;

	/**
	 * Folder of the built blocks (build/blocks).
	 *
	 * @var string
	 */
	private string $blocks_dir;

	/**
	 * Constructor. Adds no hooks; call register().
	 *
	 * @param Services    $services   Domain services.
	 * @param string|null $blocks_dir Folder of the built blocks; defaults to the plugin's build/blocks.
	 */
	public function __construct( Services $services, ?string $blocks_dir = null ) {
		$this->services   = $services;
		$this->blocks_dir = $blocks_dir ?? dirname( KUNDEPORTAL_FILE ) . '/build/blocks';
	}

	/**
	 * Adds the hooks. Call before init so WooCommerce adds the rewrite endpoint there.
	 */
	public function register(): void {
		$endpoint = self::PENDING_ORDERS;

		add_action( 'init', array( $this, 'handle_init' ) );
		add_filter( 'woocommerce_get_query_vars', array( $this, 'handle_woocommerce_get_query_vars' ) );
		add_filter( 'woocommerce_account_menu_items', array( $this, 'handle_woocommerce_account_menu_items' ) );
		add_filter( 'woocommerce_account_menu_items', array( $this, 'handle_portal_menu_labels' ), 99 );
		add_filter( "woocommerce_endpoint_{$endpoint}_title", array( $this, 'handle_endpoint_title' ) );
		add_action( "woocommerce_account_{$endpoint}_endpoint", array( $this, 'handle_pending_orders_endpoint' ) );
		add_filter( 'woocommerce_endpoint_' . self::USERS . '_title', array( $this, 'handle_users_title' ) );
		add_action( 'woocommerce_account_' . self::USERS . '_endpoint', array( $this, 'handle_users_endpoint' ) );
		add_action( 'woocommerce_account_dashboard', array( $this, 'handle_woocommerce_account_dashboard' ) );
	}

	/**
	 * Registers every block found in build/blocks, reading their metadata from the
	 * blocks manifest when the build wrote one. Without a build nothing is registered and
	 * the tabs render empty, so a checkout without `npm run build` never fatals.
	 *
	 * @internal
	 */
	public function handle_init(): void {
		$registry = \WP_Block_Type_Registry::get_instance();

		foreach ( $this->built_blocks() as $dir => $name ) {
			if ( ! $registry->is_registered( $name ) ) {
				register_block_type( $dir );
			}
		}
	}

	/**
	 * The built blocks: folder => block name.
	 *
	 * @return array<string, string>
	 */
	private function built_blocks(): array {
		$blocks   = array();
		$manifest = $this->blocks_dir . '/blocks-manifest.php';

		if ( is_readable( $manifest ) ) {
			wp_register_block_metadata_collection( $this->blocks_dir, $manifest );
			foreach ( (array) require $manifest as $folder => $metadata ) {
				$blocks[ $this->blocks_dir . '/' . $folder ] = (string) ( $metadata['name'] ?? '' );
			}
		} else {
			$files = glob( $this->blocks_dir . '/*/block.json' );
			foreach ( $files ? $files : array() as $file ) {
				$metadata = wp_json_file_decode( $file, array( 'associative' => true ) );

				$blocks[ dirname( $file ) ] = is_array( $metadata ) ? (string) ( $metadata['name'] ?? '' ) : '';
			}
		}

		return array_filter( $blocks );
	}

	/**
	 * Adds the pending-orders query var; WooCommerce turns it into a rewrite endpoint.
	 *
	 * @internal
	 * @param array $vars Query vars, key => slug.
	 * @return array
	 */
	public function handle_woocommerce_get_query_vars( $vars ): array {
		$vars = (array) $vars;

		$vars[ self::PENDING_ORDERS ] = self::PENDING_ORDERS;
		$vars[ self::USERS ]          = self::USERS;

		return $vars;
	}

	/**
	 * Puts "Pending orders" and "Users" right after "Dashboard", for managers only, and hides
	 * "Downloads" from portal users who have nothing to download.
	 *
	 * @internal
	 * @param array $items Menu items, endpoint => label.
	 * @return array
	 */
	public function handle_woocommerce_account_menu_items( $items ): array {
		$items = (array) $items;
		if ( isset( $items['downloads'] ) && ( $this->is_manager() || $this->is_member() ) && ! $this->has_downloads() ) {
			// A portal user of a shop without downloadable products has no use for "Downloads".
			unset( $items['downloads'] );
		}

		if ( ! $this->is_manager() ) {
			return $items;
		}

		$entry    = array(
			self::PENDING_ORDERS => __( 'Pending orders', 'kundeportal' ),
			self::USERS          => __( 'Users', 'kundeportal' ),
		);
		$position = array_search( 'dashboard', array_keys( $items ), true );
		$position = false === $position ? 0 : $position + 1;

		return array_slice( $items, 0, $position, true ) + $entry + array_slice( $items, $position, null, true );
	}

	/**
	 * Gives portal users the menu labels of the user guide in the site's language
	 * ("Kontrollpanel", "Ordrer", "Adresser", "Kontodetaljer", "Logg ut" in nb_NO) from the
	 * plugin's own translations, so the portal reads right even without WooCommerce's language
	 * pack. Other customers keep WooCommerce's labels.
	 *
	 * @internal
	 * @param array $items Menu items, endpoint => label.
	 * @return array
	 */
	public function handle_portal_menu_labels( $items ): array {
		$items = (array) $items;
		if ( ! $this->is_manager() && ! $this->is_member() ) {
			return $items;
		}

		$labels = array(
			'dashboard'       => _x( 'Dashboard', 'account menu', 'kundeportal' ),
			'orders'          => _x( 'Orders', 'account menu', 'kundeportal' ),
			'edit-address'    => _x( 'Addresses', 'account menu', 'kundeportal' ),
			'edit-account'    => _x( 'Account details', 'account menu', 'kundeportal' ),
			'customer-logout' => _x( 'Log out', 'account menu', 'kundeportal' ),
		);
		foreach ( array_intersect_key( $labels, $items ) as $endpoint => $label ) {
			$items[ $endpoint ] = $label;
		}

		return $items;
	}

	/**
	 * Title of the pending-orders page.
	 *
	 * @internal
	 * @param string $title Title WooCommerce would use.
	 * @return string
	 */
	public function handle_endpoint_title( $title ): string {
		return __( 'Pending orders', 'kundeportal' );
	}

	/**
	 * Title of the users page.
	 *
	 * @internal
	 * @param string $title Title WooCommerce would use.
	 * @return string
	 */
	public function handle_users_title( $title ): string {
		return __( 'Users', 'kundeportal' );
	}

	/**
	 * Content of the users tab: the block for managers, a notice for anyone else.
	 *
	 * @internal
	 */
	public function handle_users_endpoint(): void {
		if ( ! $this->is_manager() ) {
			wc_print_notice( __( 'You do not have access to this page.', 'kundeportal' ), 'error' );
			return;
		}

		$this->print_block( 'kundeportal/users' );
	}

	/**
	 * Content of the pending-orders tab: the block for managers, a notice for anyone else.
	 *
	 * @internal
	 */
	public function handle_pending_orders_endpoint(): void {
		if ( ! $this->is_manager() ) {
			wc_print_notice( __( 'You do not have access to this page.', 'kundeportal' ), 'error' );
			return;
		}

		$this->print_block( 'kundeportal/pending-orders' );
	}

	/**
	 * Shows the dashboard block under WooCommerce's greeting, for members and managers.
	 *
	 * @internal
	 */
	public function handle_woocommerce_account_dashboard(): void {
		if ( $this->is_manager() || $this->is_member() ) {
			$this->print_block( 'kundeportal/dashboard' );
		}
	}

	/**
	 * Prints a server-rendered block (its mount point).
	 *
	 * @param string $name Block name.
	 */
	private function print_block( string $name ): void {
		$block = array(
			'blockName'    => $name,
			'attrs'        => array(),
			'innerBlocks'  => array(),
			'innerHTML'    => '',
			'innerContent' => array(),
		);

		// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- Block markup, escaped by the block's render.php.
		echo render_block( $block );
	}

	/**
	 * Whether the current user manages at least one department (shop admins: any exists).
	 *
	 * @return bool
	 */
	private function is_manager(): bool {
		$user_id = get_current_user_id();
		if ( ! $user_id ) {
			return false;
		}

		try {
			return (bool) $this->services->scope->managed_department_ids( $user_id );
		} catch ( Throwable $error ) {
			$this->log( $error );
			return false;
		}
	}

	/**
	 * Whether the current user is an active member.
	 *
	 * @return bool
	 */
	private function is_member(): bool {
		$user_id = get_current_user_id();
		if ( ! $user_id ) {
			return false;
		}

		try {
			return null !== $this->services->members->get( $user_id );
		} catch ( Throwable $error ) {
			$this->log( $error );
			return false;
		}
	}

	/**
	 * Whether the current user has anything to download (WooCommerce's own list).
	 *
	 * @return bool
	 */
	private function has_downloads(): bool {
		return (bool) wc_get_customer_available_downloads( get_current_user_id() );
	}

	/**
	 * Logs an unexpected error to the WooCommerce log; the page renders on without the portal.
	 *
	 * @param Throwable $error What was thrown.
	 */
	private function log( Throwable $error ): void {
		wc_get_logger()->error(
			sprintf( 'My Account: %s: %s', get_class( $error ), $error->getMessage() ),
			array( 'source' => 'kundeportal' )
		);
	}
}
