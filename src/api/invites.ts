/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { NAMESPACE } from './client';
import type { Invite, NewInvite } from './types';

/**
 * GET /departments/{id}/invite: the link's state; `url` is always null.
 *
 * @param departmentId Department id.
 */
export function getInvite( departmentId: number ): Promise< Invite > {
	return apiFetch< Invite >( {
		path: `${ NAMESPACE }/departments/${ departmentId }/invite`,
	} );
}

/**
 * POST /departments/{id}/invite: a new link (the old one stops working),
 * with its URL, returned only this once.
 *
 * @param departmentId Department id.
 * @param invite       Optional expiry date and maximum uses.
 */
export function createInvite(
	departmentId: number,
	invite: NewInvite = {}
): Promise< Invite > {
	return apiFetch< Invite >( {
		path: `${ NAMESPACE }/departments/${ departmentId }/invite`,
		method: 'POST',
		data: invite,
	} );
}
