/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { MeLoader } from '../../src/components/me-loader';
import { PendingOrders } from '../../src/components/pending-orders';

/**
 * The pending-orders tab: every order awaiting approval in the departments
 * the user manages.
 */
export function PendingOrdersScreen() {
	return (
		<MeLoader>
			{ ( me ) =>
				me.managed_departments.length > 0 ? (
					<PendingOrders currency={ me.currency } />
				) : (
					<p>
						{ __(
							'Only department managers can approve orders.',
							'kundeportal'
						) }
					</p>
				)
			}
		</MeLoader>
	);
}
