<?php
/**
 * The Addresses tab ("Adresser"): WooCommerce's own edit-address endpoint, plus the
 * department addresses for managers.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Account;

use Kundeportal\Domain\DepartmentAddresses;
use Kundeportal\Services;
use Throwable;

defined( 'ABSPATH' ) || exit;

/**
 * Everyone keeps WooCommerce's billing and shipping addresses. For portal users the tab sits
 * right after "Orders" in the menu; managers (and shop admins) get a "Department addresses"
 * section under WooCommerce's overview (not on the edit billing/shipping sub-pages), rendered
 * by the kundeportal/addresses block.
 */
final class AddressesTab {

	/**
	 * WooCommerce's endpoint (query var) of the addresses tab.
	 */
	public const ENDPOINT = 'edit-address';

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
	 * Adds the hooks.
	 */
	public function register(): void {
		add_filter( 'woocommerce_account_menu_items', array( $this, 'handle_woocommerce_account_menu_items' ), 30, 2 );
		add_action( 'woocommerce_account_' . self::ENDPOINT . '_endpoint', array( $this, 'handle_endpoint' ), 20 );
	}

	/**
	 * Puts "Addresses" right after "Orders" for portal users (before "Account details" when
	 * there is no "Orders"), adding it back if it was removed while the endpoint exists.
	 *
	 * @internal
	 * @param array $items     Menu items, endpoint => label.
	 * @param array $endpoints Endpoint => slug, as WooCommerce passes them.
	 * @return array
	 */
	public function handle_woocommerce_account_menu_items( $items, $endpoints = array() ): array {
		$items = (array) $items;
		if ( ! $this->is_portal_user() ) {
			return $items;
		}

		$slug = is_array( $endpoints ) && isset( $endpoints[ self::ENDPOINT ] ) ? $endpoints[ self::ENDPOINT ] : get_option( 'woocommerce_myaccount_edit_address_endpoint', self::ENDPOINT );
		if ( empty( $slug ) ) {
			return $items;
		}

		// phpcs:ignore WordPress.WP.I18n.TextDomainMismatch -- WooCommerce's own label and translation ("Adresser").
		$label = $items[ self::ENDPOINT ] ?? __( 'Addresses', 'woocommerce' );
		unset( $items[ self::ENDPOINT ] );

		$keys = array_keys( $items );
		if ( in_array( 'orders', $keys, true ) ) {
			$position = (int) array_search( 'orders', $keys, true ) + 1;
		} else {
			$before   = array_search( 'edit-account', $keys, true );
			$before   = false === $before ? array_search( 'customer-logout', $keys, true ) : $before;
			$position = false === $before ? count( $items ) : (int) $before;
		}

		return array_slice( $items, 0, $position, true ) + array( self::ENDPOINT => $label ) + array_slice( $items, $position, null, true );
	}

	/**
	 * After WooCommerce's addresses overview: the department addresses block for managers.
	 * The sub-pages (edit-address/billing, edit-address/shipping) stay WooCommerce's alone.
	 *
	 * @internal
	 * @param string $value Endpoint value: "" on the overview, "billing"/"shipping" on sub-pages.
	 */
	public function handle_endpoint( $value = '' ): void {
		if ( '' !== (string) $value || ! $this->is_manager() ) {
			return;
		}

		$countries = function_exists( 'WC' ) && WC()->countries ? (array) WC()->countries->get_shipping_countries() : array();
		if ( ! $countries ) {
			$countries = DepartmentAddresses::countries();
		}
		$default = function_exists( 'WC' ) && WC()->countries ? (string) WC()->countries->get_base_country() : '';

		// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- Block markup, escaped by the block's render.php.
		echo render_block(
			array(
				'blockName'    => 'kundeportal/addresses',
				'attrs'        => array(
					'countries'      => $countries,
					'defaultCountry' => isset( $countries[ $default ] ) ? $default : (string) array_key_first( $countries ),
				),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);
	}

	/**
	 * Whether the current user is an active member or manages a department.
	 *
	 * @return bool
	 */
	private function is_portal_user(): bool {
		$user_id = get_current_user_id();
		if ( ! $user_id ) {
			return false;
		}

		try {
			return null !== $this->services->members->get( $user_id ) || $this->is_manager();
		} catch ( Throwable $error ) {
			return false;
		}
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
			return false;
		}
	}
}
