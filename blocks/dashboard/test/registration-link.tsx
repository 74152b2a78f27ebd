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
		expect( screen.getByRole( 'textbox' ) ).toHaveValue( URL );
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

	it( 'selects the link when the clipboard is not available', async () => {
		setClipboard( undefined );
		render( <RegistrationLink departmentId={ 7 } /> );

		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Create a link' } )
		);
		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Copy the link' } )
		);

		const input = screen.getByRole( 'textbox' ) as HTMLInputElement;
		expect( input ).toHaveFocus();
		expect( input.selectionEnd ).toBe( URL.length );
		expect( screen.getByRole( 'status' ) ).toHaveTextContent(
			'The link is selected'
		);
	} );
} );
