/**
 * WordPress dependencies
 */
import { Notice, Spinner } from '@wordpress/components';
import { useCallback, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { getOrders, handleApiError } from '../../api';
import type { Me, OrderBy } from '../../api';
import { useRequest } from '../../hooks/use-request';
import { Pagination } from '../pending-orders/pagination';
import { FilterBar } from './filter-bar';
import {
	buildOrdersQuery,
	dateRangeError,
	DEFAULT_SORT,
	EMPTY_FILTERS,
	nextSort,
	type OrderFilters,
	type OrderSort,
} from './filters';
import { OrdersTable } from './orders-table';
import './orders.scss';

export interface OrdersProps {
	/** The current user (role, managed departments, currency) from GET /me. */
	me: Me;
	/** Orders per page. */
	perPage?: number;
}

/**
 * The Orders tab: managers see every order of the departments they manage,
 * employees their own. Filtered, sorted and paginated on the server; each
 * order expands to its lines, notes and tracking.
 *
 * @param props         Component props.
 * @param props.me      The current user.
 * @param props.perPage Orders per page.
 */
export function Orders( { me, perPage = 20 }: OrdersProps ) {
	const isManager = me.managed_departments.length > 0;
	const [ filters, setFilters ] = useState< OrderFilters >( EMPTY_FILTERS );
	const [ sort, setSort ] = useState< OrderSort >( DEFAULT_SORT );
	const [ page, setPage ] = useState( 1 );
	const [ expanded, setExpanded ] = useState< ReadonlySet< number > >(
		new Set()
	);

	const rangeError = dateRangeError( filters );
	const query = buildOrdersQuery( filters, sort, page, perPage, isManager );
	const key = JSON.stringify( query );

	const { data, error, isLoading } = useRequest(
		() => getOrders( query ),
		// The query is rebuilt each render; its JSON says when it changed.
		[ key ]
	);

	const onFilters = useCallback( ( next: OrderFilters ) => {
		setFilters( next );
		setPage( 1 );
	}, [] );

	const onSort = useCallback( ( column: OrderBy ) => {
		setSort( ( current ) => nextSort( current, column ) );
		setPage( 1 );
	}, [] );

	const onToggle = useCallback( ( id: number ) => {
		setExpanded( ( current ) => {
			const next = new Set( current );
			if ( ! next.delete( id ) ) {
				next.add( id );
			}
			return next;
		} );
	}, [] );

	let body;
	if ( error ) {
		body = (
			<Notice status="error" isDismissible={ false }>
				{ handleApiError(
					error,
					__( 'Could not load the orders.', 'kundeportal' )
				) }
			</Notice>
		);
	} else if ( ! data ) {
		body = <Spinner />;
	} else if ( data.items.length === 0 ) {
		body = (
			<p className="kundeportal-orders__empty">
				{ isLoading ? (
					<Spinner />
				) : (
					__( 'No orders found.', 'kundeportal' )
				) }
			</p>
		);
	} else {
		body = (
			<>
				<p className="kundeportal-orders__count" aria-live="polite">
					{ sprintf(
						/* translators: %d: number of orders. */
						_n(
							'%d order',
							'%d orders',
							data.total,
							'kundeportal'
						),
						data.total
					) }
				</p>
				<div className="kundeportal-orders__scroll">
					<OrdersTable
						orders={ data.items }
						currency={ me.currency }
						sort={ sort }
						isManager={ isManager }
						isBusy={ isLoading }
						expanded={ expanded }
						onSort={ onSort }
						onToggle={ onToggle }
					/>
				</div>
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
		<div className="kundeportal-orders">
			<FilterBar
				filters={ filters }
				departments={ isManager ? me.managed_departments : [] }
				error={ rangeError }
				onChange={ onFilters }
			/>
			{ body }
		</div>
	);
}
