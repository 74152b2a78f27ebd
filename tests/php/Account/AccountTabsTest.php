<?php
/**
 * Tests of the My Account integration.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Account;

use Kundeportal\Account\AccountTabs;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Plugin;
use Kundeportal\Tests\Rest\PortalFixtures;
use Kundeportal\Tests\TestCase;
use WP_Block_Type_Registry;

/**
 * Pending-orders endpoint, menu, title, content and the dashboard block.
 */
final class AccountTabsTest extends TestCase {

	use PortalFixtures;

	/**
	 * Blocks this test registered, to unregister afterwards.
	 *
	 * @var string[]
	 */
	private array $test_blocks = array();

	/**
	 * Builds the portal and stands in for blocks the build did not register.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();

		foreach ( array( 'kundeportal/pending-orders', 'kundeportal/dashboard' ) as $name ) {
			if ( ! WP_Block_Type_Registry::get_instance()->is_registered( $name ) ) {
				register_block_type( $name, array( 'render_callback' => fn() => '<div class="kundeportal" data-block="' . $name . '"></div>' ) );
				$this->test_blocks[] = $name;
			}
		}
	}

	/**
	 * Unregisters the stand-in blocks.
	 */
	protected function tear_down(): void {
		foreach ( $this->test_blocks as $name ) {
			unregister_block_type( $name );
		}
		wp_set_current_user( 0 );
		parent::tear_down();
	}

	/**
	 * @testdox The pending-orders endpoint is a WooCommerce query var and rewrite endpoint.
	 */
	public function test_endpoint_registered(): void {
		global $wp_rewrite;

		$vars = WC()->query->get_query_vars();

		$this->assertSame( 'pending-orders', $vars['pending-orders'] ?? null );
		$this->assertContains( 'pending-orders', array_column( $wp_rewrite->endpoints, 1 ) );
	}

	/**
	 * @testdox Managers get "Pending orders" right after "Dashboard".
	 */
	public function test_menu_manager(): void {
		wp_set_current_user( $this->ids['manager_a'] );

		$items = array_keys( wc_get_account_menu_items() );

		$this->assertSame( 'dashboard', $items[0] );
		$this->assertSame( 'pending-orders', $items[1] );
		$this->assertSame( 'customer-logout', end( $items ) );
	}

	/**
	 * @testdox Employees and outsiders get no "Pending orders" menu item.
	 */
	public function test_menu_others(): void {
		foreach ( array( 'employee_a', 'outsider' ) as $who ) {
			wp_set_current_user( $this->ids[ $who ] );

			$this->assertArrayNotHasKey( 'pending-orders', wc_get_account_menu_items(), $who );
		}
	}

	/**
	 * @testdox Portal users without downloads get no "Downloads" item; other customers keep it.
	 */
	public function test_menu_downloads(): void {
		foreach ( array( 'manager_a', 'employee_a' ) as $who ) {
			wp_set_current_user( $this->ids[ $who ] );
			$this->assertArrayNotHasKey( 'downloads', wc_get_account_menu_items(), $who );
		}

		wp_set_current_user( $this->ids['outsider'] );
		$this->assertArrayHasKey( 'downloads', wc_get_account_menu_items() );
	}

	/**
	 * @testdox Portal users get the guide's menu labels in the site language; other customers keep WooCommerce's
	 */
	public function test_menu_labels_in_norwegian(): void {
		$filter = static function ( $translation, $text, $context, $domain ) {
			$nb = array(
				'Dashboard'       => 'Kontrollpanel',
				'Orders'          => 'Ordrer',
				'Addresses'       => 'Adresser',
				'Account details' => 'Kontodetaljer',
				'Log out'         => 'Logg ut',
			);
			return 'kundeportal' === $domain && 'account menu' === $context && isset( $nb[ $text ] ) ? $nb[ $text ] : $translation;
		};
		add_filter( 'gettext_with_context', $filter, 10, 4 );

		wp_set_current_user( $this->ids['manager_a'] );
		$manager = wc_get_account_menu_items();
		wp_set_current_user( $this->ids['outsider'] );
		$outsider = wc_get_account_menu_items();
		remove_filter( 'gettext_with_context', $filter, 10 );

		$this->assertSame( 'Kontrollpanel', $manager['dashboard'] );
		$this->assertSame( 'Ordrer', $manager['orders'] );
		$this->assertSame( 'Adresser', $manager['edit-address'] );
		$this->assertSame( 'Kontodetaljer', $manager['edit-account'] );
		$this->assertSame( 'Logg ut', $manager['customer-logout'] );
		$this->assertSame( 'Dashboard', $outsider['dashboard'] );
	}

	/**
	 * @testdox The endpoint title is "Pending orders".
	 */
	public function test_title(): void {
		$this->assertSame( 'Pending orders', WC()->query->get_endpoint_title( 'pending-orders' ) );
	}

	/**
	 * @testdox A manager opening the tab gets the pending-orders block.
	 */
	public function test_content_manager(): void {
		wp_set_current_user( $this->ids['manager_a'] );

		$html = $this->capture( 'woocommerce_account_pending-orders_endpoint' );

		$this->assertStringContainsString( 'kundeportal', $html );
		$this->assertStringNotContainsString( 'You do not have access to this page.', $html );
	}

	/**
	 * @testdox An employee opening the tab's URL gets a notice instead of the block.
	 */
	public function test_content_employee(): void {
		wp_set_current_user( $this->ids['employee_a'] );

		$html = $this->capture( 'woocommerce_account_pending-orders_endpoint' );

		$this->assertStringContainsString( 'You do not have access to this page.', $html );
		$this->assertStringNotContainsString( 'kundeportal/pending-orders', $html );
	}

	/**
	 * @testdox Managers get "Users" right after "Pending orders"; the tab shows the users block to managers only.
	 */
	public function test_users_tab(): void {
		$this->assertSame( 'users', WC()->query->get_query_vars()['users'] ?? null );
		$this->assertSame( 'Users', WC()->query->get_endpoint_title( 'users' ) );

		wp_set_current_user( $this->ids['manager_a'] );
		$items = array_keys( wc_get_account_menu_items() );
		$this->assertSame( array( 'dashboard', 'pending-orders', 'users' ), array_slice( $items, 0, 3 ) );
		$html = $this->capture( 'woocommerce_account_users_endpoint' );
		$this->assertStringContainsString( 'kundeportal-users-block', $html );

		wp_set_current_user( $this->ids['employee_a'] );
		$this->assertArrayNotHasKey( 'users', wc_get_account_menu_items() );
		$html = $this->capture( 'woocommerce_account_users_endpoint' );
		$this->assertStringContainsString( 'You do not have access to this page.', $html );
		$this->assertStringNotContainsString( 'kundeportal-users-block', $html );
	}

	/**
	 * @testdox The dashboard shows the portal block to members and managers, not to outsiders.
	 */
	public function test_dashboard(): void {
		$shown = array();

		foreach ( array( 'manager_a', 'employee_a', 'outsider' ) as $who ) {
			wp_set_current_user( $this->ids[ $who ] );
			$shown[ $who ] = str_contains( $this->capture( 'woocommerce_account_dashboard' ), 'kundeportal' );
		}

		$this->assertSame(
			array(
				'manager_a'  => true,
				'employee_a' => true,
				'outsider'   => false,
			),
			$shown
		);
	}

	/**
	 * @testdox Block registration skips a missing build folder and registers built blocks.
	 */
	public function test_block_registration(): void {
		$dir = get_temp_dir() . 'kundeportal-blocks-' . wp_generate_password( 6, false );
		wp_mkdir_p( $dir . '/probe' );
		file_put_contents(
			$dir . '/probe/block.json',
			(string) wp_json_encode(
				array(
					'apiVersion' => 3,
					'name'       => 'kundeportal/test-probe',
					'title'      => 'Probe',
				)
			)
		); // phpcs:ignore WordPress.WP.AlternativeFunctions

		( new AccountTabs( $this->plugin_services(), $dir . '/missing' ) )->handle_init();
		( new AccountTabs( $this->plugin_services(), $dir ) )->handle_init();
		( new AccountTabs( $this->plugin_services(), $dir ) )->handle_init();

		$this->assertTrue( WP_Block_Type_Registry::get_instance()->is_registered( 'kundeportal/test-probe' ) );
		unregister_block_type( 'kundeportal/test-probe' );
		unlink( $dir . '/probe/block.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions
	}

	/**
	 * Output of an action, notices included.
	 *
	 * @param string $action Action name.
	 * @return string
	 */
	private function capture( string $action ): string {
		ob_start();
		do_action( $action );

		return (string) ob_get_clean();
	}

	/**
	 * @testdox An update that adds a tab flushes the rewrite rules by itself: the new tab's URL does not 404.
	 */
	public function test_new_endpoint_flushes_rules(): void {
		flush_rewrite_rules( false );
		$rules = get_option( 'rewrite_rules' );
		$stale = array_filter( $rules, static fn( $query ) => ! str_contains( (string) $query, '&' . AccountTabs::USERS . '=' ) );
		update_option( 'rewrite_rules', $stale );
		update_option( Keys::OPTION_ENDPOINTS, 'before the update' );

		Plugin::handle_init_flush();

		$queries = implode( ' ', get_option( 'rewrite_rules' ) );
		$this->assertStringContainsString( '&' . AccountTabs::USERS . '=', $queries );
		$this->assertStringNotContainsString( '&' . AccountTabs::USERS . '=', implode( ' ', $stale ) );
	}
}
