/**
 * Internal dependencies
 */
import { mount } from '../../src/mount';
import { PendingOrdersScreen } from './pending-orders-screen';

mount( '.kundeportal-pending-orders-block', () => <PendingOrdersScreen /> );
