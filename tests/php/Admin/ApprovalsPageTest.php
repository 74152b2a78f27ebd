<?php
/**
 * Tests of WooCommerce → Awaiting approval.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Admin;

use Kundeportal\Admin\ApprovalsPage;
use Kundeportal\Admin\ApprovalsTable;
use Kundeportal\Domain\Department;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Tests\TestCase;

/**
 * The cross-company list (oldest first, only kp-approval), and Approve / Cancel on behalf:
 * capability, nonce, the audit note (who, what, message) and the orderer's e-mail.
 */
final class ApprovalsPageTest extends TestCase {

	/**
	 * Department of the orderer.
	 *
	 * @var Department
	 */
	private Department $department;

	/**
	 * Orderer.
	 *
	 * @var int
	 */
	private int $employee;

	/**
	 * Shop admin (no manager of the department).
	 *
	 * @var int
	 */
	private int $admin;

	/**
	 * The page under test.
	 *
	 * @var ApprovalsPage
	 */
	private ApprovalsPage $page;

	/**
	 * Pending order of the employee.
	 *
	 * @var \WC_Order
	 */
	private \WC_Order $order;

	/**
	 * Builds a department with an employee, an admin and a pending order; wp_die throws.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->department = $this->make_department();
		$this->employee   = $this->make_member( $this->department, 800000 );
		$this->admin      = $this->make_user(
			array(
				'role'         => 'administrator',
				'display_name' => 'Butikk Admin',
			)
		);
		$this->page       = new ApprovalsPage( $this->plugin_services() );
		$this->order      = $this->make_order( $this->employee, array( array( $this->make_product( '1039' ), 1 ) ) );
		add_filter( 'wp_die_handler', array( $this, 'die_handler' ) );
	}

	/**
	 * Restores wp_die.
	 */
	protected function tear_down(): void {
		remove_filter( 'wp_die_handler', array( $this, 'die_handler' ) );
		unset( $GLOBALS['current_screen'] );
		parent::tear_down();
	}

	/**
	 * A wp_die handler that throws.
	 *
	 * @return callable
	 */
	public function die_handler(): callable {
		return static function ( $message ): void {
			throw new \RuntimeException( 'wp_die: ' . ( is_string( $message ) ? $message : '' ) );
		};
	}

	/**
	 * @testdox The list holds only orders awaiting approval, of every company, oldest first; the company filter narrows it
	 */
	public function test_list_oldest_first(): void {
		$company_id   = (int) $this->department->company_id;
		$sibling      = $this->make_department( $this->plugin_services()->companies->get( $company_id ) );
		$other_member = $this->make_member( $sibling );
		$older        = $this->make_order( $other_member, array( array( $this->make_product( '100' ), 1 ) ) );
		$older->set_date_created( time() - DAY_IN_SECONDS );
		$older->save();
		$this->make_order( $this->employee, array( array( $this->make_product( '100' ), 1 ) ), 'processing' );
		$elsewhere = $this->make_order( $this->make_member( $this->make_department() ), array( array( $this->make_product( '100' ), 1 ) ) );

		// The company filter: this company's waiting orders, oldest first, and nothing else.
		$filtered = wc_get_orders( ApprovalsTable::query_args( 1, $company_id ) );
		$this->assertSame(
			array( $older->get_id(), $this->order->get_id() ),
			array_map( static fn( \WC_Order $order ): int => $order->get_id(), $filtered->orders )
		);

		// All companies: only waiting orders, oldest first (other tests' orders may be here too).
		$result = wc_get_orders( ApprovalsTable::query_args( 1 ) );
		$times  = array();
		foreach ( $result->orders as $order ) {
			$this->assertSame( Keys::STATUS_APPROVAL, $order->get_status() );
			$times[] = $order->get_date_created()->getTimestamp();
		}
		$sorted = $times;
		sort( $sorted );
		$this->assertSame( $sorted, $times );
		$this->assertSame( $result->total, ApprovalsPage::count() );
		$this->assertGreaterThanOrEqual( 3, ApprovalsPage::count() );
		$this->assertNotContains( $elsewhere->get_id(), array_map( static fn( \WC_Order $order ): int => $order->get_id(), $filtered->orders ) );
	}

	/**
	 * @testdox The table shows company, department, orderer, lines, credit left and a decision form per row
	 */
	public function test_table_renders(): void {
		require_once ABSPATH . 'wp-admin/includes/admin.php';
		wp_set_current_user( $this->admin );
		set_current_screen( 'dashboard' );
		// Only this test's company, so the order is on the first page whatever other tests left.
		$_GET[ ApprovalsTable::COMPANY ] = (string) $this->department->company_id;

		ob_start();
		$this->page->render();
		unset( $_GET[ ApprovalsTable::COMPANY ] );
		$html = (string) ob_get_clean();

		$company = $this->plugin_services()->companies->get( $this->department->company_id );
		$this->assertStringContainsString( esc_html( $company->name ), $html );
		$this->assertStringContainsString( esc_html( $this->department->name ), $html );
		$this->assertStringContainsString( esc_html( get_userdata( $this->employee )->display_name ), $html );
		$this->assertStringContainsString( '#' . $this->order->get_order_number(), $html );
		$this->assertStringContainsString( 'After approval:', $html );
		$this->assertStringContainsString( 'id="' . ApprovalsPage::form_id( $this->order ) . '"', $html );
		$this->assertStringContainsString( 'form="' . ApprovalsPage::form_id( $this->order ) . '"', $html );
	}

	/**
	 * @testdox Approve on behalf: approved through the domain, the note names the shop admin, the company and the message; the orderer gets the approved e-mail
	 */
	public function test_approve_on_behalf(): void {
		wp_set_current_user( $this->admin );
		$this->mails = array();

		$url = $this->page->decide( $this->request( 'approve', 'Godkjent av butikken' ), $this->admin );

		$order = wc_get_order( $this->order->get_id() );
		$this->assertSame( 'processing', $order->get_status() );
		$this->assertSame( $this->admin, (int) $order->get_meta( Keys::META_APPROVED_BY ) );
		$this->assertStringContainsString( 'kundeportal_notice=approved', $url );
		$this->assertStringContainsString( 'order_id=' . $order->get_id(), $url );

		$company = $this->plugin_services()->companies->get( $this->department->company_id );
		$this->assert_note_starts( "Approved by Butikk Admin (shop admin) on behalf of {$company->name}. Message to the orderer: Godkjent av butikken", $order );
		$to_orderer = array_values( array_filter( $this->mails, static fn( array $mail ): bool => 'orderer@example.test' === $mail['to'] ) );
		$this->assertCount( 1, $to_orderer );
		$this->assertStringContainsString( 'approved', $to_orderer[0]['subject'] );
		$this->assertStringContainsString( 'Godkjent av butikken', (string) $to_orderer[0]['message'] );

		$this->assertStringContainsString( 'kundeportal_notice=already', $this->page->decide( $this->request( 'approve', '' ), $this->admin ) );
		$this->assertStringContainsString( 'kundeportal_notice=not-pending', $this->page->decide( $this->request( 'cancel', '' ), $this->admin ) );
	}

	/**
	 * @testdox Cancel on behalf without a message: cancelled, the note names the shop admin and the company
	 */
	public function test_cancel_on_behalf(): void {
		wp_set_current_user( $this->admin );

		$url = $this->page->decide( $this->request( 'cancel', '' ), $this->admin );

		$order   = wc_get_order( $this->order->get_id() );
		$company = $this->plugin_services()->companies->get( $this->department->company_id );
		$this->assertSame( 'cancelled', $order->get_status() );
		$this->assertStringContainsString( 'kundeportal_notice=cancelled', $url );
		$this->assert_note_starts( "Cancelled by Butikk Admin (shop admin) on behalf of {$company->name}.", $order );
	}

	/**
	 * @testdox A shop admin who manages the department decides as its manager: the note has no "on behalf"
	 */
	public function test_admin_who_manages_is_no_proxy(): void {
		$this->plugin_services()->departments->add_manager( $this->department->id, $this->admin );
		wp_set_current_user( $this->admin );

		$this->page->decide( $this->request( 'approve', '' ), $this->admin );

		$this->assert_note_starts( 'Approved by Butikk Admin.', wc_get_order( $this->order->get_id() ) );
	}

	/**
	 * @testdox A user without manage_woocommerce, or a bad nonce, is refused and the order stays pending
	 */
	public function test_refusals(): void {
		$manager = $this->make_manager( $this->department );
		wp_set_current_user( $manager );
		try {
			$this->page->decide( $this->request( 'approve', '' ), $manager );
			$this->fail( 'A manager without manage_woocommerce must be refused.' );
		} catch ( \RuntimeException $e ) {
			$this->assertStringContainsString( 'wp_die', $e->getMessage() );
		}

		wp_set_current_user( $this->admin );
		$request             = $this->request( 'approve', '' );
		$request['_wpnonce'] = 'bad';
		try {
			$this->page->decide( $request, $this->admin );
			$this->fail( 'A bad nonce must be refused.' );
		} catch ( \RuntimeException $e ) {
			$this->assertStringContainsString( 'wp_die', $e->getMessage() );
		}

		$this->assertSame( Keys::STATUS_APPROVAL, wc_get_order( $this->order->get_id() )->get_status() );
		$this->assertStringContainsString( 'kundeportal_notice=invalid', $this->page->decide( $this->request( 'delete', '' ), $this->admin ) );
	}

	/**
	 * A decision request for the order with a valid nonce of the current user.
	 *
	 * @param string $decision approve|cancel.
	 * @param string $message  Message.
	 * @return array
	 */
	private function request( string $decision, string $message ): array {
		return array(
			'order_id' => (string) $this->order->get_id(),
			'decision' => $decision,
			'message'  => $message,
			'_wpnonce' => wp_create_nonce( ApprovalsPage::NONCE . '_' . $this->order->get_id() ),
		);
	}

	/**
	 * Asserts that exactly one of the order's notes starts with $text (WooCommerce appends
	 * the status change to the note).
	 *
	 * @param string    $text  Expected start.
	 * @param \WC_Order $order Order.
	 */
	private function assert_note_starts( string $text, \WC_Order $order ): void {
		$notes = $this->notes( $order );
		$this->assertCount( 1, array_filter( $notes, static fn( string $note ): bool => str_starts_with( $note, $text ) ), implode( ' | ', $notes ) );
	}

	/**
	 * Contents of the order's notes.
	 *
	 * @param \WC_Order $order Order.
	 * @return string[]
	 */
	private function notes( \WC_Order $order ): array {
		return array_column( wc_get_order_notes( array( 'order_id' => $order->get_id() ) ), 'content' );
	}
}
