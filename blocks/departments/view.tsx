/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { DepartmentsScreen } from './departments-screen';

domReady( () => {
	document
		.querySelectorAll< HTMLElement >( '.kundeportal-departments-block' )
		.forEach( ( element ) => {
			createRoot( element ).render(
				<DepartmentsScreen
					dashboardUrl={ element.dataset.dashboardUrl ?? '' }
					addressesUrl={ element.dataset.addressesUrl ?? '' }
				/>
			);
		} );
} );
