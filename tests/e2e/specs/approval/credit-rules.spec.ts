/**
 * Issue #3, approval rules per company: with approval off an order within the credit goes
 * straight to processing; an order over the credit is refused at checkout, saying how much
 * credit is left, and the cart stays. The company and member come from the fixture.
 */
import { expect, test, type Page } from '@playwright/test';

import { creditOf, setUpMember, setUpProduct } from '../../utils/fixtures';
import { logIn, restClient } from '../../utils/session';
import { checkOut, fillCart } from '../../utils/shop';

const SKU = 'kp-rules-100';
const LOGIN = 'regel.uten.godkjenning';
const COMPANY = {
	company: 'Credit Rules AS',
	approval: false,
	overCredit: 'refuse',
	period: 'year',
} as const;

async function cartQuantity( page: Page ): Promise< number > {
	const rest = await restClient( page );
	const cart: { items_count: number } = await (
		await rest.get( 'wc/store/v1/cart' )
	).json();
	return cart.items_count;
}

test.describe( 'Credit rules with approval off', () => {
	test.beforeEach( () => {
		setUpProduct( SKU, '100', 1000 );
	} );

	test( 'an order within the credit goes straight to processing and is charged', async ( {
		page,
	} ) => {
		setUpMember( COMPANY, LOGIN, 30000 );
		await logIn( page, LOGIN );
		await fillCart( page, { [ SKU ]: 2 } );

		const orderId = await checkOut( page );

		const rest = await restClient( page );
		const order: { status: string; total: number } = await (
			await rest.get( `kundeportal/v1/orders/${ orderId }` )
		).json();
		expect( order.status ).toBe( 'processing' );
		expect( order.total ).toBe( 20000 );
		const credit = creditOf( LOGIN );
		expect( credit.ledger ).toContainEqual( [ orderId, 'charge', 20000 ] );
		expect( credit.left ).toBe( 10000 );
	} );

	test( 'an order over the credit is refused at checkout with the credit left, and the cart stays', async ( {
		page,
	} ) => {
		setUpMember( COMPANY, LOGIN, 20000 );
		const chargesBefore = creditOf( LOGIN ).ledger.length;
		await logIn( page, LOGIN );
		await fillCart( page, { [ SKU ]: 3 } );
		await page.goto( '/checkout/' );
		await page.getByText( 'Company account' ).first().click();

		await page.getByRole( 'button', { name: /place order/i } ).click();

		await expect(
			page
				.locator( 'main' )
				.getByText( /This order exceeds your credit\. You have 200,00/ )
		).toBeVisible();
		expect( page.url() ).not.toMatch( /order-received/ );
		expect( await cartQuantity( page ) ).toBe( 3 );
		expect( creditOf( LOGIN ).ledger ).toHaveLength( chargesBefore );
	} );
} );
