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
import { Departments } from '..';
import type { Department, Me } from '../../../api';
import { NOK, type FetchOptions } from '../../../test-utils';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const fetchMock = apiFetch as unknown as jest.Mock<
	( options: FetchOptions ) => Promise< unknown >
>;

const ALNABRU: Department = {
	id: 1,
	company_id: 9,
	company_name: 'Staut',
	name: 'avd Alnabru',
	status: 'active',
	figures: {
		available_credit: 1250000,
		credit_limit_total: 1500000,
		spent_this_month: 25000,
		spent_this_year: 250000,
		orders_this_year: 3,
		average_order: 83333,
		users: 3,
		pending_orders: 2,
	},
	managers: [ { id: 5, name: 'Lise Leder', email: 'lise@example.test' } ],
	can_edit: true,
};

const ME: Me = {
	user_id: 7,
	display_name: 'Ingrid',
	role: 'company_admin',
	membership: null,
	managed_departments: [],
	currency: NOK,
	company_admin: { company_id: 9, company_name: 'Staut' },
};

describe( 'Departments', () => {
	beforeEach( () => {
		fetchMock.mockReset();
	} );

	it( 'lists departments with figures and opens the details', async () => {
		fetchMock.mockImplementation( async ( { path } ) =>
			path?.includes( '/departments/1/addresses' )
				? [
						{
							id: 4,
							department_id: 1,
							label: 'Hovedlager Alnabru',
							first_name: '',
							last_name: '',
							company: '',
							address_1: 'Alnaveien 12',
							address_2: '',
							postcode: '0668',
							city: 'Oslo',
							country: 'NO',
							phone: '',
							date_created: '2026-12-01T10:00:00',
						},
					]
				: [
						ALNABRU,
						{
							...ALNABRU,
							id: 2,
							name: 'avd Gammel',
							status: 'archived',
						},
					]
		);
		render(
			<Departments
				me={ ME }
				dashboardUrl="http://shop.test/min-konto/"
				addressesUrl="http://shop.test/min-konto/edit-address/"
			/>
		);

		const heading = await screen.findByRole( 'heading', {
			name: 'avd Alnabru',
		} );
		const item = heading.closest( 'li' );
		if ( ! item ) {
			throw new Error( 'No list item' );
		}
		expect(
			within( item ).getByText( 'Pending orders' )
		).toBeInTheDocument();
		expect(
			screen.getByRole( 'heading', { name: 'Archived' } )
		).toBeInTheDocument();

		await userEvent.click(
			within( item ).getByRole( 'button', { name: /Show details/ } )
		);

		expect(
			within( item ).getByText( 'lise@example.test' )
		).toHaveAttribute( 'href', 'mailto:lise@example.test' );
		expect(
			within( item ).getByRole( 'link', {
				name: 'Show on the dashboard',
			} )
		).toHaveAttribute( 'href', 'http://shop.test/min-konto/?department=1' );
		expect(
			within( item ).getByRole( 'button', { name: 'Archive' } )
		).toBeInTheDocument();
		expect(
			await within( item ).findByText( 'Hovedlager Alnabru' )
		).toBeInTheDocument();
		expect( within( item ).getByText( '0668 Oslo' ) ).toBeInTheDocument();
		expect( within( item ).queryByText( 'NO' ) ).not.toBeInTheDocument();
	} );

	it( 'refuses a taken name in the create dialog without calling the server', async () => {
		fetchMock.mockImplementation( async () => [ ALNABRU ] );
		render( <Departments me={ ME } dashboardUrl="/" addressesUrl="/a/" /> );

		await userEvent.click(
			await screen.findByRole( 'button', { name: 'New department' } )
		);
		await userEvent.type(
			screen.getByLabelText( 'Department name' ),
			'AVD Alnabru'
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Create department' } )
		);

		expect(
			screen.getByText(
				'Another department of the company already has this name.'
			)
		).toBeInTheDocument();
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'hides the company admin actions from managers', async () => {
		fetchMock.mockImplementation( async () => [
			{ ...ALNABRU, can_edit: false },
		] );
		render(
			<Departments
				me={ { ...ME, role: 'manager', company_admin: null } }
				dashboardUrl="/"
				addressesUrl="/a/"
			/>
		);

		await userEvent.click(
			await screen.findByRole( 'button', { name: /Show details/ } )
		);

		expect(
			screen.queryByRole( 'button', { name: 'New department' } )
		).not.toBeInTheDocument();
		expect(
			screen.queryByRole( 'button', { name: 'Archive' } )
		).not.toBeInTheDocument();
		expect(
			screen.getByRole( 'link', { name: 'Show on the dashboard' } )
		).toBeInTheDocument();
	} );
} );
