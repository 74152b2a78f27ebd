<?php
/**
 * The Help tab ("Hjelp") in My Account and its page setting.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Account;

use Kundeportal\Infrastructure\Keys;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * Adds the help endpoint for portal members and managers (after "Users", or after "Dashboard"
 * for employees), renders the kundeportal/help block in it, and adds the "Portal help page"
 * setting to WooCommerce's page setup.
 */
final class HelpTab {

	/**
	 * Query var and URL slug of the help tab.
	 */
	public const ENDPOINT = 'help';

	/**
	 * Domain services.
	 *
	 * @var Services
	 */
	private Services $services;

	/**
	 * Constructor. Adds no hooks; call register().
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( Services $services ) {
		$this->services = $services;
	}

	/**
	 * Adds the hooks. Call before init so WooCommerce adds the rewrite endpoint there.
	 */
	public function register(): void {
		add_filter( 'woocommerce_get_query_vars', array( $this, 'handle_woocommerce_get_query_vars' ) );
		add_filter( 'woocommerce_account_menu_items', array( $this, 'handle_woocommerce_account_menu_items' ), 20 );
		add_filter( 'woocommerce_endpoint_' . self::ENDPOINT . '_title', array( $this, 'handle_title' ) );
		add_action( 'woocommerce_account_' . self::ENDPOINT . '_endpoint', array( $this, 'handle_endpoint' ) );
		add_filter( 'woocommerce_settings_pages', array( $this, 'handle_woocommerce_settings_pages' ) );
	}

	/**
	 * Adds the help query var; WooCommerce turns it into a rewrite endpoint.
	 *
	 * @internal
	 * @param array $vars Query vars, key => slug.
	 * @return array
	 */
	public function handle_woocommerce_get_query_vars( $vars ): array {
		$vars = (array) $vars;

		$vars[ self::ENDPOINT ] = self::ENDPOINT;

		return $vars;
	}

	/**
	 * Puts "Help" after "Users" (managers) or after "Dashboard" (employees); others see no tab.
	 *
	 * @internal
	 * @param array $items Menu items, endpoint => label.
	 * @return array
	 */
	public function handle_woocommerce_account_menu_items( $items ): array {
		$items = (array) $items;
		if ( ! $this->is_portal_user() ) {
			return $items;
		}

		$keys     = array_keys( $items );
		$after    = in_array( 'departments', $keys, true ) ? 'departments' : ( in_array( AccountTabs::USERS, $keys, true ) ? AccountTabs::USERS : 'dashboard' );
		$position = array_search( $after, $keys, true );
		$position = false === $position ? 0 : $position + 1;
		$entry    = array( self::ENDPOINT => __( 'Help', 'kundeportal' ) );

		return array_slice( $items, 0, $position, true ) + $entry + array_slice( $items, $position, null, true );
	}

	/**
	 * Title of the help page.
	 *
	 * @internal
	 * @param string $title Title WooCommerce would use.
	 * @return string
	 */
	public function handle_title( $title ): string {
		return __( 'Help', 'kundeportal' );
	}

	/**
	 * Content of the help tab: the block for portal users, a notice for anyone else.
	 *
	 * @internal
	 */
	public function handle_endpoint(): void {
		if ( ! $this->is_portal_user() ) {
			wc_print_notice( __( 'You do not have access to this page.', 'kundeportal' ), 'error' );
			return;
		}

		// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- Block markup, escaped by the block's render.php.
		echo render_block(
			array(
				'blockName'    => 'kundeportal/help',
				'attrs'        => array( 'forManager' => $this->is_manager() ),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);
	}

	/**
	 * Adds "Portal help page" to WooCommerce → Settings → Advanced → Page setup.
	 *
	 * @internal
	 * @param array $settings The page setup settings.
	 * @return array
	 */
	public function handle_woocommerce_settings_pages( $settings ): array {
		$settings = (array) $settings;
		$field    = array(
			'title'    => __( 'Portal help page', 'kundeportal' ),
			'desc'     => __( 'The content of the Help tab in My Account for company users. Leave empty to show the built-in guide.', 'kundeportal' ),
			'id'       => Keys::OPTION_HELP_PAGE_ID,
			'default'  => '',
			'class'    => 'wc-page-search',
			'css'      => 'min-width:300px;',
			'type'     => 'single_select_page_with_search',
			'args'     => array( 'exclude' => array( wc_get_page_id( 'myaccount' ) ) ),
			'desc_tip' => true,
			'autoload' => false,
		);

		$end = array_search( 'sectionend', array_column( $settings, 'type' ), true );
		if ( false === $end ) {
			$settings[] = $field;
			return $settings;
		}
		array_splice( $settings, (int) $end, 0, array( $field ) );

		return $settings;
	}

	/**
	 * Whether the current user is an active member or manages a department.
	 *
	 * @return bool
	 */
	private function is_portal_user(): bool {
		$user_id = get_current_user_id();

		return $user_id && ( null !== $this->services->members->get( $user_id ) || $this->is_manager() );
	}

	/**
	 * Whether the current user manages at least one department.
	 *
	 * @return bool
	 */
	private function is_manager(): bool {
		$user_id = get_current_user_id();

		return $user_id && (bool) $this->services->scope->managed_department_ids( $user_id );
	}
}
