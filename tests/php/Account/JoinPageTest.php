<?php
/**
 * Tests of the registration link's join handler.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Account;

use Kundeportal\Account\JoinPage;
use Kundeportal\Tests\Rest\PortalFixtures;
use Kundeportal\Tests\RestTestCase;

/**
 * Registering through a link: valid, expired, rotated, used up, duplicate e-mail, rate limit.
 */
final class JoinPageTest extends RestTestCase {

	use PortalFixtures;

	/**
	 * Builds the fixture portal.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();
	}

	/**
	 * Valid fields.
	 *
	 * @param array $overrides Fields to change.
	 * @return array
	 */
	private function fields( array $overrides = array() ): array {
		return $overrides + array(
			'first_name' => 'Nora',
			'last_name'  => 'Nilsen',
			'email'      => 'nora.' . $this->unique() . '@example.test',
			'position'   => 'Montør',
		);
	}

	/**
	 * A fresh IP per test, so the rate limit of one test does not leak into another.
	 *
	 * @return string
	 */
	private function ip(): string {
		return '10.0.' . wp_rand( 0, 255 ) . '.' . wp_rand( 1, 254 );
	}

	/**
	 * A JoinPage on the plugin's services.
	 *
	 * @return JoinPage
	 */
	private function page(): JoinPage {
		return new JoinPage( $this->plugin_services() );
	}

	/**
	 * @testdox A valid link creates the member with the company default credit and sends the set-password mail
	 */
	public function test_valid(): void {
		$services = $this->plugin_services();
		$token    = $services->invites->rotate( $this->ids['dep_a'], 0 );
		$fields   = $this->fields();

		$result = $this->page()->submit( $token, $fields, $this->ip() );

		$this->assertSame( 'joined', $result['state'] );
		$user   = get_user_by( 'email', $fields['email'] );
		$member = $services->members->get( $user->ID );
		$this->assertSame( $this->ids['dep_a'], $member->department_id );
		$this->assertSame( $services->companies->get( $this->ids['company'] )->default_credit_limit, $member->credit_limit );
		$this->assertSame( 1, (int) $services->invites->current( $this->ids['dep_a'] )->uses );
		$this->assertTrue( in_array( $fields['email'], array_merge( ...array_map( fn( $m ) => (array) $m['to'], $this->mails ) ), true ) );
	}

	/**
	 * @testdox Expired, rotated and used-up links are refused as invalid, without creating users
	 */
	public function test_invalid_links(): void {
		$invites = $this->plugin_services()->invites;
		$expired = $invites->rotate( $this->ids['dep_a'], 0, gmdate( 'Y-m-d H:i:s', time() - 60 ) );
		$old     = $invites->rotate( $this->ids['dep_b'], 0 );
		$invites->rotate( $this->ids['dep_b'], 0, null, 1 );
		$fields  = $this->fields();

		$this->assertSame( 'invalid', $this->page()->submit( $expired, $fields, $this->ip() )['state'] );
		$this->assertSame( 'invalid', $this->page()->submit( $old, $fields, $this->ip() )['state'] );
		$this->assertSame( 'invalid', $this->page()->submit( str_repeat( 'a', 64 ), $fields, $this->ip() )['state'] );
		$this->assertFalse( get_user_by( 'email', $fields['email'] ) );
		$this->assertStringContainsString( 'This registration link is no longer valid.', $this->page()->render( $old ) );
	}

	/**
	 * @testdox max_uses: the second registration through a one-use link is refused
	 */
	public function test_max_uses(): void {
		$token = $this->plugin_services()->invites->rotate( $this->ids['dep_a'], 0, null, 1 );

		$first  = $this->page()->submit( $token, $this->fields(), $this->ip() );
		$second = $this->page()->submit( $token, $this->fields(), $this->ip() );

		$this->assertSame( 'joined', $first['state'] );
		$this->assertSame( 'invalid', $second['state'] );
	}

	/**
	 * @testdox Field errors and an existing e-mail keep the form, use nothing and create nobody
	 */
	public function test_field_errors(): void {
		$token    = $this->plugin_services()->invites->rotate( $this->ids['dep_a'], 0, null, 1 );
		$existing = get_userdata( $this->ids['employee_a'] )->user_email;

		$duplicate = $this->page()->submit( $token, $this->fields( array( 'email' => $existing ) ), $this->ip() );
		$bad       = $this->page()->submit( $token, $this->fields( array( 'first_name' => str_repeat( 'x', 21 ), 'last_name' => '' ) ), $this->ip() );

		$this->assertSame( 'form', $duplicate['state'] );
		$this->assertArrayHasKey( 'email', $duplicate['errors'] );
		$this->assertSame( array( 'first_name', 'last_name' ), array_keys( $bad['errors'] ) );
		$this->assertSame( 0, (int) $this->plugin_services()->invites->current( $this->ids['dep_a'] )->uses );
		$this->assertSame( $this->ids['dep_a'], $this->plugin_services()->members->get( $this->ids['employee_a'] )->department_id );
	}

	/**
	 * @testdox A registration refused after the use was counted (account created meanwhile) gives the use back
	 */
	public function test_failed_registration_releases_the_use(): void {
		$token  = $this->plugin_services()->invites->rotate( $this->ids['dep_a'], 0, null, 1 );
		$refuse = static fn (): \WP_Error => new \WP_Error( 'registration-error-email-exists', 'An account is already registered with your email address.' );
		add_filter( 'woocommerce_registration_errors', $refuse );

		$failed = $this->page()->submit( $token, $this->fields(), $this->ip() );
		remove_filter( 'woocommerce_registration_errors', $refuse );

		$this->assertSame( 'form', $failed['state'] );
		$this->assertArrayHasKey( 'email', $failed['errors'] );
		$this->assertSame( 0, (int) $this->plugin_services()->invites->current( $this->ids['dep_a'] )->uses );
		$this->assertSame( 'joined', $this->page()->submit( $token, $this->fields(), $this->ip() )['state'], 'The one-use link still works.' );
	}

	/**
	 * @testdox More than 10 attempts from one IP in 10 minutes are refused
	 */
	public function test_rate_limit(): void {
		$ip = $this->ip();
		for ( $i = 0; $i < JoinPage::RATE_LIMIT; $i++ ) {
			$this->page()->submit( 'bad', $this->fields(), $ip );
		}

		$limited = $this->page()->submit( $this->plugin_services()->invites->rotate( $this->ids['dep_a'], 0 ), $this->fields(), $ip );

		$this->assertSame( 'limited', $limited['state'] );
		$this->assertSame( 'invalid', $this->page()->submit( 'bad', $this->fields(), $this->ip() )['state'] );
	}
}
