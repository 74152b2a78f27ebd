/**
 * WordPress dependencies
 */
import { Button, VisuallyHidden } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Currency, OrderBy, OrderSummary } from '../../api';
import { formatDate } from '../../format/date';
import { formatMoney } from '../../format/money';
import type { OrderSort } from './filters';
import { OrderDetail } from './order-detail';
import { TrackingLinks } from './tracking-links';

interface OrdersTableProps {
	orders: OrderSummary[];
	currency: Currency;
	sort: OrderSort;
	/** Whether to show the orderer and department columns. */
	isManager: boolean;
	isBusy: boolean;
	expanded: ReadonlySet< number >;
	onSort: ( column: OrderBy ) => void;
	onToggle: ( id: number ) => void;
}

interface SortHeaderProps {
	column: OrderBy;
	label: string;
	sort: OrderSort;
	onSort: ( column: OrderBy ) => void;
}

/**
 * A column header that sorts on the server.
 *
 * @param props        Component props.
 * @param props.column Sort field of the column.
 * @param props.label  Column name.
 * @param props.sort   Current sort.
 * @param props.onSort Called with the column.
 */
function SortHeader( { column, label, sort, onSort }: SortHeaderProps ) {
	const active = sort.orderby === column;
	let ariaSort: 'ascending' | 'descending' | 'none' = 'none';
	if ( active ) {
		ariaSort = sort.order === 'asc' ? 'ascending' : 'descending';
	}
	let arrow = '';
	if ( active ) {
		arrow = sort.order === 'asc' ? ' ↑' : ' ↓';
	}

	return (
		<th
			scope="col"
			aria-sort={ ariaSort }
			className="kundeportal-orders__sortable"
		>
			<Button
				variant="link"
				className="kundeportal-orders__sort"
				onClick={ () => onSort( column ) }
			>
				{ label }
				<span aria-hidden="true">{ arrow }</span>
			</Button>
		</th>
	);
}

/**
 * The orders table: one row per order and, when expanded, a row with the
 * order's details.
 *
 * @param props           Component props.
 * @param props.orders    Orders on this page.
 * @param props.currency  Store currency.
 * @param props.sort      Current sort.
 * @param props.isManager Whether to show orderer and department.
 * @param props.isBusy    True while a page is loading.
 * @param props.expanded  Ids of expanded orders.
 * @param props.onSort    Sorts by a column.
 * @param props.onToggle  Expands or collapses an order.
 */
export function OrdersTable( {
	orders,
	currency,
	sort,
	isManager,
	isBusy,
	expanded,
	onSort,
	onToggle,
}: OrdersTableProps ) {
	const columns = isManager ? 8 : 6;

	return (
		<table className="kundeportal-orders__table" aria-busy={ isBusy }>
			<caption>
				<VisuallyHidden>
					{ __( 'Orders', 'kundeportal' ) }
				</VisuallyHidden>
			</caption>
			<thead>
				<tr>
					<SortHeader
						column="date"
						label={ __( 'Date', 'kundeportal' ) }
						sort={ sort }
						onSort={ onSort }
					/>
					<th scope="col">{ __( 'Order', 'kundeportal' ) }</th>
					{ isManager && (
						<th scope="col">{ __( 'Orderer', 'kundeportal' ) }</th>
					) }
					{ isManager && (
						<th scope="col">
							{ __( 'Department', 'kundeportal' ) }
						</th>
					) }
					<th scope="col">{ __( 'Status', 'kundeportal' ) }</th>
					<SortHeader
						column="total"
						label={ __( 'Total', 'kundeportal' ) }
						sort={ sort }
						onSort={ onSort }
					/>
					<th scope="col">{ __( 'Tracking', 'kundeportal' ) }</th>
					<th scope="col">
						<VisuallyHidden>
							{ __( 'Actions', 'kundeportal' ) }
						</VisuallyHidden>
					</th>
				</tr>
			</thead>
			<tbody>
				{ orders.map( ( order ) => {
					const isExpanded = expanded.has( order.id );
					const detailsId = `kundeportal-orders-${ order.id }-detail`;
					const number = sprintf(
						/* translators: %s: order number. */
						__( '#%s', 'kundeportal' ),
						order.number
					);

					return [
						<tr
							key={ order.id }
							className={
								'kundeportal-orders__row' +
								( isExpanded ? ' is-expanded' : '' )
							}
							data-order-id={ order.id }
						>
							<td data-label={ __( 'Date', 'kundeportal' ) }>
								{ formatDate( order.date_created ) }
							</td>
							<td data-label={ __( 'Order', 'kundeportal' ) }>
								{ order.view_url ? (
									<a href={ order.view_url }>{ number }</a>
								) : (
									number
								) }
							</td>
							{ isManager && (
								<td
									data-label={ __(
										'Orderer',
										'kundeportal'
									) }
								>
									{ order.customer.name }
								</td>
							) }
							{ isManager && (
								<td
									data-label={ __(
										'Department',
										'kundeportal'
									) }
								>
									{ order.department?.name ?? '–' }
								</td>
							) }
							<td data-label={ __( 'Status', 'kundeportal' ) }>
								<span
									className={ `kundeportal-orders__status is-${ order.status }` }
								>
									{ order.status_name ?? order.status }
								</span>
							</td>
							<td
								className="kundeportal-orders__money"
								data-label={ __( 'Total', 'kundeportal' ) }
							>
								{ formatMoney( order.total, currency ) }
							</td>
							<td data-label={ __( 'Tracking', 'kundeportal' ) }>
								<TrackingLinks tracking={ order.tracking } />
							</td>
							<td className="kundeportal-orders__actions">
								<Button
									__next40pxDefaultSize
									variant="secondary"
									aria-expanded={ isExpanded }
									aria-controls={ detailsId }
									onClick={ () => onToggle( order.id ) }
								>
									{ isExpanded
										? __( 'Hide details', 'kundeportal' )
										: __( 'Details', 'kundeportal' ) }
									<VisuallyHidden as="span">
										{ ' ' +
											sprintf(
												/* translators: %s: order number. */
												__(
													'order #%s',
													'kundeportal'
												),
												order.number
											) }
									</VisuallyHidden>
								</Button>
							</td>
						</tr>,
						<tr
							key={ `${ order.id }-detail` }
							id={ detailsId }
							className="kundeportal-orders__details"
							hidden={ ! isExpanded }
						>
							<td colSpan={ columns }>
								{ isExpanded && (
									<OrderDetail
										orderId={ order.id }
										currency={ currency }
									/>
								) }
							</td>
						</tr>,
					];
				} ) }
			</tbody>
		</table>
	);
}
