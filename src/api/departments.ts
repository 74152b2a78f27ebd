/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { NAMESPACE } from './client';
import type { Department, DepartmentChanges, NewDepartment } from './types';

/**
 * POST /departments: a new active department (company admins).
 *
 * @param department Name, and the company when the user administers several.
 */
export function createDepartment(
	department: NewDepartment
): Promise< Department > {
	return apiFetch< Department >( {
		path: `${ NAMESPACE }/departments`,
		method: 'POST',
		data: department,
	} );
}

/**
 * PATCH /departments/{id}: rename, archive or reactivate (company admins).
 *
 * @param id      Department id.
 * @param changes New name and/or status.
 */
export function updateDepartment(
	id: number,
	changes: DepartmentChanges
): Promise< Department > {
	return apiFetch< Department >( {
		path: `${ NAMESPACE }/departments/${ id }`,
		method: 'PATCH',
		data: changes,
	} );
}
