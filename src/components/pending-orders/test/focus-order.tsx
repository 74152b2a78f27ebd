/**
 * External dependencies
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';

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

describe( 'PendingOrders focusOrder (the link in the manager e-mail)', () => {
	beforeEach( () => {
		fetchMock.mockReset();
		fetchMock.mockImplementation( async ( options ) => {
			const path = options.path ?? '';
			if ( path.startsWith( '/kundeportal/v1/orders?' ) ) {
				return ordersResponse( [ ORDER_FREDRIKA, ORDER_NAVN ] );
			}
			if ( path === `/kundeportal/v1/orders/${ ORDER_FREDRIKA.id }` ) {
				return ORDER_FREDRIKA_DETAIL;
			}
			throw {
				code: 'rest_no_route',
				message: path,
				data: { status: 404 },
			};
		} );
	} );

	it( 'expands the order and scrolls it into view', async () => {
		const scrolled: Element[] = [];
		Element.prototype.scrollIntoView = function ( this: Element ) {
			scrolled.push( this );
		};

		render(
			<PendingOrders currency={ NOK } focusOrder={ ORDER_FREDRIKA.id } />
		);

		const toggle = await screen.findByRole( 'button', {
			name: `Details order #${ ORDER_FREDRIKA.number }`,
		} );
		expect( toggle.getAttribute( 'aria-expanded' ) ).toBe( 'true' );
		const other = screen.getByRole( 'button', {
			name: `Details order #${ ORDER_NAVN.number }`,
		} );
		expect( other.getAttribute( 'aria-expanded' ) ).toBe( 'false' );
		expect( scrolled ).toHaveLength( 1 );
		expect( scrolled[ 0 ]?.contains( toggle ) ).toBe( true );
	} );
} );
