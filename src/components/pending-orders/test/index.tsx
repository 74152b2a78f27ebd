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
import { PendingOrders } from '..';
import {
	NOK,
	ORDER_FREDRIKA,
	ORDER_FREDRIKA_DETAIL,
	ORDER_NAVN,
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

/**
 * Routes api calls like the server would, with the given pending orders.
 *
 * @param pending Orders GET /orders returns (shrinks as they are decided).
 */
function serve( pending: ( typeof ORDER_FREDRIKA )[] ) {
	fetchMock.mockImplementation( async ( options ) => {
		const path = options.path ?? '';
		const decided = /\/orders\/(\d+)\/(approve|cancel)$/.exec( path );
		if ( decided ) {
			const id = Number( decided[ 1 ] );
			const index = pending.findIndex( ( o ) => o.id === id );
			const [ order ] = pending.splice( index, 1 );
			return order;
		}
		if ( path.startsWith( '/kundeportal/v1/orders?' ) ) {
			return ordersResponse( [ ...pending ] );
		}
		if ( path === '/kundeportal/v1/orders/101' ) {
			return ORDER_FREDRIKA_DETAIL;
		}
		throw { code: 'rest_no_route', message: path, data: { status: 404 } };
	} );
}

/** Matches the visible notice, not the copy in the screen-reader live region. */
const NOTICE = { selector: '.components-notice__content' };

const paths = () => fetchMock.mock.calls.map( ( [ options ] ) => options.path );

describe( 'PendingOrders', () => {
	beforeEach( () => {
		fetchMock.mockReset();
		document.documentElement.lang = 'nb-NO';
	} );

	it( 'renders one row per pending order', async () => {
		serve( [ ORDER_FREDRIKA, ORDER_NAVN ] );

		render( <PendingOrders currency={ NOK } department={ 1 } /> );

		const row = (
			await screen.findByText( 'Fredrika Fredriksen' )
		).closest( 'tr' );
		expect( row ).not.toBeNull();
		const cells = within( row as HTMLElement );
		expect( cells.getByText( '05.05.2025' ) ).toBeInTheDocument();
		expect( cells.getByText( 'avd Alnabru' ) ).toBeInTheDocument();
		expect( cells.getByText( '4 718,00 kr' ) ).toBeInTheDocument();
		expect( screen.getByText( 'Navn Navnesen' ) ).toBeInTheDocument();
		expect( paths()[ 0 ] ).toBe(
			'/kundeportal/v1/orders?status=kp-approval&orderby=date&order=desc&page=1&per_page=10&department=1'
		);
	} );

	it( 'sorts by date ascending on the server when the header is clicked', async () => {
		const user = userEvent.setup();
		serve( [ ORDER_FREDRIKA, ORDER_NAVN ] );
		render( <PendingOrders currency={ NOK } /> );
		await screen.findByText( 'Fredrika Fredriksen' );

		await user.click(
			screen.getByRole( 'button', { name: /Order date/ } )
		);

		await waitFor( () =>
			expect( paths() ).toContainEqual(
				expect.stringContaining( 'order=asc' )
			)
		);
		expect(
			screen.getByRole( 'columnheader', { name: /Order date/ } )
		).toHaveAttribute( 'aria-sort', 'ascending' );
	} );

	it( 'loads and shows the lines when an order is expanded', async () => {
		const user = userEvent.setup();
		serve( [ ORDER_FREDRIKA ] );
		render( <PendingOrders currency={ NOK } /> );

		const toggle = await screen.findByRole( 'button', {
			name: 'Details order #101',
		} );
		expect( toggle ).toHaveAttribute( 'aria-expanded', 'false' );
		await user.click( toggle );

		expect( toggle ).toHaveAttribute( 'aria-expanded', 'true' );
		expect(
			await screen.findByText( 'Safety Bukser – Sort/Gul, 84 (48)' )
		).toBeInTheDocument();
		expect( screen.getByText( '2546-314-2038-84' ) ).toBeInTheDocument();
		expect( screen.getByText( 'HV Vinterjakke KL 3' ) ).toBeInTheDocument();
		expect( screen.getByText( '1 039,00 kr' ) ).toBeInTheDocument();
		expect(
			document.getElementById( toggle.getAttribute( 'aria-controls' )! )
		).toBeVisible();
		expect( paths() ).toContain( '/kundeportal/v1/orders/101' );
		expect(
			screen.getByRole( 'button', {
				name: 'Cancel the order #101',
			} )
		).toBeInTheDocument();
	} );

	it( 'approves with a message, removes the row and reports success', async () => {
		const user = userEvent.setup();
		const onChange = jest.fn();
		serve( [ ORDER_FREDRIKA, ORDER_NAVN ] );
		render( <PendingOrders currency={ NOK } onChange={ onChange } /> );

		await user.click(
			await screen.findByRole( 'button', { name: 'Approve order #101' } )
		);
		const dialog = screen.getByRole( 'dialog', {
			name: 'Confirm order approval',
		} );
		expect(
			within( dialog ).getByText( 'Send a message to the orderer' )
		).toBeInTheDocument();
		const textarea = within( dialog ).getByLabelText( 'Write a message' );
		expect( textarea ).toHaveAttribute( 'maxLength', '1000' );
		await user.type( textarea, 'Godkjent, god tur!' );
		await user.click(
			within( dialog ).getByRole( 'button', { name: 'Approve' } )
		);

		expect(
			await screen.findByText( 'Order #101 approved.', NOTICE )
		).toBeInTheDocument();
		expect( screen.queryByText( 'Fredrika Fredriksen' ) ).toBeNull();
		expect( screen.queryByRole( 'dialog' ) ).toBeNull();
		expect( screen.getByText( 'Navn Navnesen' ) ).toBeInTheDocument();
		expect( onChange ).toHaveBeenCalledTimes( 1 );
		expect( fetchMock ).toHaveBeenCalledWith( {
			path: '/kundeportal/v1/orders/101/approve',
			method: 'POST',
			data: { message: 'Godkjent, god tur!' },
		} );
	} );

	it( 'sends the approval once on a double click', async () => {
		const user = userEvent.setup();
		let finish: ( value: unknown ) => void = () => undefined;
		serve( [ ORDER_FREDRIKA ] );
		const listing = fetchMock.getMockImplementation()!;
		fetchMock.mockImplementation( ( options ) =>
			options.path?.endsWith( '/approve' )
				? new Promise( ( resolve ) => {
						finish = resolve;
					} )
				: listing( options )
		);
		render( <PendingOrders currency={ NOK } /> );

		await user.click(
			await screen.findByRole( 'button', { name: 'Approve order #101' } )
		);
		const confirm = within( screen.getByRole( 'dialog' ) ).getByRole(
			'button',
			{ name: 'Approve' }
		);
		await user.dblClick( confirm );
		await user.click( confirm );

		const approvals = paths().filter( ( p ) => p?.endsWith( '/approve' ) );
		expect( approvals ).toHaveLength( 1 );
		expect( confirm ).toHaveAttribute( 'aria-disabled', 'true' );

		finish( ORDER_FREDRIKA );
		expect(
			await screen.findByText( 'Order #101 approved.', NOTICE )
		).toBeInTheDocument();
	} );

	it( 'cancels an order from the expanded row', async () => {
		const user = userEvent.setup();
		serve( [ ORDER_FREDRIKA ] );
		render( <PendingOrders currency={ NOK } /> );

		await user.click(
			await screen.findByRole( 'button', { name: 'Details order #101' } )
		);
		await user.click(
			screen.getByRole( 'button', {
				name: 'Cancel the order #101',
			} )
		);
		const dialog = screen.getByRole( 'dialog', {
			name: 'Cancel the order',
		} );
		await user.click(
			within( dialog ).getByRole( 'button', { name: 'Cancel the order' } )
		);

		expect(
			await screen.findByText( 'Order #101 cancelled.', NOTICE )
		).toBeInTheDocument();
		expect(
			await screen.findByText( 'No orders are waiting for approval.' )
		).toBeInTheDocument();
		expect( fetchMock ).toHaveBeenCalledWith( {
			path: '/kundeportal/v1/orders/101/cancel',
			method: 'POST',
			data: {},
		} );
	} );

	it( 'marks an order over the credit limit with text, not colour alone', async () => {
		serve( [ ORDER_FREDRIKA, ORDER_NAVN ] );
		render( <PendingOrders currency={ NOK } /> );

		const cue = await screen.findByText( 'Over credit limit' );
		const row = cue.closest( 'tr' );

		expect( row ).toHaveClass( 'is-over-credit' );
		expect(
			within( row! ).getByText( 'Navn Navnesen' )
		).toBeInTheDocument();
		expect(
			within( row! ).getByText( '-2 098,00 kr' )
		).toBeInTheDocument();
		expect( screen.getAllByText( 'Over credit limit' ) ).toHaveLength( 1 );
	} );

	it( 'shows a translated error inline when the list fails', async () => {
		fetchMock.mockRejectedValue( new Error( 'socket hang up' ) );

		render( <PendingOrders currency={ NOK } /> );

		expect(
			await screen.findByText( 'Could not load the pending orders.' )
		).toBeInTheDocument();
	} );

	it( 'pages on the server with Previous and Next', async () => {
		const user = userEvent.setup();
		fetchMock.mockImplementation( async () =>
			ordersResponse( [ ORDER_FREDRIKA ], 3 )
		);
		render( <PendingOrders currency={ NOK } /> );

		expect( await screen.findByText( 'Page 1 of 3' ) ).toBeInTheDocument();
		await user.click( screen.getByRole( 'button', { name: 'Next' } ) );

		expect( await screen.findByText( 'Page 2 of 3' ) ).toBeInTheDocument();
		expect( paths() ).toContainEqual( expect.stringContaining( 'page=2' ) );
	} );
} );
