/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { OrderBy, OrdersQuery, SortOrder } from '../../api';

/** What the user picked in the filter bar; empty strings mean "not set". */
export interface OrderFilters {
	/** A status without "wc-", or 'any'. */
	status: string;
	/** Department id as a string (select value), '' for all. */
	department: string;
	/** First day, Y-m-d, or ''. */
	after: string;
	/** Last day, Y-m-d, or ''. */
	before: string;
}

export interface OrderSort {
	orderby: OrderBy;
	order: SortOrder;
}

export const EMPTY_FILTERS: OrderFilters = {
	status: 'any',
	department: '',
	after: '',
	before: '',
};

export const DEFAULT_SORT: OrderSort = { orderby: 'date', order: 'desc' };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a string is a real calendar day in Y-m-d form.
 *
 * @param value Text from a date field.
 */
export function isDay( value: string ): boolean {
	const match = DAY.exec( value );
	if ( ! match ) {
		return false;
	}
	const year = Number( match[ 1 ] );
	const month = Number( match[ 2 ] );
	const day = Number( match[ 3 ] );
	const date = new Date( Date.UTC( year, month - 1, day ) );

	return (
		date.getUTCFullYear() === year &&
		date.getUTCMonth() === month - 1 &&
		date.getUTCDate() === day
	);
}

/**
 * The problem with the date range, or '' when it is fine (both optional).
 *
 * @param filters The filters.
 */
export function dateRangeError( filters: OrderFilters ): string {
	if ( filters.after && ! isDay( filters.after ) ) {
		return __( 'The "From" date is not a valid date.', 'kundeportal' );
	}
	if ( filters.before && ! isDay( filters.before ) ) {
		return __( 'The "To" date is not a valid date.', 'kundeportal' );
	}
	if ( filters.after && filters.before && filters.after > filters.before ) {
		return __(
			'The "From" date must be on or before the "To" date.',
			'kundeportal'
		);
	}

	return '';
}

/**
 * Builds the GET /orders query from the filter bar, the sort and the page.
 * Unset or invalid filters are left out; the department filter only applies
 * to managers (employees always get their own orders).
 *
 * @param filters   The filters.
 * @param sort      Sort field and direction.
 * @param page      Page, 1-based.
 * @param perPage   Orders per page.
 * @param isManager Whether the department filter applies.
 */
export function buildOrdersQuery(
	filters: OrderFilters,
	sort: OrderSort,
	page: number,
	perPage: number,
	isManager: boolean
): OrdersQuery {
	const query: OrdersQuery = {
		status: filters.status || 'any',
		orderby: sort.orderby,
		order: sort.order,
		page: Math.max( 1, Math.trunc( page ) || 1 ),
		per_page: perPage,
	};

	const department = Number( filters.department );
	if ( isManager && Number.isInteger( department ) && department > 0 ) {
		query.department = department;
	}

	if ( ! dateRangeError( filters ) ) {
		if ( filters.after ) {
			query.after = filters.after;
		}
		if ( filters.before ) {
			query.before = filters.before;
		}
	}

	return query;
}

/**
 * The next sort after a click on a column header: the same column flips its
 * direction, another column starts newest / largest first.
 *
 * @param current The current sort.
 * @param column  The clicked column.
 */
export function nextSort( current: OrderSort, column: OrderBy ): OrderSort {
	if ( current.orderby === column ) {
		return {
			orderby: column,
			order: current.order === 'desc' ? 'asc' : 'desc',
		};
	}

	return { orderby: column, order: 'desc' };
}

/**
 * The statuses offered in the status filter, with their labels.
 *
 * TODO(#5): statuses other plugins register are accepted by GET /orders but
 * not offered here; the list could come from the server.
 */
export function statusOptions(): Array< { value: string; label: string } > {
	return [
		{ value: 'any', label: __( 'All statuses', 'kundeportal' ) },
		{
			value: 'kp-approval',
			label: __( 'Awaiting approval', 'kundeportal' ),
		},
		{ value: 'processing', label: __( 'Processing', 'kundeportal' ) },
		{ value: 'on-hold', label: __( 'On hold', 'kundeportal' ) },
		{ value: 'completed', label: __( 'Completed', 'kundeportal' ) },
		{ value: 'pending', label: __( 'Pending payment', 'kundeportal' ) },
		{ value: 'cancelled', label: __( 'Cancelled', 'kundeportal' ) },
		{ value: 'refunded', label: __( 'Refunded', 'kundeportal' ) },
		{ value: 'failed', label: __( 'Failed', 'kundeportal' ) },
	];
}
