<?php
/**
 * Department address value object.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

/**
 * A delivery address of a department (e.g. "Hovedlager Alnabru"); members may ship orders to it.
 */
final class DepartmentAddress {

	/**
	 * The editable fields, in form order.
	 */
	public const FIELDS = array( 'label', 'first_name', 'last_name', 'company', 'address_1', 'address_2', 'postcode', 'city', 'country', 'phone' );

	/**
	 * Constructor.
	 *
	 * @param int    $id            Address id.
	 * @param int    $department_id Department id.
	 * @param string $label         Name shown in lists and at checkout.
	 * @param string $first_name    Recipient's first name.
	 * @param string $last_name     Recipient's last name.
	 * @param string $company       Company.
	 * @param string $address_1     Street address.
	 * @param string $address_2     Second address line.
	 * @param string $postcode      Postcode.
	 * @param string $city          City.
	 * @param string $country       ISO 3166-1 alpha-2 country code.
	 * @param string $phone         Phone.
	 * @param string $created_at    Creation time, UTC, MySQL format.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $department_id,
		public readonly string $label,
		public readonly string $first_name,
		public readonly string $last_name,
		public readonly string $company,
		public readonly string $address_1,
		public readonly string $address_2,
		public readonly string $postcode,
		public readonly string $city,
		public readonly string $country,
		public readonly string $phone,
		public readonly string $created_at
	) {
	}

	/**
	 * Builds the object from a database row.
	 *
	 * @param object $row Row of the department_addresses table.
	 * @return self
	 */
	public static function from_row( object $row ): self {
		return new self(
			(int) $row->id,
			(int) $row->department_id,
			(string) $row->label,
			(string) $row->first_name,
			(string) $row->last_name,
			(string) $row->company,
			(string) $row->address_1,
			(string) $row->address_2,
			(string) $row->postcode,
			(string) $row->city,
			(string) $row->country,
			(string) $row->phone,
			(string) $row->created_at
		);
	}

	/**
	 * The editable fields as an array, field => value.
	 *
	 * @return array<string, string>
	 */
	public function fields(): array {
		$fields = array();
		foreach ( self::FIELDS as $field ) {
			$fields[ $field ] = $this->$field;
		}

		return $fields;
	}

	/**
	 * The address as WooCommerce shipping props (shipping_first_name ...), without label.
	 *
	 * @return array<string, string>
	 */
	public function to_shipping_props(): array {
		$props = array();
		foreach ( array( 'first_name', 'last_name', 'company', 'address_1', 'address_2', 'postcode', 'city', 'country', 'phone' ) as $field ) {
			$props[ 'shipping_' . $field ] = $this->$field;
		}
		$props['shipping_state'] = '';

		return $props;
	}
}
