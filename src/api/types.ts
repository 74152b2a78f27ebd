/**
 * Types mirroring the `kundeportal/v1` REST responses (docs/contract.md).
 *
 * Keys stay snake_case as on the wire. Money is integer minor units, dates
 * are ISO 8601 strings in site time. These types describe the server's
 * schema; they are not checked at runtime.
 */

export type Role =
	'employee' | 'manager' | 'company_admin' | 'shop_admin' | 'none';

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
	/** The company's standard credit limit for new users, minor units. */
	default_credit_limit: number;
}

/** GET /me */
export interface Me {
	user_id: number;
	display_name: string;
	role: Role;
	membership: Membership | null;
	managed_departments: ManagedDepartment[];
	currency: Currency;
	/** The company the user administers (all its departments), or null. */
	company_admin?: { company_id: number; company_name: string } | null;
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
	status: DepartmentStatus;
	figures: DepartmentFigures;
	/** The department's managers. */
	managers?: DepartmentManager[];
	/** Whether the current user may rename and archive it (company admin). */
	can_edit?: boolean;
}

export type DepartmentStatus = 'active' | 'archived';

export interface DepartmentManager {
	id: number;
	name: string;
	email: string;
}

/** POST /departments body. */
export interface NewDepartment {
	name: string;
	company_id?: number;
}

/** PATCH /departments/{id} body. */
export interface DepartmentChanges {
	name?: string;
	status?: DepartmentStatus;
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
	// The fields below are always sent by the server; optional here so that
	// fixtures written before them stay valid.
	/** Status as WooCommerce names it, translated. */
	status_name?: string;
	/** Shipment tracking; empty until shipped. */
	tracking?: OrderTracking[];
	/** WooCommerce's view-order page, or null when the user may not open it. */
	view_url?: string | null;
}

/** One tracking item of an order. */
export interface OrderTracking {
	source: 'kundeportal' | 'shipment_tracking';
	carrier: string;
	carrier_name: string;
	number: string;
	url: string | null;
}

/** A note to the customer on an order. */
export interface OrderNote {
	id: number;
	date_created: string;
	content: string;
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
	/** Notes to the customer, newest first. */
	customer_notes?: OrderNote[];
	/** The manager's message when approving, or null. */
	approval_message?: string | null;
}

export type OrderBy = 'date' | 'total';
export type SortOrder = 'asc' | 'desc';

/** Query args of GET /orders. */
export interface OrdersQuery {
	status?: string;
	department?: number;
	orderby?: OrderBy;
	order?: SortOrder;
	/** First day, Y-m-d (inclusive). */
	after?: string;
	/** Last day, Y-m-d (inclusive). */
	before?: string;
	page?: number;
	per_page?: number;
}

/** A page of a paginated list, totals taken from X-WP-Total(Pages). */
export interface Page< T > {
	items: T[];
	total: number;
	totalPages: number;
}

/** An order in a member's recent orders. */
export interface MemberOrder {
	id: number;
	number: string;
	date_created: string;
	status: string;
	total: number;
}

/** One item of GET /members. */
export interface Member {
	user_id: number;
	first_name: string;
	last_name: string;
	name: string;
	email: string;
	position: string;
	department: OrderDepartment;
	/** Ids of the member's own assortment lists (empty: company defaults). */
	assortment_lists: number[];
	credit_limit: number;
	credit_left: number;
	order_count: number;
	total_spent: number;
}

/** GET /members/{id} */
export interface MemberDetail extends Member {
	recent_orders: MemberOrder[];
}

export type MembersOrderBy =
	'name' | 'credit_limit' | 'order_count' | 'total_spent';

/** Query args of GET /members. */
export interface MembersQuery {
	search?: string;
	department?: number;
	orderby?: MembersOrderBy;
	order?: SortOrder;
	page?: number;
	per_page?: number;
}

/** Body of POST /members. Omit credit_limit for the company's default. */
export interface NewMember {
	first_name: string;
	last_name: string;
	email: string;
	department_id: number;
	position: string;
	/** "private" (the user's own address) or the id of one of the department's addresses. */
	address: string;
	credit_limit?: number;
}

/** Body of PATCH /members/{id}. */
export interface MemberChanges {
	position?: string;
	department_id?: number;
	credit_limit?: number;
	/** Lists of the member's company; empty: the company's default lists. */
	assortment_lists?: number[];
}

/** DELETE /members/{id} */
export interface MemberDeleted {
	deleted: boolean;
	previous: MemberDetail;
	cancelled_orders: number[];
}

/** GET|POST /departments/{id}/invite: a department's registration link. */
export interface Invite {
	exists: boolean;
	usable: boolean;
	/** False when the company turned registration links off (none can be created or used). */
	allowed?: boolean;
	/** Last valid day, 'Y-m-d', or null. */
	expires_at: string | null;
	max_uses: number | null;
	uses: number;
	/** Only in the POST response that created the link; the server keeps a hash. */
	url: string | null;
	/** Lower-case e-mail domains that may register; empty for any. */
	allowed_domains?: string[];
}

/** POST /departments/{id}/invite body. */
export interface NewInvite {
	expires_at?: string | null;
	max_uses?: number | null;
	allowed_domains?: string[] | null;
}

/** One item of GET /assortment-lists. */
export interface AssortmentList {
	id: number;
	company: { id: number; name: string };
	name: string;
	/** Members without own lists get the default lists. */
	is_default: boolean;
	/** Products and variations on the list. */
	product_ids: number[];
	item_count: number;
	member_count: number;
}

/** The editable fields of a department address (all text, as on the wire). */
export interface DepartmentAddressFields {
	label: string;
	first_name: string;
	last_name: string;
	company: string;
	address_1: string;
	address_2: string;
	postcode: string;
	city: string;
	/** ISO 3166-1 alpha-2 code, one WooCommerce knows. */
	country: string;
	phone: string;
}

/** GET /departments/{id}/addresses[/{address_id}] */
export interface DepartmentAddress extends DepartmentAddressFields {
	id: number;
	department_id: number;
	created_at: string;
}

/** DELETE /departments/{id}/addresses/{address_id} */
export interface DepartmentAddressDeleted {
	deleted: boolean;
	previous: DepartmentAddress;
}
