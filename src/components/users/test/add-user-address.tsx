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
import { AddUserModal } from '../add-user-modal';
import { MANAGER, type FetchOptions } from '../../../test-utils';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const fetchMock = apiFetch as unknown as jest.Mock<
	( options: FetchOptions ) => Promise< unknown >
>;

describe( 'AddUserModal address', () => {
	beforeEach( () => {
		fetchMock.mockReset();
		fetchMock.mockImplementation( async ( options ) => {
			if ( options.path === '/kundeportal/v1/departments/1/addresses' ) {
				return [
					{
						id: 7,
						department_id: 1,
						label: 'Verksted',
						address_1: 'Strømsveien 266',
						city: 'Oslo',
					},
				];
			}
			if ( options.path === '/kundeportal/v1/members' ) {
				return {
					name: 'Nora Nilsen',
					email: 'nora@example.com',
				};
			}
			throw { code: 'rest_no_route', message: '', data: { status: 404 } };
		} );
	} );

	it( 'offers the department’s addresses and sends the chosen one', async () => {
		const user = userEvent.setup();
		const onDone = jest.fn();
		render(
			<AddUserModal
				me={ MANAGER }
				onClose={ () => undefined }
				onDone={ onDone }
			/>
		);
		const dialog = screen.getByRole( 'dialog', { name: 'Add new user' } );
		const address = within( dialog ).getByLabelText( 'Address' );
		await within( address ).findByRole( 'option', {
			name: 'Verksted (Strømsveien 266, Oslo)',
		} );
		await user.selectOptions( address, '7' );

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

		await waitFor( () => expect( onDone ).toHaveBeenCalled() );
		const post = fetchMock.mock.calls.find(
			( [ o ] ) => o.method === 'POST'
		);
		expect( post?.[ 0 ].data ).toMatchObject( {
			address: '7',
			department_id: 1,
		} );
	} );
} );
