/**
 * External dependencies
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { RegistrationLink } from '../registration-link';
import type { FetchOptions } from '../../../src/test-utils';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const fetchMock = apiFetch as unknown as jest.Mock<
	( options: FetchOptions ) => Promise< unknown >
>;

const URL = 'http://shop.test/min-konto/?kundeportal_join=abc';

/**
 * Answers GET and POST /departments/7/invite.
 */
function serve() {
	fetchMock.mockImplementation( async ( { method = 'GET' } ) => ( {
		exists: method === 'POST',
		usable: true,
		expires_at: null,
		max_uses: null,
		uses: 0,
		url: method === 'POST' ? URL : null,
	} ) );
}

/**
 * Sets navigator.clipboard for one test.
 *
 * @param value Clipboard stand-in, or undefined for none.
 */
function setClipboard( value: unknown ) {
	Object.defineProperty( navigator, 'clipboard', {
		value,
		configurable: true,
	} );
}

describe( 'RegistrationLink', () => {
	beforeEach( () => {
		fetchMock.mockReset();
		serve();
	} );

	it( 'shows a notice instead of the form when the company turned links off', async () => {
		fetchMock.mockImplementation( async () => ( {
			exists: true,
			usable: false,
			allowed: false,
			expires_at: null,
			max_uses: null,
			uses: 2,
			url: null,
		} ) );
		render( <RegistrationLink departmentId={ 7 } /> );

		expect(
			await screen.findByText(
				/Registration links are turned off for your company/
			)
		).toBeInTheDocument();
		expect(
			screen.queryByRole( 'button', { name: /^Create a (new )?link$/ } )
		).not.toBeInTheDocument();
		expect(
			screen.queryByRole( 'group', { name: /settings/i } )
		).not.toBeInTheDocument();
	} );

	it( 'creates a link, shows it and copies it with a confirmation', async () => {
		const writeText = jest.fn( async ( text: string ) => text );
		setClipboard( { writeText } );
		render( <RegistrationLink departmentId={ 7 } /> );

		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Create a link' } )
		);
		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Copy the link' } )
		);

		expect( writeText ).toHaveBeenCalledWith( URL );
		expect( screen.getByRole( 'status' ) ).toHaveTextContent( 'Copied' );
		expect(
			screen.getByRole( 'textbox', { name: 'Registration link' } )
		).toHaveValue( URL );
		expect(
			screen.getByRole( 'button', { name: 'Create a new link' } )
		).toBeInTheDocument();
		expect( fetchMock ).toHaveBeenCalledWith(
			expect.objectContaining( {
				path: '/kundeportal/v1/departments/7/invite',
				method: 'POST',
			} )
		);
	} );

	it( 'sends the settings and shows the new link’s settings', async () => {
		fetchMock.mockImplementation( async ( { method = 'GET', data } ) => {
			const body = ( data ?? {} ) as Record< string, unknown >;
			return {
				exists: method === 'POST',
				usable: true,
				expires_at: null,
				max_uses: method === 'POST' ? body.max_uses : null,
				uses: 0,
				url: method === 'POST' ? URL : null,
				allowed_domains: method === 'POST' ? body.allowed_domains : [],
			};
		} );
		render( <RegistrationLink departmentId={ 7 } /> );

		await userEvent.type(
			await screen.findByLabelText( 'Maximum number of uses (optional)' ),
			'5'
		);
		await userEvent.type(
			screen.getByLabelText( 'Allowed e-mail domains (optional)' ),
			'Staut.no, example.com'
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Create a link' } )
		);

		expect( await screen.findByText( '0 of 5' ) ).toBeInTheDocument();
		expect(
			screen.getByText( '@staut.no, @example.com' )
		).toBeInTheDocument();
		expect( fetchMock ).toHaveBeenCalledWith(
			expect.objectContaining( {
				method: 'POST',
				data: {
					expires_at: null,
					max_uses: 5,
					allowed_domains: [ 'staut.no', 'example.com' ],
				},
			} )
		);
	} );

	it( 'shows errors next to the fields and sends nothing', async () => {
		render( <RegistrationLink departmentId={ 7 } /> );

		await userEvent.type(
			await screen.findByLabelText( 'Maximum number of uses (optional)' ),
			'0'
		);
		await userEvent.type(
			screen.getByLabelText( 'Allowed e-mail domains (optional)' ),
			'staut'
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Create a link' } )
		);

		expect(
			screen.getByLabelText( 'Maximum number of uses (optional)' )
		).toHaveAccessibleDescription( 'Enter a whole number of 1 or more.' );
		expect(
			screen.getByLabelText( 'Allowed e-mail domains (optional)' )
		).toHaveAttribute( 'aria-invalid', 'true' );
		expect(
			screen.getByText( /"staut" is not a domain/ )
		).toBeInTheDocument();
		expect( fetchMock ).not.toHaveBeenCalledWith(
			expect.objectContaining( { method: 'POST' } )
		);
	} );

	it( 'shows the server’s field error next to the field', async () => {
		fetchMock.mockImplementation( async ( { method = 'GET' } ) => {
			if ( method === 'POST' ) {
				throw {
					code: 'kundeportal_invalid_fields',
					message: 'Some fields need your attention.',
					data: {
						status: 400,
						params: { allowed_domains: 'Server says no.' },
					},
				};
			}
			return {
				exists: false,
				usable: false,
				expires_at: null,
				max_uses: null,
				uses: 0,
				url: null,
			};
		} );
		render( <RegistrationLink departmentId={ 7 } /> );

		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Create a link' } )
		);

		expect(
			await screen.findByText( 'Server says no.' )
		).toBeInTheDocument();
	} );

	it( 'selects the link when the clipboard is not available', async () => {
		setClipboard( undefined );
		render( <RegistrationLink departmentId={ 7 } /> );

		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Create a link' } )
		);
		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Copy the link' } )
		);

		const input = screen.getByRole( 'textbox', {
			name: 'Registration link',
		} ) as HTMLInputElement;
		expect( input ).toHaveFocus();
		expect( input.selectionEnd ).toBe( URL.length );
		expect( screen.getByRole( 'status' ) ).toHaveTextContent(
			'The link is selected'
		);
	} );
} );
