/**
 * Walks every My Account tab a user has, and checks each one with axe-core, the keyboard and
 * (on a phone) the page width. The tabs come from the menu itself, so a new tab is covered
 * without touching the specs.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

import { ACCOUNT_PATH } from './session';

export type AccountTab = { label: string; href: string };

/**
 * The menu entries of My Account, except "Log out".
 *
 * @param page A logged-in page.
 */
export async function accountTabs( page: Page ): Promise< AccountTab[] > {
	await page.goto( ACCOUNT_PATH );
	const links = page.locator(
		'.woocommerce-MyAccount-navigation li:not(.woocommerce-MyAccount-navigation-link--customer-logout) a'
	);
	const tabs: AccountTab[] = [];
	for ( const link of await links.all() ) {
		tabs.push( {
			label: ( await link.innerText() ).trim(),
			href: ( await link.getAttribute( 'href' ) ) ?? '',
		} );
	}

	return tabs;
}

/**
 * Opens a tab and waits until its block has loaded (no busy region, no spinner).
 *
 * @param page A logged-in page.
 * @param tab  The tab.
 */
export async function openTab( page: Page, tab: AccountTab ): Promise< void > {
	await page.goto( tab.href );
	await expect(
		page.locator( '.woocommerce-MyAccount-content' )
	).toBeVisible();
	await expect(
		page.locator(
			'.woocommerce-MyAccount-content [aria-busy="true"], .woocommerce-MyAccount-content .components-spinner'
		)
	).toHaveCount( 0 );
}

/**
 * Serious and critical axe-core violations (WCAG 2.1 A and AA) in My Account's menu and
 * content, as readable lines ("rule: target").
 *
 * @param page A page showing a tab.
 */
export async function seriousViolations( page: Page ): Promise< string[] > {
	const results = await new AxeBuilder( { page } )
		.include( '.woocommerce-MyAccount-navigation' )
		.include( '.woocommerce-MyAccount-content' )
		.withTags( [ 'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa' ] )
		.analyze();

	return results.violations
		.filter(
			( violation ) =>
				violation.impact === 'serious' ||
				violation.impact === 'critical'
		)
		.flatMap( ( violation ) =>
			violation.nodes.map(
				( node ) =>
					`${ violation.id } (${ violation.impact }): ${ node.target.join(
						' '
					) }`
			)
		);
}

/**
 * How far the page scrolls sideways, in CSS pixels (0 when it fits).
 *
 * @param page A page showing a tab.
 */
export async function sidewaysOverflow( page: Page ): Promise< number > {
	return page.evaluate(
		() =>
			document.documentElement.scrollWidth -
			document.documentElement.clientWidth
	);
}

/**
 * Tabs from the tab's menu link with the keyboard alone until focus lands inside the tab's
 * content, and returns what has focus there (tag and accessible text), or null when the
 * keyboard never gets there. A tab with nothing to operate (text only) answers "text only".
 *
 * @param page A page showing a tab.
 * @param tab  The tab (its menu link is the starting point).
 */
export async function firstKeyboardStopInContent(
	page: Page,
	tab: AccountTab
): Promise< string | null > {
	const controls = page.locator(
		'.woocommerce-MyAccount-content :is(a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])):visible'
	);
	if ( ( await controls.count() ) === 0 ) {
		return 'text only';
	}

	await page
		.locator( `.woocommerce-MyAccount-navigation a[href="${ tab.href }"]` )
		.focus();
	for ( let i = 0; i < 40; i++ ) {
		await page.keyboard.press( 'Tab' );
		const focused = page.locator( '.woocommerce-MyAccount-content :focus' );
		const stop =
			( await focused.count() ) > 0
				? await focused
						.first()
						.evaluate(
							( element ) =>
								`${ element.tagName.toLowerCase() } ${ (
									element.getAttribute( 'aria-label' ) ??
									element.textContent ??
									''
								).trim() }`
						)
				: null;
		if ( stop ) {
			return stop;
		}
	}

	return null;
}
