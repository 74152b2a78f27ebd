/**
 * External dependencies
 */
import { describe, expect, it } from '@jest/globals';

/**
 * Internal dependencies
 */
import { MAX_QUANTITY, parseQuantity } from '../quantity';

describe( 'parseQuantity', () => {
	it( 'accepts whole numbers from 1 to 9999', () => {
		expect( parseQuantity( '1' ) ).toBe( 1 );
		expect( parseQuantity( ' 2 ' ) ).toBe( 2 );
		expect( parseQuantity( '0042' ) ).toBe( 42 );
		expect( parseQuantity( String( MAX_QUANTITY ) ) ).toBe( 9999 );
	} );

	it.each( [
		'',
		'0',
		'-1',
		'+1',
		'1.5',
		'1,5',
		'1e2',
		'x',
		'10000',
		'1 000',
		'0x10',
	] )( 'refuses %j', ( value ) => {
		expect( parseQuantity( value ) ).toBeNull();
	} );
} );
