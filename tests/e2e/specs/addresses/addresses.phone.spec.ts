/**
 * The department addresses on a 375 px wide phone: nothing scrolls sideways, and the add
 * dialog shows its field errors and saves.
 */
import { expect, test } from '@playwright/test';

import { managedDepartmentId, removeAddresses } from '../../utils/addresses';
import { ACCOUNT_PATH, logIn, USERS } from '../../utils/session';

const PREFIX = 'E2E Mobil ';

test( 'a manager adds a department address on a phone', async ( { page } ) => {
	const label = `${ PREFIX }${ Date.now() }`;
	await logIn( page, USERS.manager.login );
	const departmentId = await managedDepartmentId( page );

	try {
		await page.goto( `${ ACCOUNT_PATH }edit-address/` );
		const section = page.locator( '.kundeportal-addresses-block' );
		await expect(
			section.getByRole( 'button', { name: 'Add address' } )
		).toBeVisible();
		const overflow = () =>
			page.evaluate(
				() =>
					document.documentElement.scrollWidth -
					document.documentElement.clientWidth
			);
		expect( await overflow() ).toBeLessThanOrEqual( 0 );

		await section.getByRole( 'button', { name: 'Add address' } ).tap();
		const dialog = page.getByRole( 'dialog', { name: 'Add address' } );
		await dialog.getByRole( 'button', { name: 'Add address' } ).tap();
		await expect(
			dialog.getByLabel( 'Name of the address' )
		).toBeFocused();
		await expect( dialog ).toContainText( 'Enter the street address.' );

		await dialog.getByLabel( 'Name of the address' ).fill( label );
		await dialog.getByLabel( 'Street address' ).fill( 'Strømsveien 266' );
		await dialog.getByLabel( 'Postcode' ).fill( '0668' );
		await dialog.getByLabel( 'City' ).fill( 'Oslo' );
		const box = await dialog.boundingBox();
		expect( box?.width ?? 0 ).toBeLessThanOrEqual( 375 );
		await dialog.getByRole( 'button', { name: 'Add address' } ).tap();
		await expect( dialog ).toBeHidden();
		await expect(
			section
				.locator( '.kundeportal-addresses__item' )
				.filter( { hasText: label } )
		).toContainText( 'Strømsveien 266' );
		expect( await overflow() ).toBeLessThanOrEqual( 0 );
	} finally {
		await removeAddresses( page, departmentId, PREFIX );
	}
} );
