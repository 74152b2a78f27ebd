<?php
/**
 * Tests of the wp-admin order screen additions.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Admin;

use Kundeportal\Admin\OrderScreen;
use Kundeportal\Domain\Department;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Tests\TestCase;

/**
 * Meta box, Approve / Cancel from wp-admin (capability and nonce), list columns, and that
 * orders awaiting approval are neither paid nor in Analytics. Runs with HPOS on and off.
 */
final class OrderScreenTest extends TestCase {

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
	 * Shop admin.
	 *
	 * @var int
	 */
	private int $admin;

	/**
	 * The screen under test.
	 *
	 * @var OrderScreen
	 */
	private OrderScreen $screen;

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
		$this->admin      = $this->make_user( array( 'role' => 'administrator' ) );
		$this->screen     = new OrderScreen( $this->plugin_services() );
		$this->order      = $this->make_order( $this->employee, array( array( $this->make_product( '1039' ), 1 ) ) );
		add_filter( 'wp_die_handler', array( $this, 'die_handler' ) );
	}

	/**
	 * Restores wp_die.
	 */
	protected function tear_down(): void {
		remove_filter( 'wp_die_handler', array( $this, 'die_handler' ) );
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
	 * @testdox The meta box shows company, department, "Awaiting approval" and, for an admin, Approve / Cancel with a message field and a nonce
	 */
	public function test_meta_box_pending(): void {
		wp_set_current_user( $this->admin );

		$html = $this->render( $this->order );

		$company = $this->plugin_services()->companies->get( $this->department->company_id );
		$this->assertStringContainsString( esc_html( $company->name ), $html );
		$this->assertStringContainsString( esc_html( $this->department->name ), $html );
		$this->assertStringContainsString( 'Awaiting approval', $html );
		$this->assertStringContainsString( 'value="approve"', $html );
		$this->assertStringContainsString( 'value="cancel"', $html );
		$this->assertStringContainsString( 'name="kundeportal_message"', $html );
		$this->assertStringContainsString( 'name="_kundeportal_nonce"', $html );
	}

	/**
	 * @testdox Approve from wp-admin: approved through the domain (credit charged, orderer mailed once), redirect back with a notice; the box then says who approved
	 */
	public function test_approve(): void {
		wp_set_current_user( $this->admin );
		$this->mails = array();

		$url = $this->screen->decide( $this->request( 'approve', 'Godkjent av butikken' ), $this->admin );

		$order = wc_get_order( $this->order->get_id() );
		$this->assertSame( 'processing', $order->get_status() );
		$this->assertSame( $this->admin, (int) $order->get_meta( Keys::META_APPROVED_BY ) );
		$this->assertSame( 103900, $this->plugin_services()->credit->charged_amount( $order->get_id() ) );
		$this->assertStringContainsString( 'kundeportal_notice=approved', $url );
		$this->assertStringContainsString( (string) $order->get_id(), $url );
		$to_orderer = array_filter( $this->mails, static fn( array $mail ): bool => 'orderer@example.test' === $mail['to'] );
		$this->assertCount( 1, $to_orderer );
		$this->assertStringContainsString( 'Godkjent av butikken', (string) array_values( $to_orderer )[0]['message'] );

		$again = $this->screen->decide( $this->request( 'approve', '' ), $this->admin );
		$this->assertStringContainsString( 'kundeportal_notice=already', $again );
		$html = $this->render( $order );
		$this->assertStringContainsString( 'Approved by ' . esc_html( get_userdata( $this->admin )->display_name ), $html );
		$this->assertStringNotContainsString( 'value="approve"', $html );
	}

	/**
	 * @testdox Cancel from wp-admin cancels with the message; cancelling again says it is not pending
	 */
	public function test_cancel(): void {
		wp_set_current_user( $this->admin );

		$url = $this->screen->decide( $this->request( 'cancel', 'Utgått' ), $this->admin );

		$this->assertStringContainsString( 'kundeportal_notice=cancelled', $url );
		$this->assertSame( 'cancelled', wc_get_order( $this->order->get_id() )->get_status() );
		$this->assertStringContainsString( 'Cancelled by', $this->screen->approval_state( wc_get_order( $this->order->get_id() ) ) );
		$this->assertStringContainsString( 'kundeportal_notice=already', $this->screen->decide( $this->request( 'cancel', '' ), $this->admin ) );
		$this->assertStringContainsString( 'kundeportal_notice=not-pending', $this->screen->decide( $this->request( 'approve', '' ), $this->admin ) );
	}

	/**
	 * @testdox A user without edit_shop_orders is refused and the order stays pending; the meta box shows no buttons
	 */
	public function test_non_admin_refused(): void {
		wp_set_current_user( $this->employee );
		$request = $this->request( 'approve', '' );

		try {
			$this->screen->decide( $request, $this->employee );
			$this->fail( 'wp_die expected' );
		} catch ( \RuntimeException $e ) {
			$this->assertStringContainsString( 'not allowed', $e->getMessage() );
		}

		$this->assertSame( Keys::STATUS_APPROVAL, wc_get_order( $this->order->get_id() )->get_status() );
		$this->assertStringNotContainsString( 'value="approve"', $this->render( $this->order ) );
	}

	/**
	 * @testdox A missing or wrong nonce is refused and the order stays pending
	 */
	public function test_bad_nonce_refused(): void {
		wp_set_current_user( $this->admin );
		$request                       = $this->request( 'approve', '' );
		$request['_kundeportal_nonce'] = wp_create_nonce( OrderScreen::ACTION . '_' . ( $this->order->get_id() + 1 ) );

		try {
			$this->screen->decide( $request, $this->admin );
			$this->fail( 'wp_die expected' );
		} catch ( \RuntimeException $e ) {
			$this->assertStringContainsString( 'expired', $e->getMessage() );
		}

		$this->assertSame( Keys::STATUS_APPROVAL, wc_get_order( $this->order->get_id() )->get_status() );
	}

	/**
	 * @testdox The orders list gets Company and Department columns after the status, filled from the order (HPOS order or post id)
	 */
	public function test_columns(): void {
		$columns = $this->screen->handle_columns(
			array(
				'cb'           => '',
				'order_number' => 'Order',
				'order_status' => 'Status',
				'order_total'  => 'Total',
			)
		);

		$this->assertSame( array( 'cb', 'order_number', 'order_status', 'kundeportal_company', 'kundeportal_department', 'order_total' ), array_keys( $columns ) );
		ob_start();
		$this->screen->handle_column( 'kundeportal_department', $this->order );
		$this->screen->handle_column( 'kundeportal_company', $this->order->get_id() );
		$this->screen->handle_column( 'order_total', $this->order );
		$cells = (string) ob_get_clean();
		$this->assertSame( esc_html( $this->department->name . $this->plugin_services()->companies->get( $this->department->company_id )->name ), $cells );
		foreach ( array( 'manage_woocommerce_page_wc-orders_columns', 'manage_edit-shop_order_columns', 'manage_woocommerce_page_wc-orders_custom_column', 'manage_shop_order_posts_custom_column' ) as $hook ) {
			$this->assertTrue( has_filter( $hook ), $hook );
		}
	}

	/**
	 * @testdox Orders awaiting approval are not paid and are excluded from WooCommerce Analytics; approved ones are paid
	 */
	public function test_not_paid_not_in_analytics(): void {
		$this->assertNotContains( Keys::STATUS_APPROVAL, wc_get_is_paid_statuses() );
		$this->assertFalse( $this->order->is_paid() );
		$this->assertNull( $this->order->get_date_paid() );

		$method = new \ReflectionMethod( \Automattic\WooCommerce\Admin\API\Reports\DataStore::class, 'get_excluded_report_order_statuses' );
		$method->setAccessible( true );
		$this->assertContains( Keys::STATUS_APPROVAL, $method->invoke( null ) );

		$this->plugin_services()->approval->approve( $this->order, $this->admin, '' );
		$this->assertTrue( wc_get_order( $this->order->get_id() )->is_paid() );
	}

	/**
	 * Renders the meta box.
	 *
	 * @param \WC_Order $order Order.
	 * @return string
	 */
	private function render( \WC_Order $order ): string {
		ob_start();
		$this->screen->render_meta_box( $order );

		return (string) ob_get_clean();
	}

	/**
	 * A decision request as the meta box's form sends it, with a valid nonce for the current user.
	 *
	 * @param string $decision approve|cancel.
	 * @param string $message  Message.
	 * @return array
	 */
	private function request( string $decision, string $message ): array {
		return array(
			'order_id'            => (string) $this->order->get_id(),
			'decision'            => $decision,
			'kundeportal_message' => $message,
			'_kundeportal_nonce'  => wp_create_nonce( OrderScreen::ACTION . '_' . $this->order->get_id() ),
		);
	}
}
