/**
 * External dependencies
 */
import { afterEach, describe, expect, it } from '@jest/globals';

/**
 * WordPress dependencies
 */
import { getSettings, setSettings } from '@wordpress/date';

/**
 * Internal dependencies
 */
import { formatDate } from '../date';

const defaults = getSettings();

describe( 'formatDate', () => {
	afterEach( () => {
		setSettings( defaults );
	} );

	it( 'shows dd.mm.yyyy with the Norwegian format d.m.Y', () => {
		expect( formatDate( '2025-05-05T10:12:00', 'd.m.Y' ) ).toBe(
			'05.05.2025'
		);
	} );

	it( "uses the site's date format from WordPress's settings", () => {
		setSettings( {
			...defaults,
			formats: { ...defaults.formats, date: 'd.m.Y' },
		} );

		expect( formatDate( '2025-01-13T23:59:59+01:00' ) ).toBe(
			'13.01.2025'
		);
	} );

	it( 'keeps the wall-clock date late in the day and for date-only values', () => {
		expect( formatDate( '2025-12-31T23:59:59', 'Y-m-d' ) ).toBe(
			'2025-12-31'
		);
		expect( formatDate( '2025-03-01', 'j. F Y' ) ).toBe( '1. March 2025' );
	} );

	it( 'returns text that is not a date unchanged', () => {
		expect( formatDate( 'soon', 'd.m.Y' ) ).toBe( 'soon' );
	} );
} );
