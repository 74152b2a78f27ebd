<?php
/**
 * Tests of moving members between departments.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Domain;

use Kundeportal\Domain\DepartmentEditor;
use Kundeportal\Domain\MemberMoves;
use Kundeportal\Tests\TestCase;

/**
 * Same company and an active department only; each member checked on its own.
 */
final class MemberMovesTest extends TestCase {

	/**
	 * Moves under test.
	 *
	 * @var MemberMoves
	 */
	private MemberMoves $sut;

	/**
	 * Builds the service.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->sut = new MemberMoves( $this->plugin_services()->members, $this->plugin_services()->departments );
	}

	/**
	 * @testdox Members move within their company; other companies, archived departments and non-members are refused
	 */
	public function test_move_rules(): void {
		$from     = $this->make_department();
		$company  = $this->plugin_services()->companies->get( $from->company_id );
		$to       = $this->make_department( $company );
		$archived = $this->make_department( $company );
		( new DepartmentEditor( $this->plugin_services()->departments, $this->plugin_services()->members ) )->archive( $archived );
		$foreign  = $this->make_department();
		$one      = $this->make_member( $from, 1000 );
		$two      = $this->make_member( $from );
		$stranger = $this->make_user();

		$result = $this->sut->move_many( array( $one, $two, $stranger ), $to->id );
		$this->assertSame( array( $one, $two ), $result['moved'] );
		$this->assertSame( array( $stranger ), array_keys( $result['errors'] ) );
		$member = $this->plugin_services()->members->get( $one );
		$this->assertSame( $to->id, $member->department_id );
		$this->assertSame( 1000, $member->credit_limit, 'The credit limit moves along.' );

		$this->assertSame( array( $one ), $this->sut->move_many( array( $one ), $to->id )['unchanged'] );

		foreach ( array(
			$foreign->id  => 'other_company',
			$archived->id => 'department_archived',
			0             => 'department_not_found',
			999999999     => 'department_not_found',
		) as $target => $code ) {
			try {
				$this->sut->move( $one, $target );
				$this->fail( "moved to {$target}" );
			} catch ( \Kundeportal\Domain\DomainException $e ) {
				$this->assertSame( $code, $e->get_error_code() );
			}
		}
		$this->assertSame( $to->id, $this->plugin_services()->members->get( $one )->department_id );
	}
}
