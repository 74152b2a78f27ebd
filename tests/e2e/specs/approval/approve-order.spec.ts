/**
 * Issue #2 flow: an employee orders through the real checkout, the order waits for
 * approval, the department manager approves or cancels it from My Account.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';

import { listMail, receivedSince, waitForMail } from '../../utils/mail';
import { logIn, restClient, USERS } from '../../utils/session';
import { checkOut, fillCart } from '../../utils/shop';
import { PendingOrders } from '../../utils/pending-orders';

type Figures = { spent_this_year: number; available_credit: number };
type Department = { id: number; name: string; figures: Figures };
type Order = {
	id: number;
	number: string;
	status: string;
	total: number;
	department: { id: number };
};

async function pageAs( browser: Browser, login: string ): Promise< Page > {
	const context = await browser.newContext();
	const page = await context.newPage();
	await logIn( page, login );
	return page;
}

async function placeOrder(
	browser: Browser,
	lines: Record< string, number >
): Promise< Order > {
	const employee = await pageAs( browser, USERS.employee.login );
	await fillCart( employee, lines );
	const orderId = await checkOut( employee );
	const rest = await restClient( employee );
	const response = await rest.get( `kundeportal/v1/orders/${ orderId }` );
	expect( response.status() ).toBe( 200 );
	const order: Order = await response.json();
	await employee.context().close();
	return order;
}

async function departmentFigures(
	page: Page,
	departmentId: number
): Promise< Figures > {
	const rest = await restClient( page );
	const response = await rest.get(
		`kundeportal/v1/departments/${ departmentId }`
	);
	expect( response.status() ).toBe( 200 );
	const department: Department = await response.json();
	return department.figures;
}

test.describe( 'Order approval', () => {
	test( 'an order from the checkout waits, and the manager approves it with a message', async ( {
		browser,
	} ) => {
		const since = Date.now();
		const order = await placeOrder( browser, { '65138362-2199-5': 1 } );
		expect( order.status ).toBe( 'kp-approval' );

		const manager = await pageAs( browser, USERS.manager.login );
		const before = await departmentFigures( manager, order.department.id );
		const pending = new PendingOrders( manager );
		await pending.openDashboard();
		await pending.expand( order );
		await expect(
			pending.linesOf( order ).getByText( '65138362-2199-5' )
		).toBeVisible();

		const message = `Godkjent, hilsen leder ${ Date.now() }`;
		await pending.approve( order, message );
		await expect( pending.row( order ) ).toHaveCount( 0 );

		const rest = await restClient( manager );
		const after = await rest.get( `kundeportal/v1/orders/${ order.id }` );
		expect( ( await after.json() ).status ).toBe( 'processing' );

		const figures = await departmentFigures( manager, order.department.id );
		expect( figures.spent_this_year - before.spent_this_year ).toBe(
			order.total
		);
		expect( before.available_credit - figures.available_credit ).toBe(
			order.total
		);

		const mail = await waitForMail( USERS.employee.email, ( m ) =>
			( m.text ?? m.html ?? '' ).includes( message )
		);
		expect( mail.from[ 0 ]?.name ).toBe( 'Staut Arbeidsklær' );
		// One mail to the orderer at approval: ours, not also WooCommerce's
		// "Processing order" or customer-note mail.
		expect( mail.subject ).toContain(
			`#${ order.number } has been approved`
		);
		const toOrderer = ( await listMail() ).filter(
			( m ) =>
				m.to.some( ( to ) => to.address === USERS.employee.email ) &&
				receivedSince( m, since ) &&
				// "order #12", not a bare "#12" (CSS colours).
				new RegExp( `order #${ order.number }\\b`, 'i' ).test(
					m.subject + ( m.html ?? m.text ?? '' )
				)
		);
		expect( toOrderer ).toHaveLength( 1 );

		// Acting twice changes nothing twice.
		const again = await rest.post(
			`kundeportal/v1/orders/${ order.id }/approve`,
			{ message: 'again' }
		);
		expect( [ 200, 409 ] ).toContain( again.status() );
		const figuresAgain = await departmentFigures(
			manager,
			order.department.id
		);
		expect( figuresAgain.spent_this_year ).toBe( figures.spent_this_year );
	} );

	test( 'the manager cancels an order with a message', async ( {
		browser,
	} ) => {
		const order = await placeOrder( browser, { '2546-314-2038-84': 1 } );
		const manager = await pageAs( browser, USERS.manager.login );
		const before = await departmentFigures( manager, order.department.id );
		const pending = new PendingOrders( manager );
		await pending.openPendingTab();

		const message = `Kansellert, bestill riktig størrelse ${ Date.now() }`;
		await pending.cancel( order, message );
		await expect( pending.row( order ) ).toHaveCount( 0 );

		const rest = await restClient( manager );
		const after = await rest.get( `kundeportal/v1/orders/${ order.id }` );
		expect( ( await after.json() ).status ).toBe( 'cancelled' );
		const figures = await departmentFigures( manager, order.department.id );
		expect( figures.spent_this_year ).toBe( before.spent_this_year );
		const mail = await waitForMail( USERS.employee.email, ( m ) =>
			( m.text ?? m.html ?? '' ).includes( message )
		);
		expect( mail.subject ).toContain(
			`#${ order.number } has been cancelled`
		);
	} );

	test( 'an employee has no pending-orders tab', async ( { browser } ) => {
		const employee = await pageAs( browser, USERS.employee.login );
		const navigation = employee.locator(
			'.woocommerce-MyAccount-navigation'
		);
		await expect( navigation ).toBeVisible();
		await expect(
			navigation.getByRole( 'link', { name: 'Pending orders' } )
		).toHaveCount( 0 );

		const rest = await restClient( employee );
		const list = await rest.get( 'kundeportal/v1/departments' );
		expect( list.status() ).toBe( 403 );
	} );

	test( "a manager of another department gets 404 for the order's routes", async ( {
		browser,
	} ) => {
		const order = await placeOrder( browser, { '65138362-2199-5': 1 } );
		const other = await pageAs( browser, USERS.otherManager.login );
		const rest = await restClient( other );

		const read = await rest.get( `kundeportal/v1/orders/${ order.id }` );
		expect( read.status() ).toBe( 404 );
		for ( const action of [ 'approve', 'cancel' ] ) {
			const response = await rest.post(
				`kundeportal/v1/orders/${ order.id }/${ action }`,
				{}
			);
			expect( response.status() ).toBe( 404 );
		}
		const department = await rest.get(
			`kundeportal/v1/departments/${ order.department.id }`
		);
		expect( department.status() ).toBe( 404 );
	} );
} );
