/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { MeLoader } from '../../src/components/me-loader';
import { Departments } from '../../src/components/departments';

interface DepartmentsScreenProps {
	dashboardUrl: string;
	addressesUrl: string;
}

/**
 * The Departments tab for managers and company admins.
 *
 * @param props              Component props.
 * @param props.dashboardUrl My Account dashboard URL.
 * @param props.addressesUrl URL of the Addresses tab.
 */
export function DepartmentsScreen( {
	dashboardUrl,
	addressesUrl,
}: DepartmentsScreenProps ) {
	return (
		<MeLoader>
			{ ( me ) =>
				me.managed_departments.length > 0 || me.company_admin ? (
					<Departments
						me={ me }
						dashboardUrl={ dashboardUrl }
						addressesUrl={ addressesUrl }
					/>
				) : (
					<p>
						{ __(
							'Only department managers can see departments.',
							'kundeportal'
						) }
					</p>
				)
			}
		</MeLoader>
	);
}
