<?php
/**
 * Tests of GET|POST /departments/{id}/invite and the Invites domain.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Rest;

use Kundeportal\Domain\Invites;
use Kundeportal\Tests\RestTestCase;

/**
 * Registration links: create, rotate, expiry, max uses, access rules.
 */
final class InvitesControllerTest extends RestTestCase {

	use PortalFixtures;

	/**
	 * Builds the fixture portal.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();
	}

	/**
	 * The token from a join URL.
	 *
	 * @param string $url URL.
	 * @return string
	 */
	private function token_of( string $url ): string {
		parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );

		return (string) $query['kundeportal_join'];
	}

	/**
	 * @testdox POST creates a link and returns its URL once; GET shows the state without the URL
	 */
	public function test_create_and_read(): void {
		$route = '/departments/' . $this->ids['dep_a'] . '/invite';

		$created = $this->call( 'POST', $route, 'manager_a', array( 'max_uses' => 5 ) );
		$read    = $this->call( 'GET', $route, 'manager_a' );

		$this->assertSame( 201, $created->get_status() );
		$token = $this->token_of( $created->get_data()['url'] );
		$this->assertMatchesRegularExpression( '/^[0-9a-f]{64}$/', $token );
		$this->assertSame( 5, $created->get_data()['max_uses'] );
		$this->assertSame( 200, $read->get_status() );
		$this->assertNull( $read->get_data()['url'] );
		$this->assertTrue( $read->get_data()['exists'] );
		$this->assertTrue( $read->get_data()['usable'] );
		$this->assert_matches_schema( $created->get_data(), '/kundeportal/v1/departments/(?P<id>\d+)/invite' );
		$this->assert_matches_schema( $read->get_data(), '/kundeportal/v1/departments/(?P<id>\d+)/invite' );
		$this->assertNotNull( $this->plugin_services()->invites->find_by_token( $token ) );
	}

	/**
	 * @testdox Only the token's HMAC is stored
	 */
	public function test_token_hashed(): void {
		global $wpdb;

		$token = $this->plugin_services()->invites->rotate( $this->ids['dep_a'], 0 );

		$stored = $wpdb->get_var( $wpdb->prepare( "SELECT token_hash FROM {$wpdb->kundeportal_invites} WHERE department_id = %d AND status = 'active'", $this->ids['dep_a'] ) );
		$this->assertSame( hash_hmac( 'sha256', $token, wp_salt( 'auth' ) ), $stored );
		$this->assertNotSame( $token, $stored );
	}

	/**
	 * @testdox GET without a link: exists false
	 */
	public function test_no_link(): void {
		$response = $this->call( 'GET', '/departments/' . $this->ids['dep_a'] . '/invite', 'admin' );

		$this->assertSame( 200, $response->get_status() );
		$this->assertFalse( $response->get_data()['exists'] );
	}

	/**
	 * @testdox Rotating: the old token stops working, the new one works
	 */
	public function test_rotate(): void {
		$invites = $this->plugin_services()->invites;

		$old = $invites->rotate( $this->ids['dep_a'], 0 );
		$new = $invites->rotate( $this->ids['dep_a'], 0 );

		$this->assertNull( $invites->find_by_token( $old ) );
		$this->assertNotNull( $invites->find_by_token( $new ) );
		$this->assertNull( $invites->find_by_token( 'not-a-token' ) );
	}

	/**
	 * @testdox Expired and used-up links are not found; uses are counted up to max_uses
	 */
	public function test_expiry_and_max_uses(): void {
		$invites = $this->plugin_services()->invites;

		$expired = $invites->rotate( $this->ids['dep_a'], 0, gmdate( 'Y-m-d H:i:s', time() - 60 ) );
		$limited = $invites->rotate( $this->ids['dep_b'], 0, null, 1 );
		$row     = $invites->find_by_token( $limited );

		$this->assertNull( $invites->find_by_token( $expired ) );
		$this->assertTrue( $invites->record_use( (int) $row->id ) );
		$this->assertFalse( $invites->record_use( (int) $row->id ) );
		$this->assertNull( $invites->find_by_token( $limited ) );
	}

	/**
	 * @testdox POST with an expiry date keeps it; a past date is a 400
	 */
	public function test_expiry_date(): void {
		$route    = '/departments/' . $this->ids['dep_a'] . '/invite';
		$tomorrow = wp_date( 'Y-m-d', time() + DAY_IN_SECONDS );

		$ok   = $this->call( 'POST', $route, 'manager_a', array( 'expires_at' => $tomorrow ) );
		$past = $this->call( 'POST', $route, 'manager_a', array( 'expires_at' => '2020-01-01' ) );
		$bad  = $this->call( 'POST', $route, 'manager_a', array( 'max_uses' => 0 ) );

		$this->assertSame( 201, $ok->get_status() );
		$this->assertSame( $tomorrow, $ok->get_data()['expires_at'] );
		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $past );
		$this->assertSame( 'Choose a date from today on.', $past->get_data()['data']['params']['expires_at'] );
		$this->assert_rest_error( 400, 'rest_invalid_param', $bad );

		$no_date = $this->call( 'POST', $route, 'manager_a', array( 'expires_at' => ( (int) wp_date( 'Y' ) + 1 ) . '-02-30' ) );
		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $no_date );
		$this->assertSame( 'Enter a valid date, like 2025-05-31.', $no_date->get_data()['data']['params']['expires_at'], 'Not "from today on" for a date that does not exist.' );
	}

	/**
	 * @testdox Logged out 401, employee 403, other department and unknown department 404
	 */
	public function test_denied(): void {
		$route = '/departments/' . $this->ids['dep_a'] . '/invite';

		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $this->call( 'GET', $route, null ) );
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'POST', $route, 'employee_a' ) );
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $this->call( 'POST', $route, 'manager_b' ) );
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $this->call( 'GET', '/departments/999999/invite', 'admin' ) );
		$this->assertNull( $this->plugin_services()->invites->current( $this->ids['dep_a'] ) );
	}
}
