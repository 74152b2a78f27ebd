/**
 * External dependencies
 */
import { describe, expect, it } from '@jest/globals';

/**
 * Internal dependencies
 */
import {
	localToday,
	serverFieldErrors,
	splitDomains,
	toNewInvite,
	validateDomains,
	validateExpiry,
	validateInvite,
	validateMaxUses,
} from '../invite-settings';

const TODAY = '2026-06-15';

describe( 'splitDomains', () => {
	it( 'splits on commas and spaces, lower-cases and drops "@" and duplicates', () => {
		expect(
			splitDomains( ' Staut.no, example.com  @x.no;staut.NO ' )
		).toEqual( [ 'staut.no', 'example.com', 'x.no' ] );
		expect( splitDomains( '' ) ).toEqual( [] );
	} );
} );

describe( 'validateDomains', () => {
	it( 'accepts an empty field and real domains', () => {
		expect( validateDomains( '' ) ).toBeUndefined();
		expect( validateDomains( 'staut.no, example.com' ) ).toBeUndefined();
		expect( validateDomains( 'xn--bcher-kva.example' ) ).toBeUndefined();
	} );

	it( 'names a bad domain', () => {
		expect( validateDomains( 'staut.no, staut' ) ).toBe(
			'"staut" is not a domain. Enter domains like example.com, separated by commas.'
		);
		expect( validateDomains( 'name@staut.no' ) ).toContain(
			'"name@staut.no" is not a domain'
		);
		expect( validateDomains( '-bad.no' ) ).toBeDefined();
		expect( validateDomains( 'staut..no' ) ).toBeDefined();
	} );

	it( 'refuses more than 20 domains', () => {
		const many = Array.from( { length: 21 }, ( _, i ) => `d${ i }.no` );
		expect( validateDomains( many.join( ',' ) ) ).toBe(
			'Enter at most 20 domains.'
		);
	} );
} );

describe( 'validateExpiry', () => {
	it( 'accepts no date, today and later', () => {
		expect( validateExpiry( '', TODAY ) ).toBeUndefined();
		expect( validateExpiry( TODAY, TODAY ) ).toBeUndefined();
		expect( validateExpiry( '2027-01-01', TODAY ) ).toBeUndefined();
	} );

	it( 'refuses a past date', () => {
		expect( validateExpiry( '2026-06-14', TODAY ) ).toBe(
			'Choose a date from today on.'
		);
	} );

	it( 'refuses something that is not a date', () => {
		expect( validateExpiry( '2026-02-30', TODAY ) ).toBe(
			'Enter a valid date.'
		);
		expect( validateExpiry( 'tomorrow', TODAY ) ).toBeDefined();
	} );
} );

describe( 'validateMaxUses', () => {
	it( 'accepts empty and whole numbers from 1', () => {
		expect( validateMaxUses( '' ) ).toBeUndefined();
		expect( validateMaxUses( '1' ) ).toBeUndefined();
		expect( validateMaxUses( '10000' ) ).toBeUndefined();
	} );

	it( 'refuses less than 1, fractions and text', () => {
		const message = 'Enter a whole number of 1 or more.';
		expect( validateMaxUses( '0' ) ).toBe( message );
		expect( validateMaxUses( '-3' ) ).toBe( message );
		expect( validateMaxUses( '2.5' ) ).toBe( message );
		expect( validateMaxUses( 'ten' ) ).toBe( message );
	} );

	it( 'refuses more than the server allows', () => {
		expect( validateMaxUses( '10001' ) ).toBe( 'Enter at most 10000.' );
	} );
} );

describe( 'validateInvite and toNewInvite', () => {
	it( 'reports every bad field', () => {
		expect(
			validateInvite(
				{
					expires_at: '2020-01-01',
					max_uses: '0',
					allowed_domains: 'nope',
				},
				TODAY
			)
		).toEqual( {
			expires_at: 'Choose a date from today on.',
			max_uses: 'Enter a whole number of 1 or more.',
			allowed_domains: expect.stringContaining( '"nope"' ),
		} );
	} );

	it( 'builds the POST body; empty fields mean no limit', () => {
		expect(
			toNewInvite( {
				expires_at: '2026-07-01',
				max_uses: ' 5 ',
				allowed_domains: 'Staut.no example.com',
			} )
		).toEqual( {
			expires_at: '2026-07-01',
			max_uses: 5,
			allowed_domains: [ 'staut.no', 'example.com' ],
		} );
		expect(
			toNewInvite( { expires_at: '', max_uses: '', allowed_domains: '' } )
		).toEqual( { expires_at: null, max_uses: null, allowed_domains: [] } );
	} );
} );

describe( 'localToday and serverFieldErrors', () => {
	it( 'formats the local date', () => {
		expect( localToday( new Date( 2026, 0, 5, 23, 30 ) ) ).toBe(
			'2026-01-05'
		);
	} );

	it( 'keeps only this form’s fields', () => {
		expect(
			serverFieldErrors( {
				allowed_domains: 'Bad',
				other: 'x',
				max_uses: 3,
			} )
		).toEqual( { allowed_domains: 'Bad' } );
		expect( serverFieldErrors( null ) ).toEqual( {} );
	} );
} );
