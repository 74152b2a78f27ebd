/**
 * Issue #5: the Orders tab. A manager filters the department's orders by status and
 * department, an employee sees only their own, and tracking entered in wp-admin shows as a
 * link for the orderer. Every spec places its own orders and cancels them at the end.
 */
import { expect, test } from '@playwright/test';

import {
	adminPage,
	cancelOrders,
	OrdersTab,
	pageAs,
	placeOrder,
} from '../../utils/orders';
import { USERS } from '../../utils/session';

test.describe( 'Orders tab', () => {
	// Each test places orders through the real checkout and logs in several users.
	test.describe.configure( { timeout: 240_000 } );

	test( 'a manager filters the orders by status and department', async ( {
		browser,
	} ) => {
		const own = await placeOrder( browser, USERS.employee.login );
		const other = await placeOrder( browser, USERS.otherEmployee.login );

		const manager = await pageAs( browser, USERS.manager.login );
		const tab = new OrdersTab( manager );
		await tab.open();
		await expect( tab.row( own ) ).toBeVisible();
		await expect( tab.row( own ) ).toContainText( own.department.name );
		await expect( tab.row( other ) ).toHaveCount( 0 );

		await tab.filter( 'status', 'completed' );
		await expect( tab.row( own ) ).toHaveCount( 0 );
		await tab.filter( 'status', 'kp-approval' );
		await expect( tab.row( own ) ).toBeVisible();

		await tab.filter( 'department', String( own.department.id ) );
		await expect( tab.row( own ) ).toBeVisible();

		// Details open from the keyboard and list the line.
		const details = tab.row( own ).getByRole( 'button', {
			name: new RegExp( `order #${ own.number }` ),
		} );
		await details.focus();
		await manager.keyboard.press( 'Enter' );
		await expect( details ).toHaveAttribute( 'aria-expanded', 'true' );
		await expect(
			manager.locator( `#kundeportal-orders-${ own.id }-detail` )
		).toContainText( 'Lines of order' );
		await cancelOrders( manager, [ own ] );
		await manager.context().close();

		// The shop admin manages every department: one department's filter hides the other's.
		const admin = await pageAs( browser, 'admin' );
		const adminTab = new OrdersTab( admin );
		await adminTab.open();
		await adminTab.filter( 'department', String( other.department.id ) );
		await expect( adminTab.row( other ) ).toBeVisible();
		await expect( adminTab.row( own ) ).toHaveCount( 0 );
		await cancelOrders( admin, [ other ] );
		await admin.context().close();
	} );

	test( 'an employee sees only their own orders', async ( { browser } ) => {
		const own = await placeOrder( browser, USERS.employee.login );
		const other = await placeOrder( browser, USERS.otherEmployee.login );

		const employee = await pageAs( browser, USERS.employee.login );
		const tab = new OrdersTab( employee );
		await tab.open();
		await expect( tab.row( own ) ).toBeVisible();
		await expect( tab.row( other ) ).toHaveCount( 0 );
		// No department filter and no orderer column for employees.
		await expect(
			employee.locator( '.kundeportal-orders__filters select' )
		).toHaveCount( 1 );
		await expect( tab.row( own ).locator( 'td' ) ).toHaveCount( 6 );
		// The order number links to WooCommerce's own order page.
		await expect(
			tab.row( own ).getByRole( 'link', { name: `#${ own.number }` } )
		).toHaveAttribute( 'href', new RegExp( `/${ own.id }/?$` ) );
		await employee.context().close();

		const admin = await pageAs( browser, 'admin' );
		await cancelOrders( admin, [ own, other ] );
		await admin.context().close();
	} );

	test( 'tracking entered in wp-admin shows as a link for the orderer', async ( {
		browser,
	} ) => {
		const order = await placeOrder( browser, USERS.employee.login );
		const number = `70722150${ Date.now() }`;

		const admin = await adminPage( browser );
		await admin.goto(
			`/wp-admin/admin.php?page=wc-orders&action=edit&id=${ order.id }`
		);
		if ( ! ( await admin.locator( '#kundeportal-tracking' ).count() ) ) {
			// Legacy order storage.
			await admin.goto(
				`/wp-admin/post.php?post=${ order.id }&action=edit`
			);
		}
		const box = admin.locator( '#kundeportal-tracking' );
		await box.getByLabel( 'Carrier' ).selectOption( 'posten' );
		await box.getByLabel( 'Tracking number' ).fill( number );
		await admin
			.locator( '#woocommerce-order-actions button[type="submit"]' )
			.click();
		await expect( box.getByLabel( 'Tracking number' ) ).toHaveValue(
			number
		);

		const employee = await pageAs( browser, USERS.employee.login );
		const tab = new OrdersTab( employee );
		await tab.open();
		const link = tab.row( order ).getByRole( 'link', {
			name: new RegExp( number ),
		} );
		await expect( link ).toHaveAttribute(
			'href',
			`https://sporing.posten.no/sporing/${ number }`
		);
		await expect( link ).toHaveAttribute( 'target', '_blank' );
		await employee.context().close();

		await cancelOrders( admin, [ order ] );
		await admin.context().close();
	} );
} );
