/**
 * WooCommerce → Kundeportal → a company: the shop admin creates a department, gives it a
 * manager, archives it, and removes the manager again (so the demo manager's scope is as before).
 */
import { expect, test } from '@playwright/test';

import { logInAsAdmin } from '../../utils/admin';
import { USERS } from '../../utils/session';

const COMPANY = 'Staut Arbeidsklær AS';

test( 'a shop admin creates a department with a manager and archives it', async ( {
	page,
} ) => {
	const name = `avd E2E ${ Date.now() }`;

	await logInAsAdmin( page );
	await page.goto( '/wp-admin/admin.php?page=kundeportal' );
	await page.getByRole( 'link', { name: COMPANY } ).click();
	await expect(
		page.getByRole( 'heading', { name: 'Departments', exact: true } )
	).toBeVisible();

	await page.locator( '#kundeportal-new-department' ).fill( name );
	await page.getByRole( 'button', { name: 'Add department' } ).click();
	await expect( page.locator( '.notice-success' ) ).toContainText(
		`Department "${ name }" created.`
	);

	const row = page
		.locator( 'tr[data-department]' )
		.filter( { has: page.locator( `input[value="${ name }"]` ) } );
	await expect( row ).toContainText( 'Active' );

	// An unknown manager is refused with a message; the demo manager is added.
	const manager = row.getByLabel(
		`E-mail address or username of a new manager of ${ name }`
	);
	await manager.fill( 'nobody-here@example.test' );
	await row.getByRole( 'button', { name: 'Add manager' } ).click();
	await expect( page.locator( '.notice-error' ) ).toContainText(
		'No user has this e-mail address or username.'
	);
	await row
		.getByLabel(
			`E-mail address or username of a new manager of ${ name }`
		)
		.fill( USERS.otherManager.login );
	await row.getByRole( 'button', { name: 'Add manager' } ).click();
	await expect( page.locator( '.notice-success' ) ).toContainText(
		`now manages "${ name }"`
	);
	await expect( row.locator( '.kundeportal-managers' ) ).toContainText(
		USERS.otherManager.email
	);

	await row.getByRole( 'button', { name: 'Archive' } ).click();
	await expect( page.locator( '.notice-success' ) ).toContainText(
		`Department "${ name }" archived.`
	);
	await expect( row ).toContainText( 'Archived' );
	await expect(
		row.getByRole( 'button', { name: 'Restore' } )
	).toBeVisible();

	// Clean up: the demo manager manages only their own department again.
	await row
		.getByRole( 'button', {
			name: new RegExp( `^Remove .* as manager of ${ name }$` ),
		} )
		.click();
	await expect( page.locator( '.notice-success' ) ).toContainText(
		`no longer manages "${ name }"`
	);
	await expect( row.locator( '.kundeportal-managers' ) ).toHaveCount( 0 );
} );
