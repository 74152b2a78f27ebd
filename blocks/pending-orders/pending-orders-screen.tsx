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
 * The order to open from the `order` query argument (the manager's e-mail
 * links to it), if any.
 */
function orderFromUrl(): number | undefined {
	const id = Number(
		new URLSearchParams( window.location.search ).get( 'order' )
	);
	return Number.isInteger( id ) && id > 0 ? id : undefined;
}

/**
 * The pending-orders tab: every order awaiting approval in the departments
 * the user manages.
 */
export function PendingOrdersScreen() {
	return (
		<MeLoader>
			{ ( me ) =>
				me.managed_departments.length > 0 ? (
					<PendingOrders
						currency={ me.currency }
						focusOrder={ orderFromUrl() }
					/>
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
