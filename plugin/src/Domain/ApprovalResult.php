<?php
/**
 * Outcome of an approval action.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

/**
 * What Approval::approve() or cancel() did. `already_done` is true when an earlier identical
 * action had finished the job and this call changed nothing.
 */
final class ApprovalResult {

	public const APPROVED  = 'approved';
	public const CANCELLED = 'cancelled';

	/**
	 * Constructor.
	 *
	 * @param \WC_Order $order        The order, reloaded after the action.
	 * @param string    $action       approved|cancelled.
	 * @param bool      $already_done True when nothing changed because the action was done before.
	 * @param bool      $charged      True when this call charged the orderer's credit.
	 */
	public function __construct(
		public readonly \WC_Order $order,
		public readonly string $action,
		public readonly bool $already_done,
		public readonly bool $charged = false
	) {
	}
}
