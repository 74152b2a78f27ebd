/**
 * WordPress dependencies
 */
import { Notice, SelectControl, Spinner } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { addQueryArgs, getQueryArg } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { getDepartments, handleApiError } from '../../src/api';
import type { Currency, Department } from '../../src/api';
import { PendingOrders } from '../../src/components/pending-orders';
import { useRequest } from '../../src/hooks/use-request';
import { Figures } from './figures';
import { RegistrationLink } from './registration-link';

interface ManagerDashboardProps {
	currency: Currency;
}

/**
 * Name of a department together with its company, e.g.
 * "Staut Arbeidsklær AS avd Alnabru".
 *
 * @param department The department.
 */
function fullName( department: Department ): string {
	return `${ department.company_name } ${ department.name }`;
}

/** Query arg that picks the dashboard's department, e.g. ?department=12. */
export const DEPARTMENT_ARG = 'department';

/**
 * The department asked for in the page URL (?department=12), if any.
 *
 * @param url Page URL.
 */
export function departmentFromUrl( url: string ): number | undefined {
	const value = getQueryArg( url, DEPARTMENT_ARG );
	const id = typeof value === 'string' ? Number.parseInt( value, 10 ) : NaN;

	return Number.isInteger( id ) && id > 0 ? id : undefined;
}

/**
 * The dashboard URL showing a department; the Departments tab links here.
 *
 * @param dashboardUrl My Account dashboard URL.
 * @param id           Department id.
 */
export function dashboardUrlFor( dashboardUrl: string, id: number ): string {
	return addQueryArgs( dashboardUrl, { [ DEPARTMENT_ARG ]: id } );
}

/**
 * Dashboard of a department manager: department switcher (more than one
 * department; the URL's ?department= picks the first one shown), heading,
 * figures and the department's pending orders.
 *
 * @param props          Component props.
 * @param props.currency Store currency.
 */
export function ManagerDashboard( { currency }: ManagerDashboardProps ) {
	const [ selected, setSelected ] = useState< number | undefined >( () =>
		departmentFromUrl( window.location.href )
	);
	const { data, error, isLoading, reload } = useRequest( getDepartments, [] );

	if ( error && ! data ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ handleApiError(
					error,
					__( 'Could not load your departments.', 'kundeportal' )
				) }
			</Notice>
		);
	}

	if ( isLoading && ! data ) {
		return <Spinner />;
	}

	const departments = data ?? [];
	const current =
		departments.find( ( item ) => item.id === selected ) ??
		departments[ 0 ];

	if ( ! current ) {
		return (
			<p>
				{ __(
					'You do not manage any departments yet.',
					'kundeportal'
				) }
			</p>
		);
	}

	return (
		<div className="kundeportal-dashboard__manager">
			{ departments.length > 1 && (
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					className="kundeportal-dashboard__switcher"
					label={ __( 'Department', 'kundeportal' ) }
					value={ String( current.id ) }
					options={ departments.map( ( item ) => ( {
						label:
							item.status === 'archived'
								? sprintf(
										/* translators: %s: department name. */
										__( '%s (archived)', 'kundeportal' ),
										fullName( item )
									)
								: fullName( item ),
						value: String( item.id ),
					} ) ) }
					onChange={ ( value: string ) => {
						setSelected( Number( value ) );
						window.history.replaceState(
							window.history.state,
							'',
							dashboardUrlFor(
								window.location.href,
								Number( value )
							)
						);
					} }
				/>
			) }
			<section aria-labelledby="kundeportal-dashboard-department">
				<h2
					id="kundeportal-dashboard-department"
					className="kundeportal-dashboard__heading"
				>
					{ fullName( current ) }
				</h2>
				<Figures figures={ current.figures } currency={ currency } />
			</section>
			{ current.status === 'archived' ? (
				<Notice status="info" isDismissible={ false }>
					{ __(
						'This department is archived: it cannot get new users or a registration link.',
						'kundeportal'
					) }
				</Notice>
			) : (
				<RegistrationLink
					key={ current.id }
					departmentId={ current.id }
				/>
			) }
			<section aria-labelledby="kundeportal-dashboard-pending">
				<h2 id="kundeportal-dashboard-pending">
					{ __( 'Pending orders', 'kundeportal' ) }
				</h2>
				<PendingOrders
					key={ current.id }
					currency={ currency }
					department={ current.id }
					onChange={ reload }
				/>
			</section>
		</div>
	);
}
