/**
 * External dependencies
 */
import { describe, expect, it } from '@jest/globals';

/**
 * Internal dependencies
 */
import { formatMoney } from '../money';
import { NOK } from '../../test-utils';

describe( 'formatMoney', () => {
	it( 'formats NOK minor units with space thousands and comma decimals', () => {
		expect( formatMoney( 471800, NOK ) ).toBe( '4 718,00 kr' );
		expect( formatMoney( 103900, NOK ) ).toBe( '1 039,00 kr' );
		expect( formatMoney( 26800, NOK ) ).toBe( '268,00 kr' );
	} );

	it( 'puts the minus sign in front', () => {
		expect( formatMoney( -209800, NOK ) ).toBe( '-2 098,00 kr' );
		expect( formatMoney( -5, NOK ) ).toBe( '-0,05 kr' );
	} );

	it( 'formats zero', () => {
		expect( formatMoney( 0, NOK ) ).toBe( '0,00 kr' );
	} );

	it( 'formats large amounts', () => {
		expect( formatMoney( 123456789012, NOK ) ).toBe(
			'1 234 567 890,12 kr'
		);
	} );

	it( 'follows the currency settings: prefix, no decimals, other separators', () => {
		const usd = {
			...NOK,
			currency_code: 'USD',
			currency_prefix: '$',
			currency_suffix: '',
			currency_decimal_separator: '.',
			currency_thousand_separator: ',',
		};
		const jpy = { ...NOK, currency_minor_unit: 0, currency_suffix: ' ¥' };

		expect( formatMoney( 1234567, usd ) ).toBe( '$12,345.67' );
		expect( formatMoney( -99, usd ) ).toBe( '-$0.99' );
		expect( formatMoney( 1500, jpy ) ).toBe( '1 500 ¥' );
	} );
} );
