/**
 * WordPress dependencies
 */
import { Button, VisuallyHidden } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Currency, OrderSummary } from '../../api';
import { formatDate } from '../../format/date';
import { formatMoney } from '../../format/money';
import type { Decision } from './decision-modal';
import { OrderLines } from './order-lines';

export const COLUMN_COUNT = 7;

interface OrderRowProps {
	order: OrderSummary;
	currency: Currency;
	isExpanded: boolean;
	onToggle: ( id: number ) => void;
	onDecide: ( decision: Decision, order: OrderSummary ) => void;
}

/**
 * Screen-reader suffix naming the order, so repeated buttons differ.
 *
 * @param order    The order.
 * @param withWord Whether to say "order" (not after "Cancel the order").
 */
function orderSuffix( order: OrderSummary, withWord = true ) {
	return (
		<VisuallyHidden as="span">
			{ ' ' +
				( withWord
					? sprintf(
							/* translators: %s: order number. */
							__( 'order #%s', 'kundeportal' ),
							order.number
						)
					: sprintf(
							/* translators: %s: order number, after "Cancel the order". */
							__( '#%s', 'kundeportal' ),
							order.number
						) ) }
		</VisuallyHidden>
	);
}

/**
 * One pending order: a summary row and, when expanded, a row with its lines.
 *
 * @param props            Component props.
 * @param props.order      The order.
 * @param props.currency   Store currency.
 * @param props.isExpanded Whether the lines are shown.
 * @param props.onToggle   Expands or collapses the order.
 * @param props.onDecide   Opens the approve or cancel dialog.
 */
export function OrderRow( {
	order: initial,
	currency,
	isExpanded,
	onToggle,
	onDecide,
}: OrderRowProps ) {
	const [ edited, setEdited ] = useState< OrderSummary | null >( null );

	useEffect( () => setEdited( null ), [ initial ] );

	// After a line change the row shows the order the server answered with.
	const order = edited ?? initial;
	const detailsId = `kundeportal-order-${ order.id }-lines`;
	const isOverCredit = order.credit_left_after < 0;

	return (
		<>
			<tr
				className={
					'kundeportal-pending-orders__row' +
					( isOverCredit ? ' is-over-credit' : '' ) +
					( isExpanded ? ' is-expanded' : '' )
				}
			>
				<td data-label={ __( 'Order date', 'kundeportal' ) }>
					{ formatDate( order.date_created ) }
				</td>
				<td data-label={ __( 'Name', 'kundeportal' ) }>
					{ order.customer.name }
				</td>
				<td data-label={ __( 'Department', 'kundeportal' ) }>
					{ order.department.name }
				</td>
				<td data-label={ __( 'Items', 'kundeportal' ) }>
					{ order.item_count }
				</td>
				<td
					className="kundeportal-pending-orders__money"
					data-label={ __( 'Order total', 'kundeportal' ) }
				>
					{ formatMoney( order.total, currency ) }
				</td>
				<td
					className="kundeportal-pending-orders__money"
					data-label={ __( 'Credit', 'kundeportal' ) }
				>
					<span className="kundeportal-pending-orders__credit">
						{ formatMoney( order.credit_left_after, currency ) }
						{ isOverCredit && (
							<span className="kundeportal-pending-orders__over-credit">
								{ __( 'Over credit limit', 'kundeportal' ) }
							</span>
						) }
					</span>
				</td>
				<td className="kundeportal-pending-orders__actions">
					<Button
						__next40pxDefaultSize
						variant="primary"
						onClick={ () => onDecide( 'approve', order ) }
					>
						{ __( 'Approve', 'kundeportal' ) }
						{ orderSuffix( order ) }
					</Button>
					<Button
						__next40pxDefaultSize
						variant="secondary"
						aria-expanded={ isExpanded }
						aria-controls={ detailsId }
						onClick={ () => onToggle( order.id ) }
					>
						{ __( 'Details', 'kundeportal' ) }
						{ orderSuffix( order ) }
					</Button>
				</td>
			</tr>
			<tr
				id={ detailsId }
				className="kundeportal-pending-orders__details"
				hidden={ ! isExpanded }
			>
				<td colSpan={ COLUMN_COUNT }>
					{ isExpanded && (
						<>
							<OrderLines
								orderId={ order.id }
								currency={ currency }
								onChange={ setEdited }
							/>
							<div className="kundeportal-pending-orders__decide">
								<Button
									__next40pxDefaultSize
									variant="secondary"
									isDestructive
									onClick={ () =>
										onDecide( 'cancel', order )
									}
								>
									{ __( 'Cancel the order', 'kundeportal' ) }
									{ orderSuffix( order, false ) }
								</Button>
								<Button
									__next40pxDefaultSize
									variant="primary"
									onClick={ () =>
										onDecide( 'approve', order )
									}
								>
									{ __( 'Approve', 'kundeportal' ) }
									{ orderSuffix( order ) }
								</Button>
							</div>
						</>
					) }
				</td>
			</tr>
		</>
	);
}
