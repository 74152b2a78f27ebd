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
import { Users } from '..';
import type { AssortmentList, Member, MemberDetail } from '../../../api';
import { fakeResponse, MANAGER, type FetchOptions } from '../../../test-utils';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const fetchMock = apiFetch as unknown as jest.Mock<
	( options: FetchOptions ) => Promise< unknown >
>;

const FREDRIKA: Member = {
	user_id: 4,
	first_name: 'Fredrika',
	last_name: 'Fredriksen',
	name: 'Fredrika Fredriksen',
	email: 'fredrika@staut.example',
	position: 'Montør',
	department: { id: 1, name: 'avd Alnabru' },
	assortment_lists: [],
	credit_limit: 800000,
	credit_left: 278800,
	order_count: 5,
	total_spent: 1119500,
};

const FREDRIKA_DETAIL: MemberDetail = {
	...FREDRIKA,
	recent_orders: [
		{
			id: 50,
			number: '50',
			date_created: '2026-12-03T18:54:13+01:00',
			status: 'processing',
			total: 241400,
		},
	],
};

const LISTS: AssortmentList[] = [
	{
		id: 7,
		company: { id: 1, name: 'Staut Arbeidsklær AS' },
		name: 'Verksted',
		is_default: false,
		product_ids: [ 21 ],
		item_count: 1,
		member_count: 0,
	},
	{
		id: 8,
		company: { id: 1, name: 'Staut Arbeidsklær AS' },
		name: 'Alle',
		is_default: true,
		product_ids: [ 21, 22 ],
		item_count: 2,
		member_count: 0,
	},
];

/**
 * Routes api calls like the server would.
 *
 * @param onCreate Answer to POST /members.
 */
function serve( onCreate?: ( data: unknown ) => unknown ) {
	fetchMock.mockImplementation( async ( options ) => {
		const path = options.path ?? '';
		if ( path.startsWith( '/kundeportal/v1/assortment-lists' ) ) {
			return LISTS;
		}
		if ( path.startsWith( '/kundeportal/v1/members?' ) ) {
			return fakeResponse( [ FREDRIKA ], {
				'X-WP-Total': '1',
				'X-WP-TotalPages': '1',
			} );
		}
		if ( path === '/kundeportal/v1/members' && options.method === 'POST' ) {
			if ( onCreate ) {
				return onCreate( options.data );
			}
		}
		if ( path === '/kundeportal/v1/members/4' ) {
			if ( options.method === 'DELETE' ) {
				return {
					deleted: true,
					previous: FREDRIKA_DETAIL,
					cancelled_orders: [ 49 ],
				};
			}
			return FREDRIKA_DETAIL;
		}
		throw { code: 'rest_no_route', message: path, data: { status: 404 } };
	} );
}

const paths = () => fetchMock.mock.calls.map( ( [ options ] ) => options.path );

describe( 'Users', () => {
	beforeEach( () => {
		fetchMock.mockReset();
		document.documentElement.lang = 'nb-NO';
	} );

	it( 'lists users with money in the store currency', async () => {
		serve();
		render( <Users me={ MANAGER } /> );

		const row = (
			await screen.findByText( 'Fredrika Fredriksen' )
		).closest( 'tr' ) as HTMLElement;
		const cells = within( row );
		expect( cells.getByText( 'Montør' ) ).toBeInTheDocument();
		expect( cells.getByText( '8 000,00 kr' ) ).toBeInTheDocument();
		expect( cells.getByText( '11 195,00 kr' ) ).toBeInTheDocument();
		expect( paths()[ 0 ] ).toContain( 'orderby=name' );
		expect( paths()[ 0 ] ).toContain( 'order=asc' );
	} );

	it( 'searches on the server after typing stops, and sorts by name', async () => {
		serve();
		const user = userEvent.setup();
		render( <Users me={ MANAGER } /> );
		await screen.findByText( 'Fredrika Fredriksen' );

		await user.type(
			screen.getByRole( 'searchbox', { name: 'Search users' } ),
			'fred'
		);
		await waitFor( () =>
			expect(
				paths().some( ( p ) => p?.includes( 'search=fred' ) )
			).toBe( true )
		);
		expect(
			paths().filter( ( p ) => p?.includes( 'search=' ) )
		).toHaveLength( 1 );

		await user.click( screen.getByRole( 'button', { name: /^Name/ } ) );
		await waitFor( () =>
			expect( paths().at( -1 ) ).toContain( 'order=desc' )
		);
	} );

	it( 'shows client-side errors next to each field and focuses the first', async () => {
		serve();
		const user = userEvent.setup();
		render( <Users me={ MANAGER } /> );
		await screen.findByText( 'Fredrika Fredriksen' );

		await user.click(
			screen.getByRole( 'button', { name: 'Add new user' } )
		);
		const dialog = screen.getByRole( 'dialog', { name: 'Add new user' } );
		expect(
			within( dialog ).getByLabelText( 'Credit limit (NOK)' )
		).toHaveValue( '5000' );
		await user.clear(
			within( dialog ).getByLabelText( 'Credit limit (NOK)' )
		);
		await user.type(
			within( dialog ).getByLabelText( 'Credit limit (NOK)' ),
			'-1'
		);
		await user.type(
			within( dialog ).getByLabelText( 'First name' ),
			'a'.repeat( 21 )
		);
		await user.type( within( dialog ).getByLabelText( 'E-mail' ), 'nope' );
		await user.click(
			within( dialog ).getByRole( 'button', { name: 'Add user' } )
		);

		expect(
			within( dialog ).getByLabelText( 'Credit limit (NOK)' )
		).toHaveAccessibleDescription( 'Enter a credit limit of 0 or more.' );
		expect(
			within( dialog ).getByLabelText( 'First name' )
		).toHaveAccessibleDescription( 'Use at most 20 characters.' );
		expect(
			within( dialog ).getByLabelText( 'Last name' )
		).toHaveAccessibleDescription( 'Enter the last name.' );
		await waitFor( () =>
			expect(
				within( dialog ).getByLabelText( 'Credit limit (NOK)' )
			).toHaveFocus()
		);
		expect(
			fetchMock.mock.calls.some( ( [ o ] ) => o.method === 'POST' )
		).toBe( false );
	} );

	it( 'sends minor units and shows server field errors next to the field', async () => {
		const sent: unknown[] = [];
		serve( ( data ) => {
			sent.push( data );
			throw {
				code: 'kundeportal_invalid_fields',
				message: 'Some fields need your attention.',
				data: {
					status: 400,
					params: {
						email: 'This e-mail address belongs to a user of another company.',
					},
				},
			};
		} );
		const user = userEvent.setup();
		render( <Users me={ MANAGER } /> );
		await screen.findByText( 'Fredrika Fredriksen' );

		await user.click(
			screen.getByRole( 'button', { name: 'Add new user' } )
		);
		const dialog = screen.getByRole( 'dialog', { name: 'Add new user' } );
		const credit = within( dialog ).getByLabelText( 'Credit limit (NOK)' );
		await user.clear( credit );
		await user.type( credit, '1 234,5' );
		await user.type(
			within( dialog ).getByLabelText( 'First name' ),
			'Nora'
		);
		await user.type(
			within( dialog ).getByLabelText( 'Last name' ),
			'Nilsen'
		);
		await user.type(
			within( dialog ).getByLabelText( 'E-mail' ),
			'nora@example.com'
		);
		await user.click(
			within( dialog ).getByRole( 'button', { name: 'Add user' } )
		);

		await waitFor( () =>
			expect(
				within( dialog ).getByLabelText( 'E-mail' )
			).toHaveAccessibleDescription(
				'This e-mail address belongs to a user of another company.'
			)
		);
		expect( sent[ 0 ] ).toEqual( {
			first_name: 'Nora',
			last_name: 'Nilsen',
			email: 'nora@example.com',
			department_id: 1,
			position: '',
			address: 'private',
			credit_limit: 123450,
		} );
	} );

	it( 'deletes a user after confirmation', async () => {
		serve();
		const user = userEvent.setup();
		render( <Users me={ MANAGER } /> );
		await screen.findByText( 'Fredrika Fredriksen' );

		await user.click( screen.getByRole( 'button', { name: /^Details/ } ) );
		expect( await screen.findByText( /#50/ ) ).toBeInTheDocument();
		await user.click(
			screen.getByRole( 'button', { name: 'Delete user' } )
		);
		const dialog = screen.getByRole( 'dialog', { name: 'Delete user' } );
		await user.click(
			within( dialog ).getByRole( 'button', { name: 'Delete user' } )
		);

		expect(
			await screen.findByText(
				'Fredrika Fredriksen was deleted. 1 order awaiting approval was cancelled.',
				{ selector: '.components-notice__content' }
			)
		).toBeInTheDocument();
		expect(
			fetchMock.mock.calls.some(
				( [ o ] ) =>
					o.method === 'DELETE' &&
					o.path === '/kundeportal/v1/members/4'
			)
		).toBe( true );
	} );

	it( 'shows the number of lists and saves the ticked lists', async () => {
		serve();
		const user = userEvent.setup();
		render( <Users me={ MANAGER } /> );
		const row = (
			await screen.findByText( 'Fredrika Fredriksen' )
		).closest( 'tr' ) as HTMLElement;
		expect( within( row ).getByText( '0' ) ).toBeInTheDocument();

		await user.click( screen.getByRole( 'button', { name: /^Details/ } ) );
		const group = await screen.findByRole( 'group', {
			name: 'Assortment lists',
		} );
		expect(
			within( group ).getByText(
				'No own lists: the default lists apply (Alle).'
			)
		).toBeInTheDocument();
		await user.click(
			within( group ).getByRole( 'checkbox', { name: 'Verksted' } )
		);
		expect(
			within( group ).getByRole( 'checkbox', { name: 'Alle (default)' } )
		).not.toBeChecked();
		await user.click( screen.getByRole( 'button', { name: 'Save' } ) );

		await waitFor( () =>
			expect(
				fetchMock.mock.calls.find(
					( [ o ] ) => o.method === 'PATCH'
				)?.[ 0 ].data
			).toMatchObject( { assortment_lists: [ 7 ] } )
		);
	} );
} );
