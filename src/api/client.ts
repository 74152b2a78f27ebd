/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { isRestError, type RestError } from './errors';
import type {
	Department,
	Me,
	OrderDetail,
	OrdersQuery,
	OrderSummary,
	Page,
} from './types';

export const NAMESPACE = '/kundeportal/v1';

/**
 * Reads a header as a non-negative integer (0 when missing or malformed).
 *
 * @param response The raw response.
 * @param name     Header name.
 */
export function intHeader( response: Response, name: string ): number {
	const value = Number.parseInt( response.headers.get( name ) ?? '', 10 );

	return Number.isFinite( value ) && value > 0 ? value : 0;
}

/**
 * Whether a value is a fetch Response (checked by shape, so it also works
 * where the global `Response` class is missing).
 *
 * @param value Anything.
 */
function isResponse( value: unknown ): value is Response {
	return (
		typeof value === 'object' &&
		value !== null &&
		'status' in value &&
		typeof value.status === 'number' &&
		'json' in value &&
		typeof value.json === 'function'
	);
}

/**
 * With `parse: false` api-fetch throws the raw Response on HTTP errors;
 * turn it into the same RestError shape the parsed calls throw.
 *
 * @param error The thrown value.
 */
export async function toRestError( error: unknown ): Promise< unknown > {
	if ( ! isResponse( error ) ) {
		return error;
	}

	let body: unknown = null;
	try {
		body = await error.json();
	} catch {
		body = null;
	}

	if ( isRestError( body ) ) {
		return body;
	}

	const fallback: RestError = {
		code: 'unknown_error',
		message: '',
		data: { status: error.status },
	};

	return fallback;
}

/**
 * GET /me: who the current user is in the portal, plus the store currency.
 */
export function getMe(): Promise< Me > {
	return apiFetch< Me >( { path: `${ NAMESPACE }/me` } );
}

/**
 * GET /departments: the departments in the user's scope, with figures.
 */
export function getDepartments(): Promise< Department[] > {
	return apiFetch< Department[] >( { path: `${ NAMESPACE }/departments` } );
}

/**
 * GET /departments/{id}
 *
 * @param id Department id.
 */
export function getDepartment( id: number ): Promise< Department > {
	return apiFetch< Department >( {
		path: `${ NAMESPACE }/departments/${ id }`,
	} );
}

/**
 * GET /orders, with the totals from X-WP-Total and X-WP-TotalPages.
 *
 * @param query Filters, sorting and page.
 */
export async function getOrders(
	query: OrdersQuery = {}
): Promise< Page< OrderSummary > > {
	let response: Response;
	try {
		response = await apiFetch< OrderSummary[], false >( {
			path: addQueryArgs( `${ NAMESPACE }/orders`, { ...query } ),
			parse: false,
		} );
	} catch ( error ) {
		throw await toRestError( error );
	}

	const items: OrderSummary[] = await response.json();

	return {
		items,
		total: intHeader( response, 'X-WP-Total' ),
		totalPages: intHeader( response, 'X-WP-TotalPages' ),
	};
}

/**
 * GET /orders/{id}: one order with its lines.
 *
 * @param id Order id.
 */
export function getOrder( id: number ): Promise< OrderDetail > {
	return apiFetch< OrderDetail >( { path: `${ NAMESPACE }/orders/${ id }` } );
}

/**
 * POST /orders/{id}/approve
 *
 * @param id      Order id.
 * @param message Optional message to the orderer (at most 1000 characters).
 */
export function approveOrder(
	id: number,
	message = ''
): Promise< OrderSummary > {
	return apiFetch< OrderSummary >( {
		path: `${ NAMESPACE }/orders/${ id }/approve`,
		method: 'POST',
		data: message ? { message } : {},
	} );
}

/**
 * POST /orders/{id}/cancel
 *
 * @param id      Order id.
 * @param message Optional message to the orderer (at most 1000 characters).
 */
export function cancelOrder(
	id: number,
	message = ''
): Promise< OrderSummary > {
	return apiFetch< OrderSummary >( {
		path: `${ NAMESPACE }/orders/${ id }/cancel`,
		method: 'POST',
		data: message ? { message } : {},
	} );
}

/**
 * PATCH /orders/{id}/lines/{itemId}: sets a line's quantity of a pending order.
 * Resolves with the whole order (new totals and credit_left_after).
 *
 * @param id       Order id.
 * @param itemId   Line item id.
 * @param quantity Whole number from 1 to 9999.
 * @param message  Optional message to the orderer about the change.
 */
export function updateOrderLine(
	id: number,
	itemId: number,
	quantity: number,
	message = ''
): Promise< OrderDetail > {
	return apiFetch< OrderDetail >( {
		path: `${ NAMESPACE }/orders/${ id }/lines/${ itemId }`,
		method: 'PATCH',
		data: message ? { quantity, message } : { quantity },
	} );
}

/**
 * DELETE /orders/{id}/lines/{itemId}: removes a line of a pending order.
 * Resolves with the whole order; the last line is refused (409 last_line).
 *
 * @param id      Order id.
 * @param itemId  Line item id.
 * @param message Optional message to the orderer about the change.
 */
export function deleteOrderLine(
	id: number,
	itemId: number,
	message = ''
): Promise< OrderDetail > {
	return apiFetch< OrderDetail >( {
		path: `${ NAMESPACE }/orders/${ id }/lines/${ itemId }`,
		method: 'DELETE',
		data: message ? { message } : {},
	} );
}
