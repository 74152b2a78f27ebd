<?php
/**
 * Tests of the members CSV import.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Domain;

use Kundeportal\Domain\Company;
use Kundeportal\Domain\DepartmentEditor;
use Kundeportal\Domain\DomainException;
use Kundeportal\Domain\MemberAccounts;
use Kundeportal\Domain\MemberImport;
use Kundeportal\Tests\TestCase;

/**
 * Parse limits, every row error, dry run without writes, apply (create with the set-password
 * mail, update), and an idempotent second run.
 */
final class MemberImportTest extends TestCase {

	private const HEADER = 'email,first_name,last_name,department,position,credit_limit,status';

	/**
	 * Import under test.
	 *
	 * @var MemberImport
	 */
	private MemberImport $sut;

	/**
	 * Builds the import with the plugin's services.
	 */
	protected function set_up(): void {
		parent::set_up();
		$services  = $this->plugin_services();
		$this->sut = new MemberImport(
			$services->members,
			$services->departments,
			new MemberAccounts( $services->members, $services->departments, $services->companies, $services->approval )
		);
	}

	/**
	 * Plan of a CSV text for the company.
	 *
	 * @param Company  $company Company.
	 * @param string[] $lines   Data lines (the header is added).
	 * @return array Plan rows keyed by row number.
	 */
	private function plan( Company $company, array $lines ): array {
		$plan = $this->sut->plan( $company, MemberImport::parse( self::HEADER . "\n" . implode( "\n", $lines ) ) );

		return array_column( $plan, null, 'line' );
	}

	/**
	 * The code of a DomainException thrown by parse().
	 *
	 * @param string $csv CSV text.
	 * @return string
	 */
	private function parse_error( string $csv ): string {
		try {
			MemberImport::parse( $csv );
		} catch ( DomainException $e ) {
			$this->assertNotSame( '', $e->getMessage() );
			return $e->get_error_code();
		}
		$this->fail( 'parse() accepted the file' );
	}

	/**
	 * @testdox The file must be small enough, have an email column, rows, and at most MAX_ROWS rows
	 */
	public function test_parse_limits(): void {
		$this->assertSame( 'file_too_large', $this->parse_error( self::HEADER . "\n" . str_repeat( 'x', MemberImport::MAX_BYTES ) ) );
		$this->assertSame( 'empty_file', $this->parse_error( '' ) );
		$this->assertSame( 'empty_file', $this->parse_error( self::HEADER . "\n\n" ) );
		$this->assertSame( 'missing_columns', $this->parse_error( "name,department\nA,B" ) );

		$rows = array();
		for ( $i = 0; $i <= MemberImport::MAX_ROWS; $i++ ) {
			$rows[] = "u{$i}@example.test,A,B,avd,,,";
		}
		$this->assertSame( 'too_many_rows', $this->parse_error( self::HEADER . "\n" . implode( "\n", $rows ) ) );
		$this->assertCount( MemberImport::MAX_ROWS, MemberImport::parse( self::HEADER . "\n" . implode( "\n", array_slice( $rows, 1 ) ) ) );
	}

	/**
	 * @testdox Semicolons, a BOM, quoted cells with newlines, any column order and escaped cells are read
	 */
	public function test_parse_formats(): void {
		$rows = MemberImport::parse( "\xEF\xBB\xBFDepartment;Email;Position\n\"avd; A\";a@example.test;\"'=Sjef\nlager\"\n\n;b@example.test;'-x" );

		$this->assertSame( 2, $rows[0]['line'] );
		$this->assertSame(
			array(
				'department' => 'avd; A',
				'email'      => 'a@example.test',
				'position'   => "=Sjef\nlager",
			),
			$rows[0]['cells']
		);
		$this->assertSame( 4, $rows[1]['line'] );
		$this->assertSame( '-x', $rows[1]['cells']['position'] );
		$this->assertSame( '', $rows[1]['cells']['department'] );
	}

	/**
	 * @testdox Credit limits in kroner: 2500.00, 2 500,5 and 0 are read; -1, 1.005, abc are not
	 */
	public function test_parse_credit(): void {
		$this->assertSame( 250000, MemberImport::parse_credit( '2500.00' ) );
		$this->assertSame( 250050, MemberImport::parse_credit( '2 500,5' ) );
		$this->assertSame( 0, MemberImport::parse_credit( '0' ) );
		$this->assertNull( MemberImport::parse_credit( '-1' ) );
		$this->assertNull( MemberImport::parse_credit( '1.005' ) );
		$this->assertNull( MemberImport::parse_credit( 'abc' ) );
		$this->assertNull( MemberImport::parse_credit( '1234567890123' ) );
	}

	/**
	 * @testdox Every kind of bad row gets its error and the action skip
	 */
	public function test_row_errors(): void {
		$department = $this->make_department();
		$company    = $this->plugin_services()->companies->get( $department->company_id );
		$archived   = $this->make_department( $company );
		( new DepartmentEditor( $this->plugin_services()->departments, $this->plugin_services()->members ) )->archive( $archived );
		$foreign = get_userdata( $this->make_member( $this->make_department() ) );
		$admin   = get_userdata( $this->make_user( array( 'role' => 'shop_manager' ) ) );
		$d       = $department->name;
		$new     = 'new' . $this->unique() . '@example.test';

		$plan = $this->plan(
			$company,
			array(
				",A,B,{$d},,,",
				"not-an-email,A,B,{$d},,,",
				"{$new},A,B,{$d},,,",
				strtoupper( $new ) . ",A,B,{$d},,,",
				"x{$new},A,B,avd Nowhere,,,",
				"y{$new},A,B,{$archived->name},,,",
				"z{$new},A,B,{$d},,12abc,",
				"{$foreign->user_email},A,B,{$d},,,",
				"{$admin->user_email},A,B,{$d},,,",
				"w{$new},,B,{$d},,,",
				"v{$new},A,B,{$d}," . str_repeat( 'p', 61 ) . ',,',
				"u{$new},A,B,{$d},,,sleeping",
				"t{$new},A,B,,,,",
				"s{$new}," . str_repeat( 'n', 21 ) . ",B,{$d},,,",
			)
		);

		$expected = array(
			2  => 'invalid_email',
			3  => 'invalid_email',
			5  => 'duplicate_email',
			6  => 'unknown_department',
			7  => 'archived_department',
			8  => 'invalid_credit',
			9  => 'other_company',
			10 => 'cannot_add_user',
			11 => 'invalid_name',
			12 => 'invalid_position',
			13 => 'invalid_status',
			14 => 'unknown_department',
			15 => 'invalid_name',
		);
		foreach ( $expected as $line => $code ) {
			$this->assertArrayHasKey( $code, $plan[ $line ]['errors'], "row {$line}" );
			$this->assertSame( MemberImport::ACTION_SKIP, $plan[ $line ]['action'], "row {$line}" );
		}
		$this->assertStringContainsString( '4', $plan[5]['errors']['duplicate_email'] );
		$this->assertSame( array(), $plan[4]['errors'] );
		$this->assertSame( MemberImport::ACTION_CREATE, $plan[4]['action'] );
		$this->assertSame( 1, MemberImport::valid_count( $plan ) );
	}

	/**
	 * @testdox The dry run writes nothing; apply creates new customers (set-password mail) and updates members; a second run changes nothing
	 */
	public function test_dry_run_apply_and_rerun(): void {
		$department = $this->make_department();
		$company    = $this->plugin_services()->companies->get( $department->company_id );
		$other      = $this->make_department( $company );
		$existing   = $this->make_member( $department, 100000 );
		$user       = get_userdata( $existing );
		$customer   = get_userdata( $this->make_user() );
		$new        = 'new' . $this->unique() . '@example.test';
		$csv        = implode(
			"\n",
			array(
				self::HEADER,
				"{$new},Ny,Bruker,{$department->name},Montør,2500.00,active",
				"{$user->user_email},,,{$other->name},Sjåfør,300,",
				"{$customer->user_email},,,{$department->name},,,",
				"removed{$new},Gone,User,{$department->name},,,removed",
			)
		);

		$plan = $this->sut->plan( $company, MemberImport::parse( $csv ) );
		$this->assertSame( array( 'create', 'update', 'create', 'skip' ), array_column( $plan, 'action' ) );
		$this->assertFalse( email_exists( $new ) );
		$this->assertSame( $department->id, $this->plugin_services()->members->get( $existing )->department_id );
		$this->assertNull( $this->plugin_services()->members->get( $customer->ID ) );
		$this->assertSame( array(), $this->mails );

		$result = $this->sut->apply( $company, $plan );
		$this->assertSame(
			array(
				'created' => 2,
				'updated' => 1,
				'skipped' => 1,
				'failed'  => array(),
			),
			$result
		);

		$created = $this->plugin_services()->members->get( (int) email_exists( $new ) );
		$this->assertSame( $department->id, $created->department_id );
		$this->assertSame( 'Montør', $created->position );
		$this->assertSame( 250000, $created->credit_limit );
		$this->assertSame( 'Ny', get_userdata( $created->user_id )->first_name );
		$this->assertContains( 'customer', get_userdata( $created->user_id )->roles );
		$mail = array_values( array_filter( $this->mails, static fn ( array $m ): bool => $m['to'] === $new ) );
		$this->assertCount( 1, $mail, 'the new customer gets one e-mail' );
		$this->assertStringContainsString( 'action=newaccount', (string) $mail[0]['message'] );

		$updated = $this->plugin_services()->members->get( $existing );
		$this->assertSame( $other->id, $updated->department_id );
		$this->assertSame( 'Sjåfør', $updated->position );
		$this->assertSame( 30000, $updated->credit_limit );
		$this->assertSame( $company->default_credit_limit, $this->plugin_services()->members->get( $customer->ID )->credit_limit );
		$this->assertFalse( email_exists( 'removed' . $new ) );

		$mails = count( $this->mails );
		$again = $this->sut->plan( $company, MemberImport::parse( $csv ) );
		$this->assertSame( array( 'skip', 'skip', 'skip', 'skip' ), array_column( $again, 'action' ) );
		$this->assertSame( 0, MemberImport::valid_count( $again ) );
		$this->assertSame( 4, $this->sut->apply( $company, $again )['skipped'] );
		$this->assertCount( $mails, $this->mails );
	}

	/**
	 * @testdox Names in the file update the WordPress user; empty cells keep what is stored
	 */
	public function test_update_names(): void {
		$department = $this->make_department();
		$company    = $this->plugin_services()->companies->get( $department->company_id );
		$user_id    = $this->make_member( $department, 5000 );
		$email      = get_userdata( $user_id )->user_email;

		$plan = $this->plan( $company, array( "{$email},Kari,,,,," ) );
		$this->assertSame( array( 'first_name' => 'Kari' ), $plan[2]['data'] );
		$this->sut->apply( $company, $plan );

		$this->assertSame( 'Kari', get_userdata( $user_id )->first_name );
		$member = $this->plugin_services()->members->get( $user_id );
		$this->assertSame( 5000, $member->credit_limit );
		$this->assertSame( 'Montør', $member->position );
		$this->assertSame( $department->id, $member->department_id );
	}

	/**
	 * @testdox A department written with other case, double or no-break spaces is found
	 */
	public function test_department_name_spacing(): void {
		$department = $this->make_department();
		$company    = $this->plugin_services()->companies->get( $department->company_id );
		$this->plugin_services()->departments->rename( $department->id, 'avd Lager Nord' );

		$plan = $this->plan( $company, array( 'a.' . $this->unique() . "@example.test,Kari,Nordmann,AVD  Lager\u{00A0}nord,,," ) );

		$this->assertSame( array(), $plan[2]['errors'] );
		$this->assertSame( $department->id, $plan[2]['data']['department_id'] );
	}
}
