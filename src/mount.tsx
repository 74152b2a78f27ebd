/**
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Renders a React tree into every server-rendered mount point that matches,
 * replacing its no-JS fallback.
 *
 * @param selector CSS selector of the mount `<div>`s.
 * @param render   Returns the tree for one mount point.
 */
export function mount( selector: string, render: () => ReactNode ): void {
	domReady( () => {
		document.querySelectorAll( selector ).forEach( ( element ) => {
			createRoot( element ).render( render() );
		} );
	} );
}
