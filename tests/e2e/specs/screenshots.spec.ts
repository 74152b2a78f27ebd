/**
 * The README's screenshots, taken on the demo shop by the test suite: the manager's main tabs
 * at desktop width (docs/screenshots/<tab>.png) and the dashboard on a phone. Each tab must
 * have loaded its block first, so a broken tab fails here instead of landing in the README.
 */
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { openTab } from '../utils/a11y';
import { ACCOUNT_PATH, logIn, USERS } from '../utils/session';

const SHOTS = path.resolve( __dirname, '../../../docs/screenshots' );

/** Slug (file name) and path of each tab in the README, in menu order. */
const TABS = [
	[ 'dashboard', ACCOUNT_PATH ],
	[ 'pending-orders', `${ ACCOUNT_PATH }pending-orders/` ],
	[ 'users', `${ ACCOUNT_PATH }users/` ],
	[ 'departments', `${ ACCOUNT_PATH }departments/` ],
	[ 'help', `${ ACCOUNT_PATH }help/` ],
	[ 'orders', `${ ACCOUNT_PATH }orders/` ],
	[ 'addresses', `${ ACCOUNT_PATH }edit-address/` ],
] as const;

test.use( { viewport: { width: 1280, height: 900 } } );

test( "screenshots of the manager's tabs", async ( { page, browser } ) => {
	await logIn( page, USERS.manager.login );

	for ( const [ slug, href ] of TABS ) {
		await openTab( page, { label: slug, href } );
		await expect(
			page
				.locator( '.woocommerce-MyAccount-content .kundeportal' )
				.first()
		).toBeVisible();
		await page
			.locator( '.woocommerce' )
			.first()
			.screenshot( { path: path.join( SHOTS, `${ slug }.png` ) } );
	}

	const phone = await browser.newContext( {
		viewport: { width: 375, height: 740 },
		isMobile: true,
		hasTouch: true,
	} );
	const phonePage = await phone.newPage();
	await logIn( phonePage, USERS.manager.login );
	await openTab( phonePage, { label: 'dashboard', href: ACCOUNT_PATH } );
	await phonePage.screenshot( {
		path: path.join( SHOTS, 'dashboard-phone.png' ),
		fullPage: true,
	} );
	await phone.close();
} );
