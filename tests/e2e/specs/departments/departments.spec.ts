/**
 * Departments tab: a manager sees their department with its figures and managers and shows
 * it on the dashboard; a company admin sees every department of the company, switches the
 * dashboard to another one, and creates, renames, archives and reactivates a department
 * (unique names, so reruns never clash). Managers cannot create departments.
 */
import { expect, test, type Page } from '@playwright/test';

import { ACCOUNT_PATH, logIn, restClient, USERS } from '../../utils/session';

/**
 * The card of a department in the list.
 *
 * @param page Page on the Departments tab.
 * @param name Department name.
 */
function card( page: Page, name: string ) {
	return page.locator( '.kundeportal-departments__item' ).filter( {
		has: page.getByRole( 'heading', { name, exact: true } ),
	} );
}

test( 'a manager sees their department and shows it on the dashboard', async ( {
	page,
} ) => {
	await logIn( page, USERS.manager.login );
	await page.goto( ACCOUNT_PATH );
	const menu = page.locator( '.woocommerce-MyAccount-navigation' );
	const labels = await menu.locator( 'li' ).allInnerTexts();
	const users = labels.findIndex( ( label ) => label.trim() === 'Users' );
	expect( labels[ users + 1 ]?.trim() ).toBe( 'Departments' );

	await menu.getByRole( 'link', { name: 'Departments' } ).click();
	await expect( page ).toHaveURL( /\/departments\/$/ );
	const alnabru = card( page, 'avd Alnabru' );
	await expect( alnabru ).toBeVisible();
	await expect(
		page.locator( '.kundeportal-departments__item' )
	).toHaveCount( 1 );
	for ( const label of [
		'Users',
		'Available credit',
		'Spent this month',
		'Spent this year',
		'Pending orders',
	] ) {
		await expect(
			alnabru.getByText( label, { exact: true } )
		).toBeVisible();
	}
	await expect(
		page.getByRole( 'button', { name: 'New department' } )
	).toHaveCount( 0 );

	await alnabru.getByRole( 'button', { name: /Show details/ } ).click();
	await expect( alnabru.getByText( USERS.manager.email ) ).toBeVisible();
	await expect( alnabru.getByText( 'Lise Leder' ) ).toBeVisible();
	await expect(
		alnabru.getByRole( 'link', {
			name: 'See and change addresses in the Addresses tab',
		} )
	).toHaveAttribute( 'href', /edit-address/ );
	await expect(
		alnabru.getByRole( 'button', { name: 'Archive' } )
	).toHaveCount( 0 );

	await alnabru
		.getByRole( 'link', { name: 'Show on the dashboard' } )
		.click();
	await expect( page ).toHaveURL( /[?&]department=\d+/ );
	await expect(
		page.getByRole( 'heading', {
			name: 'Staut Arbeidsklær AS avd Alnabru',
		} )
	).toBeVisible();

	const rest = await restClient( page );
	const refused = await rest.post( 'kundeportal/v1/departments', {
		name: `avd Nekt ${ Date.now() }`,
	} );
	expect( refused.status() ).toBe( 403 );
} );

test( 'a company admin switches the dashboard, creates, renames and archives a department', async ( {
	page,
} ) => {
	await logIn( page, USERS.companyAdmin.login );
	await page.goto( `${ ACCOUNT_PATH }departments/` );
	await expect( card( page, 'avd Alnabru' ) ).toBeVisible();
	await expect( card( page, 'avd Skjetten' ) ).toBeVisible();

	const skjetten = card( page, 'avd Skjetten' );
	await skjetten.getByRole( 'button', { name: /Show details/ } ).click();
	await expect(
		skjetten.getByText( USERS.otherManager.email )
	).toBeVisible();
	await skjetten
		.getByRole( 'link', { name: 'Show on the dashboard' } )
		.click();
	await expect(
		page.getByRole( 'heading', {
			name: 'Staut Arbeidsklær AS avd Skjetten',
		} )
	).toBeVisible();
	const switcher = page.getByLabel( 'Department', { exact: true } );
	await expect( switcher.locator( 'option:checked' ) ).toHaveText(
		'Staut Arbeidsklær AS avd Skjetten'
	);

	const stamp = Date.now();
	const name = `avd Test ${ stamp }`;
	const renamed = `avd Omdøpt ${ stamp }`;
	await page.goto( `${ ACCOUNT_PATH }departments/` );
	await page.getByRole( 'button', { name: 'New department' } ).click();
	const dialog = page.getByRole( 'dialog', { name: 'New department' } );
	await dialog.getByLabel( 'Department name' ).fill( 'avd alnabru' );
	await dialog.getByRole( 'button', { name: 'Create department' } ).click();
	await expect(
		dialog.getByText(
			'Another department of the company already has this name.'
		)
	).toBeVisible();
	await dialog.getByLabel( 'Department name' ).fill( name );
	await dialog.getByRole( 'button', { name: 'Create department' } ).click();
	await expect( dialog ).toHaveCount( 0 );
	await expect(
		page
			.locator( '.kundeportal-departments' )
			.getByText( 'The department was created.' )
	).toBeVisible();
	const created = card( page, name );
	await expect( created ).toBeVisible();
	await expect(
		created.getByText( 'This department has no manager.' )
	).toBeVisible();

	await created.getByRole( 'button', { name: 'Rename' } ).click();
	const rename = page.getByRole( 'dialog', { name: 'Rename department' } );
	await expect( rename.getByLabel( 'Department name' ) ).toHaveValue( name );
	await rename.getByLabel( 'Department name' ).fill( renamed );
	await rename.getByRole( 'button', { name: 'Save' } ).click();
	await expect( rename ).toHaveCount( 0 );
	const moved = card( page, renamed );
	await expect( moved ).toBeVisible();

	await moved.getByRole( 'button', { name: 'Archive' } ).click();
	const confirm = page.getByRole( 'dialog', { name: 'Archive department' } );
	await confirm.getByRole( 'button', { name: 'Archive' } ).click();
	await expect( confirm ).toHaveCount( 0 );
	const archived = page.locator( 'section' ).filter( {
		has: page.getByRole( 'heading', { name: 'Archived' } ),
	} );
	await expect( card( page, renamed ) ).toBeVisible();
	await expect(
		archived.getByRole( 'heading', { name: renamed } )
	).toBeVisible();
	await expect(
		card( page, renamed ).getByRole( 'button', { name: 'Reactivate' } )
	).toBeVisible();
	await expect(
		card( page, renamed ).getByText( 'Pending orders', { exact: true } )
	).toBeVisible();
} );

test.afterEach( async ( { page } ) => {
	// A failed run may leave a test department active: archive it, so the demo data keeps
	// only Alnabru and Skjetten as active departments.
	if ( ! page.url().includes( ACCOUNT_PATH ) ) {
		return;
	}
	const rest = await restClient( page );
	const response = await rest.get( 'kundeportal/v1/departments' );
	if ( ! response.ok() ) {
		return;
	}
	const departments: Array< { id: number; name: string; status: string } > =
		await response.json();
	for ( const department of departments ) {
		if (
			department.status === 'active' &&
			/^avd (Test|Omdøpt) \d+$/.test( department.name )
		) {
			await page.request.patch(
				`/wp-json/kundeportal/v1/departments/${ department.id }`,
				{
					headers: { 'X-WP-Nonce': rest.nonce },
					data: { status: 'archived' },
				}
			);
		}
	}
} );
