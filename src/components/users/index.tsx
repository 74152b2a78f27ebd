/**
 * WordPress dependencies
 */
import { Button, Notice, SearchControl, Spinner } from '@wordpress/components';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { getMembers, handleApiError } from '../../api';
import type { Me, MembersOrderBy, SortOrder } from '../../api';
import { useRequest } from '../../hooks/use-request';
import { Pagination } from '../pending-orders/pagination';
import { AddUserModal } from './add-user-modal';
import { UsersTable } from './users-table';
import './users.scss';

export const SEARCH_DELAY_MS = 300;

export interface UsersProps {
	/** The current user (managed departments, currency) from GET /me. */
	me: Me;
	/** Users per page. */
	perPage?: number;
}

/**
 * The value, updated only after it stopped changing for `delay` ms.
 *
 * @param value Current value.
 * @param delay Milliseconds.
 */
function useDebounced< T >( value: T, delay: number ): T {
	const [ debounced, setDebounced ] = useState( value );

	useEffect( () => {
		const timer = setTimeout( () => setDebounced( value ), delay );
		return () => clearTimeout( timer );
	}, [ value, delay ] );

	return debounced;
}

/**
 * The users tab: search, sortable and paginated table of the departments'
 * users, details with edit and delete, and the add-user dialog.
 *
 * @param props         Component props.
 * @param props.me      The current user.
 * @param props.perPage Users per page.
 */
export function Users( { me, perPage = 20 }: UsersProps ) {
	const [ search, setSearch ] = useState( '' );
	const [ orderby, setOrderby ] = useState< MembersOrderBy >( 'name' );
	const [ order, setOrder ] = useState< SortOrder >( 'asc' );
	const [ page, setPage ] = useState( 1 );
	const [ expanded, setExpanded ] = useState< number | null >( null );
	const [ message, setMessage ] = useState( '' );
	const [ isAdding, setIsAdding ] = useState( false );
	const query = useDebounced( search.trim(), SEARCH_DELAY_MS );

	useEffect( () => setPage( 1 ), [ query ] );

	const { data, error, isLoading, reload } = useRequest(
		() =>
			getMembers( {
				orderby,
				order,
				page,
				per_page: perPage,
				...( query ? { search: query } : {} ),
			} ),
		[ query, orderby, order, page, perPage ]
	);

	const onSort = useCallback(
		( column: MembersOrderBy ) => {
			if ( column === orderby ) {
				setOrder( order === 'asc' ? 'desc' : 'asc' );
			} else {
				setOrderby( column );
				setOrder( column === 'name' ? 'asc' : 'desc' );
			}
			setPage( 1 );
		},
		[ orderby, order ]
	);

	const onChanged = ( text: string ) => {
		setMessage( text );
		reload();
	};

	const onDeleted = ( text: string ) => {
		setExpanded( null );
		setMessage( text );
		if ( data && data.items.length === 1 && page > 1 ) {
			setPage( page - 1 );
		} else {
			reload();
		}
	};

	let body;
	if ( error ) {
		body = (
			<Notice status="error" isDismissible={ false }>
				{ handleApiError(
					error,
					__( 'Could not load the users.', 'kundeportal' )
				) }
			</Notice>
		);
	} else if ( ! data ) {
		body = <Spinner />;
	} else if ( data.items.length === 0 && ! isLoading ) {
		body = (
			<p className="kundeportal-users__empty">
				{ query
					? __( 'No users match your search.', 'kundeportal' )
					: __( 'No users yet.', 'kundeportal' ) }
			</p>
		);
	} else {
		body = (
			<>
				<UsersTable
					members={ data.items }
					me={ me }
					orderby={ orderby }
					order={ order }
					isBusy={ isLoading }
					expanded={ expanded }
					onSort={ onSort }
					onToggle={ ( id ) =>
						setExpanded( expanded === id ? null : id )
					}
					onChanged={ onChanged }
					onDeleted={ onDeleted }
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
		<div className="kundeportal-users">
			<div className="kundeportal-users__toolbar">
				<SearchControl
					__nextHasNoMarginBottom
					label={ __( 'Search users', 'kundeportal' ) }
					placeholder={ __( 'Search users', 'kundeportal' ) }
					value={ search }
					onChange={ setSearch }
				/>
				<Button
					__next40pxDefaultSize
					variant="primary"
					onClick={ () => setIsAdding( true ) }
				>
					{ __( 'Add new user', 'kundeportal' ) }
				</Button>
			</div>
			{ message && (
				<Notice status="success" onRemove={ () => setMessage( '' ) }>
					{ message }
				</Notice>
			) }
			{ body }
			{ isAdding && (
				<AddUserModal
					me={ me }
					onClose={ () => setIsAdding( false ) }
					onDone={ ( text ) => {
						setIsAdding( false );
						onChanged( text );
					} }
				/>
			) }
		</div>
	);
}
