<?php
/**
 * Tests of GET /assortment-lists and the members' assortment_lists field.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Rest;

use Kundeportal\Tests\RestTestCase;

/**
 * Scope of the lists route; reading and writing a member's lists.
 */
final class AssortmentListsControllerTest extends RestTestCase {

	use PortalFixtures;

	/**
	 * Lists of the fixture company: own (default) and other; and of a foreign company.
	 *
	 * @var array<string, int>
	 */
	private array $lists = array();

	/**
	 * Builds the fixture portal and lists.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();
		$lists   = $this->plugin_services()->assortment_lists;
		$product = $this->create_simple_product();
		$default = $lists->create( $this->ids['company'], 'Alle', true );
		$lists->set_items( $default->id, array( $product->get_id() ) );

		$this->lists = array(
			'default' => $default->id,
			'other'   => $lists->create( $this->ids['company'], 'Verksted' )->id,
			'foreign' => $lists->create( $this->make_company()->id, 'Fremmed' )->id,
		);
	}

	/**
	 * @testdox GET /assortment-lists: a manager gets the lists of their company, schema-conform
	 */
	public function test_manager(): void {
		$response = $this->call( 'GET', '/assortment-lists', 'manager_a' );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array( $this->lists['default'], $this->lists['other'] ), array_column( $response->get_data(), 'id' ) );
		$this->assertSame( '2', (string) $response->get_headers()['X-WP-Total'] );
		$item = $response->get_data()[0];
		$this->assertTrue( $item['is_default'] );
		$this->assertSame( 1, $item['item_count'] );
		$this->assertSame( $this->ids['company'], $item['company']['id'] );
		$this->assert_matches_schema( $item, '/kundeportal/v1/assortment-lists' );

		$this->assert_rest_error( 404, 'kundeportal_company_not_found', $this->call( 'GET', '/assortment-lists', 'manager_a', array( 'company' => $this->ids['company'] + 1000 ) ) );
	}

	/**
	 * @testdox GET /assortment-lists: member_count leaves out members who moved to another company
	 */
	public function test_member_count_own_company_only(): void {
		$services = $this->plugin_services();
		$services->assortment_lists->assign( $this->ids['employee_a'], array( $this->lists['other'] ) );
		$services->assortment_lists->assign( $this->ids['employee_b'], array( $this->lists['other'] ) );
		$count = fn (): int => array_column( $this->call( 'GET', '/assortment-lists', 'manager_a' )->get_data(), 'member_count', 'id' )[ $this->lists['other'] ];
		$this->assertSame( 2, $count() );

		$department = $services->departments->create( $this->make_company()->id, 'avd Annen' );
		$services->members->remove( $this->ids['employee_b'] );
		$services->members->add( $this->ids['employee_b'], $department->id );

		$this->assertSame( 1, $count() );
	}

	/**
	 * @testdox GET /assortment-lists: shop admin sees all or one company's; 400 on a bad company
	 */
	public function test_admin(): void {
		$all = array_column( $this->call( 'GET', '/assortment-lists', 'admin' )->get_data(), 'id' );
		$this->assertContains( $this->lists['foreign'], $all );
		$this->assertContains( $this->lists['other'], $all );

		$response = $this->call( 'GET', '/assortment-lists', 'admin', array( 'company' => $this->ids['company'] ) );
		$this->assertSame( array( $this->lists['default'], $this->lists['other'] ), array_column( $response->get_data(), 'id' ) );

		$this->assert_rest_error( 400, 'rest_invalid_param', $this->call( 'GET', '/assortment-lists', 'admin', array( 'company' => 'abc' ) ) );
	}

	/**
	 * @testdox GET /assortment-lists: 401 logged out, 403 for an employee and an outsider
	 */
	public function test_refused(): void {
		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $this->call( 'GET', '/assortment-lists', null ) );
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'GET', '/assortment-lists', 'employee_a' ) );
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'GET', '/assortment-lists', 'outsider' ) );
	}

	/**
	 * @testdox PATCH /members/{id} sets assortment_lists; GET shows them; empty clears
	 */
	public function test_member_patch(): void {
		$path     = '/members/' . $this->ids['employee_a'];
		$response = $this->call( 'PATCH', $path, 'manager_a', array( 'assortment_lists' => array( $this->lists['other'] ) ) );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( array( $this->lists['other'] ), $response->get_data()['assortment_lists'] );
		$this->assert_matches_schema( $response->get_data(), '/kundeportal/v1/members/(?P<id>\d+)' );

		$list = $this->call( 'GET', '/members', 'manager_a' )->get_data();
		$this->assertSame( array( $this->lists['other'] ), $list[0]['assortment_lists'] );
		$this->assertSame( array(), $this->plugin_services()->assortment_lists->allowed_product_ids( $this->ids['employee_a'] ), 'The empty list now restricts the member.' );

		$response = $this->call( 'PATCH', $path, 'manager_a', array( 'assortment_lists' => array() ) );
		$this->assertSame( array(), $response->get_data()['assortment_lists'] );
	}

	/**
	 * @testdox PATCH /members/{id}: a foreign or unknown list is 400 and changes nothing; a foreign member 404
	 */
	public function test_member_patch_refused(): void {
		$path = '/members/' . $this->ids['employee_a'];
		$this->call( 'PATCH', $path, 'manager_a', array( 'assortment_lists' => array( $this->lists['other'] ) ) );

		$response = $this->call(
			'PATCH',
			$path,
			'manager_a',
			array(
				'position'         => 'Sjef',
				'assortment_lists' => array( $this->lists['foreign'] ),
			)
		);
		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $response );
		$this->assertArrayHasKey( 'assortment_lists', $response->get_data()['data']['params'] );
		$this->assertSame( array( $this->lists['other'] ), $this->plugin_services()->assortment_lists->member_list_ids( $this->ids['employee_a'] ) );
		$this->assertSame( 'Montør', $this->plugin_services()->members->get( $this->ids['employee_a'] )->position );

		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $this->call( 'PATCH', $path, 'manager_a', array( 'assortment_lists' => array( 99999999 ) ) ) );
		$this->assert_rest_error( 400, 'rest_invalid_param', $this->call( 'PATCH', $path, 'manager_a', array( 'assortment_lists' => array( 'x' ) ) ) );
		$this->assert_rest_error( 404, 'kundeportal_member_not_found', $this->call( 'PATCH', '/members/' . $this->ids['employee_b'], 'manager_a', array( 'assortment_lists' => array( $this->lists['other'] ) ) ) );
	}

	/**
	 * @testdox POST /members with assortment_lists assigns them; a foreign list is 400 and creates nobody
	 */
	public function test_member_create(): void {
		$body = array(
			'first_name'    => 'Nora',
			'last_name'     => 'Nilsen',
			'department_id' => $this->ids['dep_a'],
			'position'      => 'Montør',
			'address'       => 'private',
		);

		$email    = 'nora.' . $this->unique() . '@example.test';
		$response = $this->call(
			'POST',
			'/members',
			'manager_a',
			$body + array(
				'email'            => $email,
				'assortment_lists' => array( $this->lists['foreign'] ),
			)
		);
		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $response );
		$this->assertFalse( get_user_by( 'email', $email ) );

		$response = $this->call(
			'POST',
			'/members',
			'manager_a',
			$body + array(
				'email'            => $email,
				'assortment_lists' => array( $this->lists['other'] ),
			)
		);
		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( array( $this->lists['other'] ), $response->get_data()['assortment_lists'] );
	}
}
