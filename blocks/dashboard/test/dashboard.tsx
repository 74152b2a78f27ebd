/**
 * External dependencies
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { Dashboard } from '../dashboard';
import type { Department, Me } from '../../../src/api';
import {
	ALNABRU,
	EMPLOYEE,
	MANAGER,
	ORDER_FREDRIKA,
	ordersResponse,
	SKJETTEN,
	type FetchOptions,
} from '../../../src/test-utils';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const fetchMock = apiFetch as unknown as jest.Mock<
	( options: FetchOptions ) => Promise< unknown >
>;

/**
 * Answers GET /me, /departments and /orders.
 *
 * @param me          The current user.
 * @param departments Departments in scope.
 */
function serve( me: Me, departments: Department[] ) {
	fetchMock.mockImplementation( async ( { path = '' } ) => {
		if ( path === '/kundeportal/v1/me' ) {
			return me;
		}
		if ( path === '/kundeportal/v1/departments' ) {
			return departments;
		}
		if ( path.startsWith( '/kundeportal/v1/orders?' ) ) {
			return ordersResponse( [ ORDER_FREDRIKA ] );
		}
		throw { code: 'rest_no_route', message: path, data: { status: 404 } };
	} );
}

/**
 * The value shown for a figure, found by its label.
 *
 * @param label Visible label of the figure.
 */
function figure( label: string ) {
	const term = screen.getByText( label, { selector: 'dt' } );

	return term.nextElementSibling?.textContent;
}

describe( 'Dashboard', () => {
	beforeEach( () => {
		fetchMock.mockReset();
		document.documentElement.lang = 'nb-NO';
	} );

	it( 'shows the department heading and its five figures', async () => {
		serve( MANAGER, [ ALNABRU ] );

		render( <Dashboard /> );

		expect(
			await screen.findByRole( 'heading', {
				name: 'Staut Arbeidsklær AS avd Alnabru',
			} )
		).toBeInTheDocument();
		expect( figure( 'Available credit' ) ).toBe( '15 606,00 kr' );
		expect( figure( 'Spent this month' ) ).toBe( '4 718,00 kr' );
		expect( figure( 'Spent this year' ) ).toBe( '8 941,00 kr' );
		expect( figure( 'Average order' ) ).toBe( '4 470,50 kr' );
		expect( figure( 'Users' ) ).toBe( '3' );
		expect( screen.queryByLabelText( 'Department' ) ).toBeNull();
		expect(
			await screen.findByText( 'Fredrika Fredriksen' )
		).toBeInTheDocument();
	} );

	it( 'offers a department switcher for two departments', async () => {
		const user = userEvent.setup();
		serve( MANAGER, [ ALNABRU, SKJETTEN ] );
		render( <Dashboard /> );

		const select = await screen.findByLabelText( 'Department' );
		expect( within( select ).getAllByRole( 'option' ) ).toHaveLength( 2 );
		await user.selectOptions( select, String( SKJETTEN.id ) );

		expect(
			screen.getByRole( 'heading', {
				name: 'Staut Arbeidsklær AS avd Skjetten',
			} )
		).toBeInTheDocument();
		expect( figure( 'Available credit' ) ).toBe( '10 000,00 kr' );
		expect( figure( 'Users' ) ).toBe( '2' );
		const calls = fetchMock.mock.calls.map( ( [ o ] ) => o.path ?? '' );
		expect( calls ).toContainEqual(
			expect.stringContaining( 'department=2' )
		);
	} );

	it( 'shows an employee their credit left and own pending orders', async () => {
		serve( EMPLOYEE, [] );

		render( <Dashboard /> );

		expect(
			await screen.findByText( 'Your credit left' )
		).toBeInTheDocument();
		expect( figure( 'Your credit left' ) ).toBe( '5 282,00 kr' );
		expect(
			await screen.findByText( 'Order #101, 05.05.2025: 4 718,00 kr' )
		).toBeInTheDocument();
	} );

	it( 'shows a translated error inline when /me fails', async () => {
		fetchMock.mockRejectedValue( {
			code: 'rest_not_logged_in',
			message: 'You are not currently logged in.',
			data: { status: 401 },
		} );

		render( <Dashboard /> );

		expect(
			await screen.findByText(
				'Your session has expired. Log in again to continue.'
			)
		).toBeInTheDocument();
	} );
} );
