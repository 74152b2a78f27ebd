<?php
/**
 * Tests of deleting a portal user in wp-admin.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Domain;

use Kundeportal\Tests\TestCase;

/**
 * wp_delete_user() ends the membership and the manager roles; the department's figures follow.
 */
final class DeletedUsersTest extends TestCase {

	/**
	 * @testdox Deleting a member and a manager in wp-admin ends their membership and management; others stay
	 */
	public function test_delete_user(): void {
		require_once ABSPATH . 'wp-admin/includes/user.php';
		$services   = $this->plugin_services();
		$department = $this->make_department();
		$member     = $this->make_member( $department, 300000 );
		$other      = $this->make_member( $department, 200000 );
		$manager    = $this->make_manager( $department );

		$this->assertTrue( wp_delete_user( $member ) );
		$this->assertTrue( wp_delete_user( $manager ) );

		$this->assertNull( $services->members->get( $member ) );
		$this->assertNotNull( $services->members->get( $other ) );
		$this->assertSame( array(), $services->departments->managed_by( $manager ) );
		$this->assertSame(
			array( $other ),
			array_map( static fn( $m ): int => (int) $m->user_id, $services->members->in_department( (int) $department->id ) )
		);
	}
}
