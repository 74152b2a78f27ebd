<?php
/**
 * Tests of the ledger following status changes made outside the portal.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Checkout;

use Kundeportal\Tests\TestCase;

/**
 * wp-admin's status dropdown and the WooCommerce REST API change statuses without our
 * Approval service; the credit must follow all the same.
 */
final class CreditSyncTest extends TestCase {

	/**
	 * @testdox Approving by a plain status change (wp-admin dropdown) charges the credit once.
	 */
	public function test_status_change_charges_once(): void {
		$department = $this->make_department();
		$member     = $this->make_member( $department, 500000 );
		$order      = $this->make_order( $member, array( array( $this->make_product( '1039' ), 2 ) ) );
		$credit     = $this->plugin_services()->credit;

		$order->update_status( 'processing' );
		$order = wc_get_order( $order->get_id() );
		$order->update_status( 'completed' );

		$this->assertSame( 207800, $credit->charged_amount( $order->get_id() ) );
		$this->assertSame( 500000 - 207800, $credit->member_left( $member ) );
	}

	/**
	 * @testdox The portal's approval and the status hook together still charge once.
	 */
	public function test_portal_approval_charges_once(): void {
		$department = $this->make_department();
		$member     = $this->make_member( $department, 500000 );
		$manager    = $this->make_manager( $department );
		$order      = $this->make_order( $member, array( array( $this->make_product( '268' ), 1 ) ) );

		$result = $this->plugin_services()->approval->approve( $order, $manager, '' );

		$this->assertTrue( $result->charged );
		$this->assertSame( 500000 - 26800, $this->plugin_services()->credit->member_left( $member ) );
	}
}
