/**
 * Issue #3 e-mails and shop admin: the manager's "awaiting approval" mail links
 * straight to the order in My Account, and a shop admin approves from the
 * wp-admin order screen (the orderer gets one mail, with the message).
 */
import { expect, test, type Browser, type Page } from '@playwright/test';

import {
	listMail,
	receivedSince,
	waitForMail,
	type Mail,
} from '../../utils/mail';
import { logIn, PASSWORD, restClient, USERS } from '../../utils/session';
import { checkOut, fillCart } from '../../utils/shop';
import { PendingOrders } from '../../utils/pending-orders';

type Order = { id: number; number: string; status: string };

async function pageAs( browser: Browser, login: string ): Promise< Page > {
	const context = await browser.newContext();
	const page = await context.newPage();
	await logIn( page, login );
	return page;
}

async function placeOrder( browser: Browser ): Promise< Order > {
	const employee = await pageAs( browser, USERS.employee.login );
	await fillCart( employee, { '65138362-2199-5': 1 } );
	const orderId = await checkOut( employee );
	const rest = await restClient( employee );
	const response = await rest.get( `kundeportal/v1/orders/${ orderId }` );
	expect( response.status() ).toBe( 200 );
	const order: Order = await response.json();
	await employee.context().close();
	return order;
}

function body( mail: Mail ): string {
	return mail.html ?? mail.text ?? '';
}

/**
 * Whether a mail is about the order ("order #12" in the subject or the body;
 * a bare "#12" would also match CSS colours).
 *
 * @param mail  The mail.
 * @param order The order.
 */
function mentions( mail: Mail, order: Order ): boolean {
	const pattern = new RegExp( `order #${ order.number }\\b`, 'i' );
	return pattern.test( mail.subject ) || pattern.test( body( mail ) );
}

test.describe( 'Approval e-mails and the shop admin', () => {
	// Checkout, mail sink polling and wp-admin pages: slower than one page.
	test.describe.configure( { timeout: 180_000 } );

	test( 'the manager is mailed when an order awaits approval, and the link opens the order', async ( {
		browser,
	} ) => {
		const order = await placeOrder( browser );
		expect( order.status ).toBe( 'kp-approval' );

		const mail = await waitForMail(
			USERS.manager.email,
			( m ) =>
				m.subject.includes( `#${ order.number }` ) &&
				m.subject.includes( 'awaits your approval' )
		);
		expect( mail.from[ 0 ]?.name ).toBe( 'Staut Arbeidsklær' );
		expect( body( mail ) ).toContain( 'Fredrika Fredriksen' );
		expect( body( mail ) ).toContain( 'Credit left after approval' );

		const href = /href="([^"]*pending-orders[^"]*)"/.exec( body( mail ) );
		expect( href ).not.toBeNull();
		const link = ( href?.[ 1 ] ?? '' )
			.replace( /&#0?38;/g, '&' )
			.replace( /&amp;/g, '&' );
		expect( link ).toContain( `order=${ order.id }` );

		const manager = await pageAs( browser, USERS.manager.login );
		await manager.goto( link );
		const pending = new PendingOrders( manager );
		await expect( pending.linesOf( order ) ).toBeVisible();
		await expect(
			pending.linesOf( order ).getByText( '65138362-2199-5' )
		).toBeVisible();
		await expect( pending.row( order ) ).toBeInViewport();
	} );

	test( 'a shop admin approves from the wp-admin order screen', async ( {
		browser,
	} ) => {
		const since = Date.now();
		const order = await placeOrder( browser );

		const context = await browser.newContext();
		const admin = await context.newPage();
		await admin.goto( '/wp-login.php' );
		await admin.locator( '#user_login' ).fill( 'admin' );
		await admin.locator( '#user_pass' ).fill( PASSWORD );
		await admin.locator( '#wp-submit' ).click();
		await expect( admin.locator( '#wpadminbar' ) ).toBeVisible();

		// The e-mails are editable under WooCommerce → Settings → Emails.
		await admin.goto(
			'/wp-admin/admin.php?page=wc-settings&tab=email&section=kundeportal_awaiting_approval'
		);
		await expect(
			admin.getByRole( 'heading', { name: /Order awaiting approval/ } )
		).toBeVisible();
		await expect(
			admin.locator(
				'#woocommerce_kundeportal_awaiting_approval_subject'
			)
		).toBeVisible();

		await admin.goto( '/wp-admin/admin.php?page=wc-orders' );
		await expect(
			admin.locator( 'thead #kundeportal_company' )
		).toBeVisible();
		await expect(
			admin.locator( 'thead #kundeportal_department' )
		).toBeVisible();

		await admin.goto(
			`/wp-admin/admin.php?page=wc-orders&action=edit&id=${ order.id }`
		);
		const box = admin.locator( '#kundeportal-order' );
		await expect( box ).toContainText( 'Staut Arbeidsklær AS' );
		await expect( box ).toContainText( 'avd Alnabru' );
		await expect( box ).toContainText( 'Awaiting approval' );

		const message = `Godkjent av butikken ${ Date.now() }`;
		await box
			.getByLabel( 'Message to the orderer (optional)' )
			.fill( message );
		await box.getByRole( 'button', { name: 'Approve' } ).click();
		await expect(
			admin.getByText( 'The order was approved.' )
		).toBeVisible();
		await expect( admin.locator( '#kundeportal-order' ) ).toContainText(
			'Approved by'
		);

		const mail = await waitForMail(
			USERS.employee.email,
			( m ) =>
				m.subject.includes( `#${ order.number }` ) &&
				body( m ).includes( message )
		);
		expect( mail.subject ).toContain( 'has been approved' );
		expect( mail.from[ 0 ]?.name ).toBe( 'Staut Arbeidsklær' );
		const toOrderer = ( await listMail() ).filter(
			( m ) =>
				m.to.some( ( to ) => to.address === USERS.employee.email ) &&
				mentions( m, order ) &&
				receivedSince( m, since )
		);
		expect( toOrderer ).toHaveLength( 1 );
		await context.close();
	} );
} );
