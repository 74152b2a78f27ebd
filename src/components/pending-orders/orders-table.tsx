/**
 * WordPress dependencies
 */
import { Button, VisuallyHidden } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Currency, OrderSummary, SortOrder } from '../../api';
import type { Decision } from './decision-modal';
import { OrderRow } from './order-row';

interface OrdersTableProps {
	orders: OrderSummary[];
	currency: Currency;
	order: SortOrder;
	isBusy: boolean;
	expanded: ReadonlySet< number >;
	onSort: () => void;
	onToggle: ( id: number ) => void;
	onDecide: ( decision: Decision, order: OrderSummary ) => void;
}

/**
 * Table of pending orders; the date column sorts on the server.
 *
 * @param props          Component props.
 * @param props.orders   Orders on this page.
 * @param props.currency Store currency.
 * @param props.order    Current date sort order.
 * @param props.isBusy   True while a page is loading.
 * @param props.expanded Ids of expanded orders.
 * @param props.onSort   Flips the sort order.
 * @param props.onToggle Expands or collapses an order.
 * @param props.onDecide Opens the approve or cancel dialog.
 */
export function OrdersTable( {
	orders,
	currency,
	order,
	isBusy,
	expanded,
	onSort,
	onToggle,
	onDecide,
}: OrdersTableProps ) {
	const ascending = order === 'asc';

	return (
		<div className="kundeportal-pending-orders__scroll">
			<table
				className="kundeportal-pending-orders__table"
				aria-busy={ isBusy }
			>
				<caption>
					<VisuallyHidden>
						{ __( 'Orders awaiting approval', 'kundeportal' ) }
					</VisuallyHidden>
				</caption>
				<thead>
					<tr>
						<th
							scope="col"
							aria-sort={ ascending ? 'ascending' : 'descending' }
						>
							<Button
								variant="link"
								className="kundeportal-pending-orders__sort"
								onClick={ onSort }
							>
								{ __( 'Order date', 'kundeportal' ) }
								<span aria-hidden="true">
									{ ascending ? ' ↑' : ' ↓' }
								</span>
							</Button>
						</th>
						<th scope="col">{ __( 'Name', 'kundeportal' ) }</th>
						<th scope="col">
							{ __( 'Department', 'kundeportal' ) }
						</th>
						<th scope="col">{ __( 'Items', 'kundeportal' ) }</th>
						<th scope="col">
							{ __( 'Order total', 'kundeportal' ) }
						</th>
						<th scope="col">{ __( 'Credit', 'kundeportal' ) }</th>
						<th scope="col">
							<VisuallyHidden>
								{ __( 'Actions', 'kundeportal' ) }
							</VisuallyHidden>
						</th>
					</tr>
				</thead>
				<tbody>
					{ orders.map( ( item ) => (
						<OrderRow
							key={ item.id }
							order={ item }
							currency={ currency }
							isExpanded={ expanded.has( item.id ) }
							onToggle={ onToggle }
							onDecide={ onDecide }
						/>
					) ) }
				</tbody>
			</table>
		</div>
	);
}
