<?php
/**
 * Tests of Money.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Domain;

use Kundeportal\Domain\Money;
use Kundeportal\Tests\TestCase;

/**
 * Conversion between WooCommerce amounts and minor units.
 */
final class MoneyTest extends TestCase {

	/**
	 * @testdox to_minor( $amount ) with $decimals decimals is $expected
	 * @dataProvider amounts
	 *
	 * @param string|int|float $amount   Input.
	 * @param int              $decimals Decimals.
	 * @param int              $expected Minor units.
	 */
	public function test_to_minor( $amount, int $decimals, int $expected ): void {
		$this->assertSame( $expected, Money::to_minor( $amount, $decimals ) );
	}

	/**
	 * Amounts and their minor units.
	 *
	 * @return array<string, array{0: string|int|float, 1: int, 2: int}>
	 */
	public function amounts(): array {
		return array(
			'WooCommerce string'      => array( '1039.00', 2, 103900 ),
			'integer'                 => array( 4718, 2, 471800 ),
			'float with half'         => array( 1039.5, 2, 103950 ),
			'float drift 0.1 + 0.2'   => array( 0.1 + 0.2, 2, 30 ),
			'float 1.005 rounds up'   => array( 1.005, 2, 101 ),
			'string rounds half up'   => array( '12.345', 2, 1235 ),
			'string rounds down'      => array( '12.344', 2, 1234 ),
			'negative'                => array( '-12.345', 2, -1235 ),
			'leading dot'             => array( '.5', 2, 50 ),
			'zero decimals'           => array( '268.49', 0, 268 ),
			'three decimals'          => array( '1.0005', 3, 1001 ),
			'large order total'       => array( '123456789.99', 2, 12345678999 ),
		);
	}

	/**
	 * @testdox from_minor() gives WooCommerce decimal strings
	 */
	public function test_from_minor(): void {
		$this->assertSame( '1039.00', Money::from_minor( 103900, 2 ) );
		$this->assertSame( '0.05', Money::from_minor( 5, 2 ) );
		$this->assertSame( '-20.98', Money::from_minor( -2098, 2 ) );
		$this->assertSame( '268', Money::from_minor( 268, 0 ) );
	}

	/**
	 * @testdox Without decimals given, the shop's price decimals (wc_get_price_decimals) apply
	 */
	public function test_shop_decimals(): void {
		$this->assertSame( wc_get_price_decimals(), Money::decimals() );
		$this->assertSame( 471800, Money::to_minor( '4718' ) );
	}

	/**
	 * @testdox Text that is no number is refused
	 */
	public function test_invalid(): void {
		$this->expectException( \InvalidArgumentException::class );

		Money::to_minor( '12,50', 2 );
	}
}
