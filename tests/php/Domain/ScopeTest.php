<?php
/**
 * Tests of Domain\Scope for company admins.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Domain;

use Kundeportal\Infrastructure\Keys;
use Kundeportal\Tests\Rest\PortalFixtures;
use Kundeportal\Tests\RestTestCase;

/**
 * A company admin's scope is every department of their company, for departments, members,
 * orders and approvals; nothing of other companies.
 */
final class ScopeTest extends RestTestCase {

	use PortalFixtures;

	/**
	 * Builds the portal with company admins.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();
		$this->create_company_admins();
	}

	/**
	 * Adds a company admin of the fixture company (company_admin), a second company
	 * (other_company) with a department (dep_other) and its company admin (other_admin).
	 */
	protected function create_company_admins(): void {
		$services = $this->plugin_services();
		$other    = $this->make_company( array( 'name' => 'Other ' . $this->unique() ) );

		$this->ids['company_admin'] = $this->make_user();
		$this->ids['other_company'] = $other->id;
		$this->ids['dep_other']     = $services->departments->create( $other->id, 'avd Other' )->id;
		$this->ids['other_admin']   = $this->make_user();

		update_user_meta( $this->ids['company_admin'], Keys::META_COMPANY_ADMIN, $this->ids['company'] );
		update_user_meta( $this->ids['other_admin'], Keys::META_COMPANY_ADMIN, $other->id );
	}

	/**
	 * A company admin manages every department of the company, including new and archived ones.
	 *
	 * @testdox A company admin manages every department of the company, including new and archived ones.
	 */
	public function test_departments(): void {
		$services = $this->plugin_services();
		$new      = $services->departments->create( $this->ids['company'], 'avd Ny' );
		$services->departments->set_status( $this->ids['dep_b'], 'archived' );

		$ids = $services->scope->managed_department_ids( $this->ids['company_admin'] );

		$this->assertEqualsCanonicalizing( array( $this->ids['dep_a'], $this->ids['dep_b'], $new->id ), $ids );
		$this->assertTrue( $services->scope->is_company_admin( $this->ids['company_admin'] ) );
		$this->assertSame( $this->ids['company'], $services->scope->admin_company_id( $this->ids['company_admin'] ) );
	}

	/**
	 * A company admin who also manages a department elsewhere keeps it, without duplicates.
	 *
	 * @testdox A company admin who also manages a department elsewhere keeps it, without duplicates.
	 */
	public function test_plus_managed(): void {
		$services = $this->plugin_services();
		$services->departments->add_manager( $this->ids['dep_other'], $this->ids['company_admin'] );
		$services->departments->add_manager( $this->ids['dep_a'], $this->ids['company_admin'] );

		$ids = $services->scope->managed_department_ids( $this->ids['company_admin'] );

		$this->assertCount( 3, $ids );
		$this->assertContains( $this->ids['dep_other'], $ids );
	}

	/**
	 * Orders: a company admin may manage and approve orders of any department of the company, not others'.
	 *
	 * @testdox Orders: a company admin may manage and approve orders of any department of the company, not others'.
	 */
	public function test_orders(): void {
		$scope = $this->plugin_services()->scope;
		$order = $this->create_order( 'employee_b' );

		$this->assertTrue( $scope->can_manage_order( $this->ids['company_admin'], $order ) );
		$this->assertTrue( $scope->can_approve_order( $this->ids['company_admin'], $order ) );
		$this->assertTrue( $scope->can_view_order( $this->ids['company_admin'], $order ) );
		$this->assertFalse( $scope->can_manage_order( $this->ids['other_admin'], $order ) );
		$this->assertFalse( $scope->can_manage_order( $this->ids['manager_a'], $order ) );
	}

	/**
	 * Who may administer a company: its own company admins and shop admins only.
	 *
	 * @testdox can_administer_company: own company and shop admins only.
	 */
	public function test_can_administer_company(): void {
		$scope = $this->plugin_services()->scope;

		$this->assertTrue( $scope->can_administer_company( $this->ids['company_admin'], $this->ids['company'] ) );
		$this->assertFalse( $scope->can_administer_company( $this->ids['company_admin'], $this->ids['other_company'] ) );
		$this->assertFalse( $scope->can_administer_company( $this->ids['manager_a'], $this->ids['company'] ) );
		$this->assertTrue( $scope->can_administer_company( $this->ids['admin'], $this->ids['other_company'] ) );
		$this->assertFalse( $scope->can_administer_company( 0, $this->ids['company'] ) );
	}

	/**
	 * Meta pointing to a missing company, or none, gives no company scope.
	 *
	 * @testdox Meta pointing to a missing company, or none, gives no company scope.
	 */
	public function test_missing_company(): void {
		$scope = $this->plugin_services()->scope;
		update_user_meta( $this->ids['outsider'], Keys::META_COMPANY_ADMIN, 999999 );

		$this->assertSame( 0, $scope->admin_company_id( $this->ids['outsider'] ) );
		$this->assertSame( array(), $scope->managed_department_ids( $this->ids['outsider'] ) );
		$this->assertFalse( $scope->is_company_admin( $this->ids['manager_a'] ) );
		$this->assertSame( array( $this->ids['dep_a'] ), $scope->managed_department_ids( $this->ids['manager_a'] ) );
	}
}
