/**
 * WordPress dependencies
 */
import { Notice, Spinner } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { getOrder, handleApiError } from '../../api';
import type { Currency, OrderLine } from '../../api';
import { formatMoney } from '../../format/money';
import { useRequest } from '../../hooks/use-request';

interface OrderLinesProps {
	orderId: number;
	currency: Currency;
}

/**
 * "Product – variant" as the guide shows it.
 *
 * @param line Order line.
 */
function productLabel( line: OrderLine ): string {
	return line.variation ? `${ line.name } – ${ line.variation }` : line.name;
}

/**
 * The lines of one order, loaded when the row is expanded.
 *
 * @param props          Component props.
 * @param props.orderId  Order id.
 * @param props.currency Store currency.
 */
export function OrderLines( { orderId, currency }: OrderLinesProps ) {
	const { data, error, isLoading } = useRequest(
		() => getOrder( orderId ),
		[ orderId ]
	);

	if ( isLoading && ! data ) {
		return <Spinner />;
	}

	if ( error || ! data ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ handleApiError(
					error,
					__( 'Could not load the order lines.', 'kundeportal' )
				) }
			</Notice>
		);
	}

	return (
		<table className="kundeportal-order-lines">
			<thead>
				<tr>
					<th scope="col">{ __( 'SKU', 'kundeportal' ) }</th>
					<th scope="col">{ __( 'Product', 'kundeportal' ) }</th>
					<th scope="col">{ __( 'Quantity', 'kundeportal' ) }</th>
					<th scope="col">{ __( 'Price', 'kundeportal' ) }</th>
				</tr>
			</thead>
			<tbody>
				{ data.lines.map( ( line ) => (
					<tr key={ line.id }>
						<td data-label={ __( 'SKU', 'kundeportal' ) }>
							{ line.sku }
						</td>
						<td data-label={ __( 'Product', 'kundeportal' ) }>
							{ productLabel( line ) }
						</td>
						<td data-label={ __( 'Quantity', 'kundeportal' ) }>
							{ line.quantity }
						</td>
						<td data-label={ __( 'Price', 'kundeportal' ) }>
							{ formatMoney( line.price, currency ) }
						</td>
					</tr>
				) ) }
			</tbody>
		</table>
	);
}
