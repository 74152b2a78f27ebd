<?php
/**
 * Tests of GET|POST /departments/{id}/addresses and GET|PATCH|DELETE /departments/{id}/addresses/{address_id}.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Rest;

use Kundeportal\Domain\DepartmentAddress;
use Kundeportal\Tests\RestTestCase;

/**
 * The department addresses routes: who may read and write, field errors, schema.
 */
final class DepartmentAddressesControllerTest extends RestTestCase {

	use PortalFixtures;

	/**
	 * An address of department A.
	 *
	 * @var DepartmentAddress
	 */
	private DepartmentAddress $address_a;

	/**
	 * An address of department B.
	 *
	 * @var DepartmentAddress
	 */
	private DepartmentAddress $address_b;

	/**
	 * Builds the fixture portal with one address per department.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();
		$addresses       = $this->plugin_services()->department_addresses;
		$this->address_a = $addresses->create( $this->ids['dep_a'], $this->body( array( 'label' => 'Hovedlager Alnabru' ) ) );
		$this->address_b = $addresses->create( $this->ids['dep_b'], $this->body( array( 'label' => 'Lager Skjetten' ) ) );
	}

	/**
	 * A valid body.
	 *
	 * @param array $overrides Fields to change.
	 * @return array
	 */
	private function body( array $overrides = array() ): array {
		return $overrides + array(
			'label'      => 'Verksted',
			'first_name' => 'Ola',
			'last_name'  => 'Nordmann',
			'company'    => 'Staut Arbeidsklær AS',
			'address_1'  => 'Strømsveien 266',
			'address_2'  => '',
			'postcode'   => '0668',
			'city'       => 'Oslo',
			'country'    => 'NO',
			'phone'      => '22 00 00 00',
		);
	}

	/**
	 * Path of department A's addresses.
	 *
	 * @param string $department Key of the department in $this->ids.
	 * @param int    $address_id Address id, 0 for the collection.
	 * @return string
	 */
	private function path( string $department = 'dep_a', int $address_id = 0 ): string {
		return '/departments/' . $this->ids[ $department ] . '/addresses' . ( $address_id ? '/' . $address_id : '' );
	}

	/**
	 * @testdox GET lists the department's addresses for its manager, schema-conform
	 */
	public function test_list_as_manager(): void {
		$response = $this->call( 'GET', $this->path(), 'manager_a' );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( '1', (string) $response->get_headers()['X-WP-Total'] );
		$items = $response->get_data();
		$this->assertCount( 1, $items );
		$this->assertSame( 'Hovedlager Alnabru', $items[0]['label'] );
		$this->assertSame( $this->ids['dep_a'], $items[0]['department_id'] );
		$this->assert_response_matches_schema( $response );
	}

	/**
	 * @testdox GET: members of the department and shop admins read; others get 404, logged out 401
	 */
	public function test_read_access(): void {
		$this->assertSame( 200, $this->call( 'GET', $this->path(), 'employee_a' )->get_status() );
		$this->assertSame( 200, $this->call( 'GET', $this->path(), 'admin' )->get_status() );
		$this->assertSame( 200, $this->call( 'GET', $this->path( 'dep_a', $this->address_a->id ), 'employee_a' )->get_status() );

		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $this->call( 'GET', $this->path(), 'employee_b' ) );
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $this->call( 'GET', $this->path(), 'manager_b' ) );
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $this->call( 'GET', $this->path(), 'outsider' ) );
		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $this->call( 'GET', $this->path(), null ) );
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $this->call( 'GET', '/departments/999999/addresses', 'admin' ) );
	}

	/**
	 * @testdox GET one: an address of another department is 404 even through one's own department
	 */
	public function test_get_foreign_address(): void {
		$response = $this->call( 'GET', $this->path( 'dep_a', $this->address_a->id ), 'manager_a' );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'Hovedlager Alnabru', $response->get_data()['label'] );
		$this->assert_response_matches_schema( $response );

		$this->assert_rest_error( 404, 'kundeportal_address_not_found', $this->call( 'GET', $this->path( 'dep_a', $this->address_b->id ), 'manager_a' ) );
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $this->call( 'GET', $this->path( 'dep_b', $this->address_b->id ), 'manager_a' ) );
	}

	/**
	 * @testdox POST creates an address (201 with Location) for the manager and a shop admin
	 */
	public function test_create(): void {
		$response = $this->call( 'POST', $this->path(), 'manager_a', $this->body() );

		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertSame( 'Verksted', $data['label'] );
		$this->assertSame( '0668', $data['postcode'] );
		$this->assertStringEndsWith( '/departments/' . $this->ids['dep_a'] . '/addresses/' . $data['id'], $response->get_headers()['Location'] );
		$this->assert_response_matches_schema( $response );
		$this->assertCount( 2, $this->plugin_services()->department_addresses->for_department( $this->ids['dep_a'] ) );

		$this->assertSame( 201, $this->call( 'POST', $this->path( 'dep_b' ), 'admin', $this->body() )->get_status() );
	}

	/**
	 * @testdox POST: members get 403, other managers 404, logged out 401
	 */
	public function test_create_refused(): void {
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'POST', $this->path(), 'employee_a', $this->body() ) );
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $this->call( 'POST', $this->path(), 'manager_b', $this->body() ) );
		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $this->call( 'POST', $this->path(), null, $this->body() ) );
		$this->assertCount( 1, $this->plugin_services()->department_addresses->for_department( $this->ids['dep_a'] ) );
	}

	/**
	 * @testdox POST with bad fields: 400 with a message per field
	 */
	public function test_create_invalid(): void {
		$response = $this->call(
			'POST',
			$this->path(),
			'manager_a',
			$this->body(
				array(
					'label'     => '',
					'address_1' => '',
					'postcode'  => '123',
					'country'   => 'XX',
				)
			)
		);

		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $response );
		$params = $response->get_data()['data']['params'];
		$this->assertSame( array( 'address_1', 'country', 'label' ), $this->sorted_keys( $params ) );

		$response = $this->call( 'POST', $this->path(), 'manager_a', $this->body( array( 'postcode' => '123' ) ) );
		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $response );
		$this->assertSame( array( 'postcode' ), array_keys( $response->get_data()['data']['params'] ) );

		$response = $this->call( 'POST', $this->path(), 'manager_a', $this->body( array( 'label' => array( 'x' ) ) ) );
		$this->assertSame( 400, $response->get_status() );
	}

	/**
	 * @testdox PATCH changes only the fields sent; bad input 400; members 403; foreign 404
	 */
	public function test_update(): void {
		$path     = $this->path( 'dep_a', $this->address_a->id );
		$response = $this->call( 'PATCH', $path, 'manager_a', array( 'label' => 'Lager 2' ) );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'Lager 2', $response->get_data()['label'] );
		$this->assertSame( 'Strømsveien 266', $response->get_data()['address_1'] );
		$this->assert_response_matches_schema( $response );

		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $this->call( 'PATCH', $path, 'manager_a', array( 'city' => '' ) ) );
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'PATCH', $path, 'employee_a', array( 'label' => 'X' ) ) );
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $this->call( 'PATCH', $path, 'manager_b', array( 'label' => 'X' ) ) );
		$this->assert_rest_error( 404, 'kundeportal_address_not_found', $this->call( 'PATCH', $this->path( 'dep_a', $this->address_b->id ), 'manager_a', array( 'label' => 'X' ) ) );
		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $this->call( 'PATCH', $path, null, array( 'label' => 'X' ) ) );
		$this->assertSame( 'Lager 2', $this->plugin_services()->department_addresses->get( $this->address_a->id )->label );
	}

	/**
	 * @testdox DELETE removes the address for the manager; members 403, others 404, logged out 401
	 */
	public function test_delete(): void {
		$path = $this->path( 'dep_a', $this->address_a->id );

		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $this->call( 'DELETE', $path, null ) );
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'DELETE', $path, 'employee_a' ) );
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $this->call( 'DELETE', $path, 'outsider' ) );
		$this->assert_rest_error( 404, 'kundeportal_address_not_found', $this->call( 'DELETE', $this->path( 'dep_a', $this->address_b->id ), 'manager_a' ) );

		$response = $this->call( 'DELETE', $path, 'manager_a' );
		$this->assertSame( 200, $response->get_status() );
		$this->assertTrue( $response->get_data()['deleted'] );
		$this->assertSame( 'Hovedlager Alnabru', $response->get_data()['previous']['label'] );
		$this->assertNull( $this->plugin_services()->department_addresses->get( $this->address_a->id ) );
		$this->assert_rest_error( 404, 'kundeportal_address_not_found', $this->call( 'DELETE', $path, 'manager_a' ) );
	}

	/**
	 * @testdox POST /members accepts one of the department's addresses as the user's delivery address
	 */
	public function test_new_member_with_department_address(): void {
		$member = array(
			'first_name'    => 'Nora',
			'last_name'     => 'Nilsen',
			'department_id' => $this->ids['dep_a'],
			'position'      => '',
		);

		$response = $this->call(
			'POST',
			'/members',
			'manager_a',
			$member + array(
				'email'   => 'nora.' . $this->unique() . '@example.test',
				'address' => (string) $this->address_a->id,
			)
		);
		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$user_id = $response->get_data()['user_id'];
		$this->assertSame( $this->address_a->id, $this->plugin_services()->department_addresses->default_for_user( $user_id, $this->ids['dep_a'] )->id );

		$response = $this->call(
			'POST',
			'/members',
			'manager_a',
			$member + array(
				'email'   => 'nils.' . $this->unique() . '@example.test',
				'address' => (string) $this->address_b->id,
			)
		);
		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $response );
		$this->assertArrayHasKey( 'address', $response->get_data()['data']['params'] );

		$response = $this->call(
			'POST',
			'/members',
			'manager_a',
			$member + array(
				'email'   => 'ola.' . $this->unique() . '@example.test',
				'address' => 'private',
			)
		);
		$this->assertSame( 201, $response->get_status() );
		$this->assertNull( $this->plugin_services()->department_addresses->default_for_user( $response->get_data()['user_id'], $this->ids['dep_a'] ) );
	}

	/**
	 * Keys of an array, sorted.
	 *
	 * @param array $data Array.
	 * @return array
	 */
	private function sorted_keys( array $data ): array {
		$keys = array_keys( $data );
		sort( $keys );

		return $keys;
	}
}
