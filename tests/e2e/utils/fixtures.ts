/**
 * Test data the specs set up themselves, through tests/e2e/fixtures/company-member.php
 * (run by the stack's PHP entry point; there is no REST for companies yet).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const WP_PHP = path.resolve( __dirname, '../../env/wp.php' );
const FIXTURE = path.resolve( __dirname, '../fixtures/company-member.php' );

export type FixtureMember = {
	company_id: number;
	department_id: number;
	user_id: number;
	email: string;
	credit_left: number;
	manager_id: number;
};

export type MemberCredit = {
	ledger: [ number, 'charge' | 'refund', number ][];
	left: number;
};

export type CompanySettings = {
	company: string;
	approval: boolean;
	overCredit: 'refuse' | 'approval';
	period: 'year' | 'month' | 'none';
};

function run< T >( args: string[] ): T {
	const out = execFileSync(
		'php',
		[ WP_PHP, 'eval-file', FIXTURE, ...args ],
		{
			encoding: 'utf8',
			env: process.env,
		}
	);
	const lines = out.trim().split( '\n' );
	return JSON.parse( lines[ lines.length - 1 ] ?? 'null' );
}

/**
 * Creates or resets a company with these settings and a member (password "kundeportal")
 * with exactly `creditLeft` minor units left this period; optionally a manager.
 *
 * @param settings   Company settings.
 * @param login      Member login.
 * @param creditLeft Credit left, minor units.
 * @param manager    Manager login.
 */
export function setUpMember(
	settings: CompanySettings,
	login: string,
	creditLeft: number,
	manager?: string
): FixtureMember {
	return run< FixtureMember >( [
		'member',
		settings.company,
		settings.approval ? '1' : '0',
		settings.overCredit,
		settings.period,
		login,
		String( creditLeft ),
		...( manager ? [ manager ] : [] ),
	] );
}

/**
 * Creates or resets a virtual simple product with managed stock.
 *
 * @param sku   SKU.
 * @param price Price in the shop's decimal format, e.g. "100".
 * @param stock Stock quantity.
 */
export function setUpProduct(
	sku: string,
	price: string,
	stock: number
): number {
	return run< { id: number } >( [ 'product', sku, price, String( stock ) ] )
		.id;
}

/**
 * Stock quantity of the product with this SKU.
 *
 * @param sku SKU.
 */
export function stockOf( sku: string ): number | null {
	return run< { stock: number | null } >( [ 'stock', sku ] ).stock;
}

/**
 * The member's credit ledger rows ([order_id, type, amount]) and credit left.
 *
 * @param login Member login.
 */
export function creditOf( login: string ): MemberCredit {
	return run< MemberCredit >( [ 'credit', login ] );
}

/**
 * The order's notes as plain text, newest first.
 *
 * @param orderId Order id.
 */
export function notesOf( orderId: number ): string[] {
	return run< string[] >( [ 'notes', String( orderId ) ] );
}

/**
 * Deletes every assortment list of the company (items and assignments too).
 *
 * @param company Company name.
 */
export function deleteAssortmentLists( company: string ): number {
	return run< { deleted: number } >( [ 'lists-delete', company ] ).deleted;
}
