/**
 * Lost password at /min-konto/mistet-passord/: WordPress's and WooCommerce's own flow, end to
 * end, with the e-mail read from the SMTP sink.
 */
import { expect, test, type Page } from '@playwright/test';

import { listMail, waitForMail } from '../../utils/mail';
import { ACCOUNT_PATH, PASSWORD } from '../../utils/session';

const LOGIN = 'reggis';
const EMAIL = 'reggis@staut.example';
const LOST_PASSWORD = `${ ACCOUNT_PATH }mistet-passord/`;

/**
 * Asks for a reset link and returns it from the e-mail that arrives.
 *
 * @param page Browser page (logged out).
 */
async function requestResetLink( page: Page ): Promise< string > {
	const before = new Set( ( await listMail() ).map( ( mail ) => mail.id ) );
	await page.goto( LOST_PASSWORD );
	await page.locator( '#user_login' ).fill( EMAIL );
	await page
		.locator( 'form.woocommerce-ResetPassword button[type="submit"]' )
		.click();
	await expect( page.getByRole( 'alert' ) ).toContainText(
		'Password reset email has been sent'
	);

	const mail = await waitForMail(
		EMAIL,
		( m ) =>
			! before.has( m.id ) &&
			/mistet-passord\/\?key=/.test( m.html ?? m.text ?? '' )
	);
	const match =
		/href="([^"]*mistet-passord\/\?key=[^"]+)"/.exec( mail.html ?? '' ) ??
		/(http\S*mistet-passord\/\?key=\S+)/.exec( mail.text ?? '' );
	expect( match, 'a reset link in the e-mail' ).not.toBeNull();
	return ( match?.[ 1 ] ?? '' ).replace( /&amp;/g, '&' );
}

async function setNewPassword( page: Page, link: string, password: string ) {
	await page.goto( link );
	await expect( page.locator( '#password_1' ) ).toBeVisible();
	await page.locator( '#password_1' ).fill( password );
	await page.locator( '#password_2' ).fill( password );
	await page
		.locator( 'form.woocommerce-ResetPassword button[type="submit"]' )
		.click();
	await expect( page.getByRole( 'alert' ) ).toContainText(
		'Your password has been reset'
	);
}

async function logInWith( page: Page, password: string ) {
	await page.context().clearCookies();
	await page.goto( ACCOUNT_PATH );
	await page.locator( '#username' ).fill( LOGIN );
	await page.locator( '#password' ).fill( password );
	await page.locator( 'button[name="login"]' ).click();
}

test( 'a user resets the password from the e-mail and logs in with the new one', async ( {
	browser,
} ) => {
	const page = await ( await browser.newContext() ).newPage();
	const newPassword = `Nytt-passord-${ Date.now() }`;

	// Two requests: the second link is the one that works, the first says so clearly.
	const first = await requestResetLink( page );
	const second = await requestResetLink( page );
	expect( second ).not.toBe( first );

	await page.goto( first );
	await expect( page.getByRole( 'alert' ) ).toContainText( 'invalid' );
	await expect( page.locator( '#user_login' ) ).toBeVisible();

	await setNewPassword( page, second, newPassword );

	await logInWith( page, PASSWORD );
	await expect( page.getByRole( 'alert' ) ).toContainText( 'incorrect' );
	await logInWith( page, newPassword );
	await expect(
		page.locator( '.woocommerce-MyAccount-navigation' )
	).toBeVisible();

	// Leave the demo login as it was.
	await page.context().clearCookies();
	await setNewPassword( page, await requestResetLink( page ), PASSWORD );
} );
