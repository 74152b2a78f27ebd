/**
 * Department addresses through REST (kundeportal/v1), for setting up and cleaning up specs.
 */
import { expect, type Page } from '@playwright/test';

import { restClient } from './session';

export type AddressBody = {
	label: string;
	address_1: string;
	postcode: string;
	city: string;
	country: string;
	company?: string;
};

type Address = AddressBody & { id: number; department_id: number };

/**
 * Id of the first department the logged-in manager manages.
 *
 * @param page A manager's logged-in page.
 */
export async function managedDepartmentId( page: Page ): Promise< number > {
	const rest = await restClient( page );
	const me = await rest.get( 'kundeportal/v1/me' );
	expect( me.status() ).toBe( 200 );
	const body: { managed_departments: { id: number }[] } = await me.json();
	const id = body.managed_departments[ 0 ]?.id;
	expect( id, 'a managed department' ).toBeDefined();

	return Number( id );
}

/**
 * Adds an address to a department as the logged-in manager.
 *
 * @param page         A manager's logged-in page.
 * @param departmentId Department id.
 * @param body         The address.
 */
export async function addAddress(
	page: Page,
	departmentId: number,
	body: AddressBody
): Promise< Address > {
	const rest = await restClient( page );
	const created = await rest.post(
		`kundeportal/v1/departments/${ departmentId }/addresses`,
		body
	);
	expect( created.status(), await created.text() ).toBe( 201 );

	return created.json();
}

/**
 * Removes every address of the department whose label starts with the prefix.
 *
 * @param page         A manager's logged-in page.
 * @param departmentId Department id.
 * @param prefix       Label prefix of the spec's own addresses.
 */
export async function removeAddresses(
	page: Page,
	departmentId: number,
	prefix: string
): Promise< void > {
	const rest = await restClient( page );
	const listed = await rest.get(
		`kundeportal/v1/departments/${ departmentId }/addresses`
	);
	const addresses: Address[] = listed.ok() ? await listed.json() : [];
	for ( const address of addresses ) {
		if ( address.label.startsWith( prefix ) ) {
			await page.request.delete(
				`/wp-json/kundeportal/v1/departments/${ departmentId }/addresses/${ address.id }`,
				{ headers: { 'X-WP-Nonce': rest.nonce } }
			);
		}
	}
}
