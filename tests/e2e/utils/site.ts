/**
 * Site settings the specs switch, through the stack's PHP entry point (no WP-CLI here).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const WP_PHP = path.resolve( __dirname, '../../env/wp.php' );

/**
 * Sets the site language (WPLANG), e.g. "nb_NO"; "en_US" for English.
 *
 * @param locale WordPress locale.
 */
export function setSiteLanguage( locale: string ): void {
	execFileSync( 'php', [ WP_PHP, 'language', locale ], {
		stdio: 'pipe',
		env: process.env,
	} );
}
