/**
 * WordPress dependencies
 */
import { Button, Notice, Spinner, VisuallyHidden } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	deleteOrderLine,
	getOrder,
	handleApiError,
	updateOrderLine,
} from '../../api';
import type { Currency, OrderDetail, OrderLine } from '../../api';
import { formatMoney } from '../../format/money';
import { useRequest } from '../../hooks/use-request';
import { MAX_QUANTITY, parseQuantity } from './quantity';

interface OrderLinesProps {
	orderId: number;
	currency: Currency;
	/** Called with the whole order after a line changed; omit for read-only lines. */
	onChange?: ( order: OrderDetail ) => void;
}

interface LineRowProps {
	line: OrderLine;
	currency: Currency;
	isBusy: boolean;
	onQuantity: ( ( line: OrderLine, quantity: number ) => void ) | undefined;
	onRemove: ( ( line: OrderLine ) => void ) | undefined;
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
 * The quantity of a line as a small form: a number field and "Update"
 * (Enter submits too). Only whole numbers from 1 to 9999 are sent.
 *
 * @param props            Component props.
 * @param props.line       Order line.
 * @param props.isBusy     Whether a change of this order is being saved.
 * @param props.onQuantity Saves the new quantity.
 */
function QuantityForm( {
	line,
	isBusy,
	onQuantity,
}: Pick< LineRowProps, 'line' | 'isBusy' > & {
	onQuantity: ( line: OrderLine, quantity: number ) => void;
} ) {
	const [ draft, setDraft ] = useState( String( line.quantity ) );
	const [ invalid, setInvalid ] = useState( false );
	const label = productLabel( line );

	useEffect( () => {
		setDraft( String( line.quantity ) );
	}, [ line.quantity ] );

	const submit = ( event: { preventDefault: () => void } ) => {
		event.preventDefault();
		const quantity = parseQuantity( draft );
		setInvalid( quantity === null );
		if ( quantity !== null && quantity !== line.quantity ) {
			onQuantity( line, quantity );
		}
	};

	const errorId = `kundeportal-line-${ line.id }-quantity-error`;

	return (
		<form
			className="kundeportal-order-lines__quantity"
			noValidate
			onSubmit={ submit }
		>
			<input
				type="number"
				inputMode="numeric"
				min={ 1 }
				max={ MAX_QUANTITY }
				step={ 1 }
				value={ draft }
				disabled={ isBusy }
				aria-invalid={ invalid }
				aria-describedby={ invalid ? errorId : undefined }
				aria-label={ sprintf(
					/* translators: %s: product name and variant. */
					__( 'Quantity for %s', 'kundeportal' ),
					label
				) }
				onChange={ ( event ) => setDraft( event.target.value ) }
			/>
			<Button
				__next40pxDefaultSize
				type="submit"
				variant="secondary"
				disabled={ isBusy || draft === String( line.quantity ) }
				accessibleWhenDisabled
			>
				{ __( 'Update', 'kundeportal' ) }
			</Button>
			{ invalid && (
				<span
					id={ errorId }
					className="kundeportal-order-lines__invalid"
				>
					{ sprintf(
						/* translators: %d: largest allowed quantity. */
						__(
							'Enter a whole number from 1 to %d.',
							'kundeportal'
						),
						MAX_QUANTITY
					) }
				</span>
			) }
		</form>
	);
}

/**
 * One order line; editable when the handlers are given.
 *
 * @param props            Component props.
 * @param props.line       Order line.
 * @param props.currency   Store currency.
 * @param props.isBusy     Whether a change of this order is being saved.
 * @param props.onQuantity Saves a new quantity.
 * @param props.onRemove   Removes the line (after the user confirmed).
 */
function LineRow( {
	line,
	currency,
	isBusy,
	onQuantity,
	onRemove,
}: LineRowProps ) {
	const label = productLabel( line );

	return (
		<tr>
			<td data-label={ __( 'SKU', 'kundeportal' ) }>{ line.sku }</td>
			<td data-label={ __( 'Product', 'kundeportal' ) }>{ label }</td>
			<td data-label={ __( 'Quantity', 'kundeportal' ) }>
				{ onQuantity ? (
					<QuantityForm
						line={ line }
						isBusy={ isBusy }
						onQuantity={ onQuantity }
					/>
				) : (
					line.quantity
				) }
			</td>
			<td data-label={ __( 'Price', 'kundeportal' ) }>
				{ formatMoney( line.price, currency ) }
			</td>
			{ onRemove && (
				<td className="kundeportal-order-lines__remove">
					<Button
						__next40pxDefaultSize
						icon={ <span aria-hidden="true">✖</span> }
						isDestructive
						disabled={ isBusy }
						accessibleWhenDisabled
						label={ sprintf(
							/* translators: %s: product name and variant. */
							__( 'Remove %s', 'kundeportal' ),
							label
						) }
						onClick={ () => onRemove( line ) }
					/>
				</td>
			) }
		</tr>
	);
}

/**
 * The lines of one order, loaded when the row is expanded. With `onChange`,
 * the manager can change quantities and remove lines; each change answers
 * with the whole order, which goes to `onChange` so the row updates at once.
 *
 * @param props          Component props.
 * @param props.orderId  Order id.
 * @param props.currency Store currency.
 * @param props.onChange Receives the order after a change.
 */
export function OrderLines( { orderId, currency, onChange }: OrderLinesProps ) {
	const { data, error, isLoading } = useRequest(
		() => getOrder( orderId ),
		[ orderId ]
	);
	const [ changed, setChanged ] = useState< OrderDetail | null >( null );
	const [ isBusy, setIsBusy ] = useState( false );
	const [ saveError, setSaveError ] = useState( '' );
	const order = changed ?? data;

	if ( isLoading && ! order ) {
		return <Spinner />;
	}

	if ( error || ! order ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ handleApiError(
					error,
					__( 'Could not load the order lines.', 'kundeportal' )
				) }
			</Notice>
		);
	}

	const save = async ( change: () => Promise< OrderDetail > ) => {
		setIsBusy( true );
		setSaveError( '' );
		try {
			const result = await change();
			setChanged( result );
			onChange?.( result );
		} catch ( reason ) {
			setSaveError(
				handleApiError(
					reason,
					__( 'Could not change the order.', 'kundeportal' )
				)
			);
		} finally {
			setIsBusy( false );
		}
	};

	const onQuantity = onChange
		? ( line: OrderLine, quantity: number ) =>
				save( () => updateOrderLine( orderId, line.id, quantity ) )
		: undefined;

	const onRemove = onChange
		? ( line: OrderLine ) => {
				// eslint-disable-next-line no-alert -- a native confirm works on every phone and screen reader.
				const sure = window.confirm(
					sprintf(
						/* translators: %s: product name and variant. */
						__( 'Remove %s from the order?', 'kundeportal' ),
						productLabel( line )
					)
				);
				if ( sure ) {
					save( () => deleteOrderLine( orderId, line.id ) );
				}
			}
		: undefined;

	return (
		<>
			{ saveError && (
				<Notice status="error" isDismissible={ false }>
					{ saveError }
				</Notice>
			) }
			<table
				className="kundeportal-order-lines"
				aria-busy={ isBusy || undefined }
			>
				<thead>
					<tr>
						<th scope="col">{ __( 'SKU', 'kundeportal' ) }</th>
						<th scope="col">{ __( 'Product', 'kundeportal' ) }</th>
						<th scope="col">{ __( 'Quantity', 'kundeportal' ) }</th>
						<th scope="col">{ __( 'Price', 'kundeportal' ) }</th>
						{ onRemove && (
							<th scope="col">
								<VisuallyHidden as="span">
									{ __( 'Remove', 'kundeportal' ) }
								</VisuallyHidden>
							</th>
						) }
					</tr>
				</thead>
				<tbody>
					{ order.lines.map( ( line ) => (
						<LineRow
							key={ line.id }
							line={ line }
							currency={ currency }
							isBusy={ isBusy }
							onQuantity={ onQuantity }
							onRemove={ onRemove }
						/>
					) ) }
				</tbody>
			</table>
		</>
	);
}
