<?php
/**
 * Tests of the company-account gateway, the approval status and the blocks integration.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Checkout;

use Kundeportal\Checkout\BlocksPaymentMethod;
use Kundeportal\Checkout\CompanyAccountGateway;
use Kundeportal\Domain\Department;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Plugin;
use Kundeportal\Tests\TestCase;

/**
 * Checkout on the company account: availability, approval on and off, credit limit.
 */
final class CompanyAccountGatewayTest extends TestCase {

	/**
	 * Gateway under test.
	 *
	 * @var CompanyAccountGateway
	 */
	private CompanyAccountGateway $sut;

	/**
	 * Product at 1039 with 50 in stock.
	 *
	 * @var \WC_Product_Simple
	 */
	private \WC_Product_Simple $product;

	/**
	 * Builds the gateway and a product.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->sut     = new CompanyAccountGateway( $this->plugin_services() );
		$this->product = $this->make_product( '1039' );
	}

	/**
	 * @testdox WooCommerce lists the gateway, enabled by default, titled "Company account"
	 */
	public function test_registered(): void {
		$gateways = WC()->payment_gateways()->payment_gateways();

		$this->assertInstanceOf( CompanyAccountGateway::class, $gateways[ Keys::GATEWAY_ID ] ?? null );
		$this->assertSame( 'yes', $gateways[ Keys::GATEWAY_ID ]->enabled );
		$this->assertSame( 'Company account', $gateways[ Keys::GATEWAY_ID ]->get_title() );
		$this->assertSame( 'Invoice to your company. No online payment.', $gateways[ Keys::GATEWAY_ID ]->get_description() );
	}

	/**
	 * @testdox Available only to logged-in active members
	 */
	public function test_is_available(): void {
		$department = $this->make_department();
		$member     = $this->make_member( $department );
		$removed    = $this->make_member( $department );
		$this->plugin_services()->members->remove( $removed );

		$this->assertFalse( $this->sut->is_available() );
		wp_set_current_user( $this->make_user() );
		$this->assertFalse( $this->sut->is_available() );
		wp_set_current_user( $removed );
		$this->assertFalse( $this->sut->is_available() );
		wp_set_current_user( $member );
		$this->assertTrue( $this->sut->is_available() );
	}

	/**
	 * @testdox With approval on, the order gets company meta, waits in kp-approval holding stock, and charges nothing yet
	 */
	public function test_approval_on(): void {
		$department = $this->make_department( $this->make_company( array( 'approval_required' => true ) ) );
		$order      = $this->new_order( $this->make_member( $department ), 2 );

		$result = $this->sut->process_payment( $order->get_id() );

		$order = wc_get_order( $order->get_id() );
		$this->assertSame( 'success', $result['result'] );
		$this->assertSame( $order->get_checkout_order_received_url(), $result['redirect'] );
		$this->assertSame( Keys::STATUS_APPROVAL, $order->get_status() );
		$this->assert_company_meta( $order, $department );
		$this->assertSame( 48, $this->stock_of( $this->product ) );
		$this->assertNull( $this->plugin_services()->credit->charged_amount( $order->get_id() ) );
		$this->assertFalse( $order->is_paid() );
	}

	/**
	 * @testdox With approval off, the credit is charged at once and the order processes
	 */
	public function test_approval_off(): void {
		$department = $this->make_department( $this->make_company( array( 'approval_required' => false ) ) );
		$order      = $this->new_order( $this->make_member( $department, 500000 ), 2 );

		$result = $this->sut->process_payment( $order->get_id() );

		$order = wc_get_order( $order->get_id() );
		$this->assertSame( 'success', $result['result'] );
		$this->assertSame( 'processing', $order->get_status() );
		$this->assert_company_meta( $order, $department );
		$this->assertSame( 207800, $this->plugin_services()->credit->charged_amount( $order->get_id() ) );
		$this->assertSame( 48, $this->stock_of( $this->product ) );
	}

	/**
	 * @testdox With approval off, an order over the credit left fails with a message and stays pending
	 */
	public function test_over_credit(): void {
		$department = $this->make_department( $this->make_company( array( 'approval_required' => false ) ) );
		$order      = $this->new_order( $this->make_member( $department, 100000 ), 1 );

		$result = $this->sut->process_payment( $order->get_id() );

		$this->assertSame( 'failure', $result['result'] );
		$this->assertStringStartsWith( 'This order exceeds your credit. You have <span class="woocommerce-Price-amount amount"><bdi>1 000,00', $result['message'] );
		$this->assertSame( 'pending', wc_get_order( $order->get_id() )->get_status() );
		$this->assertNull( $this->plugin_services()->credit->charged_amount( $order->get_id() ) );
		$this->assertSame( 50, $this->stock_of( $this->product ) );
	}

	/**
	 * @testdox A non-member's order is refused
	 */
	public function test_non_member(): void {
		$order = $this->new_order( $this->make_user(), 1 );

		$result = $this->sut->process_payment( $order->get_id() );

		$this->assertSame( 'failure', $result['result'] );
		$this->assertSame( 'pending', wc_get_order( $order->get_id() )->get_status() );
	}

	/**
	 * @testdox Store API checkout stamps company and department on a member's order
	 */
	public function test_store_api_meta(): void {
		$department = $this->make_department();
		$order      = $this->new_order( $this->make_member( $department ), 1 );

		do_action( 'woocommerce_store_api_checkout_update_order_meta', $order );

		$this->assert_company_meta( $order, $department );
	}

	/**
	 * @testdox Status "Awaiting approval" is registered for posts and HPOS and is not a paid status
	 */
	public function test_status(): void {
		$this->assertSame( 'Awaiting approval', wc_get_order_statuses()['wc-kp-approval'] ?? null );
		$this->assertSame( 'wc-kp-approval', array_keys( wc_get_order_statuses() )[1] );
		$this->assertContains( 'wc-kp-approval', get_post_stati() );
		$this->assertNotContains( Keys::STATUS_APPROVAL, wc_get_is_paid_statuses() );
		$this->assertLessThanOrEqual( 20, strlen( 'wc-kp-approval' ) );
	}

	/**
	 * @testdox The blocks integration sends title, description and supports, and its script only when built
	 */
	public function test_blocks(): void {
		$sut = new BlocksPaymentMethod( Plugin::file() );
		$sut->initialize();
		$built = is_readable( plugin_dir_path( Plugin::file() ) . 'build/checkout/index.asset.php' );

		$this->assertSame( Keys::GATEWAY_ID, $sut->get_name() );
		$this->assertTrue( $sut->is_active() );
		$this->assertSame(
			array(
				'title'       => 'Company account',
				'description' => 'Invoice to your company. No online payment.',
				'supports'    => array( 'products' ),
			),
			$sut->get_payment_method_data()
		);
		$this->assertSame( $built ? array( 'kundeportal-checkout' ) : array(), $sut->get_payment_method_script_handles() );
	}

	/**
	 * A pending order of the user, as checkout creates it before payment.
	 *
	 * @param int $user_id  Orderer.
	 * @param int $quantity Quantity of the product.
	 * @return \WC_Order
	 */
	private function new_order( int $user_id, int $quantity ): \WC_Order {
		$order = wc_create_order( array( 'customer_id' => $user_id ) );
		$order->add_product( $this->product, $quantity );
		$order->set_payment_method( Keys::GATEWAY_ID );
		$order->calculate_totals( false );
		$order->save();

		return $order;
	}

	/**
	 * Asserts the company/department meta.
	 *
	 * @param \WC_Order  $order      Order.
	 * @param Department $department Expected department.
	 */
	private function assert_company_meta( \WC_Order $order, Department $department ): void {
		$this->assertSame( $department->company_id, (int) $order->get_meta( Keys::META_COMPANY_ID ) );
		$this->assertSame( $department->id, (int) $order->get_meta( Keys::META_DEPARTMENT_ID ) );
	}
}
