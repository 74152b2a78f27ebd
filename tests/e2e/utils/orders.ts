/**
 * The Orders tab of My Account, and orders placed for the orders specs.
 */
import {
	expect,
	type Browser,
	type Locator,
	type Page,
} from '@playwright/test';

import { logIn, restClient } from './session';
import { checkOut, fillCart } from './shop';

/** A cheap product of the demo catalogue. */
export const CHEAP_SKU = '65138362-2199-5';

export type PlacedOrder = {
	id: number;
	number: string;
	status: string;
	department: { id: number; name: string };
};

/**
 * A page logged in as a user, in its own browser context.
 *
 * @param browser Browser.
 * @param login   User login.
 */
export async function pageAs(
	browser: Browser,
	login: string
): Promise< Page > {
	const context = await browser.newContext();
	const page = await context.newPage();
	await logIn( page, login );
	return page;
}

/**
 * A page logged in to wp-admin as the shop admin.
 *
 * @param browser Browser.
 */
export async function adminPage( browser: Browser ): Promise< Page > {
	const page = await ( await browser.newContext() ).newPage();
	await page.goto( '/wp-login.php' );
	await page.locator( '#user_login' ).fill( 'admin' );
	await page.locator( '#user_pass' ).fill( 'kundeportal' );
	await page.locator( '#wp-submit' ).click();
	await expect( page.locator( '#wpadminbar' ) ).toBeVisible();
	return page;
}

/**
 * Places an order through the real checkout as a user; it then awaits approval.
 *
 * @param browser Browser.
 * @param login   Orderer.
 */
export async function placeOrder(
	browser: Browser,
	login: string
): Promise< PlacedOrder > {
	const page = await pageAs( browser, login );
	await fillCart( page, { [ CHEAP_SKU ]: 1 } );
	const id = await checkOut( page );
	const rest = await restClient( page );
	const response = await rest.get( `kundeportal/v1/orders/${ id }` );
	expect( response.status() ).toBe( 200 );
	const order: PlacedOrder = await response.json();
	await page.context().close();
	return order;
}

/**
 * Cancels orders through REST as a logged-in manager of their departments (or the shop
 * admin), so the employees' credit is as before.
 *
 * @param page   A logged-in page.
 * @param orders Orders awaiting approval.
 */
export async function cancelOrders(
	page: Page,
	orders: PlacedOrder[]
): Promise< void > {
	const rest = await restClient( page );
	for ( const order of orders ) {
		const response = await rest.post(
			`kundeportal/v1/orders/${ order.id }/cancel`,
			{ message: '' }
		);
		expect( response.status() ).toBe( 200 );
	}
}

/**
 * The Orders tab.
 */
export class OrdersTab {
	constructor( readonly page: Page ) {}

	/** Opens the tab from the My Account menu. */
	async open(): Promise< void > {
		await this.page.goto( '/min-konto/' );
		await this.page
			.locator( '.woocommerce-MyAccount-navigation-link--orders a' )
			.click();
		await expect( this.table() ).toBeVisible();
	}

	table(): Locator {
		return this.page.locator( '.kundeportal-orders__table' );
	}

	/**
	 * The summary row of an order.
	 *
	 * @param order    The order.
	 * @param order.id
	 */
	row( order: { id: number } ): Locator {
		return this.page.locator( `tr[data-order-id="${ order.id }"]` );
	}

	/**
	 * Picks a filter value and waits for the list the server sends for it.
	 *
	 * @param name  Select: "status" or "department".
	 * @param value Option value (a status or a department id).
	 */
	async filter(
		name: 'status' | 'department',
		value: string
	): Promise< void > {
		const select = this.page
			.locator( '.kundeportal-orders__filters select' )
			.nth( name === 'status' ? 0 : 1 );
		const response = this.page.waitForResponse(
			( r ) =>
				/kundeportal(\/|%2F)v1(\/|%2F)orders/.test( r.url() ) &&
				decodeURIComponent( r.url() ).includes( `${ name }=${ value }` )
		);
		await select.selectOption( value );
		await response;
		await expect( this.page.locator( '.components-spinner' ) ).toHaveCount(
			0
		);
	}
}
