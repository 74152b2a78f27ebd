/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { OrderTracking } from '../../api';

interface TrackingLinksProps {
	tracking: OrderTracking[] | undefined;
	/** Text when there is no tracking yet. */
	empty?: string;
}

/**
 * The order's tracking numbers, each a link to the carrier's tracking page
 * (opens in a new tab) when the carrier has one.
 *
 * @param props          Component props.
 * @param props.tracking Tracking items.
 * @param props.empty    Text when there are none.
 */
export function TrackingLinks( { tracking, empty = '–' }: TrackingLinksProps ) {
	if ( ! tracking || tracking.length === 0 ) {
		return (
			<span className="kundeportal-orders__no-tracking">{ empty }</span>
		);
	}

	return (
		<ul className="kundeportal-orders__tracking">
			{ tracking.map( ( item ) => (
				<li key={ `${ item.carrier }:${ item.number }` }>
					{ item.url ? (
						<a
							href={ item.url }
							target="_blank"
							rel="noopener noreferrer"
							aria-label={ sprintf(
								/* translators: 1: carrier name, 2: tracking number. */
								__(
									'Track with %1$s: %2$s (opens in a new tab)',
									'kundeportal'
								),
								item.carrier_name,
								item.number
							) }
						>
							{ `${ item.carrier_name }: ${ item.number }` }
						</a>
					) : (
						`${ item.carrier_name }: ${ item.number }`
					) }
				</li>
			) ) }
		</ul>
	);
}
