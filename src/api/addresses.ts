/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { NAMESPACE } from './client';
import type {
	DepartmentAddress,
	DepartmentAddressDeleted,
	DepartmentAddressFields,
} from './types';

/**
 * Path of a department's addresses, or of one of them.
 *
 * @param departmentId Department id.
 * @param addressId    Address id (omit for the collection).
 */
function addressesPath( departmentId: number, addressId?: number ): string {
	const base = `${ NAMESPACE }/departments/${ departmentId }/addresses`;

	return addressId === undefined ? base : `${ base }/${ addressId }`;
}

/**
 * GET /departments/{id}/addresses: the department's addresses, by label.
 *
 * @param departmentId Department id.
 */
export function getDepartmentAddresses(
	departmentId: number
): Promise< DepartmentAddress[] > {
	return apiFetch< DepartmentAddress[] >( {
		path: addressesPath( departmentId ),
	} );
}

/**
 * POST /departments/{id}/addresses; field errors come back in `data.params`.
 *
 * @param departmentId Department id.
 * @param fields       The new address.
 */
export function createDepartmentAddress(
	departmentId: number,
	fields: DepartmentAddressFields
): Promise< DepartmentAddress > {
	return apiFetch< DepartmentAddress >( {
		path: addressesPath( departmentId ),
		method: 'POST',
		data: fields,
	} );
}

/**
 * PATCH /departments/{id}/addresses/{address_id}
 *
 * @param departmentId Department id.
 * @param addressId    Address id.
 * @param fields       Fields to change.
 */
export function updateDepartmentAddress(
	departmentId: number,
	addressId: number,
	fields: Partial< DepartmentAddressFields >
): Promise< DepartmentAddress > {
	return apiFetch< DepartmentAddress >( {
		path: addressesPath( departmentId, addressId ),
		method: 'PATCH',
		data: fields,
	} );
}

/**
 * DELETE /departments/{id}/addresses/{address_id}
 *
 * @param departmentId Department id.
 * @param addressId    Address id.
 */
export function deleteDepartmentAddress(
	departmentId: number,
	addressId: number
): Promise< DepartmentAddressDeleted > {
	return apiFetch< DepartmentAddressDeleted >( {
		path: addressesPath( departmentId, addressId ),
		method: 'DELETE',
	} );
}
