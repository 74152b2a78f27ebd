/**
 * Internal dependencies
 */
import type { AssortmentList } from '../../api';

/**
 * The lists of one company, defaults first, then by name.
 *
 * @param lists     Lists from GET /assortment-lists.
 * @param companyId Company of the member.
 */
export function listsOfCompany(
	lists: AssortmentList[],
	companyId: number | undefined
): AssortmentList[] {
	return lists
		.filter( ( list ) => list.company.id === companyId )
		.sort(
			( a, b ) =>
				Number( b.is_default ) - Number( a.is_default ) ||
				a.name.localeCompare( b.name )
		);
}

/**
 * Ticks or unticks a list; the result is sorted and without duplicates.
 *
 * @param ids     Ticked list ids.
 * @param id      The list changed.
 * @param checked Whether it is now ticked.
 */
export function toggleList(
	ids: number[],
	id: number,
	checked: boolean
): number[] {
	const next = new Set( ids );
	if ( checked ) {
		next.add( id );
	} else {
		next.delete( id );
	}
	return [ ...next ].sort( ( a, b ) => a - b );
}

/**
 * Whether two sets of list ids differ.
 *
 * @param a Ids.
 * @param b Ids.
 */
export function listsChanged( a: number[], b: number[] ): boolean {
	const left = [ ...new Set( a ) ].sort( ( x, y ) => x - y );
	const right = [ ...new Set( b ) ].sort( ( x, y ) => x - y );
	return (
		left.length !== right.length ||
		left.some( ( id, index ) => id !== right[ index ] )
	);
}

/**
 * The lists that apply: the ticked ones, else the company's default lists.
 *
 * @param lists The company's lists.
 * @param ids   Ticked list ids.
 */
export function effectiveLists(
	lists: AssortmentList[],
	ids: number[]
): AssortmentList[] {
	const own = lists.filter( ( list ) => ids.includes( list.id ) );
	return own.length > 0 ? own : lists.filter( ( list ) => list.is_default );
}
