/**
 * Internal dependencies
 */
import { mount } from '../../src/mount';
import { Dashboard } from './dashboard';
import './dashboard.scss';

mount( '.kundeportal-dashboard', () => <Dashboard /> );
