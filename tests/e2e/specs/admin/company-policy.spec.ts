/**
 * WooCommerce → Kundeportal → a company: the shop admin turns the company's registration
 * links off, and its department manager's dashboard shows a notice instead of the create
 * button. Uses its own new company (the demo company is left alone).
 */
import { expect, test } from '@playwright/test';

import { logInAsAdmin } from '../../utils/admin';
import { setUpMember } from '../../utils/fixtures';
import { ACCOUNT_PATH, logIn } from '../../utils/session';

test( 'a company with registration links off shows its manager a notice instead of the create button', async ( {
	browser,
	page,
} ) => {
	const stamp = Date.now();
	const company = `Policy E2E ${ stamp } AS`;
	const manager = `policy.leder.${ stamp }`;
	setUpMember(
		{ company, approval: false, overCredit: 'refuse', period: 'year' },
		`policy.ansatt.${ stamp }`,
		100000,
		manager
	);

	// The manager can create links while the policy is "managers".
	const managerContext = await browser.newContext();
	const managerPage = await managerContext.newPage();
	await logIn( managerPage, manager );
	const box = managerPage.locator( '.kundeportal-registration-link' );
	await expect(
		box.getByRole( 'button', { name: 'Create a link' } )
	).toBeVisible();

	// The shop admin turns registration links off for the company.
	await logInAsAdmin( page );
	await page.goto( '/wp-admin/admin.php?page=kundeportal' );
	await page.getByRole( 'link', { name: company } ).click();
	await page
		.getByLabel( 'Registration links', { exact: true } )
		.selectOption( 'off' );
	await page.getByRole( 'button', { name: 'Save changes' } ).click();
	await expect( page.locator( '.notice-success' ) ).toContainText(
		'Company settings saved.'
	);
	await expect(
		page.getByLabel( 'Registration links', { exact: true } )
	).toHaveValue( 'off' );

	// The manager's dashboard now shows the notice and no create button.
	await managerPage.goto( ACCOUNT_PATH );
	await expect( box ).toContainText(
		'Registration links are turned off for your company.'
	);
	await expect(
		box.getByRole( 'button', { name: /^Create a (new )?link$/ } )
	).toHaveCount( 0 );
	await managerContext.close();
} );
