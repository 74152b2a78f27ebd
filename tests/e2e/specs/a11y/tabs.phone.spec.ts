/**
 * Every My Account tab of a manager and of an employee on a 375 px wide phone: nothing scrolls
 * sideways and axe-core finds no serious or critical violation.
 */
import { expect, test } from '@playwright/test';

import {
	accountTabs,
	openTab,
	seriousViolations,
	sidewaysOverflow,
} from '../../utils/a11y';
import { logIn, USERS } from '../../utils/session';

for ( const who of [ 'manager', 'employee' ] as const ) {
	test( `every tab of the ${ who } fits a phone and passes axe`, async ( {
		page,
	} ) => {
		await logIn( page, USERS[ who ].login );
		const tabs = await accountTabs( page );
		expect( tabs.length ).toBeGreaterThan( 2 );

		for ( const tab of tabs ) {
			await test.step( tab.label, async () => {
				await openTab( page, tab );
				expect(
					await sidewaysOverflow( page ),
					`${ tab.label } scrolls sideways`
				).toBeLessThanOrEqual( 0 );
				expect( await seriousViolations( page ), tab.label ).toEqual(
					[]
				);
			} );
		}
	} );
}
