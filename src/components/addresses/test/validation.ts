/**
 * External dependencies
 */
import { describe, expect, it } from '@jest/globals';

/**
 * Internal dependencies
 */
import {
	emptyAddress,
	firstInvalidField,
	toFormErrors,
	trimAddress,
	validateAddress,
	type AddressFormValues,
} from '../validation';

const COUNTRIES = [ 'NO', 'SE' ];

const VALID: AddressFormValues = {
	...emptyAddress( 'NO' ),
	label: 'Hovedlager Alnabru',
	address_1: 'Alnaveien 12',
	postcode: '0668',
	city: 'Oslo',
};

describe( 'validateAddress', () => {
	it( 'accepts a complete Norwegian address', () => {
		expect( validateAddress( VALID, COUNTRIES ) ).toEqual( {} );
	} );

	it( 'requires label, street, postcode, city and country', () => {
		const errors = validateAddress( emptyAddress( '' ), COUNTRIES );

		expect( Object.keys( errors ).sort() ).toEqual( [
			'address_1',
			'city',
			'country',
			'label',
			'postcode',
		] );
		expect( errors.label ).toMatch( /name/ );
	} );

	it( 'treats blanks as empty', () => {
		expect(
			validateAddress( { ...VALID, city: '   ' }, COUNTRIES ).city
		).toBe( 'Enter the city.' );
	} );

	it( 'allows a label of 100 characters, not 101', () => {
		expect(
			validateAddress( { ...VALID, label: 'æ'.repeat( 100 ) }, COUNTRIES )
		).toEqual( {} );
		expect(
			validateAddress( { ...VALID, label: 'æ'.repeat( 101 ) }, COUNTRIES )
				.label
		).toBe( 'Use at most 100 characters.' );
	} );

	it.each( [ '066', '06688', 'O668', '06 68', '0668a' ] )(
		'refuses the Norwegian postcode %s',
		( postcode ) => {
			expect(
				validateAddress( { ...VALID, postcode }, COUNTRIES ).postcode
			).toBe( 'A Norwegian postcode has 4 digits.' );
		}
	);

	it( 'accepts a trimmed Norwegian postcode', () => {
		expect(
			validateAddress( { ...VALID, postcode: ' 0668 ' }, COUNTRIES )
		).toEqual( {} );
	} );

	it( 'leaves other countries’ postcodes to the server', () => {
		expect(
			validateAddress(
				{ ...VALID, country: 'SE', postcode: '114 55' },
				COUNTRIES
			)
		).toEqual( {} );
	} );

	it( 'refuses a country the form does not offer', () => {
		expect(
			validateAddress( { ...VALID, country: 'XX' }, COUNTRIES ).country
		).toBe( 'Choose a country from the list.' );
	} );
} );

describe( 'helpers', () => {
	it( 'finds the first invalid field in form order', () => {
		expect(
			firstInvalidField( { city: 'x', label: 'y', postcode: 'z' } )
		).toBe( 'label' );
		expect( firstInvalidField( {} ) ).toBeUndefined();
	} );

	it( 'trims every field and upper-cases the country', () => {
		expect(
			trimAddress( { ...VALID, city: ' Oslo ', country: 'no' } )
		).toEqual( { ...VALID, city: 'Oslo', country: 'NO' } );
	} );

	it( 'keeps only the form’s fields of server errors', () => {
		expect(
			toFormErrors( { postcode: 'Bad', unknown: 'Ignored' } )
		).toEqual( { postcode: 'Bad' } );
	} );
} );
