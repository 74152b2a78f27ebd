/**
 * Types mirroring the `kundeportal/v1` REST responses (docs/contract.md).
 *
 * Keys stay snake_case as on the wire. Money is integer minor units, dates
 * are ISO 8601 strings in site time. These types describe the server's
 * schema; they are not checked at runtime.
 */

export type Role = 'employee' | 'manager' | 'shop_admin' | 'none';

/** Store currency, with the Store API's field names. */
export interface Currency {
	currency_code: string;
	currency_symbol: string;
	currency_minor_unit: number;
	currency_decimal_separator: string;
	currency_thousand_separator: string;
	currency_prefix: string;
	currency_suffix: string;
}

export interface Membership {
	company_id: number;
	company_name: string;
	department_id: number;
	department_name: string;
	position: string;
	credit_limit: number;
	credit_left: number;
	pending_orders: number;
}

export interface ManagedDepartment {
	id: number;
	name: string;
	company_id: number;
	company_name: string;
}

/** GET /me */
export interface Me {
	user_id: number;
	display_name: string;
	role: Role;
	membership: Membership | null;
	managed_departments: ManagedDepartment[];
	currency: Currency;
}

export interface DepartmentFigures {
	available_credit: number;
	credit_limit_total: number;
	spent_this_month: number;
	spent_this_year: number;
	orders_this_year: number;
	average_order: number;
	users: number;
	pending_orders: number;
}

/** GET /departments, GET /departments/{id} */
export interface Department {
	id: number;
	company_id: number;
	company_name: string;
	name: string;
	status: 'active' | 'archived';
	figures: DepartmentFigures;
}

export interface OrderCustomer {
	id: number;
	name: string;
}

export interface OrderDepartment {
	id: number;
	name: string;
}

/** One item of GET /orders. */
export interface OrderSummary {
	id: number;
	number: string;
	date_created: string;
	status: string;
	customer: OrderCustomer;
	department: OrderDepartment;
	item_count: number;
	total: number;
	credit_left_after: number;
}

export interface OrderLine {
	id: number;
	product_id: number;
	variation_id: number;
	sku: string;
	name: string;
	variation: string;
	quantity: number;
	price: number;
	total: number;
}

/** GET /orders/{id} */
export interface OrderDetail extends OrderSummary {
	lines: OrderLine[];
}

export type OrderBy = 'date';
export type SortOrder = 'asc' | 'desc';

/** Query args of GET /orders. */
export interface OrdersQuery {
	status?: string;
	department?: number;
	orderby?: OrderBy;
	order?: SortOrder;
	page?: number;
	per_page?: number;
}

/** A page of a paginated list, totals taken from X-WP-Total(Pages). */
export interface Page< T > {
	items: T[];
	total: number;
	totalPages: number;
}
