/**
 * Issue #3, editing a pending order: the guide's scenario (three lines, the
 * safety trousers raised from 1 to 2, approve with a message) and removing a
 * line. Expectations come from REST, not from the seeded figures.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';

import { waitForMail } from '../../utils/mail';
import { PendingOrders } from '../../utils/pending-orders';
import { logIn, PASSWORD, restClient, USERS } from '../../utils/session';
import { checkOut, fillCart } from '../../utils/shop';

const TROUSERS = '2546-314-2038-84';
const JACKET = '65138362-2199-5';
const PANTS = '77472_369-C50';

type Line = {
	id: number;
	product_id: number;
	variation_id: number;
	sku: string;
	name: string;
	variation: string;
	quantity: number;
	price: number;
	total: number;
};
type Order = {
	id: number;
	number: string;
	status: string;
	item_count: number;
	total: number;
	credit_left_after: number;
	lines: Line[];
};
type StoreProduct = { id: number; parent: number };

async function pageAs( browser: Browser, login: string ): Promise< Page > {
	const page = await ( await browser.newContext() ).newPage();
	await logIn( page, login );
	return page;
}

async function adminPage( browser: Browser ): Promise< Page > {
	const page = await ( await browser.newContext() ).newPage();
	await page.goto( '/wp-login.php' );
	await page.locator( '#user_login' ).fill( 'admin' );
	await page.locator( '#user_pass' ).fill( PASSWORD );
	await page.locator( '#wp-submit' ).click();
	await expect( page.locator( '#wpadminbar' ) ).toBeVisible();
	return page;
}

/**
 * Stock quantity of a product or variation by SKU, read as the shop admin
 * through WooCommerce's REST API.
 *
 * @param admin Logged-in admin page.
 * @param sku   SKU.
 */
async function stockOf( admin: Page, sku: string ): Promise< number > {
	const rest = await restClient( admin );
	const found: StoreProduct[] = await (
		await rest.get(
			`wc/store/v1/products?sku=${ encodeURIComponent( sku ) }`
		)
	).json();
	const product = found[ 0 ];
	expect( product, `product ${ sku }` ).toBeDefined();
	const path = product?.parent
		? `wc/v3/products/${ product.parent }/variations/${ product.id }`
		: `wc/v3/products/${ product?.id }`;
	const response = await rest.get( path );
	expect( response.status() ).toBe( 200 );
	return ( await response.json() ).stock_quantity;
}

async function placeOrder(
	browser: Browser,
	lines: Record< string, number >
): Promise< number > {
	const employee = await pageAs( browser, USERS.employee.login );
	await fillCart( employee, lines );
	const id = await checkOut( employee );
	await employee.context().close();
	return id;
}

async function orderOf( page: Page, id: number ): Promise< Order > {
	const response = await (
		await restClient( page )
	).get( `kundeportal/v1/orders/${ id }` );
	expect( response.status() ).toBe( 200 );
	return response.json();
}

function label( line: Line | undefined ): string {
	expect( line ).toBeDefined();
	return line?.variation
		? `${ line.name } – ${ line.variation }`
		: ( line?.name ?? '' );
}

/**
 * The text without spaces, so thin and no-break spaces don't matter.
 *
 * @param text Text or HTML.
 */
function compact( text: string ): string {
	return text.replace( /&nbsp;|&#160;|&#8239;|[\s\u00a0\u202f]/g, '' );
}

/**
 * Minor units as the shop shows them, without spaces: 575700 → "5757,00".
 *
 * @param minor Amount in minor units.
 */
function money( minor: number ): string {
	return ( minor / 100 ).toFixed( 2 ).replace( '.', ',' );
}

test.describe( 'Editing a pending order', () => {
	test.describe.configure( { timeout: 180_000 } );

	test( "the guide's order: raise the safety trousers to 2, approve with a message", async ( {
		browser,
	} ) => {
		const admin = await adminPage( browser );
		const stockBefore = await stockOf( admin, TROUSERS );

		const placed = await placeOrder( browser, {
			[ TROUSERS ]: 1,
			[ JACKET ]: 1,
			[ PANTS ]: 1,
		} );
		const manager = await pageAs( browser, USERS.manager.login );
		const order = await orderOf( manager, placed );
		expect( order.status ).toBe( 'kp-approval' );
		expect( order.lines ).toHaveLength( 3 );
		expect( await stockOf( admin, TROUSERS ) ).toBe( stockBefore - 1 );

		const trousers = order.lines.find( ( line ) => line.sku === TROUSERS );
		const pending = new PendingOrders( manager );
		await pending.openPendingTab();
		const row = pending.row( order );
		await pending.expand( order );
		await pending.setQuantity( order, label( trousers ), 2 );

		const changed = await orderOf( manager, order.id );
		expect( changed.total - order.total ).toBe( 103900 );
		expect( changed.item_count ).toBe( order.item_count + 1 );
		expect( changed.credit_left_after ).toBe(
			order.credit_left_after - 103900
		);

		// The row shows the new total and credit at once, red when over the limit.
		await expect
			.poll( async () => compact( await row.innerText() ) )
			.toContain( money( changed.total ) );
		expect( compact( await row.innerText() ) ).toContain(
			money( Math.abs( changed.credit_left_after ) )
		);
		if ( changed.credit_left_after < 0 ) {
			await expect( row ).toHaveClass( /is-over-credit/ );
			await expect( row ).toContainText( 'Over credit limit' );
		} else {
			await expect( row ).not.toHaveClass( /is-over-credit/ );
			await expect( row ).not.toContainText( 'Over credit limit' );
		}

		const message = `To bukser, hilsen leder ${ Date.now() }`;
		await pending.approve( order, message );
		await expect( pending.row( order ) ).toHaveCount( 0 );

		const approved = await orderOf( manager, order.id );
		expect( approved.status ).toBe( 'processing' );
		expect( approved.total ).toBe( changed.total );

		const mail = await waitForMail( USERS.employee.email, ( m ) =>
			( m.html ?? m.text ?? '' ).includes( message )
		);
		const body = compact( mail.html ?? mail.text ?? '' );
		expect( body ).toContain( money( changed.total ) );

		// Stock: 1 held at checkout, 1 more with the change, nothing again at approval.
		expect( await stockOf( admin, TROUSERS ) ).toBe( stockBefore - 2 );
		await admin.context().close();
		await manager.context().close();
	} );

	test( 'remove a line: the stock comes back, the total falls; the last line stays', async ( {
		browser,
	} ) => {
		const admin = await adminPage( browser );
		const placed = await placeOrder( browser, {
			[ JACKET ]: 1,
			[ PANTS ]: 1,
		} );
		const jacketStock = await stockOf( admin, JACKET );

		const manager = await pageAs( browser, USERS.manager.login );
		const order = await orderOf( manager, placed );
		const jacket = order.lines.find( ( line ) => line.sku === JACKET );
		const pants = order.lines.find( ( line ) => line.sku === PANTS );

		const pending = new PendingOrders( manager );
		await pending.openPendingTab();
		await pending.expand( order );
		expect( await pending.removeLine( order, label( jacket ) ) ).toBe(
			200
		);
		await expect(
			pending.linesOf( order ).getByText( JACKET )
		).toHaveCount( 0 );

		const changed = await orderOf( manager, order.id );
		expect( changed.lines ).toHaveLength( 1 );
		expect( order.total - changed.total ).toBe( jacket?.total );
		await expect(
			pending.row( order ).locator( 'td' ).nth( 3 )
		).toHaveText( '1' );
		expect( await stockOf( admin, JACKET ) ).toBe( jacketStock + 1 );

		// The last line cannot go: the server's message shows inline.
		expect( await pending.removeLine( order, label( pants ) ) ).toBe( 409 );
		await expect(
			pending
				.linesOf( order )
				.getByText(
					'An order needs at least one line. Cancel the order instead.'
				)
				.first()
		).toBeVisible();
		expect( ( await orderOf( manager, order.id ) ).lines ).toHaveLength(
			1
		);

		await pending.cancel( order, 'Rydder opp etter testen.' );
		await admin.context().close();
		await manager.context().close();
	} );
} );
