/**
 * The portal in Norwegian (nb_NO), as the customer runs it: labels from the user guide,
 * NOK with comma decimals and dates as dd.mm.yyyy.
 */
import { expect, test } from '@playwright/test';

import { PendingOrders } from '../../utils/pending-orders';
import { logIn, USERS } from '../../utils/session';
import { setSiteLanguage } from '../../utils/site';

test.describe( 'Norwegian site', () => {
	test.beforeAll( () => setSiteLanguage( 'nb_NO' ) );
	test.afterAll( () => setSiteLanguage( 'en_US' ) );

	test( 'the manager reads the dashboard and pending orders in Norwegian', async ( {
		page,
	} ) => {
		await logIn( page, USERS.manager.login );
		await page.goto( '/min-konto/' );

		// The manager's menu as in the user guide, in its order.
		const navigation = page.locator( '.woocommerce-MyAccount-navigation' );
		await expect( navigation.getByRole( 'link' ) ).toHaveText( [
			'Kontrollpanel',
			'Ventende bestillinger',
			'Brukere',
			'Avdelinger',
			'Hjelp',
			'Ordrer',
			'Adresser',
			'Kontodetaljer',
			'Logg ut',
		] );

		const dashboard = page.locator( '.kundeportal-dashboard' );
		for ( const label of [
			'Tilgjengelig kreditt',
			'Brukt denne måneden',
			'Brukt i år',
			'Gjennomsnittlig ordre',
			'Brukere',
		] ) {
			await expect(
				dashboard.getByText( label, { exact: true } ).first()
			).toBeVisible();
		}
		await expect( dashboard ).toContainText( /\d{1,3}( \d{3})*,\d{2} kr/ );

		const pending = new PendingOrders( page );
		await expect( pending.table() ).toBeVisible();
		for ( const header of [
			'Ordre dato',
			'Navn',
			'Avdeling',
			'Varer',
			'Ordre total',
			'Kreditt',
		] ) {
			await expect( pending.table() ).toContainText( header );
		}
		// The seeded order of 5 May 2025, shown the Norwegian way.
		await expect( pending.table() ).toContainText( '05.05.2025' );

		const approve = pending
			.table()
			.getByRole( 'button', { name: /^Godkjenn / } )
			.first();
		await approve.click();
		const dialog = page.getByRole( 'dialog', {
			name: 'Bekreft bestillingsgodkjenning',
		} );
		await expect( dialog ).toContainText(
			'Send en melding til bestilleren'
		);
		await expect( dialog.getByLabel( 'Skriv melding' ) ).toBeVisible();
		await page.keyboard.press( 'Escape' );
		await expect( dialog ).toHaveCount( 0 );
	} );
} );
