/**
 * WordPress dependencies
 */
import { Notice, Spinner } from '@wordpress/components';
import { useCallback, useEffect, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { getOrders, handleApiError } from '../../api';
import type { Currency, OrderSummary, SortOrder } from '../../api';
import { useRequest } from '../../hooks/use-request';
import { DecisionModal, type Decision } from './decision-modal';
import { OrdersTable } from './orders-table';
import { Pagination } from './pagination';
import './pending-orders.scss';

export const PENDING_STATUS = 'kp-approval';

export interface PendingOrdersProps {
	/** Store currency from GET /me. */
	currency: Currency;
	/** Only orders of this department; all departments in scope when unset. */
	department?: number | undefined;
	/** Orders per page. */
	perPage?: number;
	/** Called after an order was approved or cancelled. */
	onChange?: ( () => void ) | undefined;
	/** Order to expand and scroll to, e.g. from the link in the e-mail. */
	focusOrder?: number | undefined;
}

interface Dialog {
	decision: Decision;
	order: OrderSummary;
}

/**
 * The success message after a decision.
 *
 * @param decision What was done.
 * @param order    The order.
 */
function doneMessage( decision: Decision, order: OrderSummary ): string {
	return decision === 'approve'
		? sprintf(
				/* translators: %s: order number. */
				__( 'Order #%s approved.', 'kundeportal' ),
				order.number
			)
		: sprintf(
				/* translators: %s: order number. */
				__( 'Order #%s cancelled.', 'kundeportal' ),
				order.number
			);
}

/**
 * Orders awaiting approval, paginated and sorted on the server, with
 * approve and cancel dialogs.
 *
 * @param props            Component props.
 * @param props.currency   Store currency.
 * @param props.department Department filter; all in scope when unset.
 * @param props.perPage    Orders per page.
 * @param props.onChange   Called after an order was approved or cancelled.
 * @param props.focusOrder Order to expand and scroll to once it is listed.
 */
export function PendingOrders( {
	currency,
	department,
	perPage = 10,
	onChange,
	focusOrder,
}: PendingOrdersProps ) {
	const [ order, setOrder ] = useState< SortOrder >( 'desc' );
	const [ page, setPage ] = useState( 1 );
	const [ removed, setRemoved ] = useState< ReadonlySet< number > >(
		new Set()
	);
	const [ expanded, setExpanded ] = useState< ReadonlySet< number > >(
		() => new Set( focusOrder ? [ focusOrder ] : [] )
	);
	const hasScrolled = useRef( false );
	const [ dialog, setDialog ] = useState< Dialog | null >( null );
	const [ message, setMessage ] = useState( '' );

	const { data, error, isLoading, reload } = useRequest(
		() =>
			getOrders( {
				status: PENDING_STATUS,
				orderby: 'date',
				order,
				page,
				per_page: perPage,
				...( department ? { department } : {} ),
			} ),
		[ department, order, page, perPage ]
	);

	useEffect( () => {
		if ( ! focusOrder || hasScrolled.current || ! data ) {
			return;
		}
		const lines = document.getElementById(
			`kundeportal-order-${ focusOrder }-lines`
		);
		const row = lines?.previousElementSibling ?? lines;
		if ( row ) {
			hasScrolled.current = true;
			row.scrollIntoView( { block: 'start' } );
		}
	}, [ data, focusOrder ] );

	const onToggle = useCallback( ( id: number ) => {
		setExpanded( ( current ) => {
			const next = new Set( current );
			if ( ! next.delete( id ) ) {
				next.add( id );
			}
			return next;
		} );
	}, [] );

	const onDecide = useCallback(
		( decision: Decision, item: OrderSummary ) => {
			setMessage( '' );
			setDialog( { decision, order: item } );
		},
		[]
	);

	const visible = ( data?.items ?? [] ).filter(
		( item ) => ! removed.has( item.id )
	);

	const onDone = ( decision: Decision, item: OrderSummary ) => {
		setDialog( null );
		setRemoved( ( current ) => new Set( current ).add( item.id ) );
		setMessage( doneMessage( decision, item ) );
		onChange?.();

		const leftOnPage = visible.filter( ( o ) => o.id !== item.id ).length;
		if ( leftOnPage === 0 && page > 1 ) {
			setPage( page - 1 );
		} else {
			reload();
		}
	};

	const onSort = () => {
		setOrder( order === 'desc' ? 'asc' : 'desc' );
		setPage( 1 );
	};

	let body;
	if ( error ) {
		body = (
			<Notice status="error" isDismissible={ false }>
				{ handleApiError(
					error,
					__( 'Could not load the pending orders.', 'kundeportal' )
				) }
			</Notice>
		);
	} else if ( ! data ) {
		body = <Spinner />;
	} else if ( visible.length === 0 && ! isLoading ) {
		body = (
			<p className="kundeportal-pending-orders__empty">
				{ __( 'No orders are waiting for approval.', 'kundeportal' ) }
			</p>
		);
	} else {
		body = (
			<>
				<OrdersTable
					orders={ visible }
					currency={ currency }
					order={ order }
					isBusy={ isLoading }
					expanded={ expanded }
					onSort={ onSort }
					onToggle={ onToggle }
					onDecide={ onDecide }
				/>
				<Pagination
					page={ page }
					totalPages={ data.totalPages }
					isBusy={ isLoading }
					onChange={ setPage }
				/>
			</>
		);
	}

	return (
		<div className="kundeportal-pending-orders">
			{ message && (
				<Notice status="success" onRemove={ () => setMessage( '' ) }>
					{ message }
				</Notice>
			) }
			{ body }
			{ dialog && (
				<DecisionModal
					decision={ dialog.decision }
					order={ dialog.order }
					onClose={ () => setDialog( null ) }
					onDone={ onDone }
				/>
			) }
		</div>
	);
}
