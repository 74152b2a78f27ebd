/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { NAMESPACE } from './client';
import type { AssortmentList } from './types';

/**
 * GET /assortment-lists: the lists of the caller's company (shop admin: all,
 * or one company's).
 *
 * @param company Only this company's lists; 0 for all in scope.
 */
export function getAssortmentLists(
	company: number = 0
): Promise< AssortmentList[] > {
	return apiFetch< AssortmentList[] >( {
		path: addQueryArgs(
			`${ NAMESPACE }/assortment-lists`,
			company ? { company } : {}
		),
	} );
}
