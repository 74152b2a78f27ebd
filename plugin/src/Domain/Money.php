<?php
/**
 * Conversion between WooCommerce decimal amounts and integer minor units.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

/**
 * Money is stored and sent as integer minor units (NOK 1 039,00 = 103900). Conversion works
 * on decimal strings, so no float drift: 0.1 + 0.2 becomes 30, never 29.
 */
final class Money {

	/**
	 * Converts a WooCommerce amount ("1039.00", 1039.5, 1039) to minor units, rounding half up.
	 *
	 * @param string|int|float $amount   Decimal amount with a dot as separator.
	 * @param int|null         $decimals Minor unit digits; default wc_get_price_decimals().
	 * @return int
	 * @throws \InvalidArgumentException When the amount is no decimal number.
	 */
	public static function to_minor( string|int|float $amount, ?int $decimals = null ): int {
		$decimals = $decimals ?? self::decimals();
		$text     = is_float( $amount ) ? self::float_to_string( $amount, $decimals ) : trim( (string) $amount );

		if ( ! preg_match( '/^([+-]?)(\d*)(?:\.(\d*))?$/', $text, $parts ) || '' === $parts[2] . ( $parts[3] ?? '' ) ) {
			throw new \InvalidArgumentException( 'Not a decimal amount.' );
		}

		$fraction = str_pad( $parts[3] ?? '', $decimals + 1, '0' );
		$digits   = ltrim( $parts[2], '0' ) . substr( $fraction, 0, $decimals );
		$minor    = (int) $digits;
		if ( (int) $fraction[ $decimals ] >= 5 ) {
			++$minor;
		}

		return '-' === $parts[1] ? -$minor : $minor;
	}

	/**
	 * Converts minor units back to a WooCommerce decimal string ("1039.00").
	 *
	 * @param int      $minor    Amount in minor units.
	 * @param int|null $decimals Minor unit digits; default wc_get_price_decimals().
	 * @return string
	 */
	public static function from_minor( int $minor, ?int $decimals = null ): string {
		$decimals = $decimals ?? self::decimals();
		$sign     = $minor < 0 ? '-' : '';
		$digits   = str_pad( (string) abs( $minor ), $decimals + 1, '0', STR_PAD_LEFT );

		if ( 0 === $decimals ) {
			return $sign . $digits;
		}

		return $sign . substr( $digits, 0, -$decimals ) . '.' . substr( $digits, -$decimals );
	}

	/**
	 * The shop's number of price decimals (WooCommerce setting), 2 when WooCommerce is absent.
	 *
	 * @return int
	 */
	public static function decimals(): int {
		return function_exists( 'wc_get_price_decimals' ) ? max( 0, (int) wc_get_price_decimals() ) : 2;
	}

	/**
	 * Formats a float with a few guard digits, so the string rounding above sees 1.005 as 1.005.
	 *
	 * @param float $amount   Amount.
	 * @param int   $decimals Minor unit digits.
	 * @return string
	 * @throws \InvalidArgumentException For INF and NAN.
	 */
	private static function float_to_string( float $amount, int $decimals ): string {
		if ( ! is_finite( $amount ) ) {
			throw new \InvalidArgumentException( 'Not a finite amount.' );
		}

		return number_format( round( $amount, $decimals + 4 ), $decimals + 4, '.', '' );
	}
}
