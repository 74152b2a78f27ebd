<?php
/**
 * Tests of GET /kundeportal/v1/me.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Rest;

use Kundeportal\Tests\RestTestCase;

/**
 * GET /me for every portal role.
 */
final class MeControllerTest extends RestTestCase {

	use PortalFixtures;

	/**
	 * Builds the portal.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();
	}

	/**
	 * @testdox A manager gets role "manager", their department and the store currency.
	 */
	public function test_manager(): void {
		$response = $this->call( 'GET', '/me', 'manager_a' );

		$data = $response->get_data();
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( $this->ids['manager_a'], $data['user_id'] );
		$this->assertSame( 'manager', $data['role'] );
		$this->assertNull( $data['membership'] );
		$this->assertSame( array( $this->ids['dep_a'] ), array_column( $data['managed_departments'], 'id' ) );
		$this->assertSame( 'avd Alnabru', $data['managed_departments'][0]['name'] );
		$this->assertStringStartsWith( 'Staut', $data['managed_departments'][0]['company_name'] );
		$this->assertSame( get_woocommerce_currency(), $data['currency']['currency_code'] );
		$this->assertSame( wc_get_price_decimals(), $data['currency']['currency_minor_unit'] );
		$this->assert_matches_schema( $data, '/kundeportal/v1/me' );
	}

	/**
	 * @testdox An employee gets role "employee" with membership, credit and pending orders.
	 */
	public function test_employee(): void {
		$order = $this->create_order( 'employee_a' );

		$response = $this->call( 'GET', '/me', 'employee_a' );

		$data = $response->get_data();
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'employee', $data['role'] );
		$this->assertSame( array(), $data['managed_departments'] );
		$this->assertSame( $this->ids['dep_a'], $data['membership']['department_id'] );
		$this->assertSame( 'avd Alnabru', $data['membership']['department_name'] );
		$this->assertSame( 'Montør', $data['membership']['position'] );
		$this->assertSame( 500000, $data['membership']['credit_limit'] );
		$this->assertSame( 500000, $data['membership']['credit_left'] );
		$this->assertSame( 1, $data['membership']['pending_orders'] );
		$this->assertGreaterThan( 0, $order->get_id() );
		$this->assert_matches_schema( $data, '/kundeportal/v1/me' );
	}

	/**
	 * @testdox A shop admin gets role "shop_admin" and every department.
	 */
	public function test_shop_admin(): void {
		$response = $this->call( 'GET', '/me', 'admin' );

		$data = $response->get_data();
		$this->assertSame( 'shop_admin', $data['role'] );
		$this->assertContains( $this->ids['dep_a'], array_column( $data['managed_departments'], 'id' ) );
		$this->assertContains( $this->ids['dep_b'], array_column( $data['managed_departments'], 'id' ) );
		$this->assert_matches_schema( $data, '/kundeportal/v1/me' );
	}

	/**
	 * @testdox A customer outside the portal gets role "none" and no membership.
	 */
	public function test_outsider(): void {
		$response = $this->call( 'GET', '/me', 'outsider' );

		$data = $response->get_data();
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'none', $data['role'] );
		$this->assertNull( $data['membership'] );
		$this->assert_matches_schema( $data, '/kundeportal/v1/me' );
	}

	/**
	 * @testdox Logged out is 401.
	 */
	public function test_logged_out(): void {
		$response = $this->call( 'GET', '/me', null );

		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $response );
	}

	/**
	 * @testdox An unknown context is 400.
	 */
	public function test_bad_context(): void {
		$response = $this->call( 'GET', '/me', 'manager_a', array( 'context' => 'sideways' ) );

		$this->assert_rest_error( 400, 'rest_invalid_param', $response );
	}
}
