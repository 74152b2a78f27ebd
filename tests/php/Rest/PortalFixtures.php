<?php
/**
 * Test data for the REST and My Account tests: one company, two departments, people, orders.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Rest;

use Kundeportal\Checkout\Checkout;
use Kundeportal\Infrastructure\Keys;
use WC_Order;
use WC_Product_Attribute;
use WC_Product_Simple;
use WC_Product_Variable;
use WC_Product_Variation;
use WP_REST_Response;

/**
 * Builds the portal through the Domain API and the harness helpers (TestCase::make_*):
 * company "Staut", departments Alnabru (A) and Skjetten (B), a manager of each, an employee
 * of each (limit 5000.00), an outsider and a shop admin. Use in a TestCase subclass.
 */
trait PortalFixtures {

	/**
	 * Ids of the fixture: company, dep_a, dep_b, manager_a, manager_b, employee_a,
	 * employee_b, outsider, admin.
	 *
	 * @var array<string, int>
	 */
	protected array $ids = array();

	/**
	 * Creates the company, departments and people.
	 */
	protected function create_portal(): void {
		$services = $this->plugin_services();
		$company  = $this->make_company( array( 'name' => 'Staut ' . $this->unique() ) );
		$dep_a    = $services->departments->create( $company->id, 'avd Alnabru' );
		$dep_b    = $services->departments->create( $company->id, 'avd Skjetten' );

		$this->ids = array(
			'company'    => $company->id,
			'dep_a'      => $dep_a->id,
			'dep_b'      => $dep_b->id,
			'manager_a'  => $this->make_user(),
			'manager_b'  => $this->make_user(),
			'employee_a' => $this->make_user(),
			'employee_b' => $this->make_user(),
			'outsider'   => $this->make_user(),
			'admin'      => $this->make_user( array( 'role' => 'administrator' ) ),
		);

		$services->departments->add_manager( $dep_a->id, $this->ids['manager_a'] );
		$services->departments->add_manager( $dep_b->id, $this->ids['manager_b'] );
		$services->members->add( $this->ids['employee_a'], $dep_a->id, 'Montør', 500000 );
		$services->members->add( $this->ids['employee_b'], $dep_b->id, 'Reggimester', 500000 );
	}

	/**
	 * A variation "Safety Bukser – Sort/Gul, 84 (48)" at 1039.00.
	 *
	 * @return WC_Product_Variation
	 */
	protected function create_variation(): WC_Product_Variation {
		$colour = new WC_Product_Attribute();
		$colour->set_name( 'Farge' );
		$colour->set_options( array( 'Sort/Gul', 'Gul' ) );
		$colour->set_visible( true );
		$colour->set_variation( true );

		$size = new WC_Product_Attribute();
		$size->set_name( 'Størrelse' );
		$size->set_options( array( '84 (48)', '88 (50)' ) );
		$size->set_visible( true );
		$size->set_variation( true );

		$parent = new WC_Product_Variable();
		$parent->set_name( 'Safety Bukser' );
		$parent->set_attributes( array( $colour, $size ) );
		$parent->save();

		$variation = new WC_Product_Variation();
		$variation->set_parent_id( $parent->get_id() );
		$variation->set_attributes(
			array(
				sanitize_title( 'Farge' )     => 'Sort/Gul',
				sanitize_title( 'Størrelse' ) => '84 (48)',
			)
		);
		$variation->set_sku( '2546-314-' . $this->unique() );
		$variation->set_regular_price( '1039' );
		$variation->save();

		return $variation;
	}

	/**
	 * A simple product at the given price.
	 *
	 * @param string $price Price.
	 * @return WC_Product_Simple
	 */
	protected function create_simple_product( string $price = '268' ): WC_Product_Simple {
		$product = new WC_Product_Simple();
		$product->set_name( 'HV Vinterjakke' );
		$product->set_sku( '65138362-' . $this->unique() );
		$product->set_regular_price( $price );
		$product->save();

		return $product;
	}

	/**
	 * A company order of an employee, in the given status.
	 *
	 * @param string $employee Key of the orderer in $this->ids.
	 * @param string $status   Status without "wc-".
	 * @param string $date     Date created (site time), e.g. "2025-05-05 10:00:00".
	 * @return WC_Order
	 */
	protected function create_order( string $employee = 'employee_a', string $status = Keys::STATUS_APPROVAL, string $date = '' ): WC_Order {
		$order = wc_create_order( array( 'customer_id' => $this->ids[ $employee ] ) );

		$order->add_product( $this->create_variation(), 2 );
		$order->add_product( $this->create_simple_product(), 1 );
		$order->set_billing_first_name( 'Fredrika' );
		$order->set_billing_last_name( 'Fredriksen' );
		$order->set_payment_method( Keys::GATEWAY_ID );
		Checkout::stamp( $this->plugin_services(), $order );
		if ( '' !== $date ) {
			$order->set_date_created( $date );
		}
		$order->calculate_totals( false );
		$order->save();
		$order->update_status( $status );

		return wc_get_order( $order->get_id() );
	}

	/**
	 * Sends a request through the real REST server (RestTestCase::dispatch_as) as a fixture user.
	 *
	 * @param string      $method HTTP method.
	 * @param string      $path   Path below /kundeportal/v1.
	 * @param string|null $as     Key in $this->ids, or null for a logged-out request.
	 * @param array       $params Query or body params.
	 * @return WP_REST_Response
	 */
	protected function call( string $method, string $path, ?string $as, array $params = array() ): WP_REST_Response {
		return $this->dispatch_as( null === $as ? 0 : $this->ids[ $as ], $method, '/kundeportal/v1' . $path, $params );
	}

	/**
	 * Asserts an error response: status and code.
	 *
	 * @param int              $status   Expected HTTP status.
	 * @param string           $code     Expected error code.
	 * @param WP_REST_Response $response Response.
	 */
	protected function assert_rest_error( int $status, string $code, WP_REST_Response $response ): void {
		$data = $response->get_data();

		$this->assertSame( $status, $response->get_status(), (string) wp_json_encode( $data ) );
		$this->assertSame( $code, $data['code'] ?? null );
		$this->assertSame( $status, $data['data']['status'] ?? null );
	}

	/**
	 * Asserts that data conforms to a route's schema: every key declared, types right,
	 * every declared key present (lines only on single orders).
	 *
	 * @param array  $data     One item of the response.
	 * @param string $route    Route pattern as registered, e.g. "/kundeportal/v1/me".
	 * @param array  $optional Top-level keys that may be absent.
	 */
	protected function assert_matches_schema( array $data, string $route, array $optional = array() ): void {
		$options = rest_get_server()->get_route_options( $route );
		$schema  = call_user_func( $options['schema'] );

		$valid = rest_validate_value_from_schema( $data, $schema, 'response' );
		$this->assertTrue( $valid, is_wp_error( $valid ) ? $valid->get_error_message() : '' );

		$missing = array_diff( array_keys( $schema['properties'] ), array_keys( $data ), $optional );
		$this->assertSame( array(), array_values( $missing ), 'Keys in the schema but not in the response.' );
	}
}
