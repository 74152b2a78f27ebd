/**
 * The users tab ("Brukere"): search and sort, add a user (every validation error once, then
 * correctly), the new user's set-password e-mail and first login, and deleting a user whose
 * orders stay.
 */
import { expect, test, type Page } from '@playwright/test';

import { setUpProduct } from '../../utils/fixtures';
import { waitForMail } from '../../utils/mail';
import {
	ACCOUNT_PATH,
	logIn,
	PASSWORD,
	restClient,
	USERS,
} from '../../utils/session';
import { apiLogIn, cartWith, checkOutCart } from '../../utils/store-api';

const USERS_PATH = `${ ACCOUNT_PATH }users/`;

/**
 * Names in the table's Name column, top to bottom.
 *
 * @param page Page showing the users tab.
 */
async function names( page: Page ): Promise< string[] > {
	return page
		.locator( '.kundeportal-users__row td:first-child' )
		.allInnerTexts();
}

test( 'a manager searches and sorts the users', async ( { page } ) => {
	await logIn( page, USERS.manager.login );
	await page.goto( USERS_PATH );
	await expect(
		page.getByRole( 'heading', { name: 'Users' } ).first()
	).toBeVisible();
	await expect.poll( () => names( page ) ).toContain( 'Fredrika Fredriksen' );

	const ascending = await names( page );
	expect( ascending.length ).toBeGreaterThan( 1 );
	await page.getByRole( 'button', { name: /^Name/ } ).click();
	await expect(
		page.getByRole( 'columnheader', { name: /^Name/ } )
	).toHaveAttribute( 'aria-sort', 'descending' );
	await expect
		.poll( () => names( page ) )
		.toEqual( [ ...ascending ].reverse() );

	await page
		.getByRole( 'searchbox', { name: 'Search users' } )
		.fill( 'fredrika@staut' );
	await expect
		.poll( () => names( page ) )
		.toEqual( [ 'Fredrika Fredriksen' ] );
	await expect(
		page.locator( '.kundeportal-users__row' ).first()
	).toContainText( 'avd Alnabru' );

	// Another department's user is not in this manager's list.
	await page
		.getByRole( 'searchbox', { name: 'Search users' } )
		.fill( 'Navn' );
	await expect(
		page.getByText( 'No users match your search.' )
	).toBeVisible();
} );

test( 'a manager adds a user, who sets a password from the e-mail; deleting them keeps their orders', async ( {
	page,
	browser,
} ) => {
	const stamp = Date.now().toString( 36 );
	const first = 'Ella';
	const last = `Test ${ stamp }`;
	const email = `ella.${ stamp }@example.test`;

	await logIn( page, USERS.manager.login );
	await page.goto( USERS_PATH );
	await page.getByRole( 'button', { name: 'Add new user' } ).click();
	const dialog = page.getByRole( 'dialog', { name: 'Add new user' } );
	const field = ( label: string ) =>
		dialog.getByLabel( label, { exact: true } );

	// Every client-side error once.
	await field( 'Credit limit (NOK)' ).fill( '-5' );
	await field( 'First name' ).fill( 'Abcdefghijklmnopqrstu' );
	await field( 'E-mail' ).fill( 'not-an-address' );
	await dialog.getByRole( 'button', { name: 'Add user' } ).click();
	await expect( dialog ).toContainText(
		'Enter a credit limit of 0 or more.'
	);
	await expect( dialog ).toContainText( 'Use at most 20 characters.' );
	await expect( dialog ).toContainText( 'Enter the last name.' );
	await expect( dialog ).toContainText(
		'Enter a valid e-mail address, like name@example.com.'
	);
	await expect( field( 'Credit limit (NOK)' ) ).toBeFocused();

	// The server's error for an e-mail that is taken, next to the field.
	await field( 'Credit limit (NOK)' ).fill( '2 500,50' );
	await field( 'First name' ).fill( first );
	await field( 'Last name' ).fill( last );
	await field( 'E-mail' ).fill( USERS.employee.email );
	await dialog.getByRole( 'button', { name: 'Add user' } ).click();
	await expect( field( 'E-mail' ) ).toHaveAccessibleDescription(
		'This person is already a user in your company.'
	);
	await expect( field( 'E-mail' ) ).toBeFocused();

	await field( 'E-mail' ).fill( email );
	await field( 'Position (optional)' ).fill( 'Lagermedarbeider' );
	await dialog.getByRole( 'button', { name: 'Add user' } ).click();
	await expect( dialog ).toBeHidden();
	await expect(
		page.locator( '.components-notice__content' ).first()
	).toContainText( `${ first } ${ last } was added.` );

	await page.getByRole( 'searchbox', { name: 'Search users' } ).fill( stamp );
	await expect
		.poll( () => names( page ) )
		.toEqual( [ `${ first } ${ last }` ] );
	const row = page.locator( '.kundeportal-users__row' ).first();
	await expect( row ).toContainText( '2 500,50 kr' );
	await expect( row ).toContainText( 'Lagermedarbeider' );

	// The e-mail's set-password link.
	const mail = await waitForMail( email, ( m ) =>
		/action=newaccount/.test( m.html ?? m.text ?? '' )
	);
	const match =
		/href="([^"]*action=newaccount[^"]*)"/.exec( mail.html ?? '' ) ??
		/(http\S*action=newaccount\S*)/.exec( mail.text ?? '' );
	expect( match, 'a set-password link in the e-mail' ).not.toBeNull();
	const link = ( match?.[ 1 ] ?? '' ).replace( /&amp;/g, '&' );

	const newcomer = await ( await browser.newContext() ).newPage();
	await newcomer.goto( link );
	await newcomer.locator( '#password_1' ).fill( PASSWORD );
	await newcomer.locator( '#password_2' ).fill( PASSWORD );
	await newcomer
		.locator( 'form.woocommerce-ResetPassword button[type="submit"]' )
		.click();
	await expect( newcomer.getByRole( 'alert' ) ).toContainText(
		'Your password has been reset'
	);
	// WooCommerce may log the new user in right away; log in again to prove the password.
	await newcomer.context().clearCookies();
	await newcomer.goto( ACCOUNT_PATH );
	await newcomer.locator( '#username' ).fill( email );
	await newcomer.locator( '#password' ).fill( PASSWORD );
	await newcomer.locator( 'button[name="login"]' ).click();
	await expect(
		newcomer.locator( '.woocommerce-MyAccount-navigation' )
	).toBeVisible();

	// The new user orders; the order waits for approval.
	const orderer = await apiLogIn( email );
	const productId = setUpProduct( 'E2E-USERS-1', '100', 1000 );
	const placed = await checkOutCart(
		orderer,
		await cartWith( orderer, productId, 1 ),
		email
	);
	expect( placed.status, placed.message ).toBe( 200 );
	const orderId = placed.orderId ?? 0;
	expect( orderId ).toBeGreaterThan( 0 );

	// Delete the user.
	await page.reload();
	await page.getByRole( 'searchbox', { name: 'Search users' } ).fill( stamp );
	await expect
		.poll( () => names( page ) )
		.toEqual( [ `${ first } ${ last }` ] );
	await page
		.getByRole( 'button', { name: /^Details/ } )
		.first()
		.click();
	await expect( page.getByText( `#${ orderId },` ) ).toBeVisible();
	await page.getByRole( 'button', { name: 'Delete user' } ).click();
	const confirm = page.getByRole( 'dialog', { name: 'Delete user' } );
	await confirm.getByRole( 'button', { name: 'Delete user' } ).click();
	await expect(
		page.locator( '.components-notice__content' ).first()
	).toContainText(
		`${ first } ${ last } was deleted. 1 order awaiting approval was cancelled.`
	);
	await expect(
		page.getByText( 'No users match your search.' )
	).toBeVisible();

	// The order is still there, cancelled; the user can no longer log in.
	const rest = await restClient( page );
	const order = await rest.get( `kundeportal/v1/orders/${ orderId }` );
	expect( order.status() ).toBe( 200 );
	expect( ( await order.json() ).status ).toBe( 'cancelled' );

	await newcomer.context().clearCookies();
	await newcomer.goto( ACCOUNT_PATH );
	await newcomer.locator( '#username' ).fill( email );
	await newcomer.locator( '#password' ).fill( PASSWORD );
	await newcomer.locator( 'button[name="login"]' ).click();
	await expect( newcomer.getByRole( 'alert' ) ).toContainText(
		'Your user account has been closed.'
	);
} );
