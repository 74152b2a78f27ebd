/**
 * Page object for the pending orders table (dashboard section and its own tab).
 */
import { expect, type Locator, type Page } from '@playwright/test';

import { ACCOUNT_PATH } from './session';

type OrderRef = { id: number; number: string };

export class PendingOrders {
	constructor( private readonly page: Page ) {}

	async openDashboard(): Promise< void > {
		await this.page.goto( ACCOUNT_PATH );
		await expect( this.table() ).toBeVisible();
	}

	async openPendingTab(): Promise< void > {
		await this.page.goto( `${ ACCOUNT_PATH }pending-orders/` );
		await expect( this.table() ).toBeVisible();
	}

	table(): Locator {
		return this.page.locator( '.kundeportal-pending-orders table' ).first();
	}

	/**
	 * The order's main row, found by the order number its buttons name.
	 *
	 * @param order The order.
	 */
	row( order: OrderRef ): Locator {
		return this.page
			.locator( 'tr.kundeportal-pending-orders__row' )
			.filter( {
				has: this.button( 'Details', order ),
			} );
	}

	linesOf( order: OrderRef ): Locator {
		return this.page.locator( `#kundeportal-order-${ order.id }-lines` );
	}

	private button( label: string, order: OrderRef ): Locator {
		return this.page.getByRole( 'button', {
			name: `${ label } order #${ order.number }`,
			exact: true,
		} );
	}

	async expand( order: OrderRef ): Promise< void > {
		const toggle = this.row( order ).getByRole( 'button', {
			name: `Details order #${ order.number }`,
		} );
		await toggle.click();
		await expect( toggle ).toHaveAttribute( 'aria-expanded', 'true' );
		await expect( this.linesOf( order ) ).toBeVisible();
	}

	/**
	 * The quantity field of a line ("Quantity for <product – variant>").
	 *
	 * @param order   The order (expanded).
	 * @param product Product label as the line shows it.
	 */
	quantity( order: OrderRef, product: string ): Locator {
		return this.linesOf( order ).getByRole( 'spinbutton', {
			name: `Quantity for ${ product }`,
			exact: true,
		} );
	}

	/**
	 * Types a new quantity, presses Enter and waits until the server answered.
	 *
	 * @param order    The order (expanded).
	 * @param product  Product label as the line shows it.
	 * @param quantity New quantity.
	 */
	async setQuantity(
		order: OrderRef,
		product: string,
		quantity: number
	): Promise< void > {
		const input = this.quantity( order, product );
		const saved = this.page.waitForResponse(
			// api-fetch sends PATCH and DELETE as POST + X-HTTP-Method-Override.
			( response ) =>
				response.url().includes( `/orders/${ order.id }/lines/` )
		);
		await input.fill( String( quantity ) );
		await input.press( 'Enter' );
		expect( ( await saved ).status() ).toBe( 200 );
		await expect( input ).toBeEnabled();
		await expect( input ).toHaveValue( String( quantity ) );
	}

	/**
	 * Clicks ✖ on a line, accepts the confirmation and waits for the server.
	 *
	 * @param order   The order (expanded).
	 * @param product Product label as the line shows it.
	 */
	async removeLine( order: OrderRef, product: string ): Promise< number > {
		this.page.once( 'dialog', ( dialog ) => dialog.accept() );
		const removed = this.page.waitForResponse( ( response ) =>
			response.url().includes( `/orders/${ order.id }/lines/` )
		);
		await this.linesOf( order )
			.getByRole( 'button', { name: `Remove ${ product }`, exact: true } )
			.click();
		return ( await removed ).status();
	}

	async approve( order: OrderRef, message: string ): Promise< void > {
		await this.row( order )
			.getByRole( 'button', { name: `Approve order #${ order.number }` } )
			.click();
		const dialog = this.page.getByRole( 'dialog', {
			name: 'Confirm order approval',
		} );
		await dialog.getByLabel( 'Write a message' ).fill( message );
		await dialog.getByRole( 'button', { name: 'Approve' } ).click();
		await expect( dialog ).toHaveCount( 0 );
	}

	async cancel( order: OrderRef, message: string ): Promise< void > {
		if ( ! ( await this.linesOf( order ).isVisible() ) ) {
			await this.expand( order );
		}
		await this.linesOf( order )
			.getByRole( 'button', {
				name: `Cancel the order #${ order.number }`,
			} )
			.click();
		const dialog = this.page.getByRole( 'dialog', {
			name: 'Cancel the order',
		} );
		await dialog.getByLabel( 'Write a message' ).fill( message );
		await dialog
			.getByRole( 'button', { name: 'Cancel the order' } )
			.click();
		await expect( dialog ).toHaveCount( 0 );
	}
}
