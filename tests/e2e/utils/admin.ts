/**
 * Logging in to wp-admin as the shop admin.
 */
import { expect, type Page } from '@playwright/test';

import { PASSWORD } from './session';

/**
 * Logs in through wp-login.php as the demo shop admin.
 *
 * @param page Browser page.
 */
export async function logInAsAdmin( page: Page ): Promise< void > {
	await page.goto( '/wp-login.php' );
	await page.locator( '#user_login' ).fill( 'admin' );
	await page.locator( '#user_pass' ).fill( PASSWORD );
	await page.locator( '#wp-submit' ).click();
	await expect( page.locator( '#wpadminbar' ) ).toBeVisible();
}
