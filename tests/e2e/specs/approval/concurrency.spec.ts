/**
 * Issue #3: credit is charged atomically per member, and approving twice changes nothing
 * twice. Real parallel HTTP requests against nginx + php-fpm; the company, member and
 * product come from tests/e2e/fixtures/company-member.php.
 */
import { expect, test } from '@playwright/test';

import { listMail } from '../../utils/mail';
import {
	creditOf,
	notesOf,
	setUpMember,
	setUpProduct,
	stockOf,
} from '../../utils/fixtures';
import {
	apiLogIn,
	cartWith,
	checkOutCart,
	type ApiUser,
} from '../../utils/store-api';

const SKU = 'kp-concurrency-100';
const PRICE_MINOR = 10000;
const REQUESTS = 20;
const FITS = 7;

test.describe( 'Concurrency', () => {
	test.describe.configure( { timeout: 180_000 } );

	test( `${ REQUESTS } parallel checkouts from one member charge exactly the ${ FITS } that fit`, async () => {
		const productId = setUpProduct( SKU, '100', 10_000 );
		setUpMember(
			{
				company: 'Concurrency AS',
				approval: false,
				overCredit: 'refuse',
				period: 'year',
			},
			'samtidig',
			FITS * PRICE_MINOR
		);
		const chargesBefore = creditOf( 'samtidig' ).ledger.length;
		const member = await apiLogIn( 'samtidig' );
		const carts: string[] = [];
		for ( let i = 0; i < REQUESTS; i++ ) {
			carts.push( await cartWith( member, productId, 1 ) );
		}

		const results = await Promise.all(
			carts.map( ( token ) => checkOutCart( member, token ) )
		);

		const accepted = results.filter( ( result ) => result.status === 200 );
		const refused = results.filter( ( result ) => result.status === 400 );
		// eslint-disable-next-line no-console -- the figures are the point of this test.
		console.log(
			`Concurrency: requests ${ REQUESTS }, accepted ${ accepted.length }, refused ${ refused.length }`
		);
		expect(
			results.filter( ( r ) => r.status !== 200 && r.status !== 400 ),
			'no other answers'
		).toEqual( [] );
		expect( accepted ).toHaveLength( FITS );
		expect( refused ).toHaveLength( REQUESTS - FITS );
		for ( const result of accepted ) {
			expect( result.orderStatus ).toBe( 'processing' );
		}
		for ( const result of refused ) {
			expect( result.message ?? '' ).toMatch( /exceeds your credit/ );
		}
		const credit = creditOf( 'samtidig' );
		expect( credit.ledger.length - chargesBefore ).toBe( FITS );
		expect( credit.left ).toBe( 0 );
		await member.http.dispose();
	} );

	test( 'ten parallel approvals of one order: one charge, one status change, stock once, each e-mail once', async () => {
		const productId = setUpProduct( `${ SKU }-approval`, '100', 100 );
		const fixture = setUpMember(
			{
				company: 'Concurrency Approval AS',
				approval: true,
				overCredit: 'refuse',
				period: 'year',
			},
			'samtidig.godkjenning',
			1_000_000,
			'samtidig.leder'
		);
		const member = await apiLogIn( 'samtidig.godkjenning' );
		const placed = await checkOutCart(
			member,
			await cartWith( member, productId, 2 ),
			fixture.email
		);
		expect( placed.orderStatus ).toBe( 'kp-approval' );
		const orderId = placed.orderId ?? 0;
		expect( stockOf( `${ SKU }-approval` ) ).toBe( 98 );
		const manager: ApiUser = await apiLogIn( 'samtidig.leder' );

		const answers = await Promise.all(
			Array.from( { length: 10 }, () =>
				manager.http.post(
					`/wp-json/kundeportal/v1/orders/${ orderId }/approve`,
					{
						headers: { 'X-WP-Nonce': manager.nonce },
						data: { message: 'Godkjent, samtidig' },
					}
				)
			)
		);

		const statuses = answers.map( ( answer ) => answer.status() );
		// eslint-disable-next-line no-console -- the figures are the point of this test.
		console.log(
			`Parallel approvals: requests 10, answers ${ statuses.join( ' ' ) }`
		);
		expect(
			statuses.filter( ( status ) => status !== 200 && status !== 409 )
		).toEqual( [] );
		const charges = creditOf( 'samtidig.godkjenning' ).ledger.filter(
			( [ id, type ] ) => id === orderId && type === 'charge'
		);
		expect( charges ).toEqual( [ [ orderId, 'charge', 2 * PRICE_MINOR ] ] );
		expect( stockOf( `${ SKU }-approval` ) ).toBe( 98 );
		const order = await member.http.get(
			`/wp-json/kundeportal/v1/orders/${ orderId }`,
			{ headers: { 'X-WP-Nonce': member.nonce } }
		);
		expect( ( await order.json() ).status ).toBe( 'processing' );
		const statusChanges = notesOf( orderId ).filter( ( note ) =>
			/to Processing/i.test( note )
		);
		expect( statusChanges ).toHaveLength( 1 );

		await expect
			.poll(
				async () =>
					( await mailsAbout( fixture.email, orderId ) ).length,
				{
					timeout: 20_000,
				}
			)
			.toBeGreaterThan( 0 );
		// Give late duplicates time to arrive before counting.
		await new Promise( ( resolve ) => setTimeout( resolve, 3000 ) );
		const subjects = ( await mailsAbout( fixture.email, orderId ) ).map(
			( mail ) => mail.subject
		);
		// eslint-disable-next-line no-console -- the figures are the point of this test.
		console.log( `Mails to the orderer: ${ subjects.join( ' | ' ) }` );
		expect( subjects ).toEqual( [ ...new Set( subjects ) ] );
		await member.http.dispose();
		await manager.http.dispose();
	} );
} );

async function mailsAbout( address: string, orderId: number ) {
	return ( await listMail() ).filter(
		( mail ) =>
			mail.to.some(
				( to ) => to.address.toLowerCase() === address.toLowerCase()
			) &&
			`${ mail.subject } ${ mail.text ?? '' }`.includes(
				String( orderId )
			)
	);
}
