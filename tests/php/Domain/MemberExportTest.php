<?php
/**
 * Tests of the members CSV export.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Domain;

use Kundeportal\Domain\MemberExport;
use Kundeportal\Domain\MemberImport;
use Kundeportal\Tests\TestCase;

/**
 * Columns, credit in kroner, every status, and cells escaped against formula injection; the
 * import reads the escaped cells back as they were.
 */
final class MemberExportTest extends TestCase {

	/**
	 * @testdox Cells starting with =, +, -, @, tab or CR get a leading quote; others stay
	 */
	public function test_cell_escaping(): void {
		$this->assertSame( "'=HYPERLINK(\"http://x\")", MemberExport::cell( '=HYPERLINK("http://x")' ) );
		$this->assertSame( "'+47 22 00 00 00", MemberExport::cell( '+47 22 00 00 00' ) );
		$this->assertSame( "'-2+3", MemberExport::cell( '-2+3' ) );
		$this->assertSame( "'@SUM(A1)", MemberExport::cell( '@SUM(A1)' ) );
		$this->assertSame( "'\tx", MemberExport::cell( "\tx" ) );
		$this->assertSame( "'\rx", MemberExport::cell( "\rx" ) );
		$this->assertSame( 'Lager=sjef', MemberExport::cell( 'Lager=sjef' ) );
		$this->assertSame( '', MemberExport::cell( '' ) );
		$this->assertSame( '=x', MemberImport::unescape( MemberExport::cell( '=x' ) ) );
		$this->assertSame( "'quoted", MemberImport::unescape( MemberExport::cell( "'quoted" ) ) );
	}

	/**
	 * @testdox The export lists the company's members (every status) with department and credit in kroner, quoted as CSV
	 */
	public function test_write(): void {
		$department = $this->make_department();
		$company    = $this->plugin_services()->companies->get( $department->company_id );
		$active     = $this->make_member( $department, 250000 );
		$removed    = $this->make_member( $department, 1050 );
		$this->make_member( $this->make_department() );
		$this->plugin_services()->members->update( $active, array( 'position' => '=cmd|"/c calc"!A1, "boss"' ) );
		$this->plugin_services()->members->remove( $removed );
		wp_update_user(
			array(
				'ID'         => $active,
				'first_name' => '@Ola',
				'last_name'  => 'Nordmann',
			)
		);

		$handle = fopen( 'php://memory', 'r+' ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		$count  = ( new MemberExport() )->write( $company, $handle );
		rewind( $handle );
		$csv = stream_get_contents( $handle );
		fclose( $handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions

		$this->assertSame( 2, $count );
		$this->assertStringStartsNotWith( "\xEF\xBB\xBF", $csv );
		$lines = explode( "\n", trim( $csv ) );
		$this->assertSame( 'email,first_name,last_name,department,position,credit_limit,status', $lines[0] );
		$email = get_userdata( $active )->user_email;
		$this->assertContains( "{$email},'@Ola,Nordmann,\"{$department->name}\",\"'=cmd|\"\"/c calc\"\"!A1, \"\"boss\"\"\",2500.00,active", $lines );
		$this->assertContains( get_userdata( $removed )->user_email . ',Test,' . get_userdata( $removed )->last_name . ",\"{$department->name}\",Montør,10.50,removed", $lines );

		// The import reads the file back unchanged: every row is "no changes".
		$services = $this->plugin_services();
		$import   = new \Kundeportal\Domain\MemberImport(
			$services->members,
			$services->departments,
			new \Kundeportal\Domain\MemberAccounts( $services->members, $services->departments, $services->companies, $services->approval )
		);
		$plan     = $import->plan( $company, MemberImport::parse( $csv ) );
		$this->assertSame( array( 'skip', 'skip' ), array_column( $plan, 'action' ) );
		$this->assertSame( array( array(), array() ), array_column( $plan, 'errors' ) );
	}
}
