<?php
/**
 * Tests of the Help tab.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Account;

use Kundeportal\Account\HelpTab;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Tests\Rest\PortalFixtures;
use Kundeportal\Tests\TestCase;

/**
 * Endpoint, menu position, who sees it, the chosen page and the built-in guide, the setting.
 */
final class HelpTabTest extends TestCase {

	use PortalFixtures;

	/**
	 * Builds the portal.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();

		// The block is server-rendered only, so its source folder registers as well as its build.
		if ( ! \WP_Block_Type_Registry::get_instance()->is_registered( 'kundeportal/help' ) ) {
			register_block_type( dirname( KUNDEPORTAL_FILE ) . '/blocks/help' );
		}
	}

	/**
	 * Logs out and forgets the page setting.
	 */
	protected function tear_down(): void {
		delete_option( Keys::OPTION_HELP_PAGE_ID );
		wp_set_current_user( 0 );
		parent::tear_down();
	}

	/**
	 * @testdox The help endpoint is a query var with the title "Help".
	 */
	public function test_endpoint(): void {
		$this->assertSame( HelpTab::ENDPOINT, WC()->query->get_query_vars()[ HelpTab::ENDPOINT ] ?? null );
		$this->assertSame( 'Help', WC()->query->get_endpoint_title( HelpTab::ENDPOINT ) );
	}

	/**
	 * @testdox Managers see "Help" after "Departments", employees after "Dashboard", outsiders not at all.
	 */
	public function test_menu(): void {
		$after = array();

		foreach ( array( 'manager_a', 'employee_a', 'outsider' ) as $who ) {
			wp_set_current_user( $this->ids[ $who ] );
			$items         = array_keys( wc_get_account_menu_items() );
			$position      = array_search( HelpTab::ENDPOINT, $items, true );
			$after[ $who ] = false === $position ? null : $items[ $position - 1 ];
		}

		$this->assertSame(
			array(
				'manager_a'  => 'departments',
				'employee_a' => 'dashboard',
				'outsider'   => null,
			),
			$after
		);
	}

	/**
	 * @testdox Without a chosen page the built-in guide shows, with the manager's part for managers only.
	 */
	public function test_built_in_guide(): void {
		wp_set_current_user( $this->ids['manager_a'] );
		$manager = $this->capture();
		wp_set_current_user( $this->ids['employee_a'] );
		$employee = $this->capture();

		$this->assertStringContainsString( 'Ordering', $manager );
		$this->assertStringContainsString( 'Approving orders', $manager );
		$this->assertStringContainsString( 'Ordering', $employee );
		$this->assertStringNotContainsString( 'Approving orders', $employee );
	}

	/**
	 * @testdox A chosen, published page replaces the guide; a draft or the My Account page itself does not.
	 */
	public function test_chosen_page(): void {
		$page  = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'Our ordering rules',
				'post_content' => '<!-- wp:paragraph --><p>Order before noon on Fridays.</p><!-- /wp:paragraph -->',
			)
		);
		$draft = wp_insert_post(
			array(
				'post_type'   => 'page',
				'post_status' => 'draft',
				'post_title'  => 'Draft rules',
			)
		);
		wp_set_current_user( $this->ids['employee_a'] );

		update_option( Keys::OPTION_HELP_PAGE_ID, $page );
		$chosen = $this->capture();
		update_option( Keys::OPTION_HELP_PAGE_ID, $draft );
		$unpublished = $this->capture();
		update_option( Keys::OPTION_HELP_PAGE_ID, wc_get_page_id( 'myaccount' ) );
		$account = $this->capture();

		$this->assertStringContainsString( 'Our ordering rules', $chosen );
		$this->assertMatchesRegularExpression( '#<p[^>]*>Order before noon on Fridays.</p>#', $chosen );
		$this->assertStringNotContainsString( 'Ordering', $chosen );
		$this->assertStringContainsString( 'Ordering', $unpublished );
		$this->assertStringContainsString( 'Ordering', $account );
	}

	/**
	 * @testdox An outsider opening the tab's URL gets a notice and no content.
	 */
	public function test_outsider(): void {
		wp_set_current_user( $this->ids['outsider'] );

		$html = $this->capture();

		$this->assertStringContainsString( 'You do not have access to this page.', $html );
		$this->assertStringNotContainsString( 'kundeportal-help', $html );
	}

	/**
	 * @testdox The page setting sits in WooCommerce's page setup, before the section's end.
	 */
	public function test_setting(): void {
		$settings = ( new HelpTab( $this->plugin_services() ) )->handle_woocommerce_settings_pages(
			array(
				array(
					'type' => 'title',
					'id'   => 'advanced_page_options',
				),
				array(
					'type' => 'sectionend',
					'id'   => 'advanced_page_options',
				),
			)
		);

		$this->assertSame( Keys::OPTION_HELP_PAGE_ID, $settings[1]['id'] );
		$this->assertSame( 'single_select_page_with_search', $settings[1]['type'] );
		$this->assertSame( 'sectionend', $settings[2]['type'] );
	}

	/**
	 * Output of the help endpoint, notices included.
	 *
	 * @return string
	 */
	private function capture(): string {
		ob_start();
		do_action( 'woocommerce_account_' . HelpTab::ENDPOINT . '_endpoint' );

		return (string) ob_get_clean();
	}
}
