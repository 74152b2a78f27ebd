/**
 * Registration link: the manager creates and copies the department's link, a logged-out
 * browser registers through it (set-password e-mail), the manager sees the new user, and
 * after rotating the old link shows the "no longer valid" page.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';

import { waitForMail } from '../../utils/mail';
import { ACCOUNT_PATH, logIn, USERS } from '../../utils/session';

/**
 * Creates a new link on the dashboard and returns it.
 *
 * @param page The manager's page on the dashboard.
 */
async function createLink( page: Page ): Promise< string > {
	const box = page.locator( '.kundeportal-registration-link' );
	await expect(
		box.getByRole( 'heading', { name: 'Create a registration link' } )
	).toBeVisible();
	const input = box.getByRole( 'textbox', { name: 'Registration link' } );
	const before = ( await input.count() ) ? await input.inputValue() : '';
	await box.getByRole( 'button', { name: /^Create a (new )?link$/ } ).click();
	await expect( input ).not.toHaveValue( before );
	await expect( input ).toHaveValue( /kundeportal_join=[0-9a-f]{64}$/ );

	return input.inputValue();
}

/**
 * Opens a link in a fresh, logged-out browser context.
 *
 * @param browser Browser.
 * @param url     Link.
 */
async function openLoggedOut( browser: Browser, url: string ): Promise< Page > {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto( url );

	return page;
}

test( 'register through the link, then rotate it', async ( {
	browser,
	context,
	page,
} ) => {
	await context.grantPermissions( [ 'clipboard-read', 'clipboard-write' ] );
	await logIn( page, USERS.manager.login );
	await page.goto( ACCOUNT_PATH );
	const url = await createLink( page );
	await page.getByRole( 'button', { name: 'Copy the link' } ).click();
	await expect(
		page.locator( '.kundeportal-registration-link [role="status"]' )
	).toHaveText( 'Copied' );
	expect( await page.evaluate( () => navigator.clipboard.readText() ) ).toBe(
		url
	);

	const email = `joiner.${ Date.now() }@example.test`;
	const join = await openLoggedOut( browser, url );
	await join.getByLabel( 'First name' ).fill( 'Jonas' );
	await join.getByLabel( 'Last name' ).fill( 'Joiner' );
	await join.getByLabel( 'E-mail' ).fill( email );
	await join.getByRole( 'button', { name: 'Register' } ).click();
	await expect( join.locator( '.kundeportal-join' ) ).toContainText(
		'Check your e-mail for a link to set your password'
	);
	await waitForMail( email, () => true );

	await page.goto( `${ ACCOUNT_PATH }users/` );
	await page.getByRole( 'searchbox', { name: 'Search users' } ).fill( email );
	await expect( page.locator( '.kundeportal-users__row' ) ).toHaveCount( 1 );
	await expect( page.locator( '.kundeportal-users__row' ) ).toContainText(
		'Jonas Joiner'
	);

	await page.goto( ACCOUNT_PATH );
	const rotated = await createLink( page );
	expect( rotated ).not.toBe( url );
	const old = await openLoggedOut( browser, url );
	await expect( old.locator( '.kundeportal-join' ) ).toContainText(
		'This registration link is no longer valid. Ask your manager for a new one.'
	);
	await expect( old.getByLabel( 'E-mail' ) ).toHaveCount( 0 );
} );

test( 'a link limited to a domain refuses other addresses and keeps what was typed', async ( {
	browser,
	page,
} ) => {
	await logIn( page, USERS.manager.login );
	await page.goto( ACCOUNT_PATH );
	const box = page.locator( '.kundeportal-registration-link' );
	const domain = `staut${ Date.now() }.example`;

	await box.getByLabel( 'Maximum number of uses (optional)' ).fill( '0' );
	await box.getByLabel( 'Allowed e-mail domains (optional)' ).fill( 'staut' );
	await box.getByRole( 'button', { name: /^Create a (new )?link$/ } ).click();
	await expect(
		box.getByText( 'Enter a whole number of 1 or more.' )
	).toBeVisible();
	await expect( box.getByText( /"staut" is not a domain/ ) ).toBeVisible();

	await box.getByLabel( 'Maximum number of uses (optional)' ).fill( '2' );
	await box
		.getByLabel( 'Allowed e-mail domains (optional)' )
		.fill( `${ domain.toUpperCase() }, example.com` );
	const url = await createLink( page );
	await expect( box.getByText( '0 of 2' ) ).toBeVisible();
	await expect( box.getByText( `@${ domain }, @example.com` ) ).toBeVisible();

	const join = await openLoggedOut( browser, url );
	const wrong = `jonas.${ Date.now() }@gmail.test`;
	await join.getByLabel( 'First name' ).fill( 'Jonas' );
	await join.getByLabel( 'Last name' ).fill( 'Domene' );
	await join.getByLabel( 'E-mail' ).fill( wrong );
	await join.getByLabel( 'Position (optional)' ).fill( 'Lager' );
	await join.getByRole( 'button', { name: 'Register' } ).click();
	await expect( join.locator( '.kundeportal-join__error' ) ).toHaveText(
		`This link only accepts e-mail addresses at @${ domain }, @example.com. Use your work e-mail address.`
	);
	await expect( join.getByLabel( 'E-mail' ) ).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expect( join.getByLabel( 'First name' ) ).toHaveValue( 'Jonas' );
	await expect( join.getByLabel( 'Last name' ) ).toHaveValue( 'Domene' );
	await expect( join.getByLabel( 'E-mail' ) ).toHaveValue( wrong );
	await expect( join.getByLabel( 'Position (optional)' ) ).toHaveValue(
		'Lager'
	);

	const right = `jonas.${ Date.now() }@${ domain }`;
	await join.getByLabel( 'E-mail' ).fill( right );
	await join.getByRole( 'button', { name: 'Register' } ).click();
	await expect( join.locator( '.kundeportal-join' ) ).toContainText(
		'Check your e-mail for a link to set your password'
	);

	await page.reload();
	await expect( box.getByText( '1 of 2' ) ).toBeVisible();
} );
