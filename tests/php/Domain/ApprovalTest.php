<?php
/**
 * Tests of Approval.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Domain;

use Kundeportal\Domain\ApprovalResult;
use Kundeportal\Domain\Department;
use Kundeportal\Domain\DomainException;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Tests\Parallel;
use Kundeportal\Tests\TestCase;

/**
 * Approve and cancel: transitions, credit, stock, notes, e-mail, and acting twice.
 */
final class ApprovalTest extends TestCase {

	/**
	 * Department of the orderer.
	 *
	 * @var Department
	 */
	private Department $department;

	/**
	 * Orderer (limit 8000).
	 *
	 * @var int
	 */
	private int $employee;

	/**
	 * Manager of the department.
	 *
	 * @var int
	 */
	private int $manager;

	/**
	 * Product at 1039 with 50 in stock.
	 *
	 * @var \WC_Product_Simple
	 */
	private \WC_Product_Simple $product;

	/**
	 * Builds a department with an employee, a manager and a product.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->department = $this->make_department();
		$this->employee   = $this->make_member( $this->department, 800000 );
		$this->manager    = $this->make_manager( $this->department );
		$this->product    = $this->make_product( '1039' );
	}

	/**
	 * @testdox An order awaiting approval holds its stock
	 */
	public function test_pending_holds_stock(): void {
		$this->pending_order( 2 );

		$this->assertSame( 48, $this->stock_of( $this->product ) );
	}

	/**
	 * @testdox Approve charges the credit, moves to processing, notes who approved, keeps the message as a customer note and sends the orderer one e-mail with it
	 */
	public function test_approve(): void {
		$order = $this->pending_order( 2 );
		$notes = $this->notes( $order );
		wp_set_current_user( $this->manager );

		$result = $this->plugin_services()->approval->approve( $order, $this->manager, 'Husk hjelm.' );

		$this->assertFalse( $result->already_done );
		$this->assertTrue( $result->charged );
		$this->assertSame( ApprovalResult::APPROVED, $result->action );
		$this->assertSame( 'processing', $result->order->get_status() );
		$this->assertSame( 207800, $this->plugin_services()->credit->charged_amount( $order->get_id() ) );
		$this->assertSame( 800000 - 207800, $this->plugin_services()->credit->member_left( $this->employee ) );
		$this->assertSame( $this->manager, (int) $result->order->get_meta( Keys::META_APPROVED_BY ) );
		$this->assertNotEmpty( $result->order->get_meta( Keys::META_APPROVED_AT ) );
		$this->assertSame( 48, $this->stock_of( $this->product ) );

		$new      = array_slice( $this->notes( $order ), 0, count( $this->notes( $order ) ) - count( $notes ) );
		$contents = array_column( $new, 'content' );
		$name     = get_userdata( $this->manager )->display_name;
		// Status note, customer note, and WooCommerce's notes for the two e-mails sent (new order, order approved).
		$this->assertCount( 4, $new, implode( ' | ', $contents ) );
		$customer = array_values( array_filter( $new, static fn( $note ) => $note->customer_note ) );
		$this->assertCount( 1, $customer );
		$this->assertSame( 'Husk hjelm.', $customer[0]->content );
		$this->assertCount( 1, preg_grep( '/^' . preg_quote( "Approved by {$name}. Message to the orderer: Husk hjelm.", '/' ) . '/', $contents ) );
		// One e-mail: ours, with the message; no customer-note or processing-order e-mail.
		$mails = $this->mails_to( 'orderer@example.test' );
		$this->assertCount( 1, $mails );
		$this->assertStringContainsString( 'approved', $mails[0]['subject'] );
		$this->assertStringContainsString( 'Husk hjelm.', $mails[0]['message'] );
	}

	/**
	 * @testdox Approve without a message adds no customer note; the orderer gets only the approved e-mail
	 */
	public function test_approve_without_message(): void {
		$order = $this->pending_order( 1 );
		$count = count( $this->notes( $order ) );

		$this->plugin_services()->approval->approve( $order, $this->manager, "  \n " );

		$this->assertCount( 0, array_filter( $this->notes( $order ), static fn( $note ) => $note->customer_note ) );
		// Status note plus WooCommerce's notes for the new-order and order-approved e-mails.
		$this->assertCount( $count + 3, $this->notes( $order ) );
		// Only the approved e-mail.
		$this->assertCount( 1, $this->mails_to( 'orderer@example.test' ) );
	}

	/**
	 * @testdox A second approve returns already_done and changes nothing: credit, stock, notes, e-mails, status
	 */
	public function test_approve_twice(): void {
		$order = $this->pending_order( 3 );
		$this->plugin_services()->approval->approve( $order, $this->manager, 'OK' );
		$notes = count( $this->notes( $order ) );
		$mails = count( $this->mails );

		$again = $this->plugin_services()->approval->approve( $order, $this->manager, 'OK' );

		$this->assertTrue( $again->already_done );
		$this->assertFalse( $again->charged );
		$this->assertSame( 'processing', $again->order->get_status() );
		$this->assertSame( 1, $this->ledger_rows( $order->get_id() ) );
		$this->assertSame( 800000 - 311700, $this->plugin_services()->credit->member_left( $this->employee ) );
		$this->assertSame( 47, $this->stock_of( $this->product ) );
		$this->assertCount( $notes, $this->notes( $order ) );
		$this->assertCount( $mails, $this->mails );
	}

	/**
	 * @testdox Three processes approving the same order at once: one acts, the others find it done
	 */
	public function test_approve_parallel(): void {
		$order = $this->pending_order( 1 );
		$notes = count( $this->notes( $order ) );
		$args  = array( 'approve', (string) $order->get_id(), (string) $this->manager );

		$results = Parallel::run( array( $args, $args, $args ) );
		wp_cache_flush();

		$this->assertSame( array( false, true, true ), $this->sorted( array_column( $results, 'already_done' ) ), wp_json_encode( $results ) );
		$this->assertSame( 1, $this->ledger_rows( $order->get_id() ) );
		$this->assertSame( 49, $this->stock_of( $this->product ) );
		$this->assertCount( $notes + 4, $this->notes( $order ), 'status note, customer note, two e-mail sent notes' );
	}

	/**
	 * @testdox Cancel moves to cancelled, restocks, charges nothing and notes who cancelled; a second cancel is already_done
	 */
	public function test_cancel(): void {
		$order = $this->pending_order( 4 );
		$notes = count( $this->notes( $order ) );

		$result = $this->plugin_services()->approval->cancel( $order, $this->manager, 'Feil størrelse.' );
		$again  = $this->plugin_services()->approval->cancel( $order, $this->manager, 'Feil størrelse.' );

		$this->assertFalse( $result->already_done );
		$this->assertSame( 'cancelled', $result->order->get_status() );
		$this->assertSame( $this->manager, (int) $result->order->get_meta( Keys::META_CANCELLED_BY ) );
		$this->assertSame( 50, $this->stock_of( $this->product ) );
		$this->assertSame( 0, $this->ledger_rows( $order->get_id() ) );
		$this->assertTrue( $again->already_done );
		$this->assertCount( $notes + 4, $this->notes( $order ), 'status, restock, customer note, e-mail sent' );
		$this->assertCount( 1, $this->mails_to( 'orderer@example.test' ) );
	}

	/**
	 * @testdox Approve after cancel, cancel after approve, and acting on an order never awaiting approval throw order_not_pending (409)
	 */
	public function test_not_pending(): void {
		$cancelled = $this->pending_order( 1 );
		$approved  = $this->pending_order( 1 );
		$this->plugin_services()->approval->cancel( $cancelled, $this->manager );
		$this->plugin_services()->approval->approve( $approved, $this->manager );
		$processing = $this->make_order( $this->employee, array( array( $this->product, 1 ) ), 'processing' );

		$calls = array(
			fn () => $this->plugin_services()->approval->approve( $cancelled, $this->manager ),
			fn () => $this->plugin_services()->approval->cancel( $approved, $this->manager ),
			fn () => $this->plugin_services()->approval->approve( $processing, $this->manager ),
			fn () => $this->plugin_services()->approval->cancel( $processing, $this->manager ),
		);

		foreach ( $calls as $index => $call ) {
			try {
				$call();
				$this->fail( "Call {$index} did not throw" );
			} catch ( DomainException $e ) {
				$this->assertSame( 'order_not_pending', $e->get_error_code() );
				$this->assertSame( 409, $e->get_status() );
			}
		}
	}

	/**
	 * @testdox Cancelling an approved order later (shop admin) gives the credit back once
	 */
	public function test_cancel_after_approval_refunds_credit(): void {
		$order = $this->pending_order( 2 );
		$this->plugin_services()->approval->approve( $order, $this->manager );

		wc_get_order( $order->get_id() )->update_status( 'cancelled' );
		wc_get_order( $order->get_id() )->update_status( 'cancelled' );

		$this->assertSame( 800000, $this->plugin_services()->credit->member_left( $this->employee ) );
		$this->assertSame( 2, $this->ledger_rows( $order->get_id() ) );
	}

	/**
	 * @testdox A refund in WooCommerce gives that amount of credit back
	 */
	public function test_refund_gives_credit_back(): void {
		$order = $this->pending_order( 2 );
		$this->plugin_services()->approval->approve( $order, $this->manager );

		wc_create_refund(
			array(
				'order_id' => $order->get_id(),
				'amount'   => '1039',
			)
		);

		$this->assertSame( 800000 - 103900, $this->plugin_services()->credit->member_left( $this->employee ) );
	}

	/**
	 * An order of the employee awaiting approval.
	 *
	 * @param int $quantity Quantity of the product.
	 * @return \WC_Order
	 */
	private function pending_order( int $quantity ): \WC_Order {
		return $this->make_order( $this->employee, array( array( $this->product, $quantity ) ) );
	}

	/**
	 * Notes of an order, newest first.
	 *
	 * @param \WC_Order $order Order.
	 * @return array
	 */
	private function notes( \WC_Order $order ): array {
		return wc_get_order_notes( array( 'order_id' => $order->get_id() ) );
	}

	/**
	 * Captured mails to an address.
	 *
	 * @param string $address E-mail address.
	 * @return array
	 */
	private function mails_to( string $address ): array {
		return array_values( array_filter( $this->mails, static fn ( array $mail ): bool => in_array( $address, (array) $mail['to'], true ) || $address === $mail['to'] ) );
	}

	/**
	 * Booleans sorted false first.
	 *
	 * @param array $values Values.
	 * @return array
	 */
	private function sorted( array $values ): array {
		sort( $values );

		return $values;
	}

	/**
	 * Ledger rows of an order.
	 *
	 * @param int $order_id Order id.
	 * @return int
	 */
	private function ledger_rows( int $order_id ): int {
		global $wpdb;

		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->kundeportal_credit_ledger} WHERE order_id = %d", $order_id ) );
	}
}
