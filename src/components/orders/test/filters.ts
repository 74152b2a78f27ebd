/**
 * External dependencies
 */
import { describe, expect, it } from '@jest/globals';

/**
 * Internal dependencies
 */
import {
	buildOrdersQuery,
	dateRangeError,
	DEFAULT_SORT,
	EMPTY_FILTERS,
	isDay,
	nextSort,
} from '../filters';

describe( 'buildOrdersQuery', () => {
	it( 'asks for every status, newest first, without filters', () => {
		expect(
			buildOrdersQuery( EMPTY_FILTERS, DEFAULT_SORT, 1, 20, true )
		).toEqual( {
			status: 'any',
			orderby: 'date',
			order: 'desc',
			page: 1,
			per_page: 20,
		} );
	} );

	it( 'passes status, department, dates and sort', () => {
		expect(
			buildOrdersQuery(
				{
					status: 'processing',
					department: '7',
					after: '2025-01-01',
					before: '2025-01-31',
				},
				{ orderby: 'total', order: 'asc' },
				3,
				10,
				true
			)
		).toEqual( {
			status: 'processing',
			department: 7,
			after: '2025-01-01',
			before: '2025-01-31',
			orderby: 'total',
			order: 'asc',
			page: 3,
			per_page: 10,
		} );
	} );

	it( 'leaves the department out for employees', () => {
		const query = buildOrdersQuery(
			{ ...EMPTY_FILTERS, department: '7' },
			DEFAULT_SORT,
			1,
			20,
			false
		);

		expect( query ).not.toHaveProperty( 'department' );
	} );

	it( 'sends one open end of the range on its own', () => {
		const query = buildOrdersQuery(
			{ ...EMPTY_FILTERS, before: '2025-02-28' },
			DEFAULT_SORT,
			1,
			20,
			true
		);

		expect( query.before ).toBe( '2025-02-28' );
		expect( query ).not.toHaveProperty( 'after' );
	} );

	it( 'drops dates while the range is invalid', () => {
		const reversed = buildOrdersQuery(
			{ ...EMPTY_FILTERS, after: '2025-03-01', before: '2025-02-01' },
			DEFAULT_SORT,
			1,
			20,
			true
		);
		const impossible = buildOrdersQuery(
			{ ...EMPTY_FILTERS, after: '2025-02-30' },
			DEFAULT_SORT,
			1,
			20,
			true
		);

		expect( reversed ).not.toHaveProperty( 'after' );
		expect( reversed ).not.toHaveProperty( 'before' );
		expect( impossible ).not.toHaveProperty( 'after' );
	} );

	it( 'ignores a bad department and page', () => {
		const query = buildOrdersQuery(
			{ ...EMPTY_FILTERS, department: 'abc' },
			DEFAULT_SORT,
			0,
			20,
			true
		);

		expect( query ).not.toHaveProperty( 'department' );
		expect( query.page ).toBe( 1 );
	} );
} );

describe( 'dateRangeError', () => {
	it( 'accepts empty and ordered ranges, including one day', () => {
		expect( dateRangeError( EMPTY_FILTERS ) ).toBe( '' );
		expect(
			dateRangeError( {
				...EMPTY_FILTERS,
				after: '2025-05-05',
				before: '2025-05-05',
			} )
		).toBe( '' );
	} );

	it( 'reports a reversed range and impossible days', () => {
		expect(
			dateRangeError( {
				...EMPTY_FILTERS,
				after: '2025-05-06',
				before: '2025-05-05',
			} )
		).not.toBe( '' );
		expect(
			dateRangeError( { ...EMPTY_FILTERS, before: '2025-13-01' } )
		).not.toBe( '' );
	} );
} );

describe( 'isDay', () => {
	it( 'knows real days', () => {
		expect( isDay( '2024-02-29' ) ).toBe( true );
		expect( isDay( '2025-02-29' ) ).toBe( false );
		expect( isDay( '5.5.2025' ) ).toBe( false );
	} );
} );

describe( 'nextSort', () => {
	it( 'flips the current column and starts a new one descending', () => {
		expect( nextSort( DEFAULT_SORT, 'date' ) ).toEqual( {
			orderby: 'date',
			order: 'asc',
		} );
		expect(
			nextSort( { orderby: 'date', order: 'asc' }, 'total' )
		).toEqual( { orderby: 'total', order: 'desc' } );
	} );
} );
