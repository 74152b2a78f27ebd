<?php
/**
 * Tests of the Orders tab in My Account.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Account;

use Kundeportal\Account\OrdersTab;
use Kundeportal\Domain\Tracking;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Tests\TestCase;

/**
 * The block replaces WooCommerce's list for portal users only; tracking on view-order; the
 * approval message is kept.
 */
final class OrdersTabTest extends TestCase {

	/**
	 * Tab under test.
	 *
	 * @var OrdersTab
	 */
	private OrdersTab $tab;

	/**
	 * Adds WooCommerce's own list to the endpoint, as WooCommerce does.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->tab = new OrdersTab( $this->plugin_services() );
		add_action( 'woocommerce_account_orders_endpoint', 'woocommerce_account_orders' );
	}

	/**
	 * @testdox A member gets the portal block instead of WooCommerce's list.
	 */
	public function test_member(): void {
		wp_set_current_user( $this->make_member( $this->make_department() ) );

		ob_start();
		$this->tab->handle_endpoint();
		ob_get_clean();

		$this->assertFalse( has_action( 'woocommerce_account_orders_endpoint', 'woocommerce_account_orders' ) );
	}

	/**
	 * @testdox A customer outside the portal keeps WooCommerce's list.
	 */
	public function test_outsider(): void {
		wp_set_current_user( $this->make_user() );

		ob_start();
		$this->tab->handle_endpoint();
		$html = (string) ob_get_clean();

		$this->assertSame( '', $html );
		$this->assertNotFalse( has_action( 'woocommerce_account_orders_endpoint', 'woocommerce_account_orders' ) );
	}

	/**
	 * @testdox The view-order page lists the tracking link, escaped.
	 */
	public function test_order_details_tracking(): void {
		$order = $this->make_order( $this->make_member( $this->make_department() ), array( array( $this->make_product( '268' ), 1 ) ), 'processing' );
		( new Tracking() )->save( $order, 'posten', '<b>7072</b>' );

		ob_start();
		$this->tab->handle_order_details( wc_get_order( $order->get_id() ) );
		$html = (string) ob_get_clean();

		$this->assertStringContainsString( 'https://sporing.posten.no/sporing/7072', $html );
		$this->assertStringNotContainsString( '<b>', $html );
	}

	/**
	 * @testdox The manager's approval message stays on the order after the status change.
	 */
	public function test_approval_message_kept(): void {
		$department = $this->make_department();
		$order      = $this->make_order( $this->make_member( $department ), array( array( $this->make_product( '268' ), 1 ) ) );

		$this->plugin_services()->approval->approve( $order, $this->make_manager( $department ), 'Godkjent, husk hjelm' );

		$this->assertSame( 'Godkjent, husk hjelm', wc_get_order( $order->get_id() )->get_meta( Keys::META_APPROVAL_MESSAGE ) );
	}
}
