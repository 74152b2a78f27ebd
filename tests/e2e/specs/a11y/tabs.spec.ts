/**
 * Every My Account tab of a manager and of an employee, at desktop width: no serious or
 * critical axe-core violation, and the keyboard reaches the tab's content.
 */
import { expect, test } from '@playwright/test';

import {
	accountTabs,
	firstKeyboardStopInContent,
	openTab,
	seriousViolations,
} from '../../utils/a11y';
import { logIn, USERS } from '../../utils/session';

for ( const who of [ 'manager', 'employee' ] as const ) {
	test( `every tab of the ${ who } passes axe and the keyboard`, async ( {
		page,
	} ) => {
		await logIn( page, USERS[ who ].login );
		const tabs = await accountTabs( page );
		expect( tabs.length ).toBeGreaterThan( 2 );

		for ( const tab of tabs ) {
			await test.step( tab.label, async () => {
				await openTab( page, tab );
				expect( await seriousViolations( page ), tab.label ).toEqual(
					[]
				);
				expect(
					await firstKeyboardStopInContent( page, tab ),
					`keyboard reaches the content of ${ tab.label }`
				).not.toBeNull();
			} );
		}
	} );
}
