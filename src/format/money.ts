/**
 * Internal dependencies
 */
import type { Currency } from '../api/types';

/**
 * Groups the digits of a non-negative integer string in threes.
 *
 * @param digits    Digits only, no sign.
 * @param separator Thousand separator.
 */
function groupThousands( digits: string, separator: string ): string {
	return digits.replace( /\B(?=(\d{3})+(?!\d))/g, separator );
}

/**
 * Formats an amount in integer minor units with the store currency.
 *
 * NOK (2 decimals, `,` and ` `, suffix ` kr`): 471800 → "4 718,00 kr",
 * -209800 → "-2 098,00 kr". Works on integers only; never parses text.
 *
 * @param minorUnits Amount in the currency's minor units.
 * @param currency   Currency settings from GET /me.
 */
export function formatMoney( minorUnits: number, currency: Currency ): string {
	const decimals = Math.max( 0, Math.trunc( currency.currency_minor_unit ) );
	const amount = Math.round( minorUnits );
	const sign = amount < 0 ? '-' : '';
	const digits = Math.abs( amount )
		.toString()
		.padStart( decimals + 1, '0' );

	const whole = digits.slice( 0, digits.length - decimals );
	const fraction = decimals > 0 ? digits.slice( -decimals ) : '';

	const number =
		groupThousands( whole, currency.currency_thousand_separator ) +
		( fraction ? currency.currency_decimal_separator + fraction : '' );

	return `${ sign }${ currency.currency_prefix }${ number }${ currency.currency_suffix }`;
}
