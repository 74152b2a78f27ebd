<?php
/**
 * Tests of GET|POST /members and GET|PATCH|DELETE /members/{id}.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Rest;

use Kundeportal\Domain\MemberAccounts;
use Kundeportal\Domain\Money;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Tests\RestTestCase;

/**
 * The users tab's routes: scope, search, sort, figures, field errors, add and delete.
 */
final class MembersControllerTest extends RestTestCase {

	use PortalFixtures;

	/**
	 * Builds the fixture portal.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();
	}

	/**
	 * A valid POST body for department A.
	 *
	 * @param array $overrides Fields to change.
	 * @return array
	 */
	private function new_user( array $overrides = array() ): array {
		return $overrides + array(
			'first_name'    => 'Nora',
			'last_name'     => 'Nilsen',
			'email'         => 'nora.' . $this->unique() . '@example.test',
			'department_id' => $this->ids['dep_a'],
			'position'      => 'Montør',
			'address'       => 'private',
		);
	}

	/**
	 * @testdox GET /members lists the managed department's members with figures, schema-conform
	 */
	public function test_list(): void {
		$this->create_order( 'employee_a', 'processing' );
		$this->create_order( 'employee_a', Keys::STATUS_APPROVAL );
		$this->create_order( 'employee_a', 'cancelled' );

		$response = $this->call( 'GET', '/members', 'manager_a' );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( '1', (string) $response->get_headers()['X-WP-Total'] );
		$this->assertSame( '1', (string) $response->get_headers()['X-WP-TotalPages'] );
		$item = $response->get_data()[0];
		$this->assertSame( $this->ids['employee_a'], $item['user_id'] );
		$this->assertSame( 'avd Alnabru', $item['department']['name'] );
		$this->assertSame( 'Montør', $item['position'] );
		$this->assertSame( 500000, $item['credit_limit'] );
		$this->assertSame( 2, $item['order_count'] );
		$this->assertSame( 2 * ( 2 * 103900 + 26800 ), $item['total_spent'] );
		$this->assertSame( array(), $item['assortment_lists'] );
		$this->assert_matches_schema( $item, '/kundeportal/v1/members', array( 'recent_orders' ) );
	}

	/**
	 * @testdox GET /members: shop admin sees all; search, department filter, sort and pages
	 */
	public function test_search_sort_pages(): void {
		$response = $this->call(
			'GET',
			'/members',
			'admin',
			array(
				'search'     => 'Reggimester',
				'department' => $this->ids['dep_b'],
			)
		);
		$this->assertSame( array( $this->ids['employee_b'] ), array_column( $response->get_data(), 'user_id' ) );

		$email    = get_userdata( $this->ids['employee_a'] )->user_email;
		$response = $this->call( 'GET', '/members', 'admin', array( 'search' => $email ) );
		$this->assertSame( array( $this->ids['employee_a'] ), array_column( $response->get_data(), 'user_id' ) );

		$response = $this->call( 'GET', '/members', 'admin', array( 'department' => $this->ids['dep_b'] ) );
		$this->assertSame( array( $this->ids['employee_b'] ), array_column( $response->get_data(), 'user_id' ) );

		$this->plugin_services()->departments->add_manager( $this->ids['dep_b'], $this->ids['manager_a'] );
		$this->plugin_services()->members->update( $this->ids['employee_b'], array( 'credit_limit' => 100 ) );
		$response = $this->call(
			'GET',
			'/members',
			'manager_a',
			array(
				'orderby'  => 'credit_limit',
				'order'    => 'asc',
				'per_page' => 1,
			)
		);
		$this->assertSame( array( $this->ids['employee_b'] ), array_column( $response->get_data(), 'user_id' ) );
		$this->assertSame( '2', (string) $response->get_headers()['X-WP-TotalPages'] );

		$this->create_order( 'employee_a', 'processing' );
		$response = $this->call(
			'GET',
			'/members',
			'manager_a',
			array(
				'orderby' => 'order_count',
				'order'   => 'desc',
			)
		);
		$this->assertSame( 200, $response->get_status() );

		foreach ( array( 'name', 'total_spent' ) as $orderby ) {
			$this->assertSame( 200, $this->call( 'GET', '/members', 'admin', array( 'orderby' => $orderby ) )->get_status() );
		}
	}

	/**
	 * @testdox GET /members: 401 logged out, 403 employee, 404 foreign department, 400 bad args
	 */
	public function test_list_refusals(): void {
		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $this->call( 'GET', '/members', null ) );
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'GET', '/members', 'employee_a' ) );
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $this->call( 'GET', '/members', 'manager_a', array( 'department' => $this->ids['dep_b'] ) ) );
		$this->assert_rest_error( 400, 'rest_invalid_param', $this->call( 'GET', '/members', 'manager_a', array( 'per_page' => 101 ) ) );
		$this->assert_rest_error( 400, 'rest_invalid_param', $this->call( 'GET', '/members', 'manager_a', array( 'orderby' => 'email' ) ) );
	}

	/**
	 * @testdox GET /members/{id}: 200 with recent orders; 401, 403, 404 outside scope or unknown
	 */
	public function test_get_item(): void {
		$order    = $this->create_order( 'employee_a', 'processing' );
		$response = $this->call( 'GET', '/members/' . $this->ids['employee_a'], 'manager_a' );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( $order->get_id(), $response->get_data()['recent_orders'][0]['id'] );
		$this->assert_matches_schema( $response->get_data(), '/kundeportal/v1/members/(?P<id>\d+)' );

		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $this->call( 'GET', '/members/' . $this->ids['employee_a'], null ) );
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'GET', '/members/' . $this->ids['employee_a'], 'employee_b' ) );
		$this->assert_rest_error( 404, 'kundeportal_member_not_found', $this->call( 'GET', '/members/' . $this->ids['employee_b'], 'manager_a' ) );
		$this->assert_rest_error( 404, 'kundeportal_member_not_found', $this->call( 'GET', '/members/' . $this->ids['outsider'], 'manager_a' ) );
	}

	/**
	 * @testdox PATCH /members/{id} changes position, department and credit; field errors per field
	 */
	public function test_update(): void {
		$this->plugin_services()->departments->add_manager( $this->ids['dep_b'], $this->ids['manager_a'] );
		$path = '/members/' . $this->ids['employee_a'];

		$response = $this->call(
			'PATCH',
			$path,
			'manager_a',
			array(
				'position'      => 'Lagersjef',
				'department_id' => $this->ids['dep_b'],
				'credit_limit'  => 123400,
			)
		);
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'Lagersjef', $response->get_data()['position'] );
		$this->assertSame( $this->ids['dep_b'], $response->get_data()['department']['id'] );
		$this->assertSame( 123400, $response->get_data()['credit_limit'] );

		$response = $this->call(
			'PATCH',
			$path,
			'manager_a',
			array(
				'position'      => str_repeat( 'x', 61 ),
				'department_id' => $this->make_department()->id,
				'credit_limit'  => -1,
			)
		);
		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $response );
		$this->assertSame( array( 'credit_limit', 'department_id', 'position' ), $this->sorted_keys( $response->get_data()['data']['params'] ) );

		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $this->call( 'PATCH', $path, null, array( 'position' => 'x' ) ) );
		$this->assert_rest_error( 404, 'kundeportal_member_not_found', $this->call( 'PATCH', '/members/' . $this->ids['outsider'], 'manager_a', array( 'position' => 'x' ) ) );
	}

	/**
	 * @testdox POST /members creates a customer, sends the set-password mail and uses the company's default credit
	 */
	public function test_create(): void {
		$body     = $this->new_user();
		$response = $this->call( 'POST', '/members', 'manager_a', $body );

		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertSame( 'Nora Nilsen', $data['name'] );
		$this->assertSame( $body['email'], $data['email'] );
		$this->assertSame( 500000, $data['credit_limit'] );
		$this->assertSame( $this->ids['dep_a'], $data['department']['id'] );
		$user = get_userdata( $data['user_id'] );
		$this->assertSame( array( 'customer' ), array_values( $user->roles ) );

		$mails = array_values( array_filter( $this->mails, static fn ( array $mail ): bool => $mail['to'] === $body['email'] ) );
		$this->assertCount( 1, $mails );
		$this->assertStringContainsString( 'action=newaccount', (string) $mails[0]['message'] );

		$custom = $this->call( 'POST', '/members', 'manager_a', $this->new_user( array( 'credit_limit' => 0 ) ) );
		$this->assertSame( 0, $custom->get_data()['credit_limit'] );
	}

	/**
	 * @testdox POST and PATCH /members store names and position as plain text; a name of tags only is missing (400)
	 */
	public function test_fields_are_plain_text(): void {
		$tags_only = $this->call( 'POST', '/members', 'manager_a', $this->new_user( array( 'first_name' => '<svg onload=a()>' ) ) );
		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $tags_only );
		$this->assertSame( array( 'first_name' ), array_keys( $tags_only->get_data()['data']['params'] ) );

		$created = $this->call( 'POST', '/members', 'manager_a', $this->new_user( array( 'last_name' => '<b>Nilsen</b>', 'position' => '<img src=x onerror=alert(1)>Montør' ) ) );
		$this->assertSame( 201, $created->get_status(), (string) wp_json_encode( $created->get_data() ) );
		$this->assertSame( 'Nora Nilsen', $created->get_data()['name'] );
		$this->assertSame( 'Montør', $created->get_data()['position'] );

		$updated = $this->call( 'PATCH', '/members/' . $created->get_data()['user_id'], 'manager_a', array( 'position' => 'Leder <script>alert(1)</script>' ) );
		$this->assertSame( 200, $updated->get_status() );
		$this->assertSame( 'Leder', $updated->get_data()['position'] );
	}

	/**
	 * @testdox PATCH /members: a credit limit beyond 12 digits of kroner (or 1e30) is 400, the largest allowed is kept
	 */
	public function test_credit_limit_maximum(): void {
		$path = '/members/' . $this->ids['employee_a'];
		$max  = 10 ** 12 * 10 ** Money::decimals() - 1;

		foreach ( array( $max + 1, PHP_INT_MAX, 1e30 ) as $limit ) {
			$response = $this->call( 'PATCH', $path, 'manager_a', array( 'credit_limit' => $limit ) );
			$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $response );
			$this->assertArrayHasKey( 'credit_limit', $response->get_data()['data']['params'] );
		}
		$this->assertSame( 500000, $this->plugin_services()->members->get( $this->ids['employee_a'] )->credit_limit );

		$this->assertSame( $max, $this->call( 'PATCH', $path, 'manager_a', array( 'credit_limit' => $max ) )->get_data()['credit_limit'] );
	}

	/**
	 * @testdox POST /members: every field error at once, one per field, translated messages
	 */
	public function test_create_field_errors(): void {
		$response = $this->call(
			'POST',
			'/members',
			'manager_a',
			array(
				'first_name'    => str_repeat( 'a', 21 ),
				'last_name'     => '',
				'email'         => 'not-an-email',
				'department_id' => $this->ids['dep_b'],
				'credit_limit'  => -100,
				'position'      => str_repeat( 'p', 61 ),
				'address'       => 'department-7',
			)
		);

		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $response );
		$params = $response->get_data()['data']['params'];
		$this->assertSame( array( 'address', 'credit_limit', 'department_id', 'email', 'first_name', 'last_name', 'position' ), $this->sorted_keys( $params ) );
		$this->assertSame( 'Use at most 20 characters.', $params['first_name'] );
		$this->assertSame( 'Enter the last name.', $params['last_name'] );

		$missing = $this->call( 'POST', '/members', 'manager_a', array() );
		$this->assertSame( array( 'address', 'department_id', 'email', 'first_name', 'last_name' ), $this->sorted_keys( $missing->get_data()['data']['params'] ) );

		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $this->call( 'POST', '/members', null, $this->new_user() ) );
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'POST', '/members', 'employee_a', $this->new_user() ) );
		$this->assertSame( array(), $this->mails );
	}

	/**
	 * @testdox POST /members: duplicate e-mail refused, existing customer added (and, deleted, keeps their login), other company's member refused
	 */
	public function test_create_existing_accounts(): void {
		$email     = get_userdata( $this->ids['employee_b'] )->user_email;
		$duplicate = $this->call( 'POST', '/members', 'manager_a', $this->new_user( array( 'email' => $email ) ) );
		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $duplicate );
		$this->assertSame( 'This person is already a user in your company.', $duplicate->get_data()['data']['params']['email'] );

		$other_company = $this->make_company();
		$other_dep     = $this->plugin_services()->departments->create( $other_company->id, 'avd Andre' );
		$foreign       = $this->make_user();
		$this->plugin_services()->members->add( $foreign, $other_dep->id );
		$refused = $this->call( 'POST', '/members', 'manager_a', $this->new_user( array( 'email' => get_userdata( $foreign )->user_email ) ) );
		$this->assertSame( 'This e-mail address belongs to a user of another company.', $refused->get_data()['data']['params']['email'] );

		$admin = $this->call( 'POST', '/members', 'manager_a', $this->new_user( array( 'email' => get_userdata( $this->ids['admin'] )->user_email ) ) );
		$this->assertArrayHasKey( 'email', $admin->get_data()['data']['params'] );

		$added = $this->call( 'POST', '/members', 'manager_a', $this->new_user( array( 'email' => get_userdata( $this->ids['outsider'] )->user_email ) ) );
		$this->assertSame( 201, $added->get_status(), (string) wp_json_encode( $added->get_data() ) );
		$this->assertSame( $this->ids['outsider'], $added->get_data()['user_id'] );
		$this->assertSame( array(), $this->mails, 'An existing customer gets no new-account mail.' );

		// Deleted again, the customer leaves the company but keeps their own login.
		wp_set_password( 'own-pass', $this->ids['outsider'] );
		$deleted = $this->call( 'DELETE', '/members/' . $this->ids['outsider'], 'manager_a' );
		$this->assertSame( 200, $deleted->get_status(), (string) wp_json_encode( $deleted->get_data() ) );
		$this->assertNull( $this->plugin_services()->members->get( $this->ids['outsider'] ) );
		$this->assertFalse( MemberAccounts::is_login_disabled( $this->ids['outsider'] ) );
		$this->assertInstanceOf( \WP_User::class, wp_authenticate( get_userdata( $this->ids['outsider'] )->user_login, 'own-pass' ) );
	}

	/**
	 * @testdox DELETE /members/{id} cancels pending orders, keeps orders, blocks the login, fixes the figures
	 */
	public function test_delete(): void {
		$processing = $this->create_order( 'employee_a', 'processing' );
		$this->plugin_services()->credit->charge( $processing );
		$pending = $this->create_order( 'employee_a', Keys::STATUS_APPROVAL );
		$before  = $this->plugin_services()->credit->department_figures( $this->ids['dep_a'] );
		wp_set_password( 'secret-pass', $this->ids['employee_a'] );
		$this->mails = array();

		$response = $this->call( 'DELETE', '/members/' . $this->ids['employee_a'], 'manager_a' );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertTrue( $response->get_data()['deleted'] );
		$this->assertSame( array( $pending->get_id() ), $response->get_data()['cancelled_orders'] );
		$this->assertSame( 'cancelled', wc_get_order( $pending->get_id() )->get_status() );
		$this->assertSame( 'processing', wc_get_order( $processing->get_id() )->get_status() );
		$this->assertNotEmpty( $this->mails, 'The orderer is told about the cancelled order.' );
		$this->assertNull( $this->plugin_services()->members->get( $this->ids['employee_a'] ) );
		$this->assertInstanceOf( \WP_User::class, get_userdata( $this->ids['employee_a'] ) );

		$after = $this->plugin_services()->credit->department_figures( $this->ids['dep_a'] );
		$this->assertSame( $before->users - 1, $after->users );
		$this->assertSame( $before->spent_this_year, $after->spent_this_year );
		$this->assertSame( $before->available_credit - 500000, $after->available_credit );

		$login = wp_authenticate( get_userdata( $this->ids['employee_a'] )->user_login, 'secret-pass' );
		$this->assertWPErrorCode( 'kundeportal_login_disabled', $login );
		$this->assertTrue( MemberAccounts::is_login_disabled( $this->ids['employee_a'] ) );

		$this->assert_rest_error( 404, 'kundeportal_member_not_found', $this->call( 'DELETE', '/members/' . $this->ids['employee_a'], 'manager_a' ) );
		$this->assert_rest_error( 404, 'kundeportal_member_not_found', $this->call( 'GET', '/members/' . $this->ids['employee_a'], 'manager_a' ) );
	}

	/**
	 * @testdox PATCH /members/{own id}: a manager cannot raise their own credit limit or drop their own assortment lists
	 */
	public function test_manager_cannot_change_own_limits(): void {
		$services = $this->plugin_services();
		$services->members->add( $this->ids['manager_a'], $this->ids['dep_a'], 'Leder', 100000 );
		$list = $services->assortment_lists->create( $this->ids['company'], 'Leder' );
		$services->assortment_lists->assign( $this->ids['manager_a'], array( $list->id ) );
		$path = '/members/' . $this->ids['manager_a'];

		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'PATCH', $path, 'manager_a', array( 'credit_limit' => 9900000 ) ) );
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'PATCH', $path, 'manager_a', array( 'assortment_lists' => array() ) ) );
		$this->assertSame( 100000, $services->members->get( $this->ids['manager_a'] )->credit_limit );
		$this->assertSame( array( $list->id ), $services->assortment_lists->member_list_ids( $this->ids['manager_a'] ) );

		$same = $this->call(
			'PATCH',
			$path,
			'manager_a',
			array(
				'position'         => 'Avdelingsleder',
				'credit_limit'     => 100000,
				'assortment_lists' => array( $list->id ),
			)
		);
		$this->assertSame( 200, $same->get_status(), 'Unchanged limits with another change are fine.' );
		$this->assertSame( 'Avdelingsleder', $same->get_data()['position'] );

		$company_admin = $this->make_user();
		update_user_meta( $company_admin, Keys::META_COMPANY_ADMIN, $this->ids['company'] );
		$this->assertSame( 9900000, $this->dispatch_as( $company_admin, 'PATCH', '/kundeportal/v1' . $path, array( 'credit_limit' => 9900000 ) )->get_data()['credit_limit'] );
	}

	/**
	 * @testdox DELETE /members/{id}: a manager cannot lock out (or change) a company admin or shop staff who are members
	 */
	public function test_delete_protected_users(): void {
		update_user_meta( $this->ids['employee_a'], Keys::META_COMPANY_ADMIN, $this->ids['company'] );
		$path = '/members/' . $this->ids['employee_a'];

		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'DELETE', $path, 'manager_a' ) );
		$this->assertFalse( MemberAccounts::is_login_disabled( $this->ids['employee_a'] ) );
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'PATCH', $path, 'manager_a', array( 'credit_limit' => 0 ) ) );
		$this->assertSame( 500000, $this->plugin_services()->members->get( $this->ids['employee_a'] )->credit_limit );
		$this->assertNotNull( $this->plugin_services()->members->get( $this->ids['employee_a'] ) );

		$company_admin = $this->make_user();
		update_user_meta( $company_admin, Keys::META_COMPANY_ADMIN, $this->ids['company'] );
		$response = $this->dispatch_as( $company_admin, 'DELETE', '/kundeportal/v1' . $path );
		$this->assertSame( 200, $response->get_status(), 'A company admin of the company may.' );

		$staff = $this->make_user( array( 'role' => 'shop_manager' ) );
		$this->plugin_services()->members->add( $staff, $this->ids['dep_a'] );
		$this->assert_rest_error( 409, 'kundeportal_cannot_delete_staff', $this->call( 'DELETE', '/members/' . $staff, 'manager_a' ) );
		$this->assertFalse( MemberAccounts::is_login_disabled( $staff ) );
	}

	/**
	 * @testdox DELETE /members/{id}: 401, 403, 404 outside scope, 409 for oneself; a deleted user can be added again
	 */
	public function test_delete_refusals(): void {
		$path = '/members/' . $this->ids['employee_b'];
		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $this->call( 'DELETE', $path, null ) );
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'DELETE', $path, 'employee_a' ) );
		$this->assert_rest_error( 404, 'kundeportal_member_not_found', $this->call( 'DELETE', $path, 'manager_a' ) );

		$this->plugin_services()->members->add( $this->ids['manager_a'], $this->ids['dep_a'] );
		$this->assert_rest_error( 409, 'kundeportal_cannot_delete_self', $this->call( 'DELETE', '/members/' . $this->ids['manager_a'], 'manager_a' ) );

		$this->assertSame( 200, $this->call( 'DELETE', $path, 'manager_b' )->get_status() );
		$again = $this->call(
			'POST',
			'/members',
			'manager_b',
			$this->new_user(
				array(
					'email'         => get_userdata( $this->ids['employee_b'] )->user_email,
					'department_id' => $this->ids['dep_b'],
				)
			)
		);
		$this->assertSame( 201, $again->get_status(), (string) wp_json_encode( $again->get_data() ) );
		$this->assertFalse( MemberAccounts::is_login_disabled( $this->ids['employee_b'] ) );
	}

	/**
	 * Sorted keys of an array.
	 *
	 * @param array $values Array.
	 * @return string[]
	 */
	private function sorted_keys( array $values ): array {
		$keys = array_keys( $values );
		sort( $keys );

		return $keys;
	}

	/**
	 * Asserts a WP_Error with the code.
	 *
	 * @param string $code  Expected code.
	 * @param mixed  $value Value.
	 */
	private function assertWPErrorCode( string $code, $value ): void { // phpcs:ignore WordPress.NamingConventions.ValidFunctionName.MethodNameInvalid -- PHPUnit's naming.
		$this->assertInstanceOf( \WP_Error::class, $value );
		$this->assertSame( $code, $value->get_error_code() );
	}
}
