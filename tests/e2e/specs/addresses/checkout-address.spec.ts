/**
 * A member chooses one of their department's addresses at the block checkout; the order ships
 * there (wp-admin shows it as the shipping address, with an order note), and the member's
 * own saved address stays theirs.
 */
import { expect, test } from '@playwright/test';

import {
	addAddress,
	managedDepartmentId,
	removeAddresses,
} from '../../utils/addresses';
import { logIn, PASSWORD, restClient, USERS } from '../../utils/session';
import { fillCart } from '../../utils/shop';

const PREFIX = 'E2E Levering ';

test( 'a member ships an order to a department address', async ( {
	browser,
} ) => {
	test.setTimeout( 180_000 );
	const label = `${ PREFIX }${ Date.now() }`;

	const managerContext = await browser.newContext();
	const manager = await managerContext.newPage();
	await logIn( manager, USERS.manager.login );
	const departmentId = await managedDepartmentId( manager );
	let orderId = 0;

	try {
		await addAddress( manager, departmentId, {
			label,
			company: 'Staut Arbeidsklær AS',
			address_1: 'Alnaveien 7',
			postcode: '0668',
			city: 'Oslo',
			country: 'NO',
		} );

		// The member checks out with the department address.
		const employeeContext = await browser.newContext();
		const employee = await employeeContext.newPage();
		await logIn( employee, USERS.employee.login );
		await fillCart( employee, { '77472_369-C50': 1 } );
		await employee.goto( '/checkout/' );
		const deliverTo = employee.getByLabel( 'Deliver to' );
		await expect( deliverTo ).toBeVisible();
		await expect( deliverTo ).toContainText( 'My own address' );
		await deliverTo.selectOption( {
			label: `${ label } (Alnaveien 7, Oslo)`,
		} );
		const method = employee.getByText( 'Company account' ).first();
		await expect( method ).toBeVisible();
		await method.click();
		await employee.getByRole( 'button', { name: /place order/i } ).click();
		await employee.waitForURL( /order-received\/(\d+)/ );
		orderId = Number(
			/order-received\/(\d+)/.exec( employee.url() )?.[ 1 ]
		);
		expect( orderId ).toBeGreaterThan( 0 );
		await expect( employee.locator( 'body' ) ).toContainText(
			'Alnaveien 7'
		);

		// The member's own saved shipping address is not the department's.
		const rest = await restClient( employee );
		const cart = await rest.get( 'wc/store/v1/cart' );
		const saved: { shipping_address: { address_1: string } } =
			await cart.json();
		expect( saved.shipping_address.address_1 ).not.toBe( 'Alnaveien 7' );
		await employeeContext.close();

		// The shop admin sees the department address as the order's shipping address.
		const adminContext = await browser.newContext();
		const admin = await adminContext.newPage();
		await admin.goto( '/wp-login.php' );
		await admin.locator( '#user_login' ).fill( 'admin' );
		await admin.locator( '#user_pass' ).fill( PASSWORD );
		await admin.locator( '#wp-submit' ).click();
		await expect( admin.locator( '#wpadminbar' ) ).toBeVisible();
		await admin.goto(
			`/wp-admin/admin.php?page=wc-orders&action=edit&id=${ orderId }`
		);
		const shipping = admin
			.locator( '.order_data_column' )
			.filter( { hasText: /Shipping/ } )
			.locator( '.address' );
		await expect( shipping ).toContainText( 'Alnaveien 7' );
		await expect( shipping ).toContainText( '0668' );
		await expect(
			admin.locator( '#woocommerce-order-notes' )
		).toContainText( `Delivered to department address: ${ label }` );
		await adminContext.close();
	} finally {
		if ( orderId > 0 ) {
			// Leave no order awaiting approval behind.
			const rest = await restClient( manager );
			await rest.post( `kundeportal/v1/orders/${ orderId }/cancel`, {} );
		}
		await removeAddresses( manager, departmentId, PREFIX );
		await managerContext.close();
	}
} );
