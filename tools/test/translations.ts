/**
 * External dependencies
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'child_process';
import { join } from 'path';

interface Report {
	potStale: boolean;
	missing: Record< string, string[] >;
}

/**
 * Runs `tools/i18n.mjs --check`, which extracts the strings from the
 * sources and compares them with languages/.
 */
function check(): Report {
	const result = spawnSync(
		process.execPath,
		[ join( __dirname, '..', 'i18n.mjs' ), '--check' ],
		{ encoding: 'utf8' }
	);

	return JSON.parse( result.stdout );
}

describe( 'translations', () => {
	const report = check();

	it( 'has a complete nb_NO translation of every string', () => {
		expect( report.missing.nb_NO ).toEqual( [] );
	} );

	it( 'has an up-to-date languages/kundeportal.pot (run `npm run i18n`)', () => {
		expect( report.potStale ).toBe( false );
	} );
} );
