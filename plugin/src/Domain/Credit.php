<?php
/**
 * Credit: what members spent, what is left, charges and refunds in the ledger.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

use Kundeportal\Infrastructure\Keys;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- Ledger on our own table; locks and fresh reads are the point.

/**
 * Spent = charges minus refunds in the company's credit period (calendar year or month in the
 * site's time zone; "none" = all time and no limit). Charges are atomic per member: the
 * member row is locked (SELECT ... FOR UPDATE) and UNIQUE(order_id, type) makes them idempotent.
 */
class Credit {

	/**
	 * Credit left when the company has no limit (credit period "none"). JavaScript's
	 * Number.MAX_SAFE_INTEGER, so it survives JSON and the UI can compare it exactly.
	 */
	public const UNLIMITED = 9007199254740991;

	public const TYPE_CHARGE = 'charge';
	public const TYPE_REFUND = 'refund';

	/**
	 * Returns "now"; tests pass a fixed clock.
	 *
	 * @var \Closure
	 */
	private \Closure $clock;

	/**
	 * Constructor.
	 *
	 * @param Members       $members   Member repository.
	 * @param Companies     $companies Company repository.
	 * @param Departments   $departments Department repository.
	 * @param \Closure|null $clock     Returns a \DateTimeImmutable for "now"; default the real time.
	 */
	public function __construct(
		private Members $members,
		private Companies $companies,
		private Departments $departments,
		?\Closure $clock = null
	) {
		$this->clock = $clock ?? static fn (): \DateTimeImmutable => new \DateTimeImmutable( 'now', wp_timezone() );
	}

	/**
	 * What the member spent in the current credit period (charges minus refunds).
	 *
	 * @param int $user_id WordPress user id.
	 * @return int Minor units.
	 */
	public function member_spent( int $user_id ): int {
		$member  = $this->members->find( $user_id );
		$company = $member ? $this->companies->get( $member->company_id ) : null;
		if ( ! $company ) {
			return 0;
		}

		return $this->sum( 'user_id', $user_id, $this->period_start( $company->credit_period ) );
	}

	/**
	 * Credit left this period: limit minus spent (can be negative); UNLIMITED for period "none",
	 * 0 for users who are no active member.
	 *
	 * @param int $user_id WordPress user id.
	 * @return int Minor units.
	 */
	public function member_left( int $user_id ): int {
		$member  = $this->members->get( $user_id );
		$company = $member ? $this->companies->get( $member->company_id ) : null;
		if ( ! $company ) {
			return 0;
		}
		if ( Company::PERIOD_NONE === $company->credit_period ) {
			return self::UNLIMITED;
		}

		return $member->credit_limit - $this->member_spent( $user_id );
	}

	/**
	 * Charges the order total to the orderer's credit, once per order.
	 *
	 * @param \WC_Order $order         Order of a member.
	 * @param bool      $enforce_limit Refuse (throw) when the total exceeds the credit left.
	 * @return bool True when charged now; false when already charged or the orderer is no member.
	 * @throws DomainException `credit_exceeded` (409) when enforcing; `credit_failed` (500) on DB errors.
	 * @throws \Throwable Anything else after rolling back.
	 */
	public function charge( \WC_Order $order, bool $enforce_limit = false ): bool {
		global $wpdb;

		$member = $this->members->find( $order->get_customer_id() );
		if ( ! $member ) {
			return false;
		}

		$amount = Money::to_minor( $order->get_total() );
		$wpdb->query( 'SET TRANSACTION ISOLATION LEVEL READ COMMITTED' );
		$wpdb->query( 'START TRANSACTION' );

		try {
			$wpdb->get_var( $wpdb->prepare( "SELECT user_id FROM {$wpdb->kundeportal_members} WHERE user_id = %d FOR UPDATE", $member->user_id ) );
			if ( null !== $this->charged_amount( $order->get_id() ) ) {
				$wpdb->query( 'COMMIT' );
				return false;
			}
			if ( $enforce_limit && $amount > $this->member_left( $member->user_id ) ) {
				throw new DomainException( 'credit_exceeded', __( 'This order exceeds your credit limit.', 'kundeportal' ), 409 );
			}

			/**
			 * Fires inside the charge transaction, with the member row locked, after the
			 * credit check and before the ledger insert.
			 *
			 * @since 0.1.0
			 * @param \WC_Order $order  Order being charged.
			 * @param Member    $member Orderer's membership.
			 */
			do_action( 'kundeportal_before_credit_charge', $order, $member );
			$inserted = $this->insert( $order, $member, self::TYPE_CHARGE, $amount, false );
			$wpdb->query( 'COMMIT' );
		} catch ( \Throwable $e ) {
			$wpdb->query( 'ROLLBACK' );
			throw $e;
		}

		return $inserted;
	}

	/**
	 * Gives charged credit back: all of it for a cancelled or refunded order, else the amount
	 * refunded so far. Re-running never gives back more (one refund row per order, only grows).
	 *
	 * @param \WC_Order $order Order.
	 * @return bool True when the ledger changed.
	 */
	public function refund( \WC_Order $order ): bool {
		$charged = $this->charged_amount( $order->get_id() );
		if ( null === $charged ) {
			return false;
		}

		$full   = $order->has_status( array( 'cancelled', 'refunded' ) );
		$amount = $full ? $charged : min( $charged, Money::to_minor( $order->get_total_refunded() ) );
		if ( $amount <= 0 ) {
			return false;
		}

		$member = $this->members->find( $order->get_customer_id() );

		return $member ? $this->insert( $order, $member, self::TYPE_REFUND, $amount, true ) : false;
	}

	/**
	 * Amount charged for an order, or null when it was never charged.
	 *
	 * @param int $order_id Order id.
	 * @return int|null Minor units.
	 */
	public function charged_amount( int $order_id ): ?int {
		global $wpdb;

		$amount = $wpdb->get_var(
			$wpdb->prepare(
				"SELECT amount FROM {$wpdb->kundeportal_credit_ledger} WHERE order_id = %d AND type = %s",
				$order_id,
				self::TYPE_CHARGE
			)
		);

		return null === $amount ? null : (int) $amount;
	}

	/**
	 * Dashboard figures of a department (see DepartmentFigures for each formula).
	 *
	 * @param int $department_id Department id.
	 * @return DepartmentFigures
	 * @throws DomainException `department_not_found` (404).
	 */
	public function department_figures( int $department_id ): DepartmentFigures {
		global $wpdb;

		$department = $this->departments->get( $department_id );
		$company    = $department ? $this->companies->get( $department->company_id ) : null;
		if ( ! $company ) {
			throw new DomainException( 'department_not_found', __( 'The department does not exist.', 'kundeportal' ), 404 );
		}

		$members = $wpdb->get_row(
			$wpdb->prepare(
				"SELECT COUNT(*) AS users, COALESCE(SUM(credit_limit), 0) AS limits FROM {$wpdb->kundeportal_members}
				WHERE department_id = %d AND status = %s",
				$department_id,
				Member::STATUS_ACTIVE
			)
		);
		$limits  = (int) $members->limits;
		$year    = $this->sum( 'department_id', $department_id, $this->period_start( Company::PERIOD_YEAR ) );
		$month   = $this->sum( 'department_id', $department_id, $this->period_start( Company::PERIOD_MONTH ) );
		$orders  = $this->orders_since( $department_id, $this->period_start( Company::PERIOD_YEAR ) );
		$spent   = Company::PERIOD_MONTH === $company->credit_period ? $month : $year;

		return new DepartmentFigures(
			Company::PERIOD_NONE === $company->credit_period ? self::UNLIMITED : $limits - $spent,
			$limits,
			$month,
			$year,
			$orders,
			$orders > 0 ? (int) round( $year / $orders ) : 0,
			(int) $members->users,
			$this->pending_orders( $department_id )
		);
	}

	/**
	 * Number of orders of the department waiting for approval.
	 *
	 * @param int $department_id Department id.
	 * @return int
	 */
	public function pending_orders( int $department_id ): int {
		$result = wc_get_orders(
			array(
				'status'   => array( Keys::STATUS_APPROVAL ),
				'limit'    => 1,
				'paginate' => true,
				'return'   => 'ids',
			) + OrderMetaQuery::args( Keys::META_DEPARTMENT_ID, $department_id )
		);

		return (int) $result->total;
	}

	/**
	 * Start of the current credit period as a GMT MySQL datetime; null for "none" (all time).
	 *
	 * @param string $period year|month|none.
	 * @return string|null
	 */
	public function period_start( string $period ): ?string {
		$now = ( $this->clock )()->setTimezone( wp_timezone() );

		$start = match ( $period ) {
			Company::PERIOD_YEAR  => $now->setDate( (int) $now->format( 'Y' ), 1, 1 ),
			Company::PERIOD_MONTH => $now->setDate( (int) $now->format( 'Y' ), (int) $now->format( 'n' ), 1 ),
			default               => null,
		};

		return $start ? $start->setTime( 0, 0 )->setTimezone( new \DateTimeZone( 'UTC' ) )->format( 'Y-m-d H:i:s' ) : null;
	}

	/**
	 * Charges minus refunds for a user or department since a GMT datetime (null = all time).
	 *
	 * @param string      $column user_id|department_id.
	 * @param int         $id     Its value.
	 * @param string|null $since  GMT datetime.
	 * @return int
	 */
	private function sum( string $column, int $id, ?string $since ): int {
		global $wpdb;

		$column = 'department_id' === $column ? 'department_id' : 'user_id';
		$sum    = $wpdb->get_var(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- $column is one of two fixed names.
				"SELECT COALESCE(SUM(IF(type = %s, amount, -amount)), 0) FROM {$wpdb->kundeportal_credit_ledger} WHERE {$column} = %d AND created_at >= %s",
				self::TYPE_CHARGE,
				$id,
				$since ?? '1000-01-01 00:00:00'
			)
		);

		return (int) $sum;
	}

	/**
	 * Orders of a department charged since a GMT datetime and not fully refunded.
	 *
	 * @param int    $department_id Department id.
	 * @param string $since         GMT datetime.
	 * @return int
	 */
	private function orders_since( int $department_id, string $since ): int {
		global $wpdb;

		return (int) $wpdb->get_var(
			$wpdb->prepare(
				"SELECT COUNT(*) FROM {$wpdb->kundeportal_credit_ledger} c
				LEFT JOIN {$wpdb->kundeportal_credit_ledger} r ON r.order_id = c.order_id AND r.type = %s
				WHERE c.department_id = %d AND c.type = %s AND c.created_at >= %s AND ( r.id IS NULL OR r.amount < c.amount )",
				self::TYPE_REFUND,
				$department_id,
				self::TYPE_CHARGE,
				$since
			)
		);
	}

	/**
	 * Writes a ledger row. A refund row that exists is raised to the new amount, never lowered.
	 *
	 * @param \WC_Order $order  Order.
	 * @param Member    $member Orderer's membership.
	 * @param string    $type   charge|refund.
	 * @param int       $amount Minor units, positive.
	 * @param bool      $upsert Update an existing row of the same type instead of ignoring.
	 * @return bool Whether a row was inserted or changed.
	 * @throws DomainException `credit_failed` (500) when the database refuses the write.
	 */
	private function insert( \WC_Order $order, Member $member, string $type, int $amount, bool $upsert ): bool {
		global $wpdb;

		$company_id    = (int) $order->get_meta( Keys::META_COMPANY_ID );
		$department_id = (int) $order->get_meta( Keys::META_DEPARTMENT_ID );
		$company_id    = $company_id > 0 ? $company_id : $member->company_id;
		$department_id = $department_id > 0 ? $department_id : $member->department_id;
		$created_at    = ( $this->clock )()->setTimezone( new \DateTimeZone( 'UTC' ) )->format( 'Y-m-d H:i:s' );

		$result = $wpdb->query(
			$wpdb->prepare(
				"INSERT INTO {$wpdb->kundeportal_credit_ledger} (company_id, department_id, user_id, order_id, type, amount, created_at)
				VALUES (%d, %d, %d, %d, %s, %d, %s) ON DUPLICATE KEY UPDATE amount = IF(%d, GREATEST(amount, VALUES(amount)), amount)",
				$company_id,
				$department_id,
				$member->user_id,
				$order->get_id(),
				$type,
				$amount,
				$created_at,
				$upsert ? 1 : 0
			)
		);
		if ( false === $result ) {
			throw new DomainException( 'credit_failed', __( 'The credit could not be updated. Please try again.', 'kundeportal' ), 500 );
		}

		return $result > 0;
	}
}
