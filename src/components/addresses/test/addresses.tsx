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
import { DepartmentAddresses } from '..';
import type { DepartmentAddress } from '../../../api';
import { MANAGER, type FetchOptions } from '../../../test-utils';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const fetchMock = apiFetch as unknown as jest.Mock<
	( options: FetchOptions ) => Promise< unknown >
>;

const LAGER: DepartmentAddress = {
	id: 7,
	department_id: 1,
	label: 'Hovedlager Alnabru',
	first_name: '',
	last_name: '',
	company: 'Staut Arbeidsklær AS',
	address_1: 'Alnaveien 12',
	address_2: '',
	postcode: '0668',
	city: 'Oslo',
	country: 'NO',
	phone: '',
	created_at: '2026-12-04T09:00:00+01:00',
};

const COUNTRIES = { NO: 'Norway', SE: 'Sweden' };

/**
 * Routes api calls like the server would, keeping the addresses in memory.
 */
function serve() {
	let addresses: DepartmentAddress[] = [ LAGER ];
	fetchMock.mockImplementation( async ( options ) => {
		const path = options.path ?? '';
		if ( path === '/kundeportal/v1/departments/1/addresses' ) {
			if ( options.method === 'POST' ) {
				const created = {
					...LAGER,
					...( options.data as object ),
					id: 8,
				};
				addresses = [ ...addresses, created ];
				return created;
			}
			return addresses;
		}
		if (
			path === '/kundeportal/v1/departments/1/addresses/7' &&
			options.method === 'DELETE'
		) {
			addresses = addresses.filter( ( a ) => a.id !== 7 );
			return { deleted: true, previous: LAGER };
		}
		throw { code: 'rest_no_route', message: path, data: { status: 404 } };
	} );
}

describe( 'DepartmentAddresses', () => {
	beforeEach( () => {
		fetchMock.mockReset();
	} );

	it( 'lists the department’s addresses', async () => {
		serve();
		render(
			<DepartmentAddresses
				departments={ MANAGER.managed_departments }
				countries={ COUNTRIES }
				defaultCountry="NO"
			/>
		);

		const item = await screen.findByRole( 'heading', {
			name: 'Hovedlager Alnabru',
		} );
		const card = item.closest( 'li' );
		expect( card ).not.toBeNull();
		expect( card?.textContent ).toContain( '0668 Oslo' );
		expect( card?.textContent ).toContain( 'Norway' );
		// One department: no department select.
		expect( screen.queryByLabelText( 'Department' ) ).toBeNull();
	} );

	it( 'shows field errors, focuses the first, then adds', async () => {
		serve();
		const user = userEvent.setup();
		render(
			<DepartmentAddresses
				departments={ MANAGER.managed_departments }
				countries={ COUNTRIES }
				defaultCountry="NO"
			/>
		);
		await screen.findByRole( 'heading', { name: 'Hovedlager Alnabru' } );

		await user.click(
			screen.getByRole( 'button', { name: 'Add address' } )
		);
		const dialog = screen.getByRole( 'dialog', { name: 'Add address' } );
		await user.type( within( dialog ).getByLabelText( 'Postcode' ), '066' );
		await user.click(
			within( dialog ).getByRole( 'button', { name: 'Add address' } )
		);
		expect(
			within( dialog ).getByLabelText( 'Postcode' )
		).toHaveAccessibleDescription( 'A Norwegian postcode has 4 digits.' );
		await waitFor( () =>
			expect(
				within( dialog ).getByLabelText( 'Name of the address' )
			).toHaveFocus()
		);
		expect(
			fetchMock.mock.calls.some( ( [ o ] ) => o.method === 'POST' )
		).toBe( false );

		await user.type(
			within( dialog ).getByLabelText( 'Name of the address' ),
			'Verksted'
		);
		await user.type(
			within( dialog ).getByLabelText( 'Street address' ),
			'Strømsveien 266'
		);
		await user.clear( within( dialog ).getByLabelText( 'Postcode' ) );
		await user.type(
			within( dialog ).getByLabelText( 'Postcode' ),
			'0668'
		);
		await user.type( within( dialog ).getByLabelText( 'City' ), 'Oslo' );
		await user.click(
			within( dialog ).getByRole( 'button', { name: 'Add address' } )
		);

		expect(
			await screen.findAllByText( 'The address Verksted was added.' )
		).not.toHaveLength( 0 );
		const post = fetchMock.mock.calls.find(
			( [ o ] ) => o.method === 'POST'
		);
		expect( post?.[ 0 ].data ).toMatchObject( {
			label: 'Verksted',
			postcode: '0668',
			country: 'NO',
		} );
	}, 30000 );

	it( 'removes an address after confirmation and moves focus', async () => {
		serve();
		const user = userEvent.setup();
		render(
			<DepartmentAddresses
				departments={ MANAGER.managed_departments }
				countries={ COUNTRIES }
				defaultCountry="NO"
			/>
		);
		await user.click(
			await screen.findByRole( 'button', {
				name: 'Remove Hovedlager Alnabru',
			} )
		);
		const dialog = screen.getByRole( 'dialog', { name: 'Remove address' } );
		await user.click(
			within( dialog ).getByRole( 'button', { name: 'Remove address' } )
		);

		expect(
			await screen.findAllByText(
				'The address Hovedlager Alnabru was removed.'
			)
		).not.toHaveLength( 0 );
		await screen.findByText( 'This department has no addresses yet.' );
		await waitFor( () =>
			expect(
				screen.getByRole( 'button', { name: 'Add address' } )
			).toHaveFocus()
		);
	}, 30000 );
} );
