/**
 * Internal dependencies
 */
import { mount } from '../../src/mount';
import { OrdersScreen } from './orders-screen';

mount( '.kundeportal-orders-block', () => <OrdersScreen /> );
