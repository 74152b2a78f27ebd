/**
 * Internal dependencies
 */
import { MeLoader } from '../../src/components/me-loader';
import { Orders } from '../../src/components/orders';

/**
 * The Orders tab: a manager's department orders or an employee's own.
 */
export function OrdersScreen() {
	return <MeLoader>{ ( me ) => <Orders me={ me } /> }</MeLoader>;
}
