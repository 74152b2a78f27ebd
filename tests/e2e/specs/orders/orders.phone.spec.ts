/**
 * Issue #5 at 375px: the Orders tab is usable on a phone (filters, rows as cards, details)
 * and the page never scrolls sideways.
 */
import { expect, test } from '@playwright/test';

import {
	cancelOrders,
	OrdersTab,
	pageAs,
	placeOrder,
} from '../../utils/orders';
import { USERS } from '../../utils/session';

test( 'the Orders tab fits a phone', async ( { browser } ) => {
	test.setTimeout( 180_000 );
	const order = await placeOrder( browser, USERS.employee.login );

	const manager = await pageAs( browser, USERS.manager.login );
	await manager.setViewportSize( { width: 375, height: 740 } );
	const tab = new OrdersTab( manager );
	await tab.open();

	const row = tab.row( order );
	await expect( row ).toBeVisible();
	await expect(
		manager.locator( '.kundeportal-orders__filters select' ).first()
	).toBeVisible();

	await row
		.getByRole( 'button', {
			name: new RegExp( `order #${ order.number }` ),
		} )
		.click();
	await expect(
		manager.locator( `#kundeportal-orders-${ order.id }-detail` )
	).toContainText( 'Lines of order' );

	const overflow = await manager.evaluate(
		() =>
			document.documentElement.scrollWidth -
			document.documentElement.clientWidth
	);
	expect( overflow ).toBeLessThanOrEqual( 0 );
	const box = await row.boundingBox();
	expect( ( box?.x ?? 0 ) + ( box?.width ?? 0 ) ).toBeLessThanOrEqual( 376 );

	await cancelOrders( manager, [ order ] );
	await manager.context().close();
} );
