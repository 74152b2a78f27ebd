/**
 * The employee's side of the shop: cart through the Store API, order through the checkout page.
 */
import { expect, type Page } from '@playwright/test';

import { restClient } from './session';

type StoreProduct = { id: number; sku: string };

function isProductList( value: unknown ): value is StoreProduct[] {
	return Array.isArray( value );
}

/**
 * Empties the cart and adds the products (by SKU) with their quantities.
 *
 * @param page  A logged-in page.
 * @param lines SKU → quantity.
 */
export async function fillCart(
	page: Page,
	lines: Record< string, number >
): Promise< void > {
	const rest = await restClient( page );
	const cart = await rest.get( 'wc/store/v1/cart' );
	const storeNonce = cart.headers().nonce ?? '';
	const headers = { 'X-WP-Nonce': rest.nonce, Nonce: storeNonce };

	await page.request.delete( '/wp-json/wc/store/v1/cart/items', {
		headers,
	} );

	for ( const [ sku, quantity ] of Object.entries( lines ) ) {
		const found = await rest.get(
			`wc/store/v1/products?sku=${ encodeURIComponent( sku ) }`
		);
		const products: unknown = await found.json();
		const product = isProductList( products ) ? products[ 0 ] : undefined;
		expect( product, `product with SKU ${ sku }` ).toBeDefined();
		const added = await page.request.post(
			'/wp-json/wc/store/v1/cart/add-item',
			{ headers, data: { id: product?.id, quantity } }
		);
		expect( added.status(), await added.text() ).toBe( 201 );
	}
}

/**
 * Places the order on the checkout page with the "Company account" method.
 * Returns the new order's id.
 *
 * @param page A logged-in page with a filled cart.
 */
export async function checkOut( page: Page ): Promise< number > {
	await page.goto( '/checkout/' );
	const method = page.getByText( 'Company account' ).first();
	await expect( method ).toBeVisible();
	await method.click();
	await page.getByRole( 'button', { name: /place order/i } ).click();
	await page.waitForURL( /order-received\/(\d+)/ );
	const match = /order-received\/(\d+)/.exec( page.url() );
	return Number( match?.[ 1 ] );
}
