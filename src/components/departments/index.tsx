/**
 * WordPress dependencies
 */
import { Button, Notice, Spinner } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { getDepartments, handleApiError } from '../../api';
import type { Department, Me } from '../../api';
import { useRequest } from '../../hooks/use-request';
import { ArchiveModal } from './archive-modal';
import { DepartmentCard } from './department-card';
import { DepartmentForm } from './department-form';
import { groupDepartments } from './validation';
import './departments.scss';

export { DepartmentForm } from './department-form';
export { DepartmentCard, DepartmentFiguresList } from './department-card';
export * from './validation';

interface DepartmentsProps {
	me: Me;
	/** My Account dashboard URL. */
	dashboardUrl: string;
	/** URL of the Addresses tab. */
	addressesUrl: string;
}

type Dialog =
	| { kind: 'create' }
	| { kind: 'rename'; department: Department }
	| { kind: 'archive'; department: Department };

/**
 * The Departments tab: the departments in the user's scope (a company
 * admin: all of the company's) with their figures; opened, managers, links
 * and, for company admins, create, rename and archive.
 *
 * @param props              Component props.
 * @param props.me           The current user.
 * @param props.dashboardUrl My Account dashboard URL.
 * @param props.addressesUrl URL of the Addresses tab.
 */
export function Departments( {
	me,
	dashboardUrl,
	addressesUrl,
}: DepartmentsProps ) {
	const { data, error, isLoading, reload } = useRequest( getDepartments, [] );
	const [ open, setOpen ] = useState< number[] >( [] );
	const [ dialog, setDialog ] = useState< Dialog >();
	const [ message, setMessage ] = useState< string >();
	const companyId = me.company_admin?.company_id ?? 0;

	if ( error && ! data ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ handleApiError(
					error,
					__( 'Could not load the departments.', 'kundeportal' )
				) }
			</Notice>
		);
	}
	if ( isLoading && ! data ) {
		return <Spinner />;
	}

	const departments = data ?? [];
	const { active, archived } = groupDepartments( departments );
	const companies = new Set( departments.map( ( item ) => item.company_id ) );

	const toggle = ( id: number ) =>
		setOpen( ( current ) =>
			current.includes( id )
				? current.filter( ( item ) => item !== id )
				: [ ...current, id ]
		);
	const done = ( saved: Department, text: string ) => {
		setDialog( undefined );
		setMessage( text );
		setOpen( ( current ) =>
			current.includes( saved.id ) ? current : [ ...current, saved.id ]
		);
		reload();
	};
	const card = ( department: Department ) => (
		<DepartmentCard
			key={ department.id }
			department={ department }
			currency={ me.currency }
			showCompany={ companies.size > 1 }
			isOpen={ open.includes( department.id ) }
			onToggle={ () => toggle( department.id ) }
			dashboardUrl={ addQueryArgs( dashboardUrl, {
				department: department.id,
			} ) }
			addressesUrl={ addressesUrl }
			{ ...( department.can_edit
				? {
						onRename: () =>
							setDialog( { kind: 'rename', department } ),
						onArchive: () =>
							setDialog( { kind: 'archive', department } ),
					}
				: {} ) }
		/>
	);

	return (
		<div className="kundeportal-departments">
			{ message && (
				<Notice
					status="success"
					onRemove={ () => setMessage( undefined ) }
				>
					<span role="status">{ message }</span>
				</Notice>
			) }
			{ companyId > 0 && (
				<p>
					<Button
						variant="primary"
						onClick={ () => setDialog( { kind: 'create' } ) }
					>
						{ __( 'New department', 'kundeportal' ) }
					</Button>
				</p>
			) }
			{ active.length > 0 ? (
				<ul className="kundeportal-departments__list">
					{ active.map( card ) }
				</ul>
			) : (
				<p>
					{ __( 'There are no active departments.', 'kundeportal' ) }
				</p>
			) }
			{ archived.length > 0 && (
				<section aria-labelledby="kundeportal-departments-archived">
					<h2 id="kundeportal-departments-archived">
						{ __( 'Archived', 'kundeportal' ) }
					</h2>
					<ul className="kundeportal-departments__list is-archived">
						{ archived.map( card ) }
					</ul>
				</section>
			) }
			{ dialog?.kind === 'create' && (
				<DepartmentForm
					companyId={ companyId }
					departments={ departments }
					onClose={ () => setDialog( undefined ) }
					onDone={ done }
				/>
			) }
			{ dialog?.kind === 'rename' && (
				<DepartmentForm
					department={ dialog.department }
					companyId={ dialog.department.company_id }
					departments={ departments }
					onClose={ () => setDialog( undefined ) }
					onDone={ done }
				/>
			) }
			{ dialog?.kind === 'archive' && (
				<ArchiveModal
					department={ dialog.department }
					onClose={ () => setDialog( undefined ) }
					onDone={ done }
				/>
			) }
		</div>
	);
}
