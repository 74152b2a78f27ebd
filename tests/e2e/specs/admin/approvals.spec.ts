/**
 * Issue #5 back office: the shop admin's cross-company "Awaiting approval"
 * screen (approve on behalf with a message: audit note and the orderer's
 * e-mail) and the Department filter of WooCommerce's orders list.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';

import { waitForMail } from '../../utils/mail';
import { logIn, PASSWORD, restClient, USERS } from '../../utils/session';
import { checkOut, fillCart } from '../../utils/shop';

type Order = { id: number; number: string; status: string };

/** Cheapest demo product, so the orderer's credit lasts for other specs. */
const GLOVES = 'kp-vernehansker-10';

async function placeOrder( browser: Browser ): Promise< Order > {
	const context = await browser.newContext();
	const employee = await context.newPage();
	await logIn( employee, USERS.otherEmployee.login );
	await fillCart( employee, { [ GLOVES ]: 1 } );
	const orderId = await checkOut( employee );
	const rest = await restClient( employee );
	const response = await rest.get( `kundeportal/v1/orders/${ orderId }` );
	expect( response.status() ).toBe( 200 );
	const order: Order = await response.json();
	await context.close();
	return order;
}

async function adminPage( browser: Browser ): Promise< Page > {
	const context = await browser.newContext();
	const admin = await context.newPage();
	await admin.goto( '/wp-login.php' );
	await admin.locator( '#user_login' ).fill( 'admin' );
	await admin.locator( '#user_pass' ).fill( PASSWORD );
	await admin.locator( '#wp-submit' ).click();
	await expect( admin.locator( '#wpadminbar' ) ).toBeVisible();
	return admin;
}

test.describe( 'Back office: awaiting approval and order filters', () => {
	// Checkout, wp-admin pages and mail sink polling: slower than one page.
	test.describe.configure( { timeout: 180_000 } );

	test( 'the shop admin approves a member order on behalf of the company', async ( {
		browser,
	} ) => {
		const order = await placeOrder( browser );
		expect( order.status ).toBe( 'kp-approval' );

		const admin = await adminPage( browser );
		await admin.goto( '/wp-admin/' );
		const menu = admin.locator(
			'#adminmenu a[href$="page=kundeportal-approvals"]'
		);
		await expect( menu ).toContainText( 'Awaiting approval' );
		await expect( menu.locator( '.pending-count' ) ).toHaveText( /^\d+$/ );

		// The submenu is a fly-out on the dashboard: open its address.
		await admin.goto( '/wp-admin/admin.php?page=kundeportal-approvals' );
		await expect(
			admin.getByRole( 'heading', { name: 'Orders awaiting approval' } )
		).toBeVisible();
		const row = admin.locator( '#the-list tr' ).filter( {
			has: admin.getByRole( 'link', {
				name: `#${ order.number }`,
				exact: true,
			} ),
		} );
		await expect( row ).toContainText( 'Staut Arbeidsklær AS' );
		await expect( row ).toContainText( 'avd Skjetten' );
		await expect( row ).toContainText( 'Navn Navnesen' );
		await expect( row ).toContainText( 'Vernehansker 10-pakning' );

		const message = `Godkjent på vegne av firmaet ${ Date.now() }`;
		await row
			.getByLabel( 'Message to the orderer (optional)' )
			.fill( message );
		await row
			.getByRole( 'button', { name: `Approve order #${ order.number }` } )
			.click();
		await expect(
			admin.getByText(
				`Order #${ order.number } was approved on behalf of the company.`
			)
		).toBeVisible();
		await expect(
			admin.getByRole( 'link', {
				name: `#${ order.number }`,
				exact: true,
			} )
		).toHaveCount( 0 );

		await admin.goto(
			`/wp-admin/admin.php?page=wc-orders&action=edit&id=${ order.id }`
		);
		await expect(
			admin.locator( '#woocommerce-order-notes' )
		).toContainText(
			`(shop admin) on behalf of Staut Arbeidsklær AS. Message to the orderer: ${ message }`
		);

		const mail = await waitForMail(
			USERS.otherEmployee.email,
			( m ) =>
				m.subject.includes( `#${ order.number }` ) &&
				( m.html ?? m.text ?? '' ).includes( message )
		);
		expect( mail.subject ).toContain( 'has been approved' );
		await admin.context().close();
	} );

	test( 'the orders list filters by department', async ( { browser } ) => {
		const admin = await adminPage( browser );
		await admin.goto( '/wp-admin/admin.php?page=wc-orders' );

		await admin
			.getByLabel( 'Filter by department' )
			.selectOption( { label: 'avd Alnabru' } );
		await admin.locator( '#order-query-submit' ).click();

		await expect( admin ).toHaveURL( /kundeportal_department=\d+/ );
		const cells = admin.locator( '#the-list td.kundeportal_department' );
		await expect( cells.first() ).toBeVisible();
		const departments = await cells.allTextContents();
		expect( departments.length ).toBeGreaterThan( 0 );
		for ( const department of departments ) {
			expect( department.trim() ).toBe( 'avd Alnabru' );
		}
		await expect( admin.getByLabel( 'Filter by department' ) ).toHaveValue(
			/\d+/
		);
		await admin.context().close();
	} );
} );
