<?php
/**
 * Department address repository.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- Own table: no WordPress API exists; scope checks must read fresh rows.

/**
 * Reads, validates and writes the delivery addresses of departments. Every write checks all
 * fields at once and throws InvalidFields with a translated message per bad field.
 */
class DepartmentAddresses {

	/**
	 * Maximum lengths, as in the table (characters).
	 */
	public const MAX_LENGTHS = array(
		'label'      => 100,
		'first_name' => 100,
		'last_name'  => 100,
		'company'    => 190,
		'address_1'  => 190,
		'address_2'  => 190,
		'postcode'   => 20,
		'city'       => 100,
		'country'    => 2,
		'phone'      => 40,
	);

	/**
	 * Fields that must not be empty.
	 */
	public const REQUIRED = array( 'label', 'address_1', 'postcode', 'city', 'country' );

	/**
	 * User meta: id of the department address a member's orders go to unless they choose
	 * otherwise at checkout (set when a manager adds the user).
	 */
	public const META_USER_DEFAULT = '_kundeportal_delivery_address';

	/**
	 * The department's addresses, by label.
	 *
	 * @param int $department_id Department id.
	 * @return DepartmentAddress[]
	 */
	public function for_department( int $department_id ): array {
		global $wpdb;

		$rows = $wpdb->get_results(
			$wpdb->prepare( "SELECT * FROM {$wpdb->kundeportal_department_addresses} WHERE department_id = %d ORDER BY label, id", $department_id )
		);

		return array_map( array( DepartmentAddress::class, 'from_row' ), (array) $rows );
	}

	/**
	 * An address by id (any department).
	 *
	 * @param int $id Address id.
	 * @return DepartmentAddress|null
	 */
	public function get( int $id ): ?DepartmentAddress {
		global $wpdb;

		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$wpdb->kundeportal_department_addresses} WHERE id = %d", $id ) );

		return $row ? DepartmentAddress::from_row( $row ) : null;
	}

	/**
	 * An address of the given department; null when it is missing or belongs to another one.
	 *
	 * @param int $department_id Department id.
	 * @param int $id            Address id.
	 * @return DepartmentAddress|null
	 */
	public function get_in_department( int $department_id, int $id ): ?DepartmentAddress {
		$address = $this->get( $id );

		return $address && $address->department_id === $department_id ? $address : null;
	}

	/**
	 * Adds an address to a department.
	 *
	 * @param int   $department_id Department id.
	 * @param array $data          Field => value (see DepartmentAddress::FIELDS).
	 * @return DepartmentAddress
	 * @throws DomainException When a field is invalid (InvalidFields) or the row could not be written.
	 */
	public function create( int $department_id, array $data ): DepartmentAddress {
		global $wpdb;

		$fields = $this->validate( $data );

		$inserted = $wpdb->insert(
			$wpdb->kundeportal_department_addresses,
			array_merge(
				array( 'department_id' => $department_id ),
				$fields,
				array( 'created_at' => current_time( 'mysql', true ) )
			),
			array_merge( array( '%d' ), array_fill( 0, count( $fields ), '%s' ), array( '%s' ) )
		);
		if ( ! $inserted ) {
			throw new DomainException( 'address_not_saved', __( 'The address could not be saved. Please try again.', 'kundeportal' ), 500 );
		}

		return $this->get( (int) $wpdb->insert_id );
	}

	/**
	 * Changes an address; fields not in $data keep their value.
	 *
	 * @param DepartmentAddress $address The address.
	 * @param array             $data    Field => value (any subset of DepartmentAddress::FIELDS).
	 * @return DepartmentAddress
	 * @throws InvalidFields When a field is missing or invalid.
	 */
	public function update( DepartmentAddress $address, array $data ): DepartmentAddress {
		global $wpdb;

		$fields = $this->validate( array_merge( $address->fields(), array_intersect_key( $data, array_flip( DepartmentAddress::FIELDS ) ) ) );

		$wpdb->update(
			$wpdb->kundeportal_department_addresses,
			$fields,
			array( 'id' => $address->id ),
			array_fill( 0, count( $fields ), '%s' ),
			array( '%d' )
		);

		return $this->get( $address->id ) ?? $address;
	}

	/**
	 * Deletes an address. Orders shipped to it keep their copy of it.
	 *
	 * @param DepartmentAddress $address The address.
	 * @return bool Whether a row was deleted.
	 */
	public function delete( DepartmentAddress $address ): bool {
		global $wpdb;

		return (bool) $wpdb->delete( $wpdb->kundeportal_department_addresses, array( 'id' => $address->id ), array( '%d' ) );
	}

	/**
	 * Deletes every address of a department (when the department itself goes).
	 *
	 * @param int $department_id Department id.
	 * @return int Number of deleted addresses.
	 */
	public function delete_for_department( int $department_id ): int {
		global $wpdb;

		return (int) $wpdb->delete( $wpdb->kundeportal_department_addresses, array( 'department_id' => $department_id ), array( '%d' ) );
	}

	/**
	 * Makes an address the member's default delivery address; 0 means their own address.
	 *
	 * @param int $user_id    WordPress user id.
	 * @param int $address_id Address id, or 0.
	 * @return void
	 */
	public function set_default_for_user( int $user_id, int $address_id ): void {
		if ( $address_id > 0 ) {
			update_user_meta( $user_id, self::META_USER_DEFAULT, $address_id );
		} else {
			delete_user_meta( $user_id, self::META_USER_DEFAULT );
		}
	}

	/**
	 * The member's default delivery address if it still is one of their department's.
	 *
	 * @param int $user_id       WordPress user id.
	 * @param int $department_id The member's department.
	 * @return DepartmentAddress|null Null for their own address.
	 */
	public function default_for_user( int $user_id, int $department_id ): ?DepartmentAddress {
		$address_id = (int) get_user_meta( $user_id, self::META_USER_DEFAULT, true );

		return $address_id > 0 ? $this->get_in_department( $department_id, $address_id ) : null;
	}

	/**
	 * Cleans and checks all fields; returns the clean values of every field.
	 *
	 * @param array $data Field => value.
	 * @return array<string, string>
	 * @throws InvalidFields With a translated message per bad field.
	 */
	public function validate( array $data ): array {
		$fields = array();
		$errors = array();

		foreach ( DepartmentAddress::FIELDS as $field ) {
			$value = $data[ $field ] ?? '';
			if ( ! is_scalar( $value ) ) {
				$value = '';
			}
			$fields[ $field ] = sanitize_text_field( (string) $value );
		}
		$fields['country'] = strtoupper( $fields['country'] );

		foreach ( self::REQUIRED as $field ) {
			if ( '' === $fields[ $field ] ) {
				$errors[ $field ] = self::required_message( $field );
			}
		}

		foreach ( self::MAX_LENGTHS as $field => $max ) {
			if ( ! isset( $errors[ $field ] ) && mb_strlen( $fields[ $field ] ) > $max && 'country' !== $field ) {
				$errors[ $field ] = sprintf(
					/* translators: %d: maximum number of characters. */
					__( 'Use at most %d characters.', 'kundeportal' ),
					$max
				);
			}
		}

		if ( ! isset( $errors['country'] ) && ! array_key_exists( $fields['country'], self::countries() ) ) {
			$errors['country'] = __( 'Choose a country from the list.', 'kundeportal' );
		}

		if ( ! isset( $errors['postcode'] ) && ! isset( $errors['country'] ) ) {
			if ( 'NO' === $fields['country'] ) {
				if ( ! preg_match( '/^\d{4}$/', $fields['postcode'] ) ) {
					$errors['postcode'] = __( 'A Norwegian postcode has 4 digits.', 'kundeportal' );
				}
			} elseif ( class_exists( 'WC_Validation' ) && ! \WC_Validation::is_postcode( $fields['postcode'], $fields['country'] ) ) {
				$errors['postcode'] = __( 'Enter a valid postcode for the country.', 'kundeportal' );
			}
		}

		if ( ! isset( $errors['phone'] ) && '' !== $fields['phone'] && class_exists( 'WC_Validation' ) && ! \WC_Validation::is_phone( $fields['phone'] ) ) {
			$errors['phone'] = __( 'Enter a valid phone number.', 'kundeportal' );
		}

		if ( $errors ) {
			throw new InvalidFields( $errors );
		}

		return $fields;
	}

	/**
	 * The countries WooCommerce knows, code => name.
	 *
	 * @return array<string, string>
	 */
	public static function countries(): array {
		if ( ! function_exists( 'WC' ) || ! WC()->countries ) {
			return array();
		}

		return (array) WC()->countries->get_countries();
	}

	/**
	 * Message for a required field left empty.
	 *
	 * @param string $field Field name.
	 * @return string
	 */
	private static function required_message( string $field ): string {
		switch ( $field ) {
			case 'label':
				return __( 'Give the address a name, like "Main warehouse".', 'kundeportal' );
			case 'address_1':
				return __( 'Enter the street address.', 'kundeportal' );
			case 'postcode':
				return __( 'Enter the postcode.', 'kundeportal' );
			case 'city':
				return __( 'Enter the city.', 'kundeportal' );
			default:
				return __( 'Choose a country.', 'kundeportal' );
		}
	}
}
