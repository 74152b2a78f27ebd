/**
 * Assortment lists ("Sortimentlister"): the shop admin makes a list with WooCommerce's product
 * search in wp-admin, a manager gives it to a user in the users tab, and that user can then
 * buy only what is on it: the product page, the Store API and the checkout agree.
 * Everything is created for this spec (own company, member, manager, products) and the
 * lists are deleted afterwards, so the demo users and other specs are unaffected.
 */
import { expect, test, type Page } from '@playwright/test';

import {
	deleteAssortmentLists,
	setUpMember,
	setUpProduct,
	type FixtureMember,
} from '../../utils/fixtures';
import { ACCOUNT_PATH, logIn } from '../../utils/session';
import { apiLogIn, cartWith, checkOutCart } from '../../utils/store-api';

const COMPANY = 'Sortiment Test AS';
const MEMBER = 'assort.member';
const MANAGER = 'assort.manager';
const LISTED_SKU = 'E2E-ASSORT-IN';
const OTHER_SKU = 'E2E-ASSORT-OUT';
const MESSAGE = 'This product is not in your assortment.';

test.describe.configure( { mode: 'serial' } );

let member: FixtureMember;
let listedId = 0;
let otherId = 0;
const listName = `E2E list ${ Date.now().toString( 36 ) }`;

test.beforeAll( () => {
	deleteAssortmentLists( COMPANY );
	member = setUpMember(
		{
			company: COMPANY,
			approval: false,
			overCredit: 'refuse',
			period: 'year',
		},
		MEMBER,
		10_000_000,
		MANAGER
	);
	listedId = setUpProduct( LISTED_SKU, '100', 50 );
	otherId = setUpProduct( OTHER_SKU, '100', 50 );
} );

test.afterAll( () => {
	deleteAssortmentLists( COMPANY );
} );

/**
 * The company's edit screen in wp-admin.
 *
 * @param page A page logged in as the shop admin.
 */
async function openCompany( page: Page ): Promise< void > {
	await page.goto(
		`/wp-admin/admin.php?page=kundeportal&action=edit&company=${ member.company_id }`
	);
	await expect(
		page.getByRole( 'heading', { name: 'Assortment lists', exact: true } )
	).toBeVisible();
}

test( 'the shop admin creates a list with the product search', async ( {
	page,
} ) => {
	await logIn( page, 'admin' );
	await openCompany( page );

	// An empty name is refused with a clear error.
	await page.getByRole( 'button', { name: 'Add assortment list' } ).click();
	await expect( page.locator( '.notice-error' ) ).toContainText(
		'Enter a name for the assortment list.'
	);

	await page.getByLabel( 'List name' ).fill( listName );
	const picker = page.locator(
		'#kundeportal-list-products + .select2-container'
	);
	await picker.click();
	// selectWoo searches on key events, so type rather than fill.
	await page
		.locator( '.select2-search__field' )
		.last()
		.pressSequentially( LISTED_SKU, { delay: 20 } );
	await page
		.locator( '.select2-results__option', { hasText: LISTED_SKU } )
		.first()
		.click();
	await expect( picker ).toContainText( LISTED_SKU );
	await page.getByRole( 'button', { name: 'Add assortment list' } ).click();

	await expect( page.locator( '.notice-success' ) ).toContainText(
		`Assortment list "${ listName }" saved.`
	);
	const row = page.locator( '.kundeportal-assortment-lists tr', {
		hasText: listName,
	} );
	await expect( row.locator( 'td' ).nth( 2 ) ).toHaveText( '1' );
} );

test( 'the manager gives the list to the user in the users tab', async ( {
	page,
} ) => {
	await logIn( page, MANAGER );
	await page.goto( `${ ACCOUNT_PATH }users/` );
	await page
		.getByRole( 'searchbox', { name: 'Search users' } )
		.fill( member.email );
	const row = page.locator( '.kundeportal-users__row' );
	await expect( row ).toHaveCount( 1 );
	await expect( row.locator( 'td' ).nth( 3 ) ).toHaveText( '0' );

	await row.getByRole( 'button', { name: /^Details/ } ).click();
	const group = page.getByRole( 'group', { name: 'Assortment lists' } );
	await group.getByRole( 'checkbox', { name: listName } ).check();
	await page.getByRole( 'button', { name: 'Save', exact: true } ).click();
	await expect(
		page.locator( '.components-notice__content' ).first()
	).toContainText( 'saved' );
	await expect( row.locator( 'td' ).nth( 3 ) ).toHaveText( '1' );
} );

test( 'the user cannot buy another product on its page', async ( { page } ) => {
	await logIn( page, MEMBER );
	await page.goto( `/?post_type=product&p=${ otherId }` );
	await expect( page.getByText( MESSAGE ).first() ).toBeVisible();
	await expect(
		page.locator( 'form.cart button[name="add-to-cart"]' )
	).toHaveCount( 0 );

	// The classic add-to-cart link is refused with the same message.
	await page.goto(
		`/?post_type=product&p=${ otherId }&add-to-cart=${ otherId }`
	);
	await expect(
		page
			.locator(
				'.woocommerce-error, .wc-block-components-notice-banner.is-error'
			)
			.first()
	).toContainText( MESSAGE );

	// The listed product can be added.
	await page.goto( `/?post_type=product&p=${ listedId }` );
	await expect(
		page.locator( 'form.cart button[name="add-to-cart"]' )
	).toBeVisible();
	await expect( page.getByText( MESSAGE ) ).toHaveCount( 0 );
} );

test( 'the Store API refuses another product and lists only the assortment; the listed product can be bought', async () => {
	const user = await apiLogIn( MEMBER );

	const found = await user.http.get(
		`/wp-json/wc/store/v1/products?sku=${ LISTED_SKU },${ OTHER_SKU }`
	);
	const products: unknown = await found.json();
	const ids = Array.isArray( products )
		? products.map( ( p: { id: number } ) => p.id )
		: [];
	expect( ids ).toEqual( [ listedId ] );

	const guest = await user.http.get( '/wp-json/wc/store/v1/cart' );
	const nonce = guest.headers().nonce ?? '';
	const refused = await user.http.post(
		'/wp-json/wc/store/v1/cart/add-item',
		{
			headers: { Nonce: nonce, 'X-WP-Nonce': user.nonce },
			data: { id: otherId, quantity: 1 },
		}
	);
	expect( refused.status() ).toBe( 400 );
	expect( ( await refused.json() ).message ).toBe( MESSAGE );

	const token = await cartWith( user, listedId, 1 );
	const result = await checkOutCart( user, token, member.email );
	expect( result.status, result.message ).toBe( 200 );
	expect( result.orderId ).toBeGreaterThan( 0 );
	await user.http.dispose();
} );
