/**
 * The manager's dashboard on a 375 px wide phone: nothing scrolls sideways, and an order can
 * be opened and approved.
 */
import { expect, test } from '@playwright/test';

import { PendingOrders } from '../../utils/pending-orders';
import { logIn, USERS } from '../../utils/session';
import { checkOut, fillCart } from '../../utils/shop';

test( 'a manager approves an order on a phone', async ( { browser } ) => {
	const employeeContext = await browser.newContext( {
		viewport: { width: 375, height: 740 },
	} );
	const employee = await employeeContext.newPage();
	await logIn( employee, USERS.employee.login );
	await fillCart( employee, { '77472_369-C50': 1 } );
	const orderId = await checkOut( employee );
	await employeeContext.close();

	const managerContext = await browser.newContext( {
		viewport: { width: 375, height: 740 },
		isMobile: true,
		hasTouch: true,
	} );
	const page = await managerContext.newPage();
	await logIn( page, USERS.manager.login );
	const pending = new PendingOrders( page );
	await pending.openDashboard();

	const overflow = await page.evaluate(
		() =>
			document.documentElement.scrollWidth -
			document.documentElement.clientWidth
	);
	expect( overflow ).toBeLessThanOrEqual( 0 );

	const order = { id: orderId, number: String( orderId ) };
	await pending.expand( order );
	await expect(
		pending.linesOf( order ).getByText( '77472_369-C50' )
	).toBeVisible();
	await pending.approve( order, 'OK fra mobil' );
	await expect( pending.row( order ) ).toHaveCount( 0 );
	await managerContext.close();
} );
