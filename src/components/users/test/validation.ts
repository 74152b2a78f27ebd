/**
 * External dependencies
 */
import { describe, expect, it } from '@jest/globals';

/**
 * Internal dependencies
 */
import { NOK } from '../../../test-utils';
import {
	firstInvalidField,
	parseMoneyInput,
	toMoneyInput,
	validateEmail,
	validateName,
	validateNewUser,
	validatePosition,
	type UserFormValues,
} from '../validation';

const VALID: UserFormValues = {
	department_id: '1',
	credit_limit: '5000',
	first_name: 'Nora',
	last_name: 'Nilsen',
	email: 'nora@example.com',
	position: '',
	address: 'private',
};

describe( 'parseMoneyInput', () => {
	it.each( [
		[ '5000', 500000 ],
		[ '5 000', 500000 ],
		[ '5\u00a0000', 500000 ],
		[ '5000,5', 500050 ],
		[ '5000.50', 500050 ],
		[ '0', 0 ],
		[ ' 12 ', 1200 ],
		[ '0,01', 1 ],
	] )( 'reads %p as %p minor units', ( input, expected ) => {
		expect( parseMoneyInput( input, NOK ) ).toBe( expected );
	} );

	it.each( [ '', '-1', 'abc', '5,001', '5.000,00', '1e3', ',5' ] )(
		'refuses %p',
		( input ) => {
			expect( parseMoneyInput( input, NOK ) ).toBeNull();
		}
	);

	it( 'accepts no decimals for a currency without minor units', () => {
		const whole = { ...NOK, currency_minor_unit: 0 };
		expect( parseMoneyInput( '5000', whole ) ).toBe( 5000 );
		expect( parseMoneyInput( '5000,5', whole ) ).toBeNull();
	} );
} );

describe( 'toMoneyInput', () => {
	it( 'writes minor units as typed text with the store decimal separator', () => {
		expect( toMoneyInput( 500000, NOK ) ).toBe( '5000' );
		expect( toMoneyInput( 500050, NOK ) ).toBe( '5000,50' );
		expect( toMoneyInput( 1, NOK ) ).toBe( '0,01' );
		expect( parseMoneyInput( toMoneyInput( 123456, NOK ), NOK ) ).toBe(
			123456
		);
	} );
} );

describe( 'field rules', () => {
	it( 'requires names of at most 20 characters', () => {
		expect( validateName( '  ', 'first_name' ) ).toBe(
			'Enter the first name.'
		);
		expect( validateName( '', 'last_name' ) ).toBe(
			'Enter the last name.'
		);
		expect(
			validateName( 'a'.repeat( 20 ), 'first_name' )
		).toBeUndefined();
		expect( validateName( 'a'.repeat( 21 ), 'first_name' ) ).toBe(
			'Use at most 20 characters.'
		);
		expect( validateName( 'Ø'.repeat( 20 ), 'last_name' ) ).toBeUndefined();
	} );

	it( 'requires a valid e-mail address', () => {
		expect( validateEmail( '' ) ).toBe( 'Enter an e-mail address.' );
		expect( validateEmail( 'nora' ) ).toMatch( /valid e-mail/ );
		expect( validateEmail( 'nora@example' ) ).toMatch( /valid e-mail/ );
		expect( validateEmail( ' nora@example.com ' ) ).toBeUndefined();
	} );

	it( 'allows an empty position of at most 60 characters', () => {
		expect( validatePosition( '' ) ).toBeUndefined();
		expect( validatePosition( 'p'.repeat( 61 ) ) ).toBe(
			'Use at most 60 characters.'
		);
	} );
} );

describe( 'validateNewUser', () => {
	it( 'accepts a complete form', () => {
		expect( validateNewUser( VALID, NOK ) ).toEqual( {} );
	} );

	it( 'reports every bad field, the first in form order', () => {
		const errors = validateNewUser(
			{
				department_id: '',
				credit_limit: '-5',
				first_name: '',
				last_name: 'x'.repeat( 21 ),
				email: 'nope',
				position: 'p'.repeat( 61 ),
				address: '',
			},
			NOK
		);

		expect( Object.keys( errors ).sort() ).toEqual( [
			'address',
			'credit_limit',
			'department_id',
			'email',
			'first_name',
			'last_name',
			'position',
		] );
		expect( errors.credit_limit ).toBe(
			'Enter a credit limit of 0 or more.'
		);
		expect( firstInvalidField( errors ) ).toBe( 'department_id' );
		expect( firstInvalidField( { email: 'x' } ) ).toBe( 'email' );
		expect( firstInvalidField( {} ) ).toBeUndefined();
	} );
} );
