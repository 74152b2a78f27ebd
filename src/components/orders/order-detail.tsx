/**
 * WordPress dependencies
 */
import { Notice, Spinner } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { getOrder, handleApiError } from '../../api';
import type { Currency, OrderLine } from '../../api';
import { formatDate } from '../../format/date';
import { formatMoney } from '../../format/money';
import { useRequest } from '../../hooks/use-request';
import { TrackingLinks } from './tracking-links';

interface OrderDetailProps {
	orderId: number;
	currency: Currency;
}

/**
 * "Product – variant".
 *
 * @param line Order line.
 */
function productLabel( line: OrderLine ): string {
	return line.variation ? `${ line.name } – ${ line.variation }` : line.name;
}

/**
 * One order's details, loaded from GET /orders/{id}: lines, the manager's
 * approval message, notes to the customer, tracking and the link to
 * WooCommerce's order page.
 *
 * @param props          Component props.
 * @param props.orderId  Order id.
 * @param props.currency Store currency.
 */
export function OrderDetail( { orderId, currency }: OrderDetailProps ) {
	const { data, error } = useRequest(
		() => getOrder( orderId ),
		[ orderId ]
	);

	if ( error ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ handleApiError(
					error,
					__( 'Could not load the order.', 'kundeportal' )
				) }
			</Notice>
		);
	}
	if ( ! data ) {
		return <Spinner />;
	}

	const notes = data.customer_notes ?? [];

	return (
		<div className="kundeportal-orders__detail">
			<table className="kundeportal-orders__lines">
				<caption>
					{ sprintf(
						/* translators: %s: order number. */
						__( 'Lines of order #%s', 'kundeportal' ),
						data.number
					) }
				</caption>
				<thead>
					<tr>
						<th scope="col">{ __( 'Product', 'kundeportal' ) }</th>
						<th scope="col">{ __( 'Quantity', 'kundeportal' ) }</th>
						<th scope="col">{ __( 'Total', 'kundeportal' ) }</th>
					</tr>
				</thead>
				<tbody>
					{ data.lines.map( ( line ) => (
						<tr key={ line.id }>
							<td data-label={ __( 'Product', 'kundeportal' ) }>
								{ productLabel( line ) }
							</td>
							<td data-label={ __( 'Quantity', 'kundeportal' ) }>
								{ line.quantity }
							</td>
							<td
								className="kundeportal-orders__money"
								data-label={ __( 'Total', 'kundeportal' ) }
							>
								{ formatMoney( line.total, currency ) }
							</td>
						</tr>
					) ) }
				</tbody>
			</table>

			{ data.approval_message && (
				<div className="kundeportal-orders__section">
					<h4>
						{ __( 'Message from your manager', 'kundeportal' ) }
					</h4>
					<p className="kundeportal-orders__message">
						{ data.approval_message }
					</p>
				</div>
			) }

			<div className="kundeportal-orders__section">
				<h4>{ __( 'Tracking', 'kundeportal' ) }</h4>
				<TrackingLinks
					tracking={ data.tracking }
					empty={ __( 'Not shipped yet.', 'kundeportal' ) }
				/>
			</div>

			{ notes.length > 0 && (
				<div className="kundeportal-orders__section">
					<h4>{ __( 'Notes', 'kundeportal' ) }</h4>
					<ul className="kundeportal-orders__notes">
						{ notes.map( ( note ) => (
							<li key={ note.id }>
								<span className="kundeportal-orders__note-date">
									{ formatDate( note.date_created ) }
								</span>{ ' ' }
								{ note.content }
							</li>
						) ) }
					</ul>
				</div>
			) }

			{ data.view_url && (
				<p>
					<a href={ data.view_url }>
						{ sprintf(
							/* translators: %s: order number. */
							__( 'Open order #%s', 'kundeportal' ),
							data.number
						) }
					</a>
				</p>
			) }
		</div>
	);
}
