<?php
/**
 * Tests of GET /kundeportal/v1/orders and /orders/{id}.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Rest;

use Kundeportal\Domain\Money;
use Kundeportal\Tests\RestTestCase;

/**
 * Order list and single order: scope, filters, pagination, shapes and refusals.
 */
final class OrdersControllerTest extends RestTestCase {

	use PortalFixtures;

	/**
	 * Builds the portal.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();
	}

	/**
	 * @testdox A manager lists the pending orders of their department only, newest first.
	 */
	public function test_list_manager(): void {
		$old   = $this->create_order( 'employee_a', 'kp-approval', '2025-01-13 09:00:00' );
		$new   = $this->create_order( 'employee_a', 'kp-approval', '2025-05-05 10:00:00' );
		$other = $this->create_order( 'employee_b' );

		$response = $this->call( 'GET', '/orders', 'manager_a', array( 'status' => 'kp-approval' ) );

		$data = $response->get_data();
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array( $new->get_id(), $old->get_id() ), array_column( $data, 'id' ) );
		$this->assertNotContains( $other->get_id(), array_column( $data, 'id' ) );
		$this->assertSame( '2', (string) $response->get_headers()['X-WP-Total'] );
		$this->assertSame( '1', (string) $response->get_headers()['X-WP-TotalPages'] );
		$this->assertArrayNotHasKey( 'lines', $data[0] );
		$this->assert_matches_schema( $data[0], '/kundeportal/v1/orders', array( 'lines', 'customer_notes', 'approval_message' ) );
		$this->assert_response_matches_schema( $response );
	}

	/**
	 * @testdox Past the last page the list is empty and the totals stay true.
	 */
	public function test_page_past_the_end(): void {
		$this->create_order( 'employee_a' );
		$this->create_order( 'employee_a' );

		$response = $this->call( 'GET', '/orders', 'manager_a', array( 'per_page' => 1, 'page' => 5 ) );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array(), $response->get_data() );
		$this->assertSame( '2', (string) $response->get_headers()['X-WP-Total'] );
		$this->assertSame( '2', (string) $response->get_headers()['X-WP-TotalPages'] );
	}

	/**
	 * @testdox Contexts the schema does not serve (embed) and absurd page numbers are 400.
	 */
	public function test_bad_context_and_page(): void {
		$embed = $this->call( 'GET', '/orders', 'manager_a', array( 'context' => 'embed' ) );
		$huge  = $this->call( 'GET', '/orders', 'manager_a', array( 'page' => PHP_INT_MAX ) );

		$this->assert_rest_error( 400, 'rest_invalid_param', $embed );
		$this->assert_rest_error( 400, 'rest_invalid_param', $huge );
	}

	/**
	 * @testdox The list object carries orderer, department, items, total and credit after approval.
	 */
	public function test_list_object(): void {
		$order = $this->create_order( 'employee_a', 'kp-approval', '2025-05-05 10:00:00' );

		$data = $this->call( 'GET', '/orders', 'manager_a' )->get_data()[0];

		$total = Money::to_minor( $order->get_total() );
		$this->assertSame( $order->get_id(), $data['id'] );
		$this->assertSame( (string) $order->get_order_number(), $data['number'] );
		$this->assertSame( 'kp-approval', $data['status'] );
		$this->assertSame( $order->get_date_created()->format( DATE_ATOM ), $data['date_created'] );
		$this->assertStringStartsWith( '2025-05-05T10:00:00', $data['date_created'] );
		$this->assertSame( $this->ids['employee_a'], $data['customer']['id'] );
		$this->assertSame( get_userdata( $this->ids['employee_a'] )->display_name, $data['customer']['name'] );
		$this->assertSame(
			array(
				'id'   => $this->ids['dep_a'],
				'name' => 'avd Alnabru',
			),
			$data['department']
		);
		$this->assertSame( 3, $data['item_count'] );
		$this->assertSame( 103900 * 2 + 26800, $total );
		$this->assertSame( $total, $data['total'] );
		$this->assertSame( 500000 - $total, $data['credit_left_after'] );
	}

	/**
	 * @testdox Orders sort by date ascending with order=asc and paginate with per_page.
	 */
	public function test_list_sort_and_pages(): void {
		$first  = $this->create_order( 'employee_a', 'kp-approval', '2025-01-13 09:00:00' );
		$second = $this->create_order( 'employee_a', 'kp-approval', '2025-03-01 09:00:00' );
		$this->create_order( 'employee_a', 'kp-approval', '2025-05-05 10:00:00' );

		$page_1 = $this->call(
			'GET',
			'/orders',
			'manager_a',
			array(
				'order'    => 'asc',
				'per_page' => 2,
			)
		);
		$page_2 = $this->call(
			'GET',
			'/orders',
			'manager_a',
			array(
				'order'    => 'asc',
				'per_page' => 2,
				'page'     => 2,
			)
		);

		$this->assertSame( array( $first->get_id(), $second->get_id() ), array_column( $page_1->get_data(), 'id' ) );
		$this->assertCount( 1, $page_2->get_data() );
		$this->assertSame( '3', (string) $page_1->get_headers()['X-WP-Total'] );
		$this->assertSame( '2', (string) $page_1->get_headers()['X-WP-TotalPages'] );
	}

	/**
	 * @testdox The status filter keeps other statuses out; "any" lets them in.
	 */
	public function test_list_status_filter(): void {
		$pending    = $this->create_order( 'employee_a' );
		$processing = $this->create_order( 'employee_a', 'processing' );

		$only_pending = array_column( $this->call( 'GET', '/orders', 'manager_a', array( 'status' => 'kp-approval' ) )->get_data(), 'id' );
		$any          = array_column( $this->call( 'GET', '/orders', 'manager_a', array( 'status' => 'any' ) )->get_data(), 'id' );

		$this->assertSame( array( $pending->get_id() ), $only_pending );
		$this->assertEqualsCanonicalizing( array( $pending->get_id(), $processing->get_id() ), $any );
	}

	/**
	 * @testdox A shop admin sees every department's orders and may filter by department.
	 */
	public function test_list_shop_admin(): void {
		$a = $this->create_order( 'employee_a' );
		$b = $this->create_order( 'employee_b' );

		$all    = array_column( $this->call( 'GET', '/orders', 'admin', array( 'per_page' => 100 ) )->get_data(), 'id' );
		$only_b = $this->call( 'GET', '/orders', 'admin', array( 'department' => $this->ids['dep_b'] ) );

		$this->assertContains( $a->get_id(), $all );
		$this->assertContains( $b->get_id(), $all );
		$this->assertSame( array( $b->get_id() ), array_column( $only_b->get_data(), 'id' ) );
	}

	/**
	 * @testdox An employee lists only their own orders.
	 */
	public function test_list_employee(): void {
		$own = $this->create_order( 'employee_a' );
		$this->create_order( 'employee_b' );

		$response = $this->call( 'GET', '/orders', 'employee_a' );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array( $own->get_id() ), array_column( $response->get_data(), 'id' ) );
	}

	/**
	 * @testdox Filtering by a department outside the scope is 404.
	 */
	public function test_list_foreign_department(): void {
		$manager  = $this->call( 'GET', '/orders', 'manager_a', array( 'department' => $this->ids['dep_b'] ) );
		$employee = $this->call( 'GET', '/orders', 'employee_a', array( 'department' => $this->ids['dep_b'] ) );

		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $manager );
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $employee );
	}

	/**
	 * @testdox Listing orders logged out is 401, without a portal role 403.
	 */
	public function test_list_refused(): void {
		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $this->call( 'GET', '/orders', null ) );
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'GET', '/orders', 'outsider' ) );
	}

	/**
	 * @testdox Bad list arguments are 400: per_page 0 or 101, page 0, unknown order, orderby or status.
	 * @dataProvider bad_list_args
	 *
	 * @param array $args Query arguments.
	 */
	public function test_list_bad_args( array $args ): void {
		$response = $this->call( 'GET', '/orders', 'manager_a', $args );

		$this->assert_rest_error( 400, 'rest_invalid_param', $response );
	}

	/**
	 * Invalid query arguments.
	 *
	 * @return array[]
	 */
	public function bad_list_args(): array {
		return array(
			'per_page 0'     => array( array( 'per_page' => 0 ) ),
			'per_page 101'   => array( array( 'per_page' => 101 ) ),
			'page 0'         => array( array( 'page' => 0 ) ),
			'order sideways' => array( array( 'order' => 'sideways' ) ),
			'orderby name'   => array( array( 'orderby' => 'name' ) ),
			'status unknown' => array( array( 'status' => 'shipped' ) ),
			'department abc' => array( array( 'department' => 'abc' ) ),
		);
	}

	/**
	 * @testdox A manager gets one order with its lines: SKU, product name, variation, quantity, prices.
	 */
	public function test_get_manager(): void {
		$order = $this->create_order( 'employee_a' );

		$response = $this->call( 'GET', '/orders/' . $order->get_id(), 'manager_a' );

		$data = $response->get_data();
		$this->assertSame( 200, $response->get_status() );
		$this->assertCount( 2, $data['lines'] );
		$line = $data['lines'][0];
		$this->assertSame( 'Safety Bukser', $line['name'] );
		$this->assertSame( 'Sort/Gul, 84 (48)', $line['variation'] );
		$this->assertStringStartsWith( '2546-314-', $line['sku'] );
		$this->assertSame( 2, $line['quantity'] );
		$this->assertSame( 103900, $line['price'] );
		$this->assertSame( 207800, $line['total'] );
		$this->assertGreaterThan( 0, $line['variation_id'] );
		$this->assertSame( '', $data['lines'][1]['variation'] );
		$this->assertSame( 0, $data['lines'][1]['variation_id'] );
		$this->assertSame( 'HV Vinterjakke', $data['lines'][1]['name'] );
		$this->assert_matches_schema( $data, '/kundeportal/v1/orders/(?P<id>\d+)' );
	}

	/**
	 * @testdox An employee sees their own order.
	 */
	public function test_get_own(): void {
		$order = $this->create_order( 'employee_a' );

		$response = $this->call( 'GET', '/orders/' . $order->get_id(), 'employee_a' );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( $order->get_id(), $response->get_data()['id'] );
	}

	/**
	 * @testdox Another employee's order, another department's order and a missing order are all the same 404.
	 */
	public function test_get_outside_scope(): void {
		$order = $this->create_order( 'employee_a' );
		$path  = '/orders/' . $order->get_id();

		$employee = $this->call( 'GET', $path, 'employee_b' );
		$manager  = $this->call( 'GET', $path, 'manager_b' );
		$outsider = $this->call( 'GET', $path, 'outsider' );
		$missing  = $this->call( 'GET', '/orders/999999', 'manager_a' );

		foreach ( array( $employee, $manager, $outsider, $missing ) as $response ) {
			$this->assert_rest_error( 404, 'kundeportal_order_not_found', $response );
			$this->assertSame( $missing->get_data(), $response->get_data() );
		}
	}

	/**
	 * @testdox Getting an order logged out is 401.
	 */
	public function test_get_logged_out(): void {
		$order = $this->create_order( 'employee_a' );

		$response = $this->call( 'GET', '/orders/' . $order->get_id(), null );

		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $response );
	}

	/**
	 * @testdox An unexpected exception becomes a generic 500 that reveals nothing and is logged.
	 */
	public function test_unexpected_exception(): void {
		$throw = static function () {
			throw new \RuntimeException( 'SQLSTATE secret table wp_secret' );
		};
		add_filter( 'woocommerce_order_query_args', $throw );

		$response = $this->call( 'GET', '/orders', 'manager_a' );
		remove_filter( 'woocommerce_order_query_args', $throw );

		$this->assert_rest_error( 500, 'kundeportal_internal_error', $response );
		$this->assertStringNotContainsString( 'secret', (string) wp_json_encode( $response->get_data() ) );
	}
}
