/**
 * External dependencies
 */
import { describe, expect, it } from '@jest/globals';

/**
 * Internal dependencies
 */
import type { AssortmentList } from '../../../api';
import {
	effectiveLists,
	listsChanged,
	listsOfCompany,
	toggleList,
} from '../assortment';

const list = (
	id: number,
	name: string,
	isDefault = false,
	company = 1
): AssortmentList => ( {
	id,
	company: { id: company, name: 'Staut' },
	name,
	is_default: isDefault,
	product_ids: [],
	item_count: 0,
	member_count: 0,
} );

const LISTS = [
	list( 3, 'Verksted' ),
	list( 1, 'Alle', true ),
	list( 2, 'Annet firma', false, 2 ),
	list( 4, 'Bygg' ),
];

describe( 'assortment lists', () => {
	it( 'keeps one company, defaults first, then by name', () => {
		expect( listsOfCompany( LISTS, 1 ).map( ( l ) => l.id ) ).toEqual( [
			1, 4, 3,
		] );
		expect( listsOfCompany( LISTS, undefined ) ).toEqual( [] );
	} );

	it( 'ticks and unticks without duplicates, sorted', () => {
		expect( toggleList( [ 3 ], 1, true ) ).toEqual( [ 1, 3 ] );
		expect( toggleList( [ 1, 3 ], 1, true ) ).toEqual( [ 1, 3 ] );
		expect( toggleList( [ 1, 3 ], 3, false ) ).toEqual( [ 1 ] );
		expect( toggleList( [], 3, false ) ).toEqual( [] );
	} );

	it( 'compares sets of ids', () => {
		expect( listsChanged( [ 1, 3 ], [ 3, 1 ] ) ).toBe( false );
		expect( listsChanged( [ 1 ], [ 1, 3 ] ) ).toBe( true );
		expect( listsChanged( [], [] ) ).toBe( false );
	} );

	it( 'applies the ticked lists, else the defaults', () => {
		const own = listsOfCompany( LISTS, 1 );
		expect( effectiveLists( own, [ 3 ] ).map( ( l ) => l.id ) ).toEqual( [
			3,
		] );
		expect( effectiveLists( own, [] ).map( ( l ) => l.id ) ).toEqual( [
			1,
		] );
		expect(
			effectiveLists( [ list( 3, 'Verksted' ) ], [] ).map( ( l ) => l.id )
		).toEqual( [] );
	} );
} );
