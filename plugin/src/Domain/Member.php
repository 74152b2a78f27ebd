<?php
/**
 * Member value object.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

/**
 * A WordPress user's membership of one company department. Name and e-mail stay on the user.
 */
final class Member {

	public const STATUS_ACTIVE  = 'active';
	public const STATUS_REMOVED = 'removed';

	/**
	 * Constructor.
	 *
	 * @param int    $user_id       WordPress user id.
	 * @param int    $company_id    Company id.
	 * @param int    $department_id Department id.
	 * @param string $position      Job title ("Stilling").
	 * @param int    $credit_limit  Credit limit per company period, minor units.
	 * @param string $status        active|removed.
	 */
	public function __construct(
		public readonly int $user_id,
		public readonly int $company_id,
		public readonly int $department_id,
		public readonly string $position,
		public readonly int $credit_limit,
		public readonly string $status
	) {
	}

	/**
	 * Builds the object from a database row.
	 *
	 * @param object $row Row of the members table.
	 * @return self
	 */
	public static function from_row( object $row ): self {
		return new self(
			(int) $row->user_id,
			(int) $row->company_id,
			(int) $row->department_id,
			(string) $row->position,
			(int) $row->credit_limit,
			(string) $row->status
		);
	}
}
