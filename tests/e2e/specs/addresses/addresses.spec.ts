/**
 * The addresses tab ("Adresser"): WooCommerce's own billing/shipping addresses for everyone,
 * plus the department addresses a manager adds, edits and removes (one validation error first).
 */
import { expect, test } from '@playwright/test';

import { managedDepartmentId, removeAddresses } from '../../utils/addresses';
import { ACCOUNT_PATH, logIn, USERS } from '../../utils/session';

const ADDRESSES_PATH = `${ ACCOUNT_PATH }edit-address/`;
const PREFIX = 'E2E Lager ';

test( 'Addresses comes right after Orders in the menu', async ( { page } ) => {
	await logIn( page, USERS.employee.login );
	const items = await page
		.locator( '.woocommerce-MyAccount-navigation li' )
		.allInnerTexts();
	const labels = items.map( ( item ) => item.trim() );
	const orders = labels.indexOf( 'Orders' );
	expect( orders ).toBeGreaterThan( -1 );
	expect( labels[ orders + 1 ] ).toBe( 'Addresses' );

	// Employees keep WooCommerce's addresses and see no department section.
	await page.goto( ADDRESSES_PATH );
	await expect(
		page.getByRole( 'heading', { name: /Shipping address/i } )
	).toBeVisible();
	await expect(
		page.getByRole( 'heading', { name: 'Department addresses' } )
	).toHaveCount( 0 );
} );

test( 'a manager adds, edits and removes a department address', async ( {
	page,
} ) => {
	const label = `${ PREFIX }${ Date.now() }`;
	await logIn( page, USERS.manager.login );
	const departmentId = await managedDepartmentId( page );

	try {
		await page.goto( ADDRESSES_PATH );
		await expect(
			page.getByRole( 'heading', { name: /Billing address/i } )
		).toBeVisible();
		const section = page.locator( '.kundeportal-addresses-block' );
		await expect(
			section.getByRole( 'heading', { name: 'Department addresses' } )
		).toBeVisible();
		await expect(
			section.getByRole( 'button', { name: 'Add address' } )
		).toBeVisible();

		// Add, first with a postcode of three digits.
		await section.getByRole( 'button', { name: 'Add address' } ).click();
		const dialog = page.getByRole( 'dialog', { name: 'Add address' } );
		await dialog.getByLabel( 'Name of the address' ).fill( label );
		await dialog.getByLabel( 'Company (optional)' ).fill( 'Staut' );
		await dialog.getByLabel( 'Street address' ).fill( 'Alnaveien 99' );
		await dialog.getByLabel( 'Postcode' ).fill( '066' );
		await dialog.getByLabel( 'City' ).fill( 'Oslo' );
		await dialog.getByRole( 'button', { name: 'Add address' } ).click();

		const postcode = dialog.getByLabel( 'Postcode' );
		await expect( postcode ).toBeFocused();
		await expect( postcode ).toHaveAttribute( 'aria-invalid', 'true' );
		await expect( dialog ).toContainText(
			'A Norwegian postcode has 4 digits.'
		);

		await postcode.fill( '0668' );
		await dialog.getByRole( 'button', { name: 'Add address' } ).click();
		await expect( dialog ).toBeHidden();
		await expect( section ).toContainText(
			`The address ${ label } was added.`
		);
		const card = section
			.locator( '.kundeportal-addresses__item' )
			.filter( { hasText: label } );
		await expect( card ).toContainText( 'Alnaveien 99' );
		await expect( card ).toContainText( '0668 Oslo' );

		// Edit.
		await card.getByRole( 'button', { name: `Edit ${ label }` } ).click();
		const edit = page.getByRole( 'dialog', { name: 'Edit address' } );
		await expect( edit.getByLabel( 'Street address' ) ).toHaveValue(
			'Alnaveien 99'
		);
		await edit.getByLabel( 'Street address' ).fill( 'Alnaveien 100' );
		await edit.getByRole( 'button', { name: 'Save address' } ).click();
		await expect( edit ).toBeHidden();
		await expect( card ).toContainText( 'Alnaveien 100' );
		await expect(
			card.getByRole( 'button', { name: `Edit ${ label }` } )
		).toBeFocused();

		// Remove, cancelling once.
		await card.getByRole( 'button', { name: `Remove ${ label }` } ).click();
		let confirm = page.getByRole( 'dialog', { name: 'Remove address' } );
		await expect( confirm ).toContainText( label );
		await confirm.getByRole( 'button', { name: 'Cancel' } ).click();
		await expect( confirm ).toBeHidden();
		await expect( card ).toBeVisible();

		await card.getByRole( 'button', { name: `Remove ${ label }` } ).click();
		confirm = page.getByRole( 'dialog', { name: 'Remove address' } );
		await confirm.getByRole( 'button', { name: 'Remove address' } ).click();
		await expect( confirm ).toBeHidden();
		await expect( card ).toHaveCount( 0 );
		await expect( section ).toContainText(
			`The address ${ label } was removed.`
		);
		await expect(
			section.getByRole( 'button', { name: 'Add address' } )
		).toBeFocused();

		// The edit sub-pages stay WooCommerce's own.
		await page.goto( `${ ADDRESSES_PATH }shipping/` );
		await expect( page.locator( '#shipping_address_1' ) ).toBeVisible();
		await expect(
			page.locator( '.kundeportal-addresses-block' )
		).toHaveCount( 0 );
	} finally {
		await removeAddresses( page, departmentId, PREFIX );
	}
} );
