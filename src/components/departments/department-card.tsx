/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Currency, Department } from '../../api';
import { formatMoney } from '../../format/money';
import { DepartmentAddressList } from './department-address-list';

interface DepartmentCardProps {
	department: Department;
	currency: Currency;
	/** Show the company name (the user sees several companies). */
	showCompany: boolean;
	isOpen: boolean;
	onToggle: () => void;
	/** URL of the dashboard showing this department. */
	dashboardUrl: string;
	/** URL of the Addresses tab. */
	addressesUrl: string;
	onRename?: () => void;
	onArchive?: () => void;
}

/**
 * The figures of a department as a definition list.
 *
 * @param props            Component props.
 * @param props.department The department.
 * @param props.currency   Store currency.
 */
export function DepartmentFiguresList( {
	department,
	currency,
}: {
	department: Department;
	currency: Currency;
} ) {
	const { figures } = department;
	const items = [
		[ 'users', __( 'Users', 'kundeportal' ), String( figures.users ) ],
		[
			'available_credit',
			__( 'Available credit', 'kundeportal' ),
			formatMoney( figures.available_credit, currency ),
		],
		[
			'spent_this_month',
			__( 'Spent this month', 'kundeportal' ),
			formatMoney( figures.spent_this_month, currency ),
		],
		[
			'spent_this_year',
			__( 'Spent this year', 'kundeportal' ),
			formatMoney( figures.spent_this_year, currency ),
		],
		[
			'pending_orders',
			__( 'Pending orders', 'kundeportal' ),
			String( figures.pending_orders ),
		],
	];

	return (
		<dl className="kundeportal-departments__figures">
			{ items.map( ( [ key, label, value ] ) => (
				<div key={ key } className={ `is-${ key }` }>
					<dt>{ label }</dt>
					<dd>{ value }</dd>
				</div>
			) ) }
		</dl>
	);
}

/**
 * One department: name, figures, and (opened) its managers, links and the
 * company admin's actions.
 *
 * @param props              Component props.
 * @param props.department   The department.
 * @param props.currency     Store currency.
 * @param props.showCompany  Whether to show the company name.
 * @param props.isOpen       Whether the details are shown.
 * @param props.onToggle     Opens or closes the details.
 * @param props.dashboardUrl Dashboard URL showing this department.
 * @param props.addressesUrl URL of the Addresses tab.
 * @param props.onRename     Opens the rename dialog (company admins).
 * @param props.onArchive    Archives or reactivates (company admins).
 */
export function DepartmentCard( {
	department,
	currency,
	showCompany,
	isOpen,
	onToggle,
	dashboardUrl,
	addressesUrl,
	onRename,
	onArchive,
}: DepartmentCardProps ) {
	const detailsId = `kundeportal-department-${ department.id }`;
	const headingId = `${ detailsId }-name`;
	const managers = department.managers ?? [];
	const archived = department.status === 'archived';

	return (
		<li
			className="kundeportal-departments__item"
			aria-labelledby={ headingId }
			data-department={ department.id }
		>
			<div className="kundeportal-departments__head">
				<h3 id={ headingId }>
					{ department.name }
					{ showCompany && (
						<span className="kundeportal-departments__company">
							{ department.company_name }
						</span>
					) }
				</h3>
				<Button
					variant="secondary"
					aria-expanded={ isOpen }
					aria-controls={ detailsId }
					onClick={ onToggle }
				>
					{ isOpen
						? __( 'Hide details', 'kundeportal' )
						: __( 'Show details', 'kundeportal' ) }
					<span className="screen-reader-text">
						{ ' ' + department.name }
					</span>
				</Button>
			</div>
			<DepartmentFiguresList
				department={ department }
				currency={ currency }
			/>
			{ isOpen && (
				<div
					id={ detailsId }
					className="kundeportal-departments__details"
				>
					<h4>{ __( 'Managers', 'kundeportal' ) }</h4>
					{ managers.length > 0 ? (
						<ul className="kundeportal-departments__managers">
							{ managers.map( ( manager ) => (
								<li key={ manager.id }>
									<span>{ manager.name }</span>{ ' ' }
									<a href={ `mailto:${ manager.email }` }>
										{ manager.email }
									</a>
								</li>
							) ) }
						</ul>
					) : (
						<p>
							{ __(
								'This department has no manager.',
								'kundeportal'
							) }
						</p>
					) }
					<h4>{ __( 'Addresses', 'kundeportal' ) }</h4>
					<DepartmentAddressList departmentId={ department.id } />
					<p>
						<a href={ addressesUrl }>
							{ __(
								'See and change addresses in the Addresses tab',
								'kundeportal'
							) }
						</a>
					</p>
					<div className="kundeportal-departments__actions">
						<Button variant="primary" href={ dashboardUrl }>
							{ __( 'Show on the dashboard', 'kundeportal' ) }
						</Button>
						{ onRename && (
							<Button variant="secondary" onClick={ onRename }>
								{ __( 'Rename', 'kundeportal' ) }
							</Button>
						) }
						{ onArchive && (
							<Button
								variant="secondary"
								isDestructive={ ! archived }
								onClick={ onArchive }
							>
								{ archived
									? __( 'Reactivate', 'kundeportal' )
									: __( 'Archive', 'kundeportal' ) }
							</Button>
						) }
					</div>
					{ archived && (
						<p>
							{ sprintf(
								/* translators: %s: department name. */
								__(
									'%s is archived: its history and orders stay visible, but it cannot get new users or a registration link.',
									'kundeportal'
								),
								department.name
							) }
						</p>
					) }
				</div>
			) }
		</li>
	);
}
