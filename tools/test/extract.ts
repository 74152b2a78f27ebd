/**
 * External dependencies
 */
import { describe, expect, it } from '@jest/globals';

/**
 * Internal dependencies
 */
import { extractJs, relativeImports } from '../i18n/extract-js.mjs';
import { extractPhp } from '../i18n/extract-php.mjs';

describe( 'extractPhp', () => {
	it( 'finds gettext calls with context, plurals and translators comments', () => {
		const source = [
			"<p class=\"x\"><?php esc_html_e( 'Loading…', 'kundeportal' ); ?></p>",
			'<?php',
			'/* translators: %s: manager name */',
			'$note = sprintf( __( "Approved by %s.", \'kundeportal\' ), $name );',
			"_x( 'Awaiting approval', 'Order status', 'kundeportal' );",
			"_n_noop( 'One (%s)', 'Many (%s)', 'kundeportal' );",
			"$this->__( 'not gettext' );",
			"__( $dynamic, 'kundeportal' );",
			"// __( 'commented out', 'kundeportal' );",
		].join( '\n' );

		expect( extractPhp( source, 'a.php' ) ).toEqual( [
			{ msgid: 'Loading…', domain: 'kundeportal', reference: 'a.php:1' },
			{
				msgid: 'Approved by %s.',
				domain: 'kundeportal',
				reference: 'a.php:4',
				comment: 'translators: %s: manager name',
			},
			{
				msgid: 'Awaiting approval',
				msgctxt: 'Order status',
				domain: 'kundeportal',
				reference: 'a.php:5',
			},
			{
				msgid: 'One (%s)',
				msgid_plural: 'Many (%s)',
				domain: 'kundeportal',
				reference: 'a.php:6',
			},
		] );
	} );
} );

describe( 'extractJs', () => {
	it( 'finds @wordpress/i18n calls and their translators comments', () => {
		const source = `
			import { __, _x } from '@wordpress/i18n';
			import { a } from './a';
			import type { B } from './b';
			export * from '../c';
			const t = sprintf(
				/* translators: %s: order number. */
				__( 'Order #%s approved.', 'kundeportal' ),
				n
			);
			const c = _x( 'Cancel', 'close the dialog', 'kundeportal' );
			const j = <p>{ __( 'Other', 'default' ) }</p>;
		`;

		expect( extractJs( source, 'b.tsx' ) ).toEqual( [
			{
				msgid: 'Order #%s approved.',
				domain: 'kundeportal',
				reference: 'b.tsx:8',
				comment: 'translators: %s: order number.',
			},
			{
				msgid: 'Cancel',
				msgctxt: 'close the dialog',
				domain: 'kundeportal',
				reference: 'b.tsx:11',
			},
			{ msgid: 'Other', domain: 'default', reference: 'b.tsx:12' },
		] );
		expect( relativeImports( source ) ).toEqual( [ './a', '../c' ] );
	} );
} );
