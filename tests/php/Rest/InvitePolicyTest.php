<?php
/**
 * Tests of the company's registration link policy and company-wide e-mail domains.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Rest;

use Kundeportal\Account\JoinPage;
use Kundeportal\Domain\Company;
use Kundeportal\Domain\InvalidFields;
use Kundeportal\Tests\RestTestCase;

/**
 * Policy "off": no new links (403), GET says not allowed, existing links refuse joins.
 * Company domains: a joining e-mail must match them and the link's own domains.
 */
final class InvitePolicyTest extends RestTestCase {

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
	 * A fresh client IP, so the join rate limit never interferes.
	 *
	 * @return string
	 */
	private function ip(): string {
		return '10.9.' . wp_rand( 0, 255 ) . '.' . wp_rand( 1, 254 );
	}

	/**
	 * @testdox The companies repository stores the policy and the domains; bad values are refused
	 */
	public function test_repository(): void {
		$companies = $this->plugin_services()->companies;
		$company   = $companies->get( $this->ids['company'] );
		$this->assertSame( Company::INVITES_MANAGERS, $company->invite_policy );
		$this->assertSame( array(), $company->invite_domains );

		$saved = $companies->update(
			$company->id,
			array(
				'invite_policy'  => Company::INVITES_OFF,
				'invite_domains' => 'Staut.no, @example.com',
			)
		);
		$this->assertSame( Company::INVITES_OFF, $saved->invite_policy );
		$this->assertSame( array( 'staut.no', 'example.com' ), $saved->invite_domains );
		$this->assertFalse( $saved->invites_allowed() );
		$this->assertSame( array( 'staut.no', 'example.com' ), $companies->update( $company->id, array( 'name' => 'Renamed' ) )->invite_domains, 'Other updates keep the domains.' );

		$this->expectException( InvalidFields::class );
		$companies->update( $company->id, array( 'invite_domains' => 'staut' ) );
	}

	/**
	 * @testdox Policy off: POST is 403 with a message, GET reports allowed=false and usable=false
	 */
	public function test_create_refused_when_off(): void {
		$this->call( 'POST', $this->route(), 'manager_a' );
		$this->assertTrue( $this->call( 'GET', $this->route(), 'manager_a' )->get_data()['allowed'] );
		$this->plugin_services()->companies->update( $this->ids['company'], array( 'invite_policy' => Company::INVITES_OFF ) );

		$refused = $this->call( 'POST', $this->route(), 'manager_a' );
		$this->assert_rest_error( 403, 'kundeportal_invites_off', $refused );
		$this->assertStringContainsString( 'turned off', $refused->get_data()['message'] );

		$read = $this->call( 'GET', $this->route(), 'manager_a' );
		$this->assertSame( 200, $read->get_status() );
		$this->assertFalse( $read->get_data()['allowed'] );
		$this->assertFalse( $read->get_data()['usable'] );
		$this->assertTrue( $read->get_data()['exists'] );
		$this->assert_response_matches_schema( $read );
		$this->assert_rest_error( 404, 'kundeportal_department_not_found', $this->call( 'POST', $this->route(), 'manager_b' ) );
	}

	/**
	 * @testdox Policy off: an existing link shows the "not valid" page and refuses to join; on again it works
	 */
	public function test_join_refused_when_off(): void {
		$services = $this->plugin_services();
		$token    = $services->invites->rotate( $this->ids['dep_a'], 0 );
		$services->companies->update( $this->ids['company'], array( 'invite_policy' => Company::INVITES_OFF ) );
		$page  = new JoinPage( $services );
		$email = 'n.' . $this->unique() . '@example.test';

		$this->assertSame( 'invalid', $page->submit( $token, $this->fields( $email ), $this->ip() )['state'] );
		$this->assertFalse( get_user_by( 'email', $email ) );
		$this->assertStringContainsString( 'no longer valid', $page->render( $token ) );

		$services->companies->update( $this->ids['company'], array( 'invite_policy' => Company::INVITES_MANAGERS ) );
		$this->assertSame( 'joined', ( new JoinPage( $services ) )->submit( $token, $this->fields( $email ), $this->ip() )['state'] );
	}

	/**
	 * @testdox Company domains limit every link and are intersected with the link's own domains
	 */
	public function test_domains_intersected(): void {
		$services = $this->plugin_services();
		$services->companies->update( $this->ids['company'], array( 'invite_domains' => array( 'staut.no', 'example.com' ) ) );
		$open    = $services->invites->rotate( $this->ids['dep_b'], 0 );
		$limited = $services->invites->rotate( $this->ids['dep_a'], 0, null, null, array( 'example.com', 'gmail.com' ) );
		$page    = new JoinPage( $services );

		$outside = $page->submit( $open, $this->fields( 'a.' . $this->unique() . '@gmail.com' ), $this->ip() );
		$this->assertSame( 'form', $outside['state'] );
		$this->assertStringContainsString( '@staut.no, @example.com', $outside['errors']['email'] );
		$this->assertStringContainsString( 'Use your e-mail address at @example.com.', $page->render( $limited ) );

		$company_only = $page->submit( $limited, $this->fields( 'b.' . $this->unique() . '@staut.no' ), $this->ip() );
		$this->assertSame( 'form', $company_only['state'], 'Not in the link\'s domains.' );
		$this->assertStringContainsString( '@example.com', $company_only['errors']['email'] );
		$this->assertStringNotContainsString( 'gmail', $company_only['errors']['email'] );

		$link_only = $page->submit( $limited, $this->fields( 'c.' . $this->unique() . '@gmail.com' ), $this->ip() );
		$this->assertSame( 'form', $link_only['state'], 'Not in the company\'s domains.' );

		$this->assertSame( 'joined', $page->submit( $limited, $this->fields( 'd.' . $this->unique() . '@Example.com' ), $this->ip() )['state'] );
		$this->assertSame( 'joined', $page->submit( $open, $this->fields( 'e.' . $this->unique() . '@staut.no' ), $this->ip() )['state'] );
	}
}
