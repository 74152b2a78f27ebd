<?php
/**
 * Tests of Domain\DepartmentAddresses.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Domain;

use Kundeportal\Domain\InvalidFields;
use Kundeportal\Tests\TestCase;

/**
 * Validation and storage of department delivery addresses.
 */
final class DepartmentAddressesTest extends TestCase {

	/**
	 * A valid address.
	 *
	 * @param array $overrides Fields to change.
	 * @return array
	 */
	private function valid( array $overrides = array() ): array {
		return $overrides + array(
			'label'     => 'Hovedlager Alnabru',
			'address_1' => 'Alnaveien 12',
			'postcode'  => '0668',
			'city'      => 'Oslo',
			'country'   => 'NO',
		);
	}

	/**
	 * The field errors of invalid data, or an empty array when it is valid.
	 *
	 * @param array $data Fields.
	 * @return array<string, string>
	 */
	private function errors( array $data ): array {
		try {
			$this->plugin_services()->department_addresses->validate( $data );
		} catch ( InvalidFields $error ) {
			return $error->get_fields();
		}

		return array();
	}

	/**
	 * @testdox A complete Norwegian address is valid and comes back trimmed
	 */
	public function test_valid(): void {
		$fields = $this->plugin_services()->department_addresses->validate(
			$this->valid(
				array(
					'city'    => '  Oslo ',
					'country' => 'no',
				)
			)
		);

		$this->assertSame( 'Oslo', $fields['city'] );
		$this->assertSame( 'NO', $fields['country'] );
		$this->assertSame( '', $fields['phone'] );
	}

	/**
	 * @testdox Label, street, postcode, city and country are required, each with its message
	 */
	public function test_required(): void {
		$errors = $this->errors( array() );

		$this->assertEqualsCanonicalizing( array( 'label', 'address_1', 'postcode', 'city', 'country' ), array_keys( $errors ) );
		foreach ( $errors as $message ) {
			$this->assertNotSame( '', $message );
		}
	}

	/**
	 * @testdox The label has at most 100 characters
	 */
	public function test_label_length(): void {
		$this->assertSame( array(), $this->errors( $this->valid( array( 'label' => str_repeat( 'æ', 100 ) ) ) ) );
		$this->assertSame( array( 'label' ), array_keys( $this->errors( $this->valid( array( 'label' => str_repeat( 'æ', 101 ) ) ) ) ) );
	}

	/**
	 * @testdox The country must be one WooCommerce knows
	 */
	public function test_country(): void {
		$this->assertSame( array( 'country' ), array_keys( $this->errors( $this->valid( array( 'country' => 'XX' ) ) ) ) );
		$this->assertSame( array( 'country' ), array_keys( $this->errors( $this->valid( array( 'country' => 'NOR' ) ) ) ) );
		$this->assertSame(
			array(),
			$this->errors(
				$this->valid(
					array(
						'country'  => 'SE',
						'postcode' => '114 55',
					)
				)
			)
		);
	}

	/**
	 * @testdox A Norwegian postcode has exactly 4 digits
	 */
	public function test_norwegian_postcode(): void {
		foreach ( array( '066', '06688', 'O668', '06 68' ) as $postcode ) {
			$this->assertSame( array( 'postcode' ), array_keys( $this->errors( $this->valid( array( 'postcode' => $postcode ) ) ) ), $postcode );
		}
	}

	/**
	 * @testdox Create, update, list and delete per department
	 */
	public function test_crud(): void {
		$addresses  = $this->plugin_services()->department_addresses;
		$department = $this->make_department();
		$other      = $this->make_department();

		$created = $addresses->create( $department->id, $this->valid() );
		$addresses->create( $department->id, $this->valid( array( 'label' => 'Verksted' ) ) );
		$this->assertSame( array( 'Hovedlager Alnabru', 'Verksted' ), array_map( static fn( $a ) => $a->label, $addresses->for_department( $department->id ) ) );
		$this->assertSame( array(), $addresses->for_department( $other->id ) );
		$this->assertNull( $addresses->get_in_department( $other->id, $created->id ) );

		$updated = $addresses->update(
			$created,
			array(
				'city'     => 'Bergen',
				'postcode' => '5003',
			)
		);
		$this->assertSame( 'Bergen', $updated->city );
		$this->assertSame( 'Alnaveien 12', $updated->address_1 );

		$this->expectException( InvalidFields::class );
		try {
			$addresses->update( $created, array( 'label' => '' ) );
		} finally {
			$this->assertSame( 'Bergen', $addresses->get( $created->id )->city );
			$this->assertTrue( $addresses->delete( $updated ) );
			$this->assertNull( $addresses->get( $created->id ) );
		}
	}
}
