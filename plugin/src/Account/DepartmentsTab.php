<?php
/**
 * The Departments tab ("Avdelinger") in My Account.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Account;

use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * Adds the departments endpoint for managers and company admins, right after "Users", and
 * renders the kundeportal/departments block in it, with the URLs the block links to.
 */
final class DepartmentsTab {

	/**
	 * Query var and URL slug of the departments tab.
	 */
	public const ENDPOINT = 'departments';

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
		add_filter( 'woocommerce_account_menu_items', array( $this, 'handle_woocommerce_account_menu_items' ), 15 );
		add_filter( 'woocommerce_endpoint_' . self::ENDPOINT . '_title', array( $this, 'handle_title' ) );
		add_action( 'woocommerce_account_' . self::ENDPOINT . '_endpoint', array( $this, 'handle_endpoint' ) );
	}

	/**
	 * Adds the departments query var; WooCommerce turns it into a rewrite endpoint.
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
	 * Puts "Departments" right after "Users" (or after "Dashboard"), for managers only.
	 *
	 * @internal
	 * @param array $items Menu items, endpoint => label.
	 * @return array
	 */
	public function handle_woocommerce_account_menu_items( $items ): array {
		$items = (array) $items;
		if ( ! $this->is_manager() ) {
			return $items;
		}

		$keys     = array_keys( $items );
		$after    = in_array( AccountTabs::USERS, $keys, true ) ? AccountTabs::USERS : 'dashboard';
		$position = array_search( $after, $keys, true );
		$position = false === $position ? 0 : $position + 1;
		$entry    = array( self::ENDPOINT => __( 'Departments', 'kundeportal' ) );

		return array_slice( $items, 0, $position, true ) + $entry + array_slice( $items, $position, null, true );
	}

	/**
	 * Title of the departments page.
	 *
	 * @internal
	 * @param string $title Title WooCommerce would use.
	 * @return string
	 */
	public function handle_title( $title ): string {
		return __( 'Departments', 'kundeportal' );
	}

	/**
	 * Content of the tab: the block for managers, a notice for anyone else.
	 *
	 * @internal
	 */
	public function handle_endpoint(): void {
		if ( ! $this->is_manager() ) {
			wc_print_notice( __( 'You do not have access to this page.', 'kundeportal' ), 'error' );
			return;
		}

		// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- Block markup, escaped by the block's render.php.
		echo render_block(
			array(
				'blockName'    => 'kundeportal/departments',
				'attrs'        => array(
					'dashboardUrl' => wc_get_account_endpoint_url( 'dashboard' ),
					'addressesUrl' => wc_get_account_endpoint_url( 'edit-address' ),
				),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);
	}

	/**
	 * Whether the current user manages at least one department (company admins: their
	 * company has one; shop admins: any exists).
	 *
	 * @return bool
	 */
	private function is_manager(): bool {
		$user_id = get_current_user_id();
		if ( ! $user_id ) {
			return false;
		}

		return (bool) $this->services->scope->managed_department_ids( $user_id ) || $this->services->scope->is_company_admin( $user_id );
	}
}
