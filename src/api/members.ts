/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { intHeader, NAMESPACE, toRestError } from './client';
import type {
	Member,
	MemberChanges,
	MemberDeleted,
	MemberDetail,
	MembersQuery,
	NewMember,
	Page,
} from './types';

/**
 * GET /members, with the totals from X-WP-Total and X-WP-TotalPages.
 *
 * @param query Search, department, sorting and page.
 */
export async function getMembers(
	query: MembersQuery = {}
): Promise< Page< Member > > {
	let response: Response;
	try {
		response = await apiFetch< Member[], false >( {
			path: addQueryArgs( `${ NAMESPACE }/members`, { ...query } ),
			parse: false,
		} );
	} catch ( error ) {
		throw await toRestError( error );
	}

	const items: Member[] = await response.json();

	return {
		items,
		total: intHeader( response, 'X-WP-Total' ),
		totalPages: intHeader( response, 'X-WP-TotalPages' ),
	};
}

/**
 * GET /members/{id}: one member with their recent orders.
 *
 * @param id User id.
 */
export function getMember( id: number ): Promise< MemberDetail > {
	return apiFetch< MemberDetail >( {
		path: `${ NAMESPACE }/members/${ id }`,
	} );
}

/**
 * POST /members: adds a user; field errors come back in `data.params`.
 *
 * @param member The new user.
 */
export function createMember( member: NewMember ): Promise< MemberDetail > {
	return apiFetch< MemberDetail >( {
		path: `${ NAMESPACE }/members`,
		method: 'POST',
		data: member,
	} );
}

/**
 * PATCH /members/{id}
 *
 * @param id      User id.
 * @param changes Fields to change.
 */
export function updateMember(
	id: number,
	changes: MemberChanges
): Promise< MemberDetail > {
	return apiFetch< MemberDetail >( {
		path: `${ NAMESPACE }/members/${ id }`,
		method: 'PATCH',
		data: changes,
	} );
}

/**
 * DELETE /members/{id}: removes the user from the portal; orders stay.
 *
 * @param id User id.
 */
export function deleteMember( id: number ): Promise< MemberDeleted > {
	return apiFetch< MemberDeleted >( {
		path: `${ NAMESPACE }/members/${ id }`,
		method: 'DELETE',
	} );
}
