<?php
/**
 * Company value object.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

/**
 * A customer company: the settings its departments and members share.
 */
final class Company {

	public const PERIOD_YEAR  = 'year';
	public const PERIOD_MONTH = 'month';
	public const PERIOD_NONE  = 'none';

	public const OVER_CREDIT_REFUSE   = 'refuse';
	public const OVER_CREDIT_APPROVAL = 'approval';

	/** Department managers may create registration links. */
	public const INVITES_MANAGERS = 'managers';
	/** Nobody may create registration links, and existing ones stop working. */
	public const INVITES_OFF = 'off';

	/**
	 * Constructor.
	 *
	 * @param int      $id                   Company id.
	 * @param string   $name                 Name.
	 * @param bool     $approval_required    Whether member orders wait for a manager.
	 * @param string   $credit_period        year|month|none.
	 * @param int      $default_credit_limit Default limit for new members, minor units.
	 * @param string   $over_credit          With approval off, what happens to an order over the
	 *                                       orderer's credit: refuse (at checkout) or approval.
	 * @param string   $invite_policy      managers|off: who may create registration links.
	 * @param string[] $invite_domains     Lower-case e-mail domains every registration link of
	 *                                     the company is limited to; empty = no company-wide limit.
	 */
	public function __construct(
		public readonly int $id,
		public readonly string $name,
		public readonly bool $approval_required,
		public readonly string $credit_period,
		public readonly int $default_credit_limit,
		public readonly string $over_credit = self::OVER_CREDIT_REFUSE,
		public readonly string $invite_policy = self::INVITES_MANAGERS,
		public readonly array $invite_domains = array()
	) {
	}

	/**
	 * Whether the company's registration links may be created and used.
	 *
	 * @return bool
	 */
	public function invites_allowed(): bool {
		return self::INVITES_OFF !== $this->invite_policy;
	}

	/**
	 * Builds the object from a database row.
	 *
	 * @param object $row Row of the companies table.
	 * @return self
	 */
	public static function from_row( object $row ): self {
		return new self(
			(int) $row->id,
			(string) $row->name,
			(bool) (int) $row->approval_required,
			(string) $row->credit_period,
			(int) $row->default_credit_limit,
			(string) ( $row->over_credit ?? self::OVER_CREDIT_REFUSE ),
			(string) ( $row->invite_policy ?? self::INVITES_MANAGERS ),
			array_values( array_filter( explode( ',', (string) ( $row->invite_domains ?? '' ) ) ) )
		);
	}
}
