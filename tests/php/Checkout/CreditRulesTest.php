<?php
/**
 * Tests of the approval and credit rules per company.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Checkout;

use Automattic\WooCommerce\StoreApi\Exceptions\RouteException;
use Kundeportal\Checkout\CompanyAccountGateway;
use Kundeportal\Checkout\CreditRules;
use Kundeportal\Domain\Company;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Services;
use Kundeportal\Tests\TestCase;

/**
 * Approval off: within the credit → charged and processing; over → refused before the order
 * is placed (classic and Store API) or sent to approval; periods; refunds give credit back.
 */
final class CreditRulesTest extends TestCase {

	/**
	 * Rules under test.
	 *
	 * @var CreditRules
	 */
	private CreditRules $sut;

	/**
	 * Product at 1000.
	 *
	 * @var \WC_Product_Simple
	 */
	private \WC_Product_Simple $product;

	/**
	 * Builds the rules and a product.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->sut     = new CreditRules( $this->plugin_services() );
		$this->product = $this->make_product( '1000' );
	}

	/**
	 * A member of a new company with these settings and this credit limit.
	 *
	 * @param array $settings Company settings.
	 * @param int   $limit    Credit limit, minor units.
	 * @return int
	 */
	private function member( array $settings, int $limit ): int {
		return $this->make_member( $this->make_department( $this->make_company( $settings ) ), $limit );
	}

	/**
	 * @testdox Approval off, within the credit: the gateway charges and the order processes
	 */
	public function test_within_credit(): void {
		$user  = $this->member( array( 'approval_required' => false ), 300000 );
		$order = $this->make_order( $user, array( array( $this->product, 3 ) ), 'pending' );

		$result = ( new CompanyAccountGateway( $this->plugin_services() ) )->process_payment( $order->get_id() );

		$this->assertSame( 'success', $result['result'] );
		$this->assertSame( 'processing', wc_get_order( $order->get_id() )->get_status() );
		$this->assertSame( 300000, $this->plugin_services()->credit->charged_amount( $order->get_id() ) );
		$this->assertSame( 0, $this->plugin_services()->credit->member_left( $user ) );
	}

	/**
	 * @testdox Approval off, over the credit: classic checkout validation refuses with the credit left; nothing is charged
	 */
	public function test_over_credit_classic(): void {
		$user = $this->member( array( 'approval_required' => false ), 150000 );
		wp_set_current_user( $user );
		WC()->cart->empty_cart();
		WC()->cart->add_to_cart( $this->product->get_id(), 2 );
		WC()->cart->calculate_totals();
		$errors = new \WP_Error();

		do_action( 'woocommerce_after_checkout_validation', array( 'payment_method' => Keys::GATEWAY_ID ), $errors );

		$this->assertSame( array( 'kundeportal_credit_exceeded' ), $errors->get_error_codes() );
		$this->assertStringContainsString( 'This order exceeds your credit. You have', $errors->get_error_message() );
		$this->assertStringContainsString( '<bdi>1 500,00', $errors->get_error_message() );
		$this->assertSame( 2, WC()->cart->get_cart_contents_count() );
		$this->assertSame( 150000, $this->plugin_services()->credit->member_left( $user ) );
		WC()->cart->empty_cart();
	}

	/**
	 * @testdox Other payment methods and orders within the credit pass the classic validation
	 */
	public function test_classic_passes(): void {
		$user = $this->member( array( 'approval_required' => false ), 500000 );
		wp_set_current_user( $user );
		WC()->cart->empty_cart();
		WC()->cart->add_to_cart( $this->product->get_id(), 2 );
		WC()->cart->calculate_totals();
		$errors = new \WP_Error();

		do_action( 'woocommerce_after_checkout_validation', array( 'payment_method' => Keys::GATEWAY_ID ), $errors );
		do_action( 'woocommerce_after_checkout_validation', array( 'payment_method' => 'cod' ), $errors );

		$this->assertFalse( $errors->has_errors() );
		WC()->cart->empty_cart();
	}

	/**
	 * @testdox Approval off, over the credit: Store API checkout throws a 400 with the credit left as plain text
	 */
	public function test_over_credit_store_api(): void {
		$user  = $this->member( array( 'approval_required' => false ), 150000 );
		$order = $this->make_order( $user, array( array( $this->product, 2 ) ), 'pending' );

		try {
			do_action( 'woocommerce_store_api_checkout_update_order_from_request', $order, new \WP_REST_Request( 'POST', '/wc/store/v1/checkout' ) );
			$this->fail( 'No RouteException' );
		} catch ( RouteException $e ) {
			$this->assertSame( 'kundeportal_credit_exceeded', $e->getErrorCode() );
			$this->assertSame( 400, $e->getCode() );
			$this->assertSame( 'This order exceeds your credit. You have 1 500,00 kr left. Remove something from the cart or ask your manager for more credit.', html_entity_decode( $e->getMessage() ) );
		}

		do_action( 'woocommerce_store_api_checkout_update_order_from_request', $order, new \WP_REST_Request( 'PUT', '/wc/store/v1/checkout' ) );
		$this->assertNull( $this->plugin_services()->credit->charged_amount( $order->get_id() ) );
	}

	/**
	 * @testdox A charge that no longer fits (a parallel checkout won) fails the payment with the message
	 */
	public function test_gateway_refuses_over_credit(): void {
		$user  = $this->member( array( 'approval_required' => false ), 100000 );
		$order = $this->make_order( $user, array( array( $this->product, 2 ) ), 'pending' );

		$result = ( new CompanyAccountGateway( $this->plugin_services() ) )->process_payment( $order->get_id() );

		$this->assertSame( 'failure', $result['result'] );
		$this->assertStringContainsString( 'This order exceeds your credit', $result['message'] );
		$this->assertSame( 'pending', wc_get_order( $order->get_id() )->get_status() );
		$this->assertNull( $this->plugin_services()->credit->charged_amount( $order->get_id() ) );
	}

	/**
	 * @testdox over_credit=approval sends an over-credit order to kp-approval without charging
	 */
	public function test_over_credit_approval(): void {
		$user  = $this->member(
			array(
				'approval_required' => false,
				'over_credit'       => Company::OVER_CREDIT_APPROVAL,
			),
			100000
		);
		$order = $this->make_order( $user, array( array( $this->product, 2 ) ), 'pending' );

		do_action( 'woocommerce_store_api_checkout_update_order_from_request', $order, new \WP_REST_Request( 'POST', '/wc/store/v1/checkout' ) );
		$result = ( new CompanyAccountGateway( $this->plugin_services() ) )->process_payment( $order->get_id() );

		$this->assertSame( 'success', $result['result'] );
		$this->assertSame( Keys::STATUS_APPROVAL, wc_get_order( $order->get_id() )->get_status() );
		$this->assertNull( $this->plugin_services()->credit->charged_amount( $order->get_id() ) );
		$this->assertSame( CreditRules::DECISION_CHARGE, $this->sut->decide( $user, 100000 ) );
	}

	/**
	 * @testdox Decisions: approval on always waits; period "none" never refuses; non-members get none
	 */
	public function test_decide(): void {
		$approval = $this->member( array( 'approval_required' => true ), 1000 );
		$none     = $this->member(
			array(
				'approval_required' => false,
				'credit_period'     => Company::PERIOD_NONE,
			),
			1000
		);

		$this->assertSame( CreditRules::DECISION_APPROVAL, $this->sut->decide( $approval, 1 ) );
		$this->assertSame( CreditRules::DECISION_CHARGE, $this->sut->decide( $none, 999999999 ) );
		$this->assertSame( CreditRules::DECISION_REFUSE, $this->sut->decide( $this->member( array( 'approval_required' => false ), 1000 ), 1001 ) );
		$this->assertNull( $this->sut->decide( $this->make_user(), 1 ) );
	}

	/**
	 * @testdox Month period: available credit counts this month only; spent this year still counts every month
	 */
	public function test_month_period_figures(): void {
		$now        = new \DateTimeImmutable( '2025-05-15 12:00', wp_timezone() );
		$services   = new Services( static fn () => $now );
		$april      = new Services( static fn () => $now->modify( '-1 month' ) );
		$department = $this->make_department(
			$this->make_company(
				array(
					'approval_required' => false,
					'credit_period'     => Company::PERIOD_MONTH,
				)
			)
		);
		$user       = $this->make_member( $department, 500000 );
		$april->credit->charge( $this->make_order( $user, array( array( $this->product, 1 ) ), 'pending' ) );
		$services->credit->charge( $this->make_order( $user, array( array( $this->product, 2 ) ), 'pending' ) );

		$figures = $services->credit->department_figures( $department->id );

		$this->assertSame( 200000, $figures->spent_this_month );
		$this->assertSame( 300000, $figures->spent_this_year );
		$this->assertSame( 300000, $figures->available_credit );
		$this->assertSame( 300000, $services->credit->member_left( $user ) );
	}

	/**
	 * @testdox Period "none": unlimited available credit, spent figures still shown
	 */
	public function test_none_period_figures(): void {
		$department = $this->make_department(
			$this->make_company(
				array(
					'approval_required' => false,
					'credit_period'     => Company::PERIOD_NONE,
				)
			)
		);
		$user       = $this->make_member( $department, 1000 );
		$order      = $this->make_order( $user, array( array( $this->product, 2 ) ), 'pending' );

		( new CompanyAccountGateway( $this->plugin_services() ) )->process_payment( $order->get_id() );
		$figures = $this->plugin_services()->credit->department_figures( $department->id );

		$this->assertSame( 'processing', wc_get_order( $order->get_id() )->get_status() );
		$this->assertSame( \Kundeportal\Domain\Credit::UNLIMITED, $figures->available_credit );
		$this->assertSame( 200000, $figures->spent_this_year );
		$this->assertSame( 200000, $figures->spent_this_month );
	}

	/**
	 * @testdox A partial refund gives that much credit back; a full cancel after it gives the rest, never more
	 */
	public function test_partial_refund(): void {
		$user  = $this->member( array( 'approval_required' => false ), 500000 );
		$order = $this->make_order( $user, array( array( $this->product, 3 ) ), 'pending' );
		( new CompanyAccountGateway( $this->plugin_services() ) )->process_payment( $order->get_id() );

		wc_create_refund(
			array(
				'order_id' => $order->get_id(),
				'amount'   => '1000.00',
				'reason'   => 'One item returned',
			)
		);
		$after_refund = $this->plugin_services()->credit->member_left( $user );
		wc_get_order( $order->get_id() )->update_status( 'cancelled' );
		wc_get_order( $order->get_id() )->update_status( 'cancelled' );

		$this->assertSame( 300000, $after_refund );
		$this->assertSame( 500000, $this->plugin_services()->credit->member_left( $user ) );
	}
}
