<?php
/**
 * Tests of archived departments taking no new members.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Domain;

use Kundeportal\Domain\DepartmentEditor;
use Kundeportal\Domain\InvalidFields;
use Kundeportal\Domain\MemberAccounts;
use Kundeportal\Tests\TestCase;

/**
 * Archiving needs an empty department; afterwards managers cannot add or move users into it,
 * and restoring opens it again.
 */
final class DepartmentEditorTest extends TestCase {

	/**
	 * @testdox An archived department takes no new users and no moves from the portal; restored, it does
	 */
	public function test_archived_department_takes_no_users(): void {
		$services   = $this->plugin_services();
		$department = $this->make_department();
		$other      = $this->make_department( $services->companies->get( $department->company_id ) );
		$member     = $services->members->get( $this->make_member( $other ) );
		$editor     = new DepartmentEditor( $services->departments, $services->members, $services->invites );
		$accounts   = new MemberAccounts( $services->members, $services->departments, $services->companies, $services->approval );
		$scope      = array( $department->id, $other->id );

		$this->assertSame( 'archived', $editor->archive( $department )->status );
		$this->assertSame( 'archived', $editor->archive( $department )->status, 'Archiving twice changes nothing.' );

		foreach ( array(
			fn () => $accounts->create(
				array(
					'first_name'    => 'Ny',
					'last_name'     => 'Bruker',
					'email'         => 'arch' . $this->unique() . '@example.test',
					'department_id' => $department->id,
					'address'       => 'private',
				),
				$scope
			),
			fn () => $accounts->update( $member, array( 'department_id' => $department->id ), $scope ),
		) as $index => $attempt ) {
			try {
				$attempt();
				$this->fail( "attempt {$index}: an archived department took a user" );
			} catch ( InvalidFields $e ) {
				$this->assertArrayHasKey( 'department_id', $e->get_fields() );
			}
		}

		$editor->restore( $department );
		$this->assertSame( $department->id, $accounts->update( $member, array( 'department_id' => $department->id ), $scope )->department_id );
	}
}
