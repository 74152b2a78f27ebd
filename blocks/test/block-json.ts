/**
 * External dependencies
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const BLOCKS_DIR = join( __dirname, '..' );

const blocks = readdirSync( BLOCKS_DIR, { withFileTypes: true } )
	.filter( ( entry ) => entry.isDirectory() && entry.name !== 'test' )
	.map( ( entry ): [ string, Record< string, unknown > ] => [
		entry.name,
		JSON.parse(
			readFileSync( join( BLOCKS_DIR, entry.name, 'block.json' ), 'utf8' )
		),
	] );

describe( 'block.json', () => {
	it( 'exists for the dashboard and pending-orders blocks', () => {
		expect( blocks.map( ( [ name ] ) => name ) ).toEqual(
			expect.arrayContaining( [ 'dashboard', 'pending-orders' ] )
		);
	} );

	it.each( blocks )(
		'%s uses the kundeportal text domain, name and apiVersion 3',
		( folder, json ) => {
			expect( json.textdomain ).toBe( 'kundeportal' );
			expect( json.name ).toBe( `kundeportal/${ folder }` );
			expect( json.apiVersion ).toBe( 3 );
			expect( json.render ).toBe( 'file:./render.php' );
		}
	);
} );
