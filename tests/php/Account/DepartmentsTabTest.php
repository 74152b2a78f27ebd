<?php
/**
 * Tests of the Departments tab.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Account;

use Kundeportal\Account\DepartmentsTab;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Tests\Rest\PortalFixtures;
use Kundeportal\Tests\TestCase;

/**
 * Endpoint, menu position (right after "Users"), who sees it, and the block's mount point.
 */
final class DepartmentsTabTest extends TestCase {

	use PortalFixtures;

	/**
	 * Builds the portal and a company admin.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();
		$this->ids['company_admin'] = $this->make_user();
		update_user_meta( $this->ids['company_admin'], Keys::META_COMPANY_ADMIN, $this->ids['company'] );

		if ( ! \WP_Block_Type_Registry::get_instance()->is_registered( 'kundeportal/departments' ) ) {
			register_block_type( dirname( KUNDEPORTAL_FILE ) . '/blocks/departments' );
		}
	}

	/**
	 * Logs out.
	 */
	protected function tear_down(): void {
		wp_set_current_user( 0 );
		parent::tear_down();
	}

	/**
	 * The endpoint is a query var titled "Departments".
	 *
	 * @testdox The endpoint is a query var titled "Departments".
	 */
	public function test_endpoint(): void {
		$this->assertSame( DepartmentsTab::ENDPOINT, WC()->query->get_query_vars()[ DepartmentsTab::ENDPOINT ] ?? null );
		$this->assertSame( 'Departments', WC()->query->get_endpoint_title( DepartmentsTab::ENDPOINT ) );
	}

	/**
	 * Managers and company admins see it right after "Users", then "Help"; employees and outsiders do not.
	 *
	 * @testdox Managers and company admins see it right after "Users", then "Help"; employees and outsiders do not.
	 */
	public function test_menu(): void {
		foreach ( array( 'manager_a', 'company_admin' ) as $who ) {
			wp_set_current_user( $this->ids[ $who ] );
			$items    = array_keys( wc_get_account_menu_items() );
			$position = array_search( DepartmentsTab::ENDPOINT, $items, true );

			$this->assertNotFalse( $position, $who );
			$this->assertSame( 'users', $items[ $position - 1 ], $who );
			$this->assertSame( 'help', $items[ $position + 1 ], $who );
		}
		foreach ( array( 'employee_a', 'outsider' ) as $who ) {
			wp_set_current_user( $this->ids[ $who ] );
			$this->assertArrayNotHasKey( DepartmentsTab::ENDPOINT, wc_get_account_menu_items(), $who );
		}
	}

	/**
	 * Managers get the block's mount point with the dashboard and addresses URLs; others a notice.
	 *
	 * @testdox Managers get the block's mount point with the dashboard and addresses URLs; others a notice.
	 */
	public function test_content(): void {
		$tab = new DepartmentsTab( $this->plugin_services() );

		wp_set_current_user( $this->ids['manager_a'] );
		ob_start();
		$tab->handle_endpoint();
		$manager = (string) ob_get_clean();

		wp_set_current_user( $this->ids['employee_a'] );
		ob_start();
		$tab->handle_endpoint();
		$employee = (string) ob_get_clean();

		$this->assertStringContainsString( 'kundeportal-departments-block', $manager );
		$this->assertStringContainsString( 'data-dashboard-url="', $manager );
		$this->assertStringContainsString( 'data-addresses-url="', $manager );
		$this->assertStringNotContainsString( 'kundeportal-departments-block', $employee );
		$this->assertStringContainsString( 'You do not have access to this page.', $employee );
	}
}
