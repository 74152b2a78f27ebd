<?php
/**
 * Tests of GET /kundeportal/v1/departments and /departments/{id}.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Rest;

use Kundeportal\Tests\RestTestCase;

/**
 * Departments in scope, their figures, and the refusals.
 */
final class DepartmentsControllerTest extends RestTestCase {

	use PortalFixtures;

	/**
	 * Builds the portal.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();
	}

	/**
	 * @testdox A manager lists only the departments they manage, with figures and totals headers.
	 */
	public function test_list_manager(): void {
		$this->create_order( 'employee_a' );

		$response = $this->call( 'GET', '/departments', 'manager_a' );

		$data = $response->get_data();
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array( $this->ids['dep_a'] ), array_column( $data, 'id' ) );
		$this->assertSame( $this->ids['company'], $data[0]['company_id'] );
		$this->assertSame( 'active', $data[0]['status'] );
		$this->assertSame( 1, $data[0]['figures']['users'] );
		$this->assertSame( 500000, $data[0]['figures']['credit_limit_total'] );
		$this->assertSame( 1, $data[0]['figures']['pending_orders'] );
		$this->assertSame( '1', (string) $response->get_headers()['X-WP-Total'] );
		$this->assertSame( '1', (string) $response->get_headers()['X-WP-TotalPages'] );
		$this->assert_matches_schema( $data[0], '/kundeportal/v1/departments' );
		$this->assert_response_matches_schema( $response );
	}

	/**
	 * @testdox A shop admin lists every department.
	 */
	public function test_list_shop_admin(): void {
		$response = $this->call( 'GET', '/departments', 'admin' );

		$ids = array_column( $response->get_data(), 'id' );
		$this->assertContains( $this->ids['dep_a'], $ids );
		$this->assertContains( $this->ids['dep_b'], $ids );
	}

	/**
	 * @testdox Listing departments logged out is 401.
	 */
	public function test_list_logged_out(): void {
		$response = $this->call( 'GET', '/departments', null );

		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $response );
	}

	/**
	 * @testdox Listing departments as an employee (no managed department) is 403.
	 */
	public function test_list_employee(): void {
		$response = $this->call( 'GET', '/departments', 'employee_a' );

		$this->assert_rest_error( 403, 'kundeportal_forbidden', $response );
	}

	/**
	 * @testdox A manager gets one of their departments with figures.
	 */
	public function test_get_manager(): void {
		$response = $this->call( 'GET', '/departments/' . $this->ids['dep_a'], 'manager_a' );

		$data = $response->get_data();
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'avd Alnabru', $data['name'] );
		$this->assertSame( 500000, $data['figures']['available_credit'] );
		$this->assertSame( 0, $data['figures']['average_order'] );
		$this->assert_matches_schema( $data, '/kundeportal/v1/departments/(?P<id>\d+)' );
	}

	/**
	 * @testdox Another manager's department and a missing department are both 404.
	 */
	public function test_get_outside_scope(): void {
		$foreign = $this->call( 'GET', '/departments/' . $this->ids['dep_b'], 'manager_a' );
		$missing = $this->call( 'GET', '/departments/999999', 'manager_a' );

		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $foreign );
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $missing );
		$this->assertSame( $foreign->get_data()['message'], $missing->get_data()['message'] );
	}

	/**
	 * @testdox Getting a department as an employee is 403, logged out 401.
	 */
	public function test_get_refused(): void {
		$employee  = $this->call( 'GET', '/departments/' . $this->ids['dep_a'], 'employee_a' );
		$anonymous = $this->call( 'GET', '/departments/' . $this->ids['dep_a'], null );

		$this->assert_rest_error( 403, 'kundeportal_forbidden', $employee );
		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $anonymous );
	}

	/**
	 * @testdox An unknown context is 400.
	 */
	public function test_bad_context(): void {
		$response = $this->call( 'GET', '/departments', 'manager_a', array( 'context' => 'sideways' ) );

		$this->assert_rest_error( 400, 'rest_invalid_param', $response );
	}
}
