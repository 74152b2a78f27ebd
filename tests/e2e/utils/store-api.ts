/**
 * Logged-in HTTP clients without a browser, and Store API checkouts that each run in their
 * own cart (a Cart-Token session), the way a headless client orders.
 */
import {
	expect,
	request,
	type APIRequestContext,
	type APIResponse,
} from '@playwright/test';

import { BASE_URL } from '../env';
import { PASSWORD } from './session';

export type ApiUser = { http: APIRequestContext; nonce: string };

export type CheckoutResult = {
	status: number;
	code?: string;
	message?: string;
	orderId?: number;
	orderStatus?: string;
};

type CartItem = { key: string; id: number; quantity: number };

function cartItems( body: unknown ): CartItem[] {
	if ( typeof body !== 'object' || body === null || ! ( 'items' in body ) ) {
		return [];
	}
	return Array.isArray( body.items ) ? body.items : [];
}

/**
 * Logs in through wp-login.php and fetches a wp_rest nonce.
 *
 * @param login User login.
 */
export async function apiLogIn( login: string ): Promise< ApiUser > {
	const http = await request.newContext( { baseURL: BASE_URL } );
	await http.get( '/wp-login.php' );
	const response = await http.post( '/wp-login.php', {
		form: { log: login, pwd: PASSWORD, testcookie: '1' },
		maxRedirects: 0,
	} );
	expect( response.status(), `log in as ${ login }` ).toBe( 302 );
	const nonce = await http.get(
		'/wp-admin/admin-ajax.php?action=rest-nonce'
	);
	expect( nonce.ok() ).toBe( true );
	return { http, nonce: ( await nonce.text() ).trim() };
}

/**
 * A fresh cart (its own Cart-Token session) for the logged-in user, holding exactly
 * `quantity` of the product. Returns the cart token.
 *
 * @param user      Logged-in client.
 * @param productId Product id.
 * @param quantity  Quantity.
 */
export async function cartWith(
	user: ApiUser,
	productId: number,
	quantity: number
): Promise< string > {
	const guest = await request.newContext( { baseURL: BASE_URL } );
	const fresh = await guest.get( '/wp-json/wc/store/v1/cart' );
	const token = fresh.headers()[ 'cart-token' ] ?? '';
	await guest.dispose();
	expect( token ).not.toBe( '' );

	const headers = { 'Cart-Token': token, 'X-WP-Nonce': user.nonce };
	const added = await user.http.post( '/wp-json/wc/store/v1/cart/add-item', {
		headers,
		data: { id: productId, quantity },
	} );
	expect( added.status(), await added.text() ).toBe( 201 );

	// A logged-in user's first cart load merges the saved (persistent) cart: undo that.
	for ( const item of cartItems( await added.json() ) ) {
		if ( item.id !== productId ) {
			await user.http.post( '/wp-json/wc/store/v1/cart/remove-item', {
				headers,
				data: { key: item.key },
			} );
		} else if ( item.quantity !== quantity ) {
			await user.http.post( '/wp-json/wc/store/v1/cart/update-item', {
				headers,
				data: { key: item.key, quantity },
			} );
		}
	}
	return token;
}

/**
 * Places the order of a Cart-Token cart with the "Company account" method.
 *
 * @param user  Logged-in client.
 * @param token Cart token from cartWith().
 * @param email Billing e-mail (where WooCommerce's order e-mails go).
 */
export async function checkOutCart(
	user: ApiUser,
	token: string,
	email = 'orderer@fixture.example'
): Promise< CheckoutResult > {
	const response: APIResponse = await user.http.post(
		'/wp-json/wc/store/v1/checkout',
		{
			headers: { 'Cart-Token': token, 'X-WP-Nonce': user.nonce },
			data: {
				payment_method: 'kundeportal_account',
				billing_address: {
					first_name: 'Test',
					last_name: 'Orderer',
					address_1: 'Testveien 1',
					city: 'Oslo',
					postcode: '0150',
					country: 'NO',
					email,
					phone: '12345678',
				},
			},
		}
	);
	const data: {
		code?: unknown;
		message?: unknown;
		order_id?: unknown;
		status?: unknown;
		payment_result?: {
			payment_details?: { key: string; value: string }[];
		};
	} = await response.json().catch( () => ( {} ) );
	const paymentMessage = data.payment_result?.payment_details?.find(
		( detail ) => detail.key === 'message'
	)?.value;
	return {
		status: response.status(),
		code: typeof data.code === 'string' ? data.code : undefined,
		message:
			typeof data.message === 'string' ? data.message : paymentMessage,
		orderId: typeof data.order_id === 'number' ? data.order_id : undefined,
		orderStatus: typeof data.status === 'string' ? data.status : undefined,
	};
}
