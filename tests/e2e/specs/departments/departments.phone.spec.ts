/**
 * The Departments tab on a 375 px wide phone: the list of a company admin is readable, a
 * department opens, and the page never scrolls sideways.
 */
import { expect, test, type Page } from '@playwright/test';

import { ACCOUNT_PATH, logIn, USERS } from '../../utils/session';

/**
 * How far the page scrolls sideways (0 when it does not).
 *
 * @param page Page.
 */
function overflow( page: Page ): Promise< number > {
	return page.evaluate(
		() =>
			document.documentElement.scrollWidth -
			document.documentElement.clientWidth
	);
}

test( 'the departments list is usable on a phone', async ( { browser } ) => {
	const context = await browser.newContext( {
		viewport: { width: 375, height: 740 },
		isMobile: true,
		hasTouch: true,
	} );
	const page = await context.newPage();
	await logIn( page, USERS.companyAdmin.login );
	await page.goto( `${ ACCOUNT_PATH }departments/` );

	const item = page.locator( '.kundeportal-departments__item' ).filter( {
		has: page.getByRole( 'heading', { name: 'avd Alnabru', exact: true } ),
	} );
	await expect( item ).toBeVisible();
	await expect(
		page.getByRole( 'button', { name: 'New department' } )
	).toBeVisible();
	expect( await overflow( page ) ).toBeLessThanOrEqual( 0 );

	await item.getByRole( 'button', { name: /Show details/ } ).tap();
	await expect( item.getByText( USERS.manager.email ) ).toBeVisible();
	const action = item.getByRole( 'link', { name: 'Show on the dashboard' } );
	await expect( action )
		.toBeInViewport( { ratio: 0.5 } )
		.catch( async () => {
			await action.scrollIntoViewIfNeeded();
			await expect( action ).toBeInViewport();
		} );
	const box = await item.boundingBox();
	expect( box && box.x + box.width ).toBeLessThanOrEqual( 375 );
	expect( await overflow( page ) ).toBeLessThanOrEqual( 0 );

	await action.tap();
	await expect(
		page.getByRole( 'heading', {
			name: 'Staut Arbeidsklær AS avd Alnabru',
		} )
	).toBeVisible();
	expect( await overflow( page ) ).toBeLessThanOrEqual( 0 );
	await context.close();
} );
