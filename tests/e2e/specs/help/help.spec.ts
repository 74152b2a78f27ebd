/**
 * The Help tab: the built-in guide (English and Norwegian, phone width), then a page the shop
 * admin picks in WooCommerce's page setup.
 */
import { expect, test, type Page } from '@playwright/test';

import { logIn, restClient, USERS } from '../../utils/session';
import { setSiteLanguage } from '../../utils/site';

const SETTINGS = '/wp-admin/admin.php?page=wc-settings&tab=advanced';

/**
 * Opens the Help tab from the My Account menu.
 *
 * @param page  A logged-in page.
 * @param label The tab's label.
 */
async function openHelp( page: Page, label: string ): Promise< void > {
	await page.goto( '/min-konto/' );
	await page
		.locator( '.woocommerce-MyAccount-navigation' )
		.getByRole( 'link', { name: label, exact: true } )
		.click();
	await expect( page ).toHaveURL( /\/min-konto\/help\/$/ );
}

/**
 * Chooses the help page in WooCommerce → Settings → Advanced (an empty title clears it).
 *
 * @param page  A page logged in as the shop admin.
 * @param title Page title to search for and pick, or '' for none.
 */
async function chooseHelpPage( page: Page, title: string ): Promise< void > {
	await page.goto( SETTINGS );
	const row = page.locator( 'tr', {
		has: page.locator( '#kundeportal_help_page_id' ),
	} );
	if ( title ) {
		await row.locator( '.select2-selection' ).click();
		await page.locator( '.select2-search__field' ).fill( title );
		await page
			.locator( '.select2-results__option', { hasText: title } )
			.click();
	} else {
		await row.locator( '.select2-selection__clear' ).click();
	}
	await page.getByRole( 'button', { name: 'Save changes' } ).click();
	await expect(
		page.locator( '#message.updated, .notice-success' ).first()
	).toBeVisible();
}

test.describe( 'Help tab', () => {
	test( 'a manager reads the built-in guide; an employee gets the ordering part only', async ( {
		browser,
	} ) => {
		const manager = await browser.newPage();
		await logIn( manager, USERS.manager.login );
		const menu = manager.locator( '.woocommerce-MyAccount-navigation li' );
		await expect( menu.nth( 3 ) ).toHaveText( 'Departments' );
		await expect( menu.nth( 4 ) ).toHaveText( 'Help' );
		await openHelp( manager, 'Help' );
		const help = manager.locator( '.kundeportal-help' );
		await expect(
			help.getByRole( 'heading', { name: 'Ordering', exact: true } )
		).toBeVisible();
		await expect(
			help.getByRole( 'heading', { name: 'Approving orders' } )
		).toBeVisible();

		const employee = await browser.newPage();
		await logIn( employee, USERS.employee.login );
		await openHelp( employee, 'Help' );
		await expect( employee.locator( '.kundeportal-help' ) ).toContainText(
			'Company account'
		);
		await expect(
			employee.getByRole( 'heading', { name: 'Approving orders' } )
		).toHaveCount( 0 );
	} );

	test( 'in Norwegian on a phone the tab reads "Hjelp"', async ( {
		browser,
	} ) => {
		setSiteLanguage( 'nb_NO' );
		const phone = await browser.newPage( {
			viewport: { width: 375, height: 740 },
		} );
		try {
			await logIn( phone, USERS.manager.login );
			await openHelp( phone, 'Hjelp' );
			const help = phone.locator( '.kundeportal-help' );
			await expect(
				help.getByRole( 'heading', { name: 'Godkjenne bestillinger' } )
			).toBeVisible();
			const width = await help.evaluate(
				( element ) => element.scrollWidth
			);
			expect( width ).toBeLessThanOrEqual( 375 );
		} finally {
			setSiteLanguage( 'en_US' );
		}
	} );

	test( 'the shop admin picks a page, and the tab shows it', async ( {
		browser,
	} ) => {
		const admin = await browser.newPage();
		await logIn( admin, 'admin' );
		const title = `Ordering rules ${ Date.now() }`;
		const rest = await restClient( admin );
		const created = await rest.post( 'wp/v2/pages', {
			title,
			status: 'publish',
			content:
				'<!-- wp:paragraph --><p>Order before noon on Fridays.</p><!-- /wp:paragraph -->',
		} );
		expect( created.status() ).toBe( 201 );

		await chooseHelpPage( admin, title );
		try {
			const employee = await browser.newPage();
			await logIn( employee, USERS.employee.login );
			await openHelp( employee, 'Help' );
			const help = employee.locator( '.kundeportal-help' );
			await expect(
				help.getByRole( 'heading', { name: title } )
			).toBeVisible();
			await expect( help ).toContainText(
				'Order before noon on Fridays.'
			);
			await expect(
				help.getByRole( 'heading', { name: 'Ordering', exact: true } )
			).toHaveCount( 0 );
		} finally {
			await chooseHelpPage( admin, '' );
		}
	} );
} );
