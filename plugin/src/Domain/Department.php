<?php
/**
 * Department value object.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

/**
 * A department of a company; managers and members belong to it.
 */
final class Department {

	public const STATUS_ACTIVE   = 'active';
	public const STATUS_ARCHIVED = 'archived';

	/**
	 * Constructor.
	 *
	 * @param int    $id         Department id.
	 * @param int    $company_id Company id.
	 * @param string $name       Name, e.g. "avd Alnabru".
	 * @param string $status     active|archived.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $company_id,
		public readonly string $name,
		public readonly string $status
	) {
	}

	/**
	 * Builds the object from a database row.
	 *
	 * @param object $row Row of the departments table.
	 * @return self
	 */
	public static function from_row( object $row ): self {
		return new self( (int) $row->id, (int) $row->company_id, (string) $row->name, (string) $row->status );
	}
}
