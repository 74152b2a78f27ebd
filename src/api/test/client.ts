/**
 * External dependencies
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals';

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import {
	approveOrder,
	cancelOrder,
	getMe,
	getOrders,
	handleApiError,
	isRestError,
} from '..';
import { fakeResponse, MANAGER, ORDER_FREDRIKA } from '../../test-utils';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const fetchMock = apiFetch as unknown as jest.Mock<
	( options: unknown ) => Promise< unknown >
>;

describe( 'api client', () => {
	beforeEach( () => {
		fetchMock.mockReset();
	} );

	it( 'reads GET /me', async () => {
		fetchMock.mockResolvedValue( MANAGER );

		await expect( getMe() ).resolves.toEqual( MANAGER );
		expect( fetchMock ).toHaveBeenCalledWith( {
			path: '/kundeportal/v1/me',
		} );
	} );

	it( 'returns orders with the totals from the headers', async () => {
		fetchMock.mockResolvedValue(
			fakeResponse( [ ORDER_FREDRIKA ], {
				'X-WP-Total': '21',
				'X-WP-TotalPages': '3',
			} )
		);

		const page = await getOrders( {
			status: 'kp-approval',
			department: 1,
			orderby: 'date',
			order: 'asc',
			page: 2,
			per_page: 10,
		} );

		expect( page ).toEqual( {
			items: [ ORDER_FREDRIKA ],
			total: 21,
			totalPages: 3,
		} );
		expect( fetchMock ).toHaveBeenCalledWith( {
			path: '/kundeportal/v1/orders?status=kp-approval&department=1&orderby=date&order=asc&page=2&per_page=10',
			parse: false,
		} );
	} );

	it( 'treats missing total headers as zero', async () => {
		fetchMock.mockResolvedValue( fakeResponse( [] ) );

		await expect( getOrders() ).resolves.toEqual( {
			items: [],
			total: 0,
			totalPages: 0,
		} );
	} );

	it( 'turns an unparsed error response into a RestError', async () => {
		const body = {
			code: 'kundeportal_forbidden',
			message: 'Du har ikke tilgang.',
			data: { status: 403 },
		};
		fetchMock.mockRejectedValue( fakeResponse( body, {}, 403 ) );

		const error = await getOrders().catch( ( e: unknown ) => e );

		expect( isRestError( error ) ).toBe( true );
		expect( error ).toEqual( body );
	} );

	it( 'keeps the status when an error response has no JSON body', async () => {
		const response = fakeResponse( null, {}, 502 );
		response.json = () => Promise.reject( new Error( 'not json' ) );
		fetchMock.mockRejectedValue( response );

		await expect( getOrders() ).rejects.toEqual( {
			code: 'unknown_error',
			message: '',
			data: { status: 502 },
		} );
	} );

	it( 'posts approve and cancel with an optional message', async () => {
		fetchMock.mockResolvedValue( ORDER_FREDRIKA );

		await approveOrder( 101, 'Godkjent' );
		await cancelOrder( 102 );

		expect( fetchMock ).toHaveBeenNthCalledWith( 1, {
			path: '/kundeportal/v1/orders/101/approve',
			method: 'POST',
			data: { message: 'Godkjent' },
		} );
		expect( fetchMock ).toHaveBeenNthCalledWith( 2, {
			path: '/kundeportal/v1/orders/102/cancel',
			method: 'POST',
			data: {},
		} );
	} );
} );

describe( 'isRestError', () => {
	it( 'accepts WP_Error bodies and rejects anything else', () => {
		expect(
			isRestError( { code: 'x', message: 'y', data: { status: 400 } } )
		).toBe( true );
		expect( isRestError( { code: 'x' } ) ).toBe( false );
		expect( isRestError( new Error( 'boom' ) ) ).toBe( false );
		expect( isRestError( null ) ).toBe( false );
		expect( isRestError( 'kundeportal_x' ) ).toBe( false );
	} );
} );

describe( 'handleApiError', () => {
	it( 'shows the server message for our own error codes', () => {
		const error = {
			code: 'kundeportal_order_not_pending',
			message: 'Ordren venter ikke lenger på godkjenning.',
			data: { status: 409 },
		};

		expect( handleApiError( error, 'Fallback' ) ).toBe(
			'Ordren venter ikke lenger på godkjenning.'
		);
	} );

	it( 'uses the fallback for unknown errors and foreign codes', () => {
		expect( handleApiError( new Error( 'internal' ), 'Fallback' ) ).toBe(
			'Fallback'
		);
		expect(
			handleApiError(
				{ code: 'rest_no_route', message: 'No route', data: null },
				'Fallback'
			)
		).toBe( 'Fallback' );
	} );

	it( 'explains an expired session', () => {
		expect(
			handleApiError(
				{
					code: 'rest_not_logged_in',
					message: 'x',
					data: { status: 401 },
				},
				'Fallback'
			)
		).toBe( 'Your session has expired. Log in again to continue.' );
	} );
} );
