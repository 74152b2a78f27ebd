/**
 * External dependencies
 */
import {
	afterEach,
	beforeEach,
	describe,
	expect,
	it,
	jest,
} from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { PendingOrders } from '..';
import type { OrderDetail } from '../../../api';
import { formatMoney } from '../../../format/money';
import {
	NOK,
	ORDER_FREDRIKA,
	ORDER_FREDRIKA_DETAIL,
	ordersResponse,
	type FetchOptions,
} from '../../../test-utils';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const fetchMock = apiFetch as unknown as jest.Mock<
	( options: FetchOptions ) => Promise< unknown >
>;

/** The order after the trousers went from 1 to 2 (and over the credit). */
const RAISED: OrderDetail = {
	...ORDER_FREDRIKA_DETAIL,
	item_count: 4,
	total: 575700,
	credit_left_after: -209800,
	lines: [
		{ ...ORDER_FREDRIKA_DETAIL.lines[ 0 ]!, quantity: 2, total: 207800 },
		ORDER_FREDRIKA_DETAIL.lines[ 1 ]!,
	],
};

/** The order after the jacket line was removed. */
const WITHOUT_JACKET: OrderDetail = {
	...ORDER_FREDRIKA_DETAIL,
	item_count: 1,
	total: 103900,
	credit_left_after: 896100,
	lines: [ ORDER_FREDRIKA_DETAIL.lines[ 0 ]! ],
};

/**
 * Serves the list and the detail; `change` answers PATCH and DELETE.
 *
 * @param change Answer (or throw) for line changes.
 */
function serve( change: ( options: FetchOptions ) => Promise< unknown > ) {
	fetchMock.mockImplementation( async ( options ) => {
		const path = options.path ?? '';
		if ( path.startsWith( '/kundeportal/v1/orders?' ) ) {
			return ordersResponse( [ ORDER_FREDRIKA ] );
		}
		if ( path === '/kundeportal/v1/orders/101' ) {
			return ORDER_FREDRIKA_DETAIL;
		}
		if ( path.startsWith( '/kundeportal/v1/orders/101/lines/' ) ) {
			return change( options );
		}
		throw { code: 'rest_no_route', message: path, data: { status: 404 } };
	} );
}

const lineCalls = () =>
	fetchMock.mock.calls
		.map( ( [ options ] ) => options )
		.filter( ( options ) => ( options.path ?? '' ).includes( '/lines/' ) );

/**
 * Renders the table and expands Fredrika's order.
 */
async function expand() {
	const user = userEvent.setup();
	render( <PendingOrders currency={ NOK } department={ 1 } /> );
	await user.click(
		await screen.findByRole( 'button', { name: 'Details order #101' } )
	);
	const row = screen.getByText( 'Fredrika Fredriksen' ).closest( 'tr' );

	return { user, row: row as HTMLElement };
}

describe( 'Editing the lines of a pending order', () => {
	beforeEach( () => {
		fetchMock.mockReset();
		document.documentElement.lang = 'nb-NO';
	} );

	afterEach( () => {
		jest.restoreAllMocks();
	} );

	it( 'sends a new quantity and updates total, items and credit at once', async () => {
		serve( async () => RAISED );
		const { user, row } = await expand();

		const input = await screen.findByRole( 'spinbutton', {
			name: 'Quantity for Safety Bukser – Sort/Gul, 84 (48)',
		} );
		await user.clear( input );
		await user.type( input, '2{Enter}' );

		expect(
			await within( row ).findByText( 'Over credit limit' )
		).toBeTruthy();
		expect( lineCalls() ).toEqual( [
			{
				path: '/kundeportal/v1/orders/101/lines/1',
				method: 'PATCH',
				data: { quantity: 2 },
			},
		] );
		expect( row.className ).toContain( 'is-over-credit' );
		expect(
			within( row ).getByText( formatMoney( 575700, NOK ) )
		).toBeTruthy();
		expect( within( row ).getByText( '4' ) ).toBeTruthy();
		expect(
			within( row ).getByText( formatMoney( -209800, NOK ) )
		).toBeTruthy();
		expect( ( input as HTMLInputElement ).value ).toBe( '2' );
	} );

	it( 'refuses anything but a whole number from 1 to 9999 without calling the server', async () => {
		serve( async () => RAISED );
		const { user } = await expand();
		const input = await screen.findByRole( 'spinbutton', {
			name: 'Quantity for Safety Bukser – Sort/Gul, 84 (48)',
		} );

		for ( const typed of [ '0', '10000' ] ) {
			await user.clear( input );
			await user.type( input, typed );
			await user.click(
				screen.getAllByRole( 'button', { name: 'Update' } )[ 0 ]!
			);
			expect(
				screen.getByText( 'Enter a whole number from 1 to 9999.' )
			).toBeTruthy();
			expect( input.getAttribute( 'aria-invalid' ) ).toBe( 'true' );
		}

		expect( lineCalls() ).toEqual( [] );
	} );

	it( 'removes a line after confirming, and not without', async () => {
		serve( async () => WITHOUT_JACKET );
		const confirm = jest
			.spyOn( window, 'confirm' )
			.mockReturnValueOnce( false )
			.mockReturnValueOnce( true );
		const { user, row } = await expand();
		const remove = await screen.findByRole( 'button', {
			name: 'Remove HV Vinterjakke KL 3',
		} );

		await user.click( remove );
		expect( lineCalls() ).toEqual( [] );

		await user.click( remove );

		expect(
			await within( row ).findByText( formatMoney( 103900, NOK ) )
		).toBeTruthy();
		expect( confirm ).toHaveBeenCalledWith(
			'Remove HV Vinterjakke KL 3 from the order?'
		);
		expect( lineCalls() ).toEqual( [
			{
				path: '/kundeportal/v1/orders/101/lines/2',
				method: 'DELETE',
				data: {},
			},
		] );
		expect(
			screen.queryByRole( 'button', {
				name: 'Remove HV Vinterjakke KL 3',
			} )
		).toBeNull();
	} );

	it( "shows the server's message when a change is refused, and keeps the lines", async () => {
		serve( async () => {
			throw {
				code: 'kundeportal_last_line',
				message:
					'An order needs at least one line. Cancel the order instead.',
				data: { status: 409 },
			};
		} );
		jest.spyOn( window, 'confirm' ).mockReturnValue( true );
		const { user } = await expand();

		await user.click(
			await screen.findByRole( 'button', {
				name: 'Remove HV Vinterjakke KL 3',
			} )
		);

		expect(
			await screen.findByText(
				'An order needs at least one line. Cancel the order instead.',
				{ selector: '.components-notice__content' }
			)
		).toBeTruthy();
		expect(
			screen.getByRole( 'button', { name: 'Remove HV Vinterjakke KL 3' } )
		).toBeTruthy();
	} );
} );
