/**
 * WordPress dependencies
 */
import { Button, VisuallyHidden } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Me, Member, MembersOrderBy, SortOrder } from '../../api';
import { formatMoney } from '../../format/money';
import { UserDetails } from './user-details';

export const COLUMN_COUNT = 8;

interface UsersTableProps {
	members: Member[];
	me: Me;
	orderby: MembersOrderBy;
	order: SortOrder;
	isBusy: boolean;
	expanded: number | null;
	onSort: ( column: MembersOrderBy ) => void;
	onToggle: ( id: number ) => void;
	onChanged: ( message: string ) => void;
	onDeleted: ( message: string ) => void;
}

interface SortHeaderProps {
	column: MembersOrderBy;
	label: string;
	orderby: MembersOrderBy;
	order: SortOrder;
	onSort: ( column: MembersOrderBy ) => void;
}

/**
 * A column header that sorts the table on the server.
 *
 * @param props         Component props.
 * @param props.column  Sort key of the column.
 * @param props.label   Column name.
 * @param props.orderby Current sort key.
 * @param props.order   Current direction.
 * @param props.onSort  Sorts by the column (again: flips the direction).
 */
function SortHeader( {
	column,
	label,
	orderby,
	order,
	onSort,
}: SortHeaderProps ) {
	const active = column === orderby;
	let sort: 'ascending' | 'descending' | 'none' = 'none';
	if ( active ) {
		sort = order === 'asc' ? 'ascending' : 'descending';
	}

	return (
		<th scope="col" aria-sort={ sort }>
			<Button
				variant="link"
				className="kundeportal-users__sort"
				onClick={ () => onSort( column ) }
			>
				{ label }
				{ active && (
					<span aria-hidden="true">
						{ order === 'asc' ? ' ↑' : ' ↓' }
					</span>
				) }
			</Button>
		</th>
	);
}

/**
 * The users table; name, credit limit, orders and total sum sort on the
 * server. Each row can expand into its details.
 *
 * @param props           Component props.
 * @param props.members   Users on this page.
 * @param props.me        The current user.
 * @param props.orderby   Current sort key.
 * @param props.order     Current direction.
 * @param props.isBusy    True while a page is loading.
 * @param props.expanded  Id of the expanded user.
 * @param props.onSort    Sorts by a column.
 * @param props.onToggle  Expands or collapses a user.
 * @param props.onChanged Called after a user was changed.
 * @param props.onDeleted Called after a user was deleted.
 */
export function UsersTable( {
	members,
	me,
	orderby,
	order,
	isBusy,
	expanded,
	onSort,
	onToggle,
	onChanged,
	onDeleted,
}: UsersTableProps ) {
	const currency = me.currency;
	const sortProps = { orderby, order, onSort };
	const labels = {
		name: __( 'Name', 'kundeportal' ),
		position: __( 'Position', 'kundeportal' ),
		department: __( 'Department', 'kundeportal' ),
		lists: __( 'Assortment lists', 'kundeportal' ),
		credit: __( 'Credit limit', 'kundeportal' ),
		orders: __( 'Orders', 'kundeportal' ),
		total: __( 'Total sum', 'kundeportal' ),
		details: __( 'Details', 'kundeportal' ),
	};

	return (
		<div className="kundeportal-users__scroll">
			<table className="kundeportal-users__table" aria-busy={ isBusy }>
				<caption>
					<VisuallyHidden>
						{ __( 'Users', 'kundeportal' ) }
					</VisuallyHidden>
				</caption>
				<thead>
					<tr>
						<SortHeader
							column="name"
							label={ labels.name }
							{ ...sortProps }
						/>
						<th scope="col">{ labels.position }</th>
						<th scope="col">{ labels.department }</th>
						<th scope="col">{ labels.lists }</th>
						<SortHeader
							column="credit_limit"
							label={ labels.credit }
							{ ...sortProps }
						/>
						<SortHeader
							column="order_count"
							label={ labels.orders }
							{ ...sortProps }
						/>
						<SortHeader
							column="total_spent"
							label={ labels.total }
							{ ...sortProps }
						/>
						<th scope="col">{ labels.details }</th>
					</tr>
				</thead>
				<tbody>
					{ members.map( ( member ) => {
						const isOpen = expanded === member.user_id;
						const detailsId = `kundeportal-user-${ member.user_id }`;
						return [
							<tr
								key={ member.user_id }
								className="kundeportal-users__row"
							>
								<td data-label={ labels.name }>
									{ member.name }
								</td>
								<td data-label={ labels.position }>
									{ member.position }
								</td>
								<td data-label={ labels.department }>
									{ member.department.name }
								</td>
								<td data-label={ labels.lists }>
									{
										// TODO(#4): 0 also when the company's default lists apply.
										member.assortment_lists.length
									}
								</td>
								<td
									data-label={ labels.credit }
									className="kundeportal-users__money"
								>
									{ formatMoney(
										member.credit_limit,
										currency
									) }
								</td>
								<td data-label={ labels.orders }>
									{ member.order_count }
								</td>
								<td
									data-label={ labels.total }
									className="kundeportal-users__money"
								>
									{ formatMoney(
										member.total_spent,
										currency
									) }
								</td>
								<td className="kundeportal-users__actions">
									<Button
										__next40pxDefaultSize
										variant="secondary"
										aria-expanded={ isOpen }
										aria-controls={ detailsId }
										onClick={ () =>
											onToggle( member.user_id )
										}
									>
										{ labels.details }
										<VisuallyHidden as="span">
											{ ' ' +
												sprintf(
													/* translators: %s: name of the user. */
													__(
														'for %s',
														'kundeportal'
													),
													member.name
												) }
										</VisuallyHidden>
									</Button>
								</td>
							</tr>,
							<tr
								key={ `${ member.user_id }-details` }
								id={ detailsId }
								className="kundeportal-users__details"
								hidden={ ! isOpen }
							>
								<td colSpan={ COLUMN_COUNT }>
									{ isOpen && (
										<UserDetails
											member={ member }
											me={ me }
											onChanged={ onChanged }
											onDeleted={ onDeleted }
										/>
									) }
								</td>
							</tr>,
						];
					} ) }
				</tbody>
			</table>
		</div>
	);
}
