/**
 * External dependencies
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { Orders } from '..';
import type { OrderDetail, OrderSummary } from '../../../api';
import {
	EMPLOYEE,
	fakeResponse,
	MANAGER,
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

const SHIPPED: OrderSummary = {
	...ORDER_FREDRIKA,
	status: 'processing',
	status_name: 'Processing',
	view_url: 'https://shop.example/min-konto/view-order/101/',
	tracking: [
		{
			source: 'kundeportal',
			carrier: 'posten',
			carrier_name: 'Posten/Bring',
			number: '70722150',
			url: 'https://sporing.posten.no/sporing/70722150',
		},
	],
};

const DETAIL: OrderDetail = {
	...ORDER_FREDRIKA_DETAIL,
	...SHIPPED,
	customer_notes: [
		{
			id: 9,
			date_created: '2025-05-06T08:00:00+02:00',
			content: 'Shipped with Posten/Bring: 70722150',
		},
	],
	approval_message: 'Husk hjelm',
};

/** Paths of the list requests so far. */
function listPaths(): string[] {
	return fetchMock.mock.calls
		.map( ( [ options ] ) => options.path ?? '' )
		.filter( ( path ) => path.startsWith( '/kundeportal/v1/orders?' ) );
}

beforeEach( () => {
	fetchMock.mockReset();
	fetchMock.mockImplementation( async ( options ) => {
		const path = options.path ?? '';
		if ( path.startsWith( '/kundeportal/v1/orders?' ) ) {
			return ordersResponse( [ SHIPPED ] );
		}
		if ( path === '/kundeportal/v1/orders/101' ) {
			return DETAIL;
		}
		return fakeResponse( null, {}, 404 );
	} );
} );

describe( 'Orders', () => {
	it( 'lists a manager’s orders with orderer, department, status and tracking link', async () => {
		render( <Orders me={ MANAGER } /> );

		const row = (
			await screen.findByText( 'Fredrika Fredriksen' )
		).closest( 'tr' );
		expect( row ).not.toBeNull();
		const cells = within( row as HTMLElement );
		expect( cells.getByText( 'avd Alnabru' ) ).toBeTruthy();
		expect( cells.getByText( 'Processing' ) ).toBeTruthy();
		expect(
			cells
				.getByRole( 'link', { name: /Posten\/Bring: 70722150/ } )
				.getAttribute( 'href' )
		).toBe( 'https://sporing.posten.no/sporing/70722150' );
		expect(
			cells.getByRole( 'link', { name: '#101' } ).getAttribute( 'href' )
		).toBe( SHIPPED.view_url );
		expect( listPaths()[ 0 ] ).toContain( 'status=any' );
	} );

	it( 'asks the server again when a filter or the sort changes', async () => {
		const user = userEvent.setup();
		render( <Orders me={ MANAGER } /> );
		await screen.findByText( 'Fredrika Fredriksen' );

		await user.selectOptions(
			screen.getByLabelText( 'Status' ),
			'completed'
		);
		await waitFor( () =>
			expect( listPaths().at( -1 ) ).toContain( 'status=completed' )
		);
		await user.selectOptions( screen.getByLabelText( 'Department' ), '1' );
		await waitFor( () =>
			expect( listPaths().at( -1 ) ).toContain( 'department=1' )
		);
		await user.click( screen.getByRole( 'button', { name: /Total/ } ) );
		await waitFor( () =>
			expect( listPaths().at( -1 ) ).toContain( 'orderby=total' )
		);
	} );

	it( 'shows an employee no orderer, department or department filter', async () => {
		render( <Orders me={ EMPLOYEE } /> );
		await screen.findByRole( 'link', { name: '#101' } );

		expect( screen.queryByLabelText( 'Department' ) ).toBeNull();
		expect( screen.queryByText( 'Orderer' ) ).toBeNull();
	} );

	it( 'expands the details: lines, the manager’s message, notes', async () => {
		const user = userEvent.setup();
		render( <Orders me={ EMPLOYEE } /> );

		const toggle = await screen.findByRole( 'button', {
			name: /Details order #101/,
		} );
		toggle.focus();
		await user.keyboard( '{Enter}' );

		expect( toggle.getAttribute( 'aria-expanded' ) ).toBe( 'true' );
		expect( await screen.findByText( 'Husk hjelm' ) ).toBeTruthy();
		expect( screen.getByText( /HV Vinterjakke KL 3/ ) ).toBeTruthy();
		expect(
			screen.getByText( 'Shipped with Posten/Bring: 70722150' )
		).toBeTruthy();
	} );
} );
