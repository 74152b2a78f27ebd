<?php
/**
 * Assortment list value object.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

/**
 * A named list of products (and variations) a company's members may order.
 */
final class AssortmentList {

	/**
	 * Constructor.
	 *
	 * @param int    $id         List id.
	 * @param int    $company_id Company the list belongs to.
	 * @param string $name       Name shown to the shop admin and managers.
	 * @param bool   $is_default Whether members without own lists get this list.
	 * @param string $created_at Creation time, MySQL UTC.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $company_id,
		public readonly string $name,
		public readonly bool $is_default,
		public readonly string $created_at
	) {
	}

	/**
	 * Builds a list from a table row.
	 *
	 * @param object $row Row of {prefix}kundeportal_assortment_lists.
	 * @return self
	 */
	public static function from_row( object $row ): self {
		return new self( (int) $row->id, (int) $row->company_id, (string) $row->name, (bool) (int) $row->is_default, (string) $row->created_at );
	}
}
