/**
 * Logging in through My Account and calling REST with the logged-in user's cookie + nonce.
 */
import { expect, type APIResponse, type Page } from '@playwright/test';

export const ACCOUNT_PATH = '/min-konto/';
export const PASSWORD = 'kundeportal';

export const USERS = {
	manager: { login: 'leder.alnabru', email: 'leder.alnabru@staut.example' },
	otherManager: {
		login: 'leder.skjetten',
		email: 'leder.skjetten@staut.example',
	},
	employee: { login: 'fredrika', email: 'fredrika@staut.example' },
	otherEmployee: { login: 'navn', email: 'navn@staut.example' },
	companyAdmin: { login: 'innkjop', email: 'innkjop@staut.example' },
} as const;

/**
 * Logs in with WooCommerce's My Account form.
 *
 * @param page  Browser page.
 * @param login User login.
 */
export async function logIn( page: Page, login: string ): Promise< void > {
	await page.goto( ACCOUNT_PATH );
	await page.locator( '#username' ).fill( login );
	await page.locator( '#password' ).fill( PASSWORD );
	await page.locator( 'button[name="login"]' ).click();
	await expect(
		page.locator( '.woocommerce-MyAccount-navigation' )
	).toBeVisible();
}

/**
 * REST client bound to the page's cookies, with a fresh wp_rest nonce.
 *
 * @param page A logged-in page.
 */
export async function restClient( page: Page ) {
	const nonceResponse = await page.request.get(
		'/wp-admin/admin-ajax.php?action=rest-nonce'
	);
	expect( nonceResponse.ok() ).toBe( true );
	const nonce = ( await nonceResponse.text() ).trim();
	const headers = { 'X-WP-Nonce': nonce };

	return {
		nonce,
		get: ( path: string ): Promise< APIResponse > =>
			page.request.get( `/wp-json/${ path }`, { headers } ),
		post: ( path: string, data: object ): Promise< APIResponse > =>
			page.request.post( `/wp-json/${ path }`, { headers, data } ),
	};
}
