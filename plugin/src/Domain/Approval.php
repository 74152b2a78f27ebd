<?php
/**
 * Manager approval of orders awaiting approval.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

use Kundeportal\Infrastructure\Keys;

defined( 'ABSPATH' ) || exit;

/**
 * Approves or cancels an order in status kp-approval under a database lock per order, so
 * a double click or two managers at once act only once (credit, stock, notes, e-mails).
 */
class Approval {

	/**
	 * Department repository, to tell a manager's decision from a shop admin's on their behalf.
	 *
	 * @var Departments
	 */
	private Departments $departments;

	/**
	 * Company repository, for the company's name in on-behalf notes.
	 *
	 * @var Companies
	 */
	private Companies $companies;

	/**
	 * Constructor.
	 *
	 * @param Credit           $credit      Credit service.
	 * @param OrderLock        $lock        Per-order lock.
	 * @param Departments|null $departments Department repository (a new one when null).
	 * @param Companies|null   $companies   Company repository (a new one when null).
	 */
	public function __construct( private Credit $credit, private OrderLock $lock = new OrderLock(), ?Departments $departments = null, ?Companies $companies = null ) {
		$this->departments = $departments ?? new Departments();
		$this->companies   = $companies ?? new Companies();
	}

	/**
	 * Charges the orderer's credit, moves the order to processing and notes who approved.
	 * The orderer gets one e-mail, with the message if any (Email\ApprovalEmails).
	 *
	 * @param \WC_Order $order      Order in status kp-approval.
	 * @param int       $by_user_id Approving user.
	 * @param string    $message    Optional message to the orderer.
	 * @return ApprovalResult
	 * @throws DomainException `order_not_pending` (409) or `order_locked` (409).
	 */
	public function approve( \WC_Order $order, int $by_user_id, string $message = '' ): ApprovalResult {
		return $this->locked(
			$order->get_id(),
			function ( \WC_Order $order ) use ( $by_user_id, $message ): ApprovalResult {
				if ( ! $order->has_status( Keys::STATUS_APPROVAL ) ) {
					if ( $order->get_meta( Keys::META_APPROVED_BY ) && ! $order->has_status( array( 'cancelled', 'refunded', 'failed' ) ) ) {
						return new ApprovalResult( $order, ApprovalResult::APPROVED, true );
					}
					throw $this->not_pending( $order );
				}

				$charged = $this->credit->charge( $order );
				$message = $this->clean( $message );
				$order->update_meta_data( Keys::META_APPROVED_BY, $by_user_id );
				$order->update_meta_data( Keys::META_APPROVED_AT, gmdate( 'c' ) );
				$this->transition( $order, 'processing', $this->note( ApprovalResult::APPROVED, $by_user_id, $message, $order ), $message );

				return new ApprovalResult( wc_get_order( $order->get_id() ), ApprovalResult::APPROVED, false, $charged );
			}
		);
	}

	/**
	 * Cancels an order awaiting approval (WooCommerce restocks it) and notes who cancelled.
	 * The orderer gets one e-mail, with the message if any (Email\ApprovalEmails).
	 *
	 * @param \WC_Order $order      Order in status kp-approval.
	 * @param int       $by_user_id Cancelling user.
	 * @param string    $message    Optional message to the orderer.
	 * @return ApprovalResult
	 * @throws DomainException `order_not_pending` (409) or `order_locked` (409).
	 */
	public function cancel( \WC_Order $order, int $by_user_id, string $message = '' ): ApprovalResult {
		return $this->locked(
			$order->get_id(),
			function ( \WC_Order $order ) use ( $by_user_id, $message ): ApprovalResult {
				if ( ! $order->has_status( Keys::STATUS_APPROVAL ) ) {
					if ( $order->get_meta( Keys::META_CANCELLED_BY ) && $order->has_status( 'cancelled' ) ) {
						return new ApprovalResult( $order, ApprovalResult::CANCELLED, true );
					}
					throw $this->not_pending( $order );
				}

				$message = $this->clean( $message );
				$order->update_meta_data( Keys::META_CANCELLED_BY, $by_user_id );
				$order->update_meta_data( Keys::META_CANCELLED_AT, gmdate( 'c' ) );
				$this->transition( $order, 'cancelled', $this->note( ApprovalResult::CANCELLED, $by_user_id, $message, $order ), $message );

				return new ApprovalResult( wc_get_order( $order->get_id() ), ApprovalResult::CANCELLED, false );
			}
		);
	}

	/**
	 * Runs $action under the order's lock (OrderLock) with the freshly loaded order.
	 *
	 * @param int      $order_id Order id.
	 * @param callable $action   Receives the reloaded \WC_Order.
	 * @return ApprovalResult
	 * @throws DomainException `order_locked` when the lock is busy; `order_not_found` (404).
	 */
	private function locked( int $order_id, callable $action ): ApprovalResult {
		return $this->lock->run( $order_id, $action );
	}

	/**
	 * Order note for the status change: who acted, and the message if any. A shop admin who
	 * is not a manager of the order's department acts on behalf of the company; the note says
	 * so, for the audit trail.
	 *
	 * @param string    $action     approved|cancelled.
	 * @param int       $by_user_id Acting user.
	 * @param string    $message    Cleaned message.
	 * @param \WC_Order $order      Order.
	 * @return string
	 */
	private function note( string $action, int $by_user_id, string $message, \WC_Order $order ): string {
		$user = get_userdata( $by_user_id );
		/* translators: %d: user id */
		$name = $user ? $user->display_name : sprintf( __( 'user #%d', 'kundeportal' ), $by_user_id );

		$on_behalf_of = $this->on_behalf_of( $by_user_id, $order );
		if ( null !== $on_behalf_of ) {
			return $this->on_behalf_note( $action, $name, $on_behalf_of, $message );
		}

		if ( ApprovalResult::APPROVED === $action ) {
			/* translators: 1: manager's name, 2: message to the orderer */
			$with_message = __( 'Approved by %1$s. Message to the orderer: %2$s', 'kundeportal' );
			/* translators: %s: manager's name */
			$without = __( 'Approved by %s.', 'kundeportal' );
		} else {
			/* translators: 1: manager's name, 2: message to the orderer */
			$with_message = __( 'Cancelled by %1$s. Message to the orderer: %2$s', 'kundeportal' );
			/* translators: %s: manager's name */
			$without = __( 'Cancelled by %s.', 'kundeportal' );
		}

		return '' === $message ? sprintf( $without, $name ) : sprintf( $with_message, $name, $message );
	}

	/**
	 * The audit note of a shop admin's decision on behalf of the company.
	 *
	 * @param string $action  approved|cancelled.
	 * @param string $name    Shop admin's name.
	 * @param string $company Company (or department) name.
	 * @param string $message Cleaned message.
	 * @return string
	 */
	private function on_behalf_note( string $action, string $name, string $company, string $message ): string {
		if ( ApprovalResult::APPROVED === $action ) {
			/* translators: 1: shop admin's name, 2: company name, 3: message to the orderer */
			$with_message = __( 'Approved by %1$s (shop admin) on behalf of %2$s. Message to the orderer: %3$s', 'kundeportal' );
			/* translators: 1: shop admin's name, 2: company name */
			$without = __( 'Approved by %1$s (shop admin) on behalf of %2$s.', 'kundeportal' );
		} else {
			/* translators: 1: shop admin's name, 2: company name, 3: message to the orderer */
			$with_message = __( 'Cancelled by %1$s (shop admin) on behalf of %2$s. Message to the orderer: %3$s', 'kundeportal' );
			/* translators: 1: shop admin's name, 2: company name */
			$without = __( 'Cancelled by %1$s (shop admin) on behalf of %2$s.', 'kundeportal' );
		}

		return '' === $message ? sprintf( $without, $name, $company ) : sprintf( $with_message, $name, $company, $message );
	}

	/**
	 * The company (else department) name when a shop admin who does not manage the order's
	 * department decides; null when a manager of the department decides.
	 *
	 * @param int       $by_user_id Acting user.
	 * @param \WC_Order $order      Order.
	 * @return string|null
	 */
	private function on_behalf_of( int $by_user_id, \WC_Order $order ): ?string {
		if ( $by_user_id <= 0 || ! user_can( $by_user_id, 'manage_woocommerce' ) ) {
			return null;
		}

		$department_id = (int) $order->get_meta( Keys::META_DEPARTMENT_ID );
		if ( in_array( $by_user_id, $this->departments->managers( $department_id ), true ) ) {
			return null;
		}

		$company    = $this->companies->get( (int) $order->get_meta( Keys::META_COMPANY_ID ) );
		$department = $company ? null : $this->departments->get( $department_id );
		if ( $company ) {
			return $company->name;
		}

		return $department ? $department->name : __( 'the company', 'kundeportal' );
	}

	/**
	 * Changes the status with the manager's message in order meta for the duration of the
	 * transition: the e-mail to the orderer and the customer note (Email\ApprovalEmails) read it
	 * from the status hooks, which also run for changes made in wp-admin or the WC REST API.
	 *
	 * @param \WC_Order $order   Order.
	 * @param string    $status  New status without "wc-".
	 * @param string    $note    Order note for the status change.
	 * @param string    $message Cleaned message; may be empty.
	 * @return void
	 */
	private function transition( \WC_Order $order, string $status, string $note, string $message ): void {
		$order->update_meta_data( Keys::META_LAST_MESSAGE, $message );
		$order->update_status( $status, $note, true );
		$order->delete_meta_data( Keys::META_LAST_MESSAGE );
		$order->save_meta_data();
	}

	/**
	 * Plain text without tags, trimmed, at most 1000 characters. Characters such as "<" or "&"
	 * stay as typed: escaping is for output (the note and the e-mail escape it there).
	 *
	 * @param string $message Raw message.
	 * @return string
	 */
	private function clean( string $message ): string {
		return mb_substr( trim( wp_strip_all_tags( wp_check_invalid_utf8( $message, true ) ) ), 0, 1000 );
	}

	/**
	 * The error for an order that is not awaiting approval.
	 *
	 * @param \WC_Order $order Order.
	 * @return DomainException
	 */
	private function not_pending( \WC_Order $order ): DomainException {
		return new DomainException(
			'order_not_pending',
			/* translators: %s: order status, e.g. "Processing" */
			sprintf( __( 'This order is not awaiting approval (status: %s).', 'kundeportal' ), wc_get_order_status_name( $order->get_status() ) ),
			409
		);
	}
}
