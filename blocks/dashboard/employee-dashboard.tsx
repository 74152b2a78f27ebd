/**
 * WordPress dependencies
 */
import { Notice, Spinner } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { getOrders, handleApiError } from '../../src/api';
import type { Currency, Membership } from '../../src/api';
import { PENDING_STATUS } from '../../src/components/pending-orders';
import { formatDate } from '../../src/format/date';
import { formatMoney } from '../../src/format/money';
import { useRequest } from '../../src/hooks/use-request';

interface EmployeeDashboardProps {
	membership: Membership;
	currency: Currency;
}

/**
 * The employee's own orders that wait for the manager's approval.
 *
 * @param props          Component props.
 * @param props.currency Store currency.
 */
function OwnPendingOrders( { currency }: { currency: Currency } ) {
	const { data, error } = useRequest(
		() =>
			getOrders( {
				status: PENDING_STATUS,
				orderby: 'date',
				order: 'desc',
				per_page: 10,
			} ),
		[]
	);

	if ( error ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ handleApiError(
					error,
					__( 'Could not load your pending orders.', 'kundeportal' )
				) }
			</Notice>
		);
	}

	if ( ! data ) {
		return <Spinner />;
	}

	if ( data.items.length === 0 ) {
		return (
			<p>
				{ __(
					'You have no orders waiting for approval.',
					'kundeportal'
				) }
			</p>
		);
	}

	return (
		<ul className="kundeportal-dashboard__own-orders">
			{ data.items.map( ( order ) => (
				<li key={ order.id }>
					{ sprintf(
						/* translators: 1: order number, 2: order date, 3: order total. */
						__( 'Order #%1$s, %2$s: %3$s', 'kundeportal' ),
						order.number,
						formatDate( order.date_created ),
						formatMoney( order.total, currency )
					) }
				</li>
			) ) }
		</ul>
	);
}

/**
 * Dashboard of an employee: credit left and own pending orders.
 *
 * @param props            Component props.
 * @param props.membership The employee's membership from GET /me.
 * @param props.currency   Store currency.
 */
export function EmployeeDashboard( {
	membership,
	currency,
}: EmployeeDashboardProps ) {
	return (
		<div className="kundeportal-dashboard__employee">
			<dl className="kundeportal-figures">
				<div className="kundeportal-figures__item is-credit_left">
					<dt>{ __( 'Your credit left', 'kundeportal' ) }</dt>
					<dd>{ formatMoney( membership.credit_left, currency ) }</dd>
				</div>
				<div className="kundeportal-figures__item is-credit_limit">
					<dt>{ __( 'Your credit limit', 'kundeportal' ) }</dt>
					<dd>
						{ formatMoney( membership.credit_limit, currency ) }
					</dd>
				</div>
			</dl>
			<section aria-labelledby="kundeportal-dashboard-own-pending">
				<h2 id="kundeportal-dashboard-own-pending">
					{ __( 'Your orders awaiting approval', 'kundeportal' ) }
				</h2>
				<OwnPendingOrders currency={ currency } />
			</section>
		</div>
	);
}
