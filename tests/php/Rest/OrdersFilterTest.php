<?php
/**
 * Tests of the Orders tab's use of GET /kundeportal/v1/orders and /orders/{id}: filters,
 * sorting, scope, notes and tracking.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Rest;

use Kundeportal\Domain\Tracking;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Tests\RestTestCase;
use WC_Order;

/**
 * Status, department and date filters, sorting by total, the employee's scope, refusals,
 * and the detail's customer notes, approval message, tracking and view link.
 */
final class OrdersFilterTest extends RestTestCase {

	use PortalFixtures;

	/**
	 * Builds the portal.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();
	}

	/**
	 * Ids of a list response.
	 *
	 * @param string|null $as     Fixture user.
	 * @param array       $params Query.
	 * @return int[]
	 */
	private function ids_of( ?string $as, array $params ): array {
		$response = $this->call( 'GET', '/orders', $as, $params + array( 'per_page' => 100 ) );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );

		return array_column( $response->get_data(), 'id' );
	}

	/**
	 * An order whose total is raised by an extra line at $price.
	 *
	 * @param string $employee Orderer key.
	 * @param string $price    Price of the extra line.
	 * @param string $status   Status.
	 * @return WC_Order
	 */
	private function order_with_extra( string $employee, string $price, string $status = 'processing' ): WC_Order {
		$order = $this->create_order( $employee, $status );
		$order->add_product( $this->create_simple_product( $price ), 1 );
		$order->calculate_totals( false );
		$order->save();

		return wc_get_order( $order->get_id() );
	}

	/**
	 * @testdox A manager filters their departments' orders by any WooCommerce status.
	 */
	public function test_status_filter(): void {
		$pending    = $this->create_order( 'employee_a' );
		$processing = $this->create_order( 'employee_a', 'processing' );
		$completed  = $this->create_order( 'employee_a', 'completed' );
		$this->create_order( 'employee_b', 'processing' );

		$this->assertSame( array( $processing->get_id() ), $this->ids_of( 'manager_a', array( 'status' => 'processing' ) ) );
		$this->assertSame( array( $completed->get_id() ), $this->ids_of( 'manager_a', array( 'status' => 'completed' ) ) );
		$this->assertSame( array( $pending->get_id() ), $this->ids_of( 'manager_a', array( 'status' => 'kp-approval' ) ) );
		$this->assertEqualsCanonicalizing(
			array( $pending->get_id(), $processing->get_id(), $completed->get_id() ),
			$this->ids_of( 'manager_a', array( 'status' => 'any' ) )
		);
	}

	/**
	 * @testdox Managers of two departments filter by one of them; status and department combine.
	 */
	public function test_department_filter(): void {
		$this->plugin_services()->departments->add_manager( $this->ids['dep_b'], $this->ids['manager_a'] );
		$a = $this->create_order( 'employee_a', 'processing' );
		$b = $this->create_order( 'employee_b', 'processing' );
		$this->create_order( 'employee_b' );

		$this->assertEqualsCanonicalizing( array( $a->get_id(), $b->get_id() ), $this->ids_of( 'manager_a', array( 'status' => 'processing' ) ) );
		$this->assertSame(
			array( $b->get_id() ),
			$this->ids_of(
				'manager_a',
				array(
					'status'     => 'processing',
					'department' => $this->ids['dep_b'],
				)
			)
		);
	}

	/**
	 * @testdox after and before are whole days, inclusive, alone or together.
	 */
	public function test_date_filter(): void {
		$january = $this->create_order( 'employee_a', 'processing', '2025-01-13 09:00:00' );
		$march   = $this->create_order( 'employee_a', 'processing', '2025-03-01 23:30:00' );
		$may     = $this->create_order( 'employee_a', 'processing', '2025-05-05 00:10:00' );

		$this->assertEqualsCanonicalizing( array( $march->get_id(), $may->get_id() ), $this->ids_of( 'manager_a', array( 'after' => '2025-03-01' ) ) );
		$this->assertEqualsCanonicalizing( array( $january->get_id(), $march->get_id() ), $this->ids_of( 'manager_a', array( 'before' => '2025-03-01' ) ) );
		$this->assertSame(
			array( $march->get_id() ),
			$this->ids_of(
				'manager_a',
				array(
					'after'  => '2025-03-01',
					'before' => '2025-03-01',
				)
			)
		);
		$this->assertSame(
			array( $may->get_id() ),
			$this->ids_of(
				'employee_a',
				array(
					'after'  => '2025-05-05',
					'before' => '2025-12-31',
				)
			)
		);
	}

	/**
	 * @testdox orderby=total sorts by the order total both ways, and paginates with true headers.
	 */
	public function test_sort_by_total(): void {
		$small  = $this->create_order( 'employee_a', 'processing' );
		$large  = $this->order_with_extra( 'employee_a', '5000' );
		$middle = $this->order_with_extra( 'employee_a', '100' );

		$this->assertSame( array( $large->get_id(), $middle->get_id(), $small->get_id() ), $this->ids_of( 'manager_a', array( 'orderby' => 'total' ) ) );
		$this->assertSame(
			array( $small->get_id(), $middle->get_id(), $large->get_id() ),
			$this->ids_of(
				'manager_a',
				array(
					'orderby' => 'total',
					'order'   => 'asc',
				)
			)
		);

		$page = $this->call(
			'GET',
			'/orders',
			'manager_a',
			array(
				'orderby'  => 'total',
				'per_page' => 2,
				'page'     => 2,
			)
		);
		$this->assertSame( array( $small->get_id() ), array_column( $page->get_data(), 'id' ) );
		$this->assertSame( '3', (string) $page->get_headers()['X-WP-Total'] );
		$this->assertSame( '2', (string) $page->get_headers()['X-WP-TotalPages'] );
	}

	/**
	 * @testdox An employee's filtered list holds only their own orders, never a colleague's.
	 */
	public function test_employee_scope(): void {
		$colleague = $this->make_user();
		$this->plugin_services()->members->add( $colleague, $this->ids['dep_a'], 'Montør', 500000 );
		$this->ids['colleague'] = $colleague;
		$own                    = $this->create_order( 'employee_a', 'processing' );
		$this->create_order( 'colleague', 'processing' );
		$this->create_order( 'employee_b', 'processing' );

		$this->assertSame( array( $own->get_id() ), $this->ids_of( 'employee_a', array( 'status' => 'processing' ) ) );
		$this->assertSame( array( $own->get_id() ), $this->ids_of( 'employee_a', array( 'department' => $this->ids['dep_a'] ) ) );
		$this->assert_rest_error( 404, 'kundeportal_order_not_found', $this->call( 'GET', '/orders/' . $own->get_id(), 'colleague' ) );
	}

	/**
	 * @testdox Filters from another department are 404, logged out 401.
	 */
	public function test_refusals(): void {
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $this->call( 'GET', '/orders', 'manager_b', array( 'department' => $this->ids['dep_a'] ) ) );
		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $this->call( 'GET', '/orders', null, array( 'status' => 'processing' ) ) );
	}

	/**
	 * @testdox Bad filters are 400 with a message: impossible or malformed days, a reversed range, an unknown status.
	 * @dataProvider bad_filters
	 *
	 * @param array  $args Query.
	 * @param string $code Expected error code.
	 */
	public function test_bad_filters( array $args, string $code ): void {
		$response = $this->call( 'GET', '/orders', 'manager_a', $args );

		$this->assert_rest_error( 400, $code, $response );
		$this->assertNotSame( '', (string) $response->get_data()['message'] );
	}

	/**
	 * Invalid filters.
	 *
	 * @return array[]
	 */
	public function bad_filters(): array {
		return array(
			'after 30 February'  => array( array( 'after' => '2025-02-30' ), 'rest_invalid_param' ),
			'before as text'     => array( array( 'before' => 'yesterday' ), 'rest_invalid_param' ),
			'after with time'    => array( array( 'after' => '2025-02-01T10:00:00' ), 'rest_invalid_param' ),
			'before Norwegian'   => array( array( 'before' => '05.05.2025' ), 'rest_invalid_param' ),
			'reversed range'     => array(
				array(
					'after'  => '2025-05-05',
					'before' => '2025-05-04',
				),
				'kundeportal_invalid_date_range',
			),
			'status unknown'     => array( array( 'status' => 'shipped' ), 'rest_invalid_param' ),
			'status with prefix' => array( array( 'status' => 'wc-processing' ), 'rest_invalid_param' ),
		);
	}

	/**
	 * @testdox The detail has the notes to the customer (not private notes), the approval message and the tracking link.
	 */
	public function test_detail_notes_and_tracking(): void {
		$order = $this->create_order( 'employee_a' );
		$order->add_order_note( 'Private: check stock', 0 );
		$order->add_order_note( 'Pakken <b>sendes</b> fredag & lørdag', 1 );

		$approved = $this->call( 'POST', '/orders/' . $order->get_id() . '/approve', 'manager_a', array( 'message' => 'Husk verneskoene' ) );
		$this->assertSame( 200, $approved->get_status() );

		( new Tracking() )->save( wc_get_order( $order->get_id() ), 'posten', '70722150 NO/1', true );

		$response = $this->call( 'GET', '/orders/' . $order->get_id(), 'employee_a' );
		$data     = $response->get_data();

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'Husk verneskoene', $data['approval_message'] );
		$notes = array_column( $data['customer_notes'], 'content' );
		$this->assertContains( 'Pakken sendes fredag & lørdag', $notes );
		$this->assertContains( 'Husk verneskoene', $notes );
		$this->assertContains( 'Shipped with Posten/Bring: 70722150 NO/1', $notes );
		$this->assertNotContains( 'Private: check stock', $notes );
		$this->assertSame(
			array(
				array(
					'source'       => 'kundeportal',
					'carrier'      => 'posten',
					'carrier_name' => 'Posten/Bring',
					'number'       => '70722150 NO/1',
					'url'          => 'https://sporing.posten.no/sporing/70722150%20NO%2F1',
				),
			),
			$data['tracking']
		);
		$this->assertSame( wc_get_order( $order->get_id() )->get_view_order_url(), $data['view_url'] );
		$this->assertSame( 'processing', $data['status'] );
		$this->assertSame( wc_get_order_status_name( 'processing' ), $data['status_name'] );
		$this->assert_matches_schema( $data, '/kundeportal/v1/orders/(?P<id>\d+)' );

		$list = $this->call( 'GET', '/orders', 'manager_a', array( 'status' => 'processing' ) )->get_data();
		$this->assertSame( $data['tracking'], $list[0]['tracking'] );
		$this->assertNull( $list[0]['view_url'], 'A manager cannot open an employee\'s order in WooCommerce.' );
		$this->assertArrayNotHasKey( 'customer_notes', $list[0] );
	}

	/**
	 * @testdox Shipment Tracking extension items replace the portal's own tracking in the detail.
	 */
	public function test_detail_shipment_tracking(): void {
		$order = $this->create_order( 'employee_a', 'completed' );
		$order->update_meta_data(
			Keys::META_TRACKING,
			array(
				'carrier' => 'posten',
				'number'  => 'IGNORED',
			)
		);
		$order->update_meta_data(
			Tracking::SHIPMENT_TRACKING_META,
			array(
				array(
					'tracking_provider'        => '',
					'custom_tracking_provider' => 'Helthjem',
					'tracking_number'          => 'HH123',
					'custom_tracking_link'     => 'https://helthjem.no/sporing/HH123',
					'date_shipped'             => '1746400000',
				),
			)
		);
		$order->save();

		$data = $this->call( 'GET', '/orders/' . $order->get_id(), 'manager_a' )->get_data();

		$this->assertCount( 1, $data['tracking'] );
		$this->assertSame( 'shipment_tracking', $data['tracking'][0]['source'] );
		$this->assertSame( 'Helthjem', $data['tracking'][0]['carrier_name'] );
		$this->assertSame( 'https://helthjem.no/sporing/HH123', $data['tracking'][0]['url'] );
		$this->assertNull( $data['approval_message'] );
		$this->assertSame( array(), $data['customer_notes'] );
		$this->assert_matches_schema( $data, '/kundeportal/v1/orders/(?P<id>\d+)' );
	}
}
