<?php
/**
 * Tests of POST /departments, PATCH /departments/{id} and the company admin's scope there.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Rest;

use Kundeportal\Infrastructure\Keys;
use Kundeportal\Tests\RestTestCase;

/**
 * Company admins create, rename, archive and reactivate departments; everyone else is refused.
 */
final class DepartmentsWriteTest extends RestTestCase {

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
	 * @testdox A company admin lists every department of the company (not other companies), with managers and can_edit.
	 */
	public function test_list_company_admin(): void {
		$response = $this->call( 'GET', '/departments', 'company_admin' );

		$data = $response->get_data();
		$this->assertSame( 200, $response->get_status() );
		$this->assertEqualsCanonicalizing( array( $this->ids['dep_a'], $this->ids['dep_b'] ), array_column( $data, 'id' ) );
		$this->assertTrue( $data[0]['can_edit'] );
		$alnabru = $data[ array_search( $this->ids['dep_a'], array_column( $data, 'id' ), true ) ];
		$this->assertSame( array( $this->ids['manager_a'] ), array_column( $alnabru['managers'], 'id' ) );
		$this->assertSame( get_userdata( $this->ids['manager_a'] )->user_email, $alnabru['managers'][0]['email'] );
		$this->assert_matches_schema( $data[0], '/kundeportal/v1/departments' );
	}

	/**
	 * @testdox A company admin of a company without departments gets an empty list, then creates one.
	 */
	public function test_company_admin_without_departments(): void {
		$company = $this->make_company();
		update_user_meta( $this->ids['outsider'], Keys::META_COMPANY_ADMIN, $company->id );

		$empty   = $this->call( 'GET', '/departments', 'outsider' );
		$created = $this->call( 'POST', '/departments', 'outsider', array( 'name' => 'avd Første' ) );

		$this->assertSame( 200, $empty->get_status() );
		$this->assertSame( array(), $empty->get_data() );
		$this->assertSame( 201, $created->get_status() );
		$this->assertSame( $company->id, $created->get_data()['company_id'] );
		$this->assertSame( array( $created->get_data()['id'] ), array_column( $this->call( 'GET', '/departments', 'outsider' )->get_data(), 'id' ) );
	}

	/**
	 * @testdox A manager's departments say can_edit false.
	 */
	public function test_list_manager_cannot_edit(): void {
		$data = $this->call( 'GET', '/departments', 'manager_a' )->get_data();

		$this->assertFalse( $data[0]['can_edit'] );
	}

	/**
	 * @testdox POST creates an active department of the admin's company (201).
	 */
	public function test_create(): void {
		$response = $this->call( 'POST', '/departments', 'company_admin', array( 'name' => '  avd   Lager ' ) );

		$data = $response->get_data();
		$this->assertSame( 201, $response->get_status() );
		$this->assertSame( 'avd Lager', $data['name'] );
		$this->assertSame( 'active', $data['status'] );
		$this->assertSame( $this->ids['company'], $data['company_id'] );
		$this->assertSame( array(), $data['managers'] );
		$this->assertContains( $data['id'], $this->plugin_services()->scope->managed_department_ids( $this->ids['company_admin'] ) );
		$this->assert_matches_schema( $data, '/kundeportal/v1/departments' );
	}

	/**
	 * @testdox A shop admin creates a department in a given company.
	 */
	public function test_create_shop_admin(): void {
		$response = $this->call(
			'POST',
			'/departments',
			'admin',
			array(
				'name'       => 'avd Admin',
				'company_id' => $this->ids['other_company'],
			)
		);

		$this->assertSame( 201, $response->get_status() );
		$this->assertSame( $this->ids['other_company'], $response->get_data()['company_id'] );
	}

	/**
	 * @testdox POST logged out is 401.
	 */
	public function test_create_logged_out(): void {
		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $this->call( 'POST', '/departments', null, array( 'name' => 'x' ) ) );
	}

	/**
	 * @testdox POST as a manager or employee (not company admin) is 403.
	 */
	public function test_create_forbidden(): void {
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'POST', '/departments', 'manager_a', array( 'name' => 'avd Ny' ) ) );
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'POST', '/departments', 'employee_a', array( 'name' => 'avd Ny' ) ) );
	}

	/**
	 * @testdox POST into another company is 404.
	 */
	public function test_create_foreign_company(): void {
		$response = $this->call(
			'POST',
			'/departments',
			'company_admin',
			array(
				'name'       => 'avd Ny',
				'company_id' => $this->ids['other_company'],
			)
		);

		$this->assert_rest_error( 404, 'kundeportal_company_not_found', $response );
	}

	/**
	 * @testdox POST with an empty, too long or taken name is 400 with a message for "name".
	 */
	public function test_create_bad_names(): void {
		foreach ( array( '', '   ', str_repeat( 'a', 191 ), 'avd Alnabru', 'AVD ALNABRU' ) as $name ) {
			$response = $this->call( 'POST', '/departments', 'company_admin', array( 'name' => $name ) );

			$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $response );
			$this->assertArrayHasKey( 'name', $response->get_data()['data']['params'], $name );
		}
		$this->assertSame( 201, $this->call( 'POST', '/departments', 'company_admin', array( 'name' => str_repeat( 'å', 190 ) ) )->get_status() );
		$this->assertSame( 201, $this->call( 'POST', '/departments', 'other_admin', array( 'name' => 'avd Alnabru' ) )->get_status(), 'Unique within the company only.' );
	}

	/**
	 * @testdox POST and PATCH store names as plain text: tags are stripped, a name of tags only is 400.
	 */
	public function test_names_are_plain_text(): void {
		$created = $this->call( 'POST', '/departments', 'company_admin', array( 'name' => '<img src=x onerror=alert(1)>avd <b>Lager</b>' ) );
		$this->assertSame( 201, $created->get_status() );
		$this->assertSame( 'avd Lager', $created->get_data()['name'] );

		$renamed = $this->call( 'PATCH', '/departments/' . $created->get_data()['id'], 'company_admin', array( 'name' => 'avd <script>alert(1)</script>Nord' ) );
		$this->assertSame( 200, $renamed->get_status() );
		$this->assertSame( 'avd Nord', $renamed->get_data()['name'] );

		$tags_only = $this->call( 'POST', '/departments', 'company_admin', array( 'name' => '<script>alert(1)</script>' ) );
		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $tags_only );
	}

	/**
	 * @testdox PATCH renames (200); its own name again is fine; another's name is 400.
	 */
	public function test_rename(): void {
		$path = '/departments/' . $this->ids['dep_a'];

		$renamed = $this->call( 'PATCH', $path, 'company_admin', array( 'name' => 'avd Alnabru Nord' ) );
		$same    = $this->call( 'PATCH', $path, 'company_admin', array( 'name' => 'AVD Alnabru Nord' ) );
		$taken   = $this->call( 'PATCH', $path, 'company_admin', array( 'name' => 'avd Skjetten' ) );
		$empty   = $this->call( 'PATCH', $path, 'company_admin', array( 'name' => '' ) );

		$this->assertSame( 200, $renamed->get_status() );
		$this->assertSame( 'avd Alnabru Nord', $renamed->get_data()['name'] );
		$this->assertSame( 200, $same->get_status() );
		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $taken );
		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $empty );
		$this->assert_response_matches_schema( $renamed );
	}

	/**
	 * @testdox PATCH archives an empty department (409 while it has members): listed as archived, orders stay, the link is revoked, no new members; reactivating works.
	 */
	public function test_archive_and_reactivate(): void {
		$services = $this->plugin_services();
		$order    = $this->create_order( 'employee_a' );
		$services->invites->rotate( $this->ids['dep_a'], 0 );
		$path = '/departments/' . $this->ids['dep_a'];

		$busy = $this->call( 'PATCH', $path, 'company_admin', array( 'status' => 'archived' ) );
		$this->assert_rest_error( 409, 'kundeportal_department_has_members', $busy );
		$this->assertSame( 'active', $services->departments->get( $this->ids['dep_a'] )->status );
		$this->assertSame( 200, $this->call( 'PATCH', '/members/' . $this->ids['employee_a'], 'company_admin', array( 'department_id' => $this->ids['dep_b'] ) )->get_status() );

		$archived = $this->call( 'PATCH', $path, 'company_admin', array( 'status' => 'archived' ) );

		$this->assertSame( 200, $archived->get_status() );
		$this->assertSame( 'archived', $archived->get_data()['status'] );
		$this->assertSame( 1, $archived->get_data()['figures']['pending_orders'] );
		$this->assertNull( $services->invites->current( $this->ids['dep_a'] ) );
		$listed = $this->call( 'GET', '/departments', 'manager_a' )->get_data();
		$this->assertSame( 'archived', $listed[0]['status'] );
		$this->assertSame( 200, $this->call( 'GET', '/orders/' . $order->get_id(), 'manager_a' )->get_status() );

		$link = $this->call( 'POST', $path . '/invite', 'manager_a' );
		$this->assert_rest_error( 400, 'kundeportal_department_archived', $link );

		$member = $this->call(
			'POST',
			'/members',
			'manager_a',
			array(
				'first_name'    => 'Nora',
				'last_name'     => 'Nilsen',
				'email'         => 'nora.' . $this->unique() . '@example.test',
				'department_id' => $this->ids['dep_a'],
				'position'      => '',
				'address'       => 'private',
			)
		);
		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $member );
		$this->assertArrayHasKey( 'department_id', $member->get_data()['data']['params'] );

		$moved = $this->call( 'PATCH', '/members/' . $this->ids['employee_b'], 'company_admin', array( 'department_id' => $this->ids['dep_a'] ) );
		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $moved );

		$active = $this->call( 'PATCH', $path, 'company_admin', array( 'status' => 'active' ) );
		$this->assertSame( 'active', $active->get_data()['status'] );
		$this->assertSame( 201, $this->call( 'POST', $path . '/invite', 'manager_a' )->get_status() );
	}

	/**
	 * @testdox PATCH with an unknown status or nothing to change is 400.
	 */
	public function test_update_bad_input(): void {
		$path = '/departments/' . $this->ids['dep_a'];

		$this->assertSame( 400, $this->call( 'PATCH', $path, 'company_admin', array( 'status' => 'deleted' ) )->get_status() );
		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $this->call( 'PATCH', $path, 'company_admin', array() ) );
	}

	/**
	 * @testdox PATCH logged out 401, as a manager 403, another company's or a missing department 404.
	 */
	public function test_update_refusals(): void {
		$path = '/departments/' . $this->ids['dep_a'];

		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $this->call( 'PATCH', $path, null, array( 'name' => 'x' ) ) );
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'PATCH', $path, 'manager_a', array( 'name' => 'avd X' ) ) );
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $this->call( 'PATCH', '/departments/' . $this->ids['dep_other'], 'company_admin', array( 'name' => 'avd X' ) ) );
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $this->call( 'PATCH', '/departments/999999', 'company_admin', array( 'name' => 'avd X' ) ) );
		$this->assertSame( 'avd Other', $this->plugin_services()->departments->get( $this->ids['dep_other'] )->name );
	}

	/**
	 * @testdox GET /departments/{id} of another company is 404 for a company admin.
	 */
	public function test_get_foreign(): void {
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $this->call( 'GET', '/departments/' . $this->ids['dep_other'], 'company_admin' ) );
		$this->assertSame( 200, $this->call( 'GET', '/departments/' . $this->ids['dep_b'], 'company_admin' )->get_status() );
	}

	/**
	 * @testdox /me says company_admin with the company; members and orders of every department are in scope.
	 */
	public function test_me_members_orders(): void {
		$order = $this->create_order( 'employee_b' );

		$me      = $this->call( 'GET', '/me', 'company_admin' )->get_data();
		$members = $this->call( 'GET', '/members', 'company_admin' )->get_data();
		$orders  = $this->call( 'GET', '/orders', 'company_admin', array( 'status' => 'kp-approval' ) )->get_data();
		$approve = $this->call( 'POST', '/orders/' . $order->get_id() . '/approve', 'company_admin' );
		$foreign = $this->call( 'GET', '/orders/' . $order->get_id(), 'other_admin' );

		$this->assertSame( 'company_admin', $me['role'] );
		$this->assertSame( $this->ids['company'], $me['company_admin']['company_id'] );
		$this->assertCount( 2, $me['managed_departments'] );
		$this->assertEqualsCanonicalizing( array( $this->ids['employee_a'], $this->ids['employee_b'] ), array_column( $members, 'user_id' ) );
		$this->assertContains( $order->get_id(), array_column( $orders, 'id' ) );
		$this->assertSame( 200, $approve->get_status() );
		$this->assertSame( 404, $foreign->get_status() );
		$this->assert_matches_schema( $me, '/kundeportal/v1/me' );
		$this->assertNull( $this->call( 'GET', '/me', 'manager_a' )->get_data()['company_admin'] );
	}
}
