<?php
/**
 * Tests of Credit.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Domain;

use Kundeportal\Domain\Company;
use Kundeportal\Domain\Credit;
use Kundeportal\Domain\DomainException;
use Kundeportal\Services;
use Kundeportal\Tests\Parallel;
use Kundeportal\Tests\TestCase;

/**
 * Spent, left, charges, refunds and the department figures, with a clock we control.
 */
final class CreditTest extends TestCase {

	/**
	 * "Now" for the services under test, in site time.
	 *
	 * @var \DateTimeImmutable
	 */
	private \DateTimeImmutable $now;

	/**
	 * Services whose Credit reads $this->now.
	 *
	 * @var Services
	 */
	private Services $sut;

	/**
	 * Builds services with a controllable clock.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->set_clock( '2025-05-20 12:00' );
		$this->sut = new Services( fn (): \DateTimeImmutable => $this->now );
	}

	/**
	 * @testdox Department figures follow MISSION.md: available 8941, this month 4388, this year 6665, average 3332.50, 2 users
	 */
	public function test_figures_mission_numbers(): void {
		$department = $this->make_department( $this->make_company( array(), $this->sut ) );
		$fredrika   = $this->make_member( $department, 800000 );
		$lise       = $this->make_member( $department, 760600 );

		$this->set_clock( '2024-12-31 23:30' );
		$this->assertTrue( $this->sut->credit->charge( $this->order_of( $fredrika, '999' ) ) );
		$this->set_clock( '2025-03-10 09:00' );
		$this->sut->credit->charge( $this->order_of( $fredrika, '2277' ) );
		$this->set_clock( '2025-05-05 10:00' );
		$this->sut->credit->charge( $this->order_of( $lise, '4388' ) );
		$this->make_order( $fredrika, array( array( $this->make_product( '268' ), 1 ) ) );
		$this->set_clock( '2025-05-20 12:00' );

		$figures = $this->sut->credit->department_figures( $department->id );

		$this->assertSame(
			array(
				'available_credit'   => 894100,
				'credit_limit_total' => 1560600,
				'spent_this_month'   => 438800,
				'spent_this_year'    => 666500,
				'orders_this_year'   => 2,
				'average_order'      => 333250,
				'users'              => 2,
				'pending_orders'     => 1,
			),
			$figures->to_array()
		);
	}

	/**
	 * @testdox A department without members or orders has all figures 0
	 */
	public function test_figures_empty(): void {
		$department = $this->make_department( $this->make_company( array(), $this->sut ) );

		$figures = $this->sut->credit->department_figures( $department->id );

		$this->assertSame( array_fill_keys( array_keys( $figures->to_array() ), 0 ), $figures->to_array() );
	}

	/**
	 * @testdox Figures of an unknown department throw department_not_found (404)
	 */
	public function test_figures_unknown(): void {
		try {
			$this->sut->credit->department_figures( PHP_INT_MAX );
			$this->fail( 'No exception' );
		} catch ( DomainException $e ) {
			$this->assertSame( 'department_not_found', $e->get_error_code() );
			$this->assertSame( 404, $e->get_status() );
		}
	}

	/**
	 * @testdox Spent and left count this calendar year in site time; last year's charges are gone
	 */
	public function test_member_year(): void {
		$user = $this->make_member( $this->make_department( $this->make_company( array(), $this->sut ) ), 500000 );
		$this->set_clock( '2024-12-31 23:59' );
		$this->sut->credit->charge( $this->order_of( $user, '100' ) );
		$this->set_clock( '2025-01-01 00:01' );
		$this->sut->credit->charge( $this->order_of( $user, '1039.50' ) );

		$this->assertSame( 103950, $this->sut->credit->member_spent( $user ) );
		$this->assertSame( 500000 - 103950, $this->sut->credit->member_left( $user ) );
	}

	/**
	 * @testdox With a monthly period, only this calendar month counts for left, while year figures still add up
	 */
	public function test_member_month(): void {
		$department = $this->make_department( $this->make_company( array( 'credit_period' => Company::PERIOD_MONTH ), $this->sut ) );
		$user       = $this->make_member( $department, 100000 );
		$this->set_clock( '2025-04-30 23:00' );
		$this->sut->credit->charge( $this->order_of( $user, '400' ) );
		$this->set_clock( '2025-05-02 08:00' );
		$this->sut->credit->charge( $this->order_of( $user, '150' ) );

		$figures = $this->sut->credit->department_figures( $department->id );

		$this->assertSame( 15000, $this->sut->credit->member_spent( $user ) );
		$this->assertSame( 85000, $this->sut->credit->member_left( $user ) );
		$this->assertSame( 85000, $figures->available_credit );
		$this->assertSame( 55000, $figures->spent_this_year );
	}

	/**
	 * @testdox With credit period "none" there is no limit: left and available are Credit::UNLIMITED
	 */
	public function test_period_none(): void {
		$department = $this->make_department( $this->make_company( array( 'credit_period' => Company::PERIOD_NONE ), $this->sut ) );
		$user       = $this->make_member( $department, 0 );
		$this->sut->credit->charge( $this->order_of( $user, '5000' ), true );

		$this->assertSame( Credit::UNLIMITED, $this->sut->credit->member_left( $user ) );
		$this->assertSame( Credit::UNLIMITED, $this->sut->credit->department_figures( $department->id )->available_credit );
		$this->assertSame( 500000, $this->sut->credit->member_spent( $user ) );
	}

	/**
	 * @testdox Left is 0 for users who are no member, and for removed members
	 */
	public function test_left_non_member(): void {
		$user = $this->make_member( $this->make_department(), 500000 );
		$this->plugin_services()->members->remove( $user );

		$this->assertSame( 0, $this->sut->credit->member_left( $this->make_user() ) );
		$this->assertSame( 0, $this->sut->credit->member_left( $user ) );
	}

	/**
	 * @testdox Charging the same order twice writes one ledger row; the second call returns false
	 */
	public function test_charge_idempotent(): void {
		$user  = $this->make_member( $this->make_department(), 500000 );
		$order = $this->order_of( $user, '4718' );

		$this->assertTrue( $this->sut->credit->charge( $order ) );
		$this->assertFalse( $this->sut->credit->charge( $order ) );

		$this->assertSame( 1, $this->ledger_rows( $order->get_id() ) );
		$this->assertSame( 471800, $this->sut->credit->charged_amount( $order->get_id() ) );
		$this->assertSame( 500000 - 471800, $this->sut->credit->member_left( $user ) );
	}

	/**
	 * @testdox Charging a non-member's order does nothing and returns false
	 */
	public function test_charge_non_member(): void {
		$order = $this->order_of( $this->make_user(), '100' );

		$this->assertFalse( $this->sut->credit->charge( $order ) );
		$this->assertSame( 0, $this->ledger_rows( $order->get_id() ) );
	}

	/**
	 * @testdox An enforced charge over the credit left throws credit_exceeded (409) and writes nothing
	 */
	public function test_charge_enforced_limit(): void {
		$user  = $this->make_member( $this->make_department(), 100000 );
		$order = $this->order_of( $user, '1000.01' );

		try {
			$this->sut->credit->charge( $order, true );
			$this->fail( 'No exception' );
		} catch ( DomainException $e ) {
			$this->assertSame( 'credit_exceeded', $e->get_error_code() );
			$this->assertSame( 409, $e->get_status() );
		}

		$this->assertSame( 0, $this->ledger_rows( $order->get_id() ) );
		$this->assertTrue( $this->sut->credit->charge( $this->order_of( $user, '1000' ), true ) );
	}

	/**
	 * @testdox Four processes charging the same order at once write exactly one ledger row
	 */
	public function test_charge_parallel_same_order(): void {
		$user  = $this->make_member( $this->make_department(), 500000 );
		$order = $this->order_of( $user, '300' );
		$args  = array( 'charge', (string) $user, (string) $order->get_id(), '300', '0' );

		$results = Parallel::run( array_fill( 0, 4, $args ) );

		$this->assertSame( 1, count( array_filter( array_column( $results, 'charged' ) ) ), wp_json_encode( $results ) );
		$this->assertSame( 1, $this->ledger_rows( $order->get_id() ) );
	}

	/**
	 * @testdox Four processes charging different orders at once never spend the same credit twice
	 */
	public function test_charge_parallel_limit(): void {
		$user     = $this->make_member( $this->make_department(), 100000 );
		$commands = array();
		foreach ( range( 1, 4 ) as $unused ) {
			$commands[] = array( 'charge', (string) $user, (string) $this->order_of( $user, '600' )->get_id(), '600', '1' );
		}

		$results = Parallel::run( $commands );

		$this->assertSame( 1, count( array_filter( array_column( $results, 'charged' ) ) ), wp_json_encode( $results ) );
		$this->assertSame( 3, count( array_keys( array_column( $results, 'error' ), 'credit_exceeded', true ) ), wp_json_encode( $results ) );
		$this->assertSame( 40000, $this->sut->credit->member_left( $user ) );
	}

	/**
	 * @testdox Refunds give back what was refunded, at most the charge, and never twice
	 */
	public function test_refund(): void {
		$user    = $this->make_member( $this->make_department(), 500000 );
		$product = $this->make_product( '1000' );
		$order   = $this->make_order( $user, array( array( $product, 1 ) ), 'processing' );
		$this->sut->credit->charge( $order );

		wc_create_refund(
			array(
				'order_id' => $order->get_id(),
				'amount'   => '250',
			)
		);
		$this->sut->credit->refund( wc_get_order( $order->get_id() ) );
		$this->assertSame( 500000 - 75000, $this->sut->credit->member_left( $user ) );

		$cancelled = wc_get_order( $order->get_id() );
		$cancelled->set_status( 'cancelled' );
		$cancelled->save();
		$this->sut->credit->refund( $cancelled );
		$this->assertFalse( $this->sut->credit->refund( $cancelled ) );

		$this->assertSame( 500000, $this->sut->credit->member_left( $user ) );
		$this->assertSame( 2, $this->ledger_rows( $order->get_id() ) );
	}

	/**
	 * @testdox Refunding an order that was never charged changes nothing
	 */
	public function test_refund_uncharged(): void {
		$user  = $this->make_member( $this->make_department(), 500000 );
		$order = $this->order_of( $user, '100' );

		$this->assertFalse( $this->sut->credit->refund( $order ) );
		$this->assertSame( 0, $this->ledger_rows( $order->get_id() ) );
	}

	/**
	 * Sets the clock, in site time.
	 *
	 * @param string $local e.g. "2025-05-20 12:00".
	 */
	private function set_clock( string $local ): void {
		$this->now = new \DateTimeImmutable( $local, wp_timezone() );
	}

	/**
	 * A saved pending order of the user with one line at the given total.
	 *
	 * @param int    $user_id Orderer.
	 * @param string $total   Total as WooCommerce stores it.
	 * @return \WC_Order
	 */
	private function order_of( int $user_id, string $total ): \WC_Order {
		return $this->make_order( $user_id, array( array( $this->make_product( $total ), 1 ) ), 'pending' );
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
