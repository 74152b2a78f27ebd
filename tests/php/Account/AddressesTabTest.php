<?php
/**
 * Tests of the Addresses tab.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Account;

use Kundeportal\Account\AddressesTab;
use Kundeportal\Tests\Rest\PortalFixtures;
use Kundeportal\Tests\TestCase;

/**
 * Menu position for portal users, and the department addresses section only for managers and
 * only on WooCommerce's overview.
 */
final class AddressesTabTest extends TestCase {

	use PortalFixtures;

	/**
	 * Builds the portal.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();

		if ( ! \WP_Block_Type_Registry::get_instance()->is_registered( 'kundeportal/addresses' ) ) {
			register_block_type( dirname( KUNDEPORTAL_FILE ) . '/blocks/addresses' );
		}
	}

	/**
	 * @testdox Portal users get "Addresses" right after "Orders"; others keep WooCommerce's menu
	 */
	public function test_menu(): void {
		$tab = new AddressesTab( $this->plugin_services() );
		$wc  = array(
			'dashboard'       => 'Dashboard',
			'orders'          => 'Orders',
			'downloads'       => 'Downloads',
			'edit-address'    => 'Addresses',
			'edit-account'    => 'Account details',
			'customer-logout' => 'Log out',
		);

		foreach ( array( 'manager_a', 'employee_a' ) as $who ) {
			wp_set_current_user( $this->ids[ $who ] );
			$items = array_keys( $tab->handle_woocommerce_account_menu_items( $wc ) );
			$this->assertSame( 'edit-address', $items[ array_search( 'orders', $items, true ) + 1 ], $who );
			$this->assertCount( count( $wc ), $items );
		}

		wp_set_current_user( $this->ids['employee_a'] );
		$without = $wc;
		unset( $without['orders'], $without['edit-address'] );
		$items = array_keys( $tab->handle_woocommerce_account_menu_items( $without ) );
		$this->assertSame( 'edit-account', $items[ array_search( 'edit-address', $items, true ) + 1 ] );

		wp_set_current_user( $this->ids['outsider'] );
		$this->assertSame( $wc, $tab->handle_woocommerce_account_menu_items( $wc ) );
	}

	/**
	 * @testdox Managers get the department addresses block on the overview only; members never
	 */
	public function test_section(): void {
		$tab = new AddressesTab( $this->plugin_services() );

		wp_set_current_user( $this->ids['manager_a'] );
		ob_start();
		$tab->handle_endpoint( '' );
		$overview = (string) ob_get_clean();
		$this->assertStringContainsString( 'kundeportal-addresses-block', $overview );
		$this->assertStringContainsString( 'data-countries=', $overview );
		$this->assertStringContainsString( 'Norway', $overview );

		ob_start();
		$tab->handle_endpoint( 'shipping' );
		$this->assertSame( '', (string) ob_get_clean() );

		wp_set_current_user( $this->ids['employee_a'] );
		ob_start();
		$tab->handle_endpoint( '' );
		$this->assertSame( '', (string) ob_get_clean() );
	}
}
