/**
 * WooCommerce → Company members → Import CSV: a file with one good and one bad row is checked
 * first (the bad row's error shown, nothing written), then the good row is imported; the new
 * user is listed on the members screen and got the set-password e-mail. The user is deleted
 * again at the end.
 */
import { expect, test } from '@playwright/test';

import { logInAsAdmin } from '../../utils/admin';
import { receivedSince, waitForMail } from '../../utils/mail';
import { restClient } from '../../utils/session';

const COMPANY = 'Staut Arbeidsklær AS';
const MEMBERS = '/wp-admin/admin.php?page=kundeportal-members';

test( 'a shop admin imports users from a CSV file after a dry run', async ( {
	page,
} ) => {
	const since = Date.now();
	const email = `csv.${ since }@example.test`;
	const csv = [
		'email,first_name,last_name,department,position,credit_limit,status',
		`${ email },Csv,Importert,avd Alnabru,Lagermedarbeider,2500.00,active`,
		'not-an-email,Bad,Row,avd Alnabru,,abc,active',
	].join( '\n' );

	await logInAsAdmin( page );
	await page.goto( MEMBERS );
	await page.getByRole( 'link', { name: 'Import CSV' } ).click();
	await page.getByLabel( 'Company', { exact: true } ).selectOption( {
		label: COMPANY,
	} );
	await page.getByLabel( 'CSV file' ).setInputFiles( {
		name: 'users.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from( csv, 'utf-8' ),
	} );
	await page.getByRole( 'button', { name: 'Check file' } ).click();

	// The dry run: one row to create, the bad row with its errors; nothing imported yet.
	const report = page.locator( '.kundeportal-import-report' );
	const good = report.getByRole( 'row' ).filter( { hasText: email } );
	const bad = report.getByRole( 'row' ).filter( { hasText: 'not-an-email' } );
	await expect( good ).toContainText( 'Create' );
	await expect( bad.getByRole( 'cell' ).first() ).toHaveText( '3' );
	await expect( bad ).toContainText( 'Enter a valid e-mail address' );
	await expect( bad ).toContainText( 'The credit limit must be an amount' );
	await page.goto( `${ MEMBERS }&s=${ encodeURIComponent( email ) }` );
	await expect( page.getByText( 'No users found.' ) ).toBeVisible();
	await page.goBack();

	await page
		.getByRole( 'button', { name: 'Import 1 valid row', exact: true } )
		.click();
	await expect(
		page.locator( '.notice-warning, .notice-success' )
	).toContainText( '1 created, 0 updated, 1 skipped' );

	// The new user is on the members screen, in the department, with the credit limit.
	await page.getByLabel( 'Name, e-mail or position' ).fill( email );
	await page.getByRole( 'button', { name: 'Search' } ).click();
	const row = page.locator( '#the-list tr' ).filter( { hasText: email } );
	await expect( row ).toContainText( 'Csv Importert' );
	await expect( row ).toContainText( 'avd Alnabru' );
	await expect( row ).toContainText( 'Lagermedarbeider' );
	await expect( row ).toContainText( '2' );

	// WooCommerce's new-account e-mail with the set-password link.
	const mail = await waitForMail(
		email,
		( m ) =>
			receivedSince( m, since ) &&
			/action=newaccount/.test( m.html ?? m.text ?? '' )
	);
	expect( mail.subject ).toBeTruthy();

	// Clean up: end the membership (so the department's figures are as before), then delete
	// the WordPress user (wp-admin Users → Delete).
	const userId = await row
		.locator( 'input[name="users[]"]' )
		.getAttribute( 'value' );
	const { nonce } = await restClient( page );
	const removed = await page.request.delete(
		`/wp-json/kundeportal/v1/members/${ userId }`,
		{ headers: { 'X-WP-Nonce': nonce } }
	);
	expect( removed.ok() ).toBe( true );
	await page.goto( `/wp-admin/users.php?s=${ encodeURIComponent( email ) }` );
	const userRow = page.locator( `#user-${ userId }` );
	await userRow.hover();
	await userRow.getByRole( 'link', { name: 'Delete' } ).click();
	await page.getByRole( 'button', { name: 'Confirm Deletion' } ).click();
	await expect( page.locator( '#message' ) ).toContainText( 'User deleted' );
} );
