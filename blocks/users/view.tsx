/**
 * Internal dependencies
 */
import { mount } from '../../src/mount';
import { UsersScreen } from './users-screen';

mount( '.kundeportal-users-block', () => <UsersScreen /> );
