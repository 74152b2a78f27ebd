<?php
/**
 * Tests of the registration link's allowed e-mail domains: REST and the join check.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Rest;

use Kundeportal\Account\JoinPage;
use Kundeportal\Domain\InvalidFields;
use Kundeportal\Domain\Invites;
use Kundeportal\Tests\RestTestCase;

/**
 * The allowed_domains field: accepted and returned lower-case, 400 on bad ones; joins outside them refused.
 */
final class InviteDomainsTest extends RestTestCase {

	use PortalFixtures;

	/**
	 * Builds the fixture portal.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();
	}

	/**
	 * The route of department A's link.
	 *
	 * @return string
	 */
	private function route(): string {
		return '/departments/' . $this->ids['dep_a'] . '/invite';
	}

	/**
	 * Valid join fields with the given e-mail.
	 *
	 * @param string $email E-mail.
	 * @return array
	 */
	private function fields( string $email ): array {
		return array(
			'first_name' => 'Nora',
			'last_name'  => 'Nilsen',
			'email'      => $email,
			'position'   => '',
		);
	}

	/**
	 * @testdox POST stores the domains lower-case and unique; GET returns them
	 */
	public function test_create_with_domains(): void {
		$created = $this->call(
			'POST',
			$this->route(),
			'manager_a',
			array(
				'allowed_domains' => array( 'Staut.NO', ' example.com ', '@staut.no' ),
				'max_uses'        => 3,
			)
		);
		$read    = $this->call( 'GET', $this->route(), 'manager_a' );

		$this->assertSame( 201, $created->get_status() );
		$this->assertSame( array( 'staut.no', 'example.com' ), $created->get_data()['allowed_domains'] );
		$this->assertSame( array( 'staut.no', 'example.com' ), $read->get_data()['allowed_domains'] );
		$this->assertSame( 3, $read->get_data()['max_uses'] );
		$this->assert_matches_schema( $read->get_data(), '/kundeportal/v1/departments/(?P<id>\d+)/invite' );
		$this->assert_response_matches_schema( $created );
	}

	/**
	 * @testdox Without domains the link accepts any address and returns an empty list
	 */
	public function test_no_domains(): void {
		$created = $this->call( 'POST', $this->route(), 'manager_a' );
		$empty   = $this->call( 'POST', $this->route(), 'manager_a', array( 'allowed_domains' => array() ) );

		$this->assertSame( array(), $created->get_data()['allowed_domains'] );
		$this->assertSame( array(), $empty->get_data()['allowed_domains'] );
		$this->assertSame( array(), $this->call( 'GET', '/departments/' . $this->ids['dep_b'] . '/invite', 'manager_b' )->get_data()['allowed_domains'] );
	}

	/**
	 * @testdox Bad domains are 400 with a translated message for allowed_domains, and nothing changes
	 */
	public function test_bad_domains(): void {
		$this->call( 'POST', $this->route(), 'manager_a', array( 'allowed_domains' => array( 'staut.no' ) ) );

		foreach ( array( array( 'staut' ), array( 'name@staut.no' ), array( '-x.no' ), array( 'a..no' ), array( 'staut.no', 'bad domain' ) ) as $domains ) {
			$response = $this->call( 'POST', $this->route(), 'manager_a', array( 'allowed_domains' => $domains ) );

			$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $response );
			$this->assertStringContainsString( 'is not a domain', $response->get_data()['data']['params']['allowed_domains'] );
		}
		$too_many = array_map( fn( int $i ) => "d{$i}.no", range( 1, Invites::MAX_DOMAINS + 1 ) );
		$this->assert_rest_error( 400, 'kundeportal_invalid_fields', $this->call( 'POST', $this->route(), 'manager_a', array( 'allowed_domains' => $too_many ) ) );
		$this->assertSame( array( 'staut.no' ), $this->call( 'GET', $this->route(), 'manager_a' )->get_data()['allowed_domains'] );
		$listed = $this->call( 'POST', $this->route(), 'manager_a', array( 'allowed_domains' => 'Staut.no, example.com' ) );
		$this->assertSame( array( 'staut.no', 'example.com' ), $listed->get_data()['allowed_domains'], 'WordPress reads a comma-separated string as a list.' );
	}

	/**
	 * @testdox Logged out 401, employee 403, foreign department 404 also with domains
	 */
	public function test_refusals(): void {
		$body = array( 'allowed_domains' => array( 'staut.no' ) );

		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $this->call( 'POST', $this->route(), null, $body ) );
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( 'POST', $this->route(), 'employee_a', $body ) );
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $this->call( 'POST', $this->route(), 'manager_b', $body ) );
	}

	/**
	 * @testdox normalize_domains splits typed text and refuses non-domains
	 */
	public function test_normalize(): void {
		$this->assertSame( array( 'staut.no', 'example.com' ), Invites::normalize_domains( 'Staut.no, example.com;  staut.no' ) );
		$this->assertSame( array(), Invites::normalize_domains( null ) );
		$this->expectException( InvalidFields::class );
		Invites::normalize_domains( array( 'localhost' ) );
	}

	/**
	 * @testdox allows_email: exact domain, case-insensitive; no subdomains; any when empty
	 */
	public function test_allows_email(): void {
		$row  = (object) array( 'allowed_domains' => 'staut.no,example.com' );
		$none = (object) array( 'allowed_domains' => null );

		$this->assertTrue( Invites::allows_email( $row, 'Nora@Staut.NO' ) );
		$this->assertTrue( Invites::allows_email( $row, 'x@example.com' ) );
		$this->assertFalse( Invites::allows_email( $row, 'x@gmail.com' ) );
		$this->assertFalse( Invites::allows_email( $row, 'x@mail.staut.no' ) );
		$this->assertFalse( Invites::allows_email( $row, 'staut.no' ) );
		$this->assertTrue( Invites::allows_email( $none, 'x@gmail.com' ) );
	}

	/**
	 * @testdox Joining with an address outside the domains is refused on the e-mail field, uses stay 0; a right one joins
	 */
	public function test_join(): void {
		$services = $this->plugin_services();
		$token    = $services->invites->rotate( $this->ids['dep_a'], 0, null, 2, array( 'staut.no' ) );
		$page     = new JoinPage( $services );
		$wrong    = 'nora.' . $this->unique() . '@gmail.com';

		$refused = $page->submit( $token, $this->fields( $wrong ), '10.1.' . wp_rand( 0, 255 ) . '.1' );

		$this->assertSame( 'form', $refused['state'] );
		$this->assertSame( array( 'email' ), array_keys( $refused['errors'] ) );
		$this->assertStringContainsString( '@staut.no', $refused['errors']['email'] );
		$this->assertFalse( get_user_by( 'email', $wrong ) );
		$this->assertSame( 0, (int) $services->invites->current( $this->ids['dep_a'] )->uses );

		$both = $page->submit( $token, array( 'first_name' => '' ) + $this->fields( $wrong ), '10.2.' . wp_rand( 0, 255 ) . '.1' );
		$this->assertEqualsCanonicalizing( array( 'first_name', 'email' ), array_keys( $both['errors'] ) );

		$right  = 'nora.' . $this->unique() . '@Staut.no';
		$joined = $page->submit( $token, $this->fields( $right ), '10.3.' . wp_rand( 0, 255 ) . '.1' );
		$this->assertSame( 'joined', $joined['state'] );
		$this->assertSame( 1, (int) $services->invites->current( $this->ids['dep_a'] )->uses );
	}

	/**
	 * @testdox The join form names the allowed domains under the e-mail field
	 */
	public function test_form_hint(): void {
		$services = $this->plugin_services();
		$limited  = $services->invites->rotate( $this->ids['dep_a'], 0, null, null, array( 'staut.no' ) );
		$open     = $services->invites->rotate( $this->ids['dep_b'], 0 );

		$this->assertStringContainsString( 'Use your e-mail address at @staut.no.', ( new JoinPage( $services ) )->render( $limited ) );
		$this->assertStringNotContainsString( 'Use your e-mail address at', ( new JoinPage( $services ) )->render( $open ) );
	}

	/**
	 * @testdox A link of an archived department no longer works
	 */
	public function test_join_archived(): void {
		$services = $this->plugin_services();
		$token    = $services->invites->rotate( $this->ids['dep_a'], 0 );
		$services->departments->set_status( $this->ids['dep_a'], 'archived' );

		$result = ( new JoinPage( $services ) )->submit( $token, $this->fields( 'n.' . $this->unique() . '@example.test' ), '10.4.' . wp_rand( 0, 255 ) . '.1' );

		$this->assertSame( 'invalid', $result['state'] );
	}
}
