/**
 * External dependencies
 */
import { describe, expect, it, jest } from '@jest/globals';

const mockRegisterPaymentMethod = jest.fn();

jest.mock(
	'@woocommerce/blocks-registry',
	() => ( { registerPaymentMethod: mockRegisterPaymentMethod } ),
	{ virtual: true }
);
jest.mock(
	'@woocommerce/settings',
	() => ( {
		getSetting: ( name: string ) =>
			name === 'kundeportal_account_data'
				? {
						title: 'Company account',
						description: 'Invoice to your company.',
						supports: [ 'products' ],
					}
				: {},
	} ),
	{ virtual: true }
);

describe( 'checkout payment method', () => {
	it( 'registers kundeportal_account with the server settings', () => {
		jest.isolateModules( () => {
			require( '..' );
		} );

		expect( mockRegisterPaymentMethod ).toHaveBeenCalledTimes( 1 );
		expect( mockRegisterPaymentMethod ).toHaveBeenCalledWith(
			expect.objectContaining( {
				name: 'kundeportal_account',
				ariaLabel: 'Company account',
				supports: { features: [ 'products' ] },
			} )
		);
		const [ [ config ] ] = mockRegisterPaymentMethod.mock.calls as [
			[ { canMakePayment: () => boolean } ],
		];
		expect( config.canMakePayment() ).toBe( true );
	} );

	it( 'falls back to safe defaults for missing or malformed settings', () => {
		jest.isolateModules( () => {
			const { readPaymentMethodData } = require( '..' );

			expect( readPaymentMethodData( null ) ).toEqual( {
				title: 'Company account',
				description: '',
				features: [ 'products' ],
			} );
			expect(
				readPaymentMethodData( { title: 7, supports: [ 'x', 1 ] } )
			).toEqual( {
				title: 'Company account',
				description: '',
				features: [ 'x' ],
			} );
		} );
	} );
} );
