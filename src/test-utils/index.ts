/**
 * Fixtures and fakes shared by the Jest tests (not part of any bundle).
 * Data follows the user guide's demo company.
 */

/**
 * Internal dependencies
 */
import type {
	Currency,
	Department,
	Me,
	OrderDetail,
	OrderSummary,
} from '../api/types';

export const NOK: Currency = {
	currency_code: 'NOK',
	currency_symbol: 'kr',
	currency_minor_unit: 2,
	currency_decimal_separator: ',',
	currency_thousand_separator: ' ',
	currency_prefix: '',
	currency_suffix: ' kr',
};

export const ALNABRU: Department = {
	id: 1,
	company_id: 1,
	company_name: 'Staut Arbeidsklær AS',
	name: 'avd Alnabru',
	status: 'active',
	figures: {
		available_credit: 1560600,
		credit_limit_total: 2500000,
		spent_this_month: 471800,
		spent_this_year: 894100,
		orders_this_year: 2,
		average_order: 447050,
		users: 3,
		pending_orders: 2,
	},
};

export const SKJETTEN: Department = {
	id: 2,
	company_id: 1,
	company_name: 'Staut Arbeidsklær AS',
	name: 'avd Skjetten',
	status: 'active',
	figures: {
		available_credit: 1000000,
		credit_limit_total: 1000000,
		spent_this_month: 0,
		spent_this_year: 26800,
		orders_this_year: 1,
		average_order: 26800,
		users: 2,
		pending_orders: 1,
	},
};

export const MANAGER: Me = {
	user_id: 10,
	display_name: 'Leder Alnabru',
	role: 'manager',
	membership: null,
	managed_departments: [
		{
			id: 1,
			name: 'avd Alnabru',
			company_id: 1,
			company_name: 'Staut Arbeidsklær AS',
			default_credit_limit: 500000,
		},
	],
	currency: NOK,
};

export const EMPLOYEE: Me = {
	user_id: 11,
	display_name: 'Fredrika Fredriksen',
	role: 'employee',
	membership: {
		company_id: 1,
		company_name: 'Staut Arbeidsklær AS',
		department_id: 1,
		department_name: 'avd Alnabru',
		position: '',
		credit_limit: 1000000,
		credit_left: 528200,
		pending_orders: 1,
	},
	managed_departments: [],
	currency: NOK,
};

export const ORDER_FREDRIKA: OrderSummary = {
	id: 101,
	number: '101',
	date_created: '2025-05-05T10:12:00',
	status: 'kp-approval',
	customer: { id: 11, name: 'Fredrika Fredriksen' },
	department: { id: 1, name: 'avd Alnabru' },
	item_count: 3,
	total: 471800,
	credit_left_after: 528200,
};

export const ORDER_NAVN: OrderSummary = {
	id: 102,
	number: '102',
	date_created: '2025-01-13T08:00:00',
	status: 'kp-approval',
	customer: { id: 12, name: 'Navn Navnesen' },
	department: { id: 1, name: 'avd Alnabru' },
	item_count: 1,
	total: 575700,
	credit_left_after: -209800,
};

export const ORDER_FREDRIKA_DETAIL: OrderDetail = {
	...ORDER_FREDRIKA,
	lines: [
		{
			id: 1,
			product_id: 5,
			variation_id: 6,
			sku: '2546-314-2038-84',
			name: 'Safety Bukser',
			variation: 'Sort/Gul, 84 (48)',
			quantity: 1,
			price: 103900,
			total: 103900,
		},
		{
			id: 2,
			product_id: 7,
			variation_id: 0,
			sku: '65138362-2199-5',
			name: 'HV Vinterjakke KL 3',
			variation: '',
			quantity: 1,
			price: 126500,
			total: 126500,
		},
	],
};

/** The options api-fetch receives. */
export interface FetchOptions {
	path?: string;
	method?: string;
	data?: unknown;
	parse?: boolean;
}

/** What `apiFetch( { parse: false } )` resolves to, minus what we don't use. */
export interface FakeResponse {
	status: number;
	ok: boolean;
	headers: { get: ( name: string ) => string | null };
	json: () => Promise< unknown >;
}

/**
 * A minimal fetch Response (jsdom has no `Response`).
 *
 * @param body    JSON body.
 * @param headers Response headers.
 * @param status  HTTP status.
 */
export function fakeResponse(
	body: unknown,
	headers: Record< string, string > = {},
	status = 200
): FakeResponse {
	const lower = new Map(
		Object.entries( headers ).map( ( [ key, value ] ) => [
			key.toLowerCase(),
			value,
		] )
	);

	return {
		status,
		ok: status < 400,
		headers: { get: ( name ) => lower.get( name.toLowerCase() ) ?? null },
		json: () => Promise.resolve( body ),
	};
}

/**
 * A page of orders as GET /orders answers with `parse: false`.
 *
 * @param items      Orders.
 * @param totalPages Value of X-WP-TotalPages.
 */
export function ordersResponse(
	items: OrderSummary[],
	totalPages = 1
): FakeResponse {
	return fakeResponse( items, {
		'X-WP-Total': String( items.length ),
		'X-WP-TotalPages': String( totalPages ),
	} );
}
