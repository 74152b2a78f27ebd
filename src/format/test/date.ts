/**
 * External dependencies
 */
import { afterEach, describe, expect, it } from '@jest/globals';

/**
 * Internal dependencies
 */
import { formatDate } from '../date';

describe( 'formatDate', () => {
	afterEach( () => {
		document.documentElement.lang = '';
	} );

	it( 'shows dd.mm.yyyy for Norwegian', () => {
		expect( formatDate( '2025-05-05T10:12:00', 'nb-NO' ) ).toBe(
			'05.05.2025'
		);
	} );

	it( 'reads the locale from the page language', () => {
		document.documentElement.lang = 'nb-NO';

		expect( formatDate( '2025-01-13T23:59:59+01:00' ) ).toBe(
			'13.01.2025'
		);
	} );

	it( 'returns text that is not a date unchanged', () => {
		expect( formatDate( 'soon', 'nb-NO' ) ).toBe( 'soon' );
	} );
} );
