/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { MeLoader } from '../../src/components/me-loader';
import { EmployeeDashboard } from './employee-dashboard';
import { ManagerDashboard } from './manager-dashboard';

/**
 * The portal dashboard: department figures and pending orders for
 * managers, credit left and own pending orders for employees.
 */
export function Dashboard() {
	return (
		<MeLoader>
			{ ( me ) => {
				if ( me.managed_departments.length > 0 ) {
					return <ManagerDashboard currency={ me.currency } />;
				}

				if ( me.membership ) {
					return (
						<EmployeeDashboard
							membership={ me.membership }
							currency={ me.currency }
						/>
					);
				}

				return (
					<p>
						{ __(
							'Your account is not linked to a company account.',
							'kundeportal'
						) }
					</p>
				);
			} }
		</MeLoader>
	);
}
