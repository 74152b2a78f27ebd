#!/usr/bin/env node
/**
 * Translation build for Kundeportal (no WP-CLI needed):
 *
 * 1. extracts every string of the `kundeportal` text domain from PHP
 *    (plugin header, plugin/, blocks/), TS (blocks/, src/) and block.json,
 *    and writes languages/kundeportal.pot;
 * 2. merges it into each languages/kundeportal-<locale>.po (new strings get
 *    an empty translation, removed ones are dropped);
 * 3. compiles each .po to .mo (PHP) and to the Jed JSON files WordPress
 *    loads for scripts: kundeportal-<locale>-<md5 of build path>.json.
 *
 * `node tools/i18n.mjs --check` only reports, as JSON, strings without a
 * translation and whether the committed .pot is stale; exit code 1 if so.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { mo, po } from 'gettext-parser';

import { extractJs, relativeImports } from './i18n/extract-js.mjs';
import { extractPhp } from './i18n/extract-php.mjs';

const ROOT = resolve( dirname( fileURLToPath( import.meta.url ) ), '..' );
const DOMAIN = 'kundeportal';
const LANGUAGES = join( ROOT, 'languages' );
const POT_FILE = join( LANGUAGES, `${ DOMAIN }.pot` );
const SCRIPT_FIELDS = [ 'editorScript', 'script', 'viewScript' ];
const BLOCK_JSON_FIELDS = {
	title: 'block title',
	description: 'block description',
	keywords: 'block keyword',
};
const PLURAL_FORMS = {
	nb_NO: 'nplurals=2; plural=(n != 1);',
};
const SKIP_DIRS = new Set( [ 'test', 'test-utils', 'node_modules' ] );

/**
 * Files under a folder, recursively, that match a pattern.
 *
 * @param {string} dir     Folder relative to the repo root.
 * @param {RegExp} pattern File name pattern.
 * @return {string[]} Paths relative to the repo root, sorted.
 */
function findFiles( dir, pattern ) {
	const absolute = join( ROOT, dir );
	if ( ! existsSync( absolute ) ) {
		return [];
	}

	return readdirSync( absolute, { withFileTypes: true } )
		.flatMap( ( entry ) => {
			const path = `${ dir }/${ entry.name }`;
			if ( entry.isDirectory() ) {
				return SKIP_DIRS.has( entry.name )
					? []
					: findFiles( path, pattern );
			}
			return pattern.test( entry.name ) ? [ path ] : [];
		} )
		.sort();
}

/**
 * Strings from the plugin header, as WP-CLI's make-pot reads them.
 *
 * @return {Array<Object>} Entries.
 */
function extractPluginHeader() {
	const file = 'kundeportal.php';
	const source = readFileSync( join( ROOT, file ), 'utf8' );
	const entries = [];
	for ( const header of [ 'Plugin Name', 'Description' ] ) {
		const match = new RegExp( `^[ \\t/*#@]*${ header }:(.*)$`, 'mi' ).exec(
			source
		);
		if ( match && match[ 1 ].trim() ) {
			entries.push( {
				msgid: match[ 1 ].trim(),
				domain: DOMAIN,
				comment: `${ header } of the plugin`,
				reference: file,
			} );
		}
	}

	return entries;
}

/**
 * Strings from block.json files (title, description, keywords).
 *
 * @return {Array<Object>} Entries.
 */
function extractBlockJson() {
	return findFiles( 'blocks', /^block\.json$/ ).flatMap( ( file ) => {
		const json = JSON.parse( readFileSync( join( ROOT, file ), 'utf8' ) );
		if ( json.textdomain !== DOMAIN ) {
			return [];
		}
		return Object.entries( BLOCK_JSON_FIELDS ).flatMap(
			( [ field, msgctxt ] ) =>
				[ json[ field ] ]
					.flat()
					.filter( ( value ) => typeof value === 'string' && value )
					.map( ( msgid ) => ( {
						msgid,
						msgctxt,
						domain: DOMAIN,
						reference: file,
					} ) )
		);
	} );
}

/** TS/JS sources that ship (tests and test helpers excluded). */
function scriptSources() {
	return [ 'blocks', 'src' ].flatMap( ( dir ) =>
		findFiles( dir, /^(?!.*\.d\.ts$).*\.(tsx?|jsx?)$/ )
	);
}

/**
 * Every translatable string of our text domain.
 *
 * @return {Array<Object>} Entries with a `reference` each.
 */
function extractAll() {
	const php = [
		...findFiles( '.', /^kundeportal\.php$|^uninstall\.php$/ ).map(
			( file ) => file.replace( /^\.\//, '' )
		),
		...findFiles( 'plugin', /\.php$/ ),
		...findFiles( 'blocks', /\.php$/ ),
	];
	const read = ( file ) => readFileSync( join( ROOT, file ), 'utf8' );

	return [
		...extractPluginHeader(),
		...php.flatMap( ( file ) => extractPhp( read( file ), file ) ),
		...extractBlockJson(),
		...scriptSources().flatMap( ( file ) =>
			extractJs( read( file ), file )
		),
	].filter( ( entry ) => entry.domain === DOMAIN );
}

/**
 * Groups entries into a gettext-parser translation table.
 *
 * @param {Array<Object>} entries Extracted entries.
 * @return {Object} Table keyed by context, then msgid.
 */
function toTable( entries ) {
	const table = {};
	for ( const entry of entries ) {
		const context = entry.msgctxt ?? '';
		table[ context ] ??= {};
		const item = ( table[ context ][ entry.msgid ] ??= {
			msgid: entry.msgid,
			...( context ? { msgctxt: context } : {} ),
			...( entry.msgid_plural
				? { msgid_plural: entry.msgid_plural }
				: {} ),
			msgstr: entry.msgid_plural ? [ '', '' ] : [ '' ],
			comments: { reference: [], extracted: [] },
		} );
		// File only, no line numbers: the .pot changes only when strings do.
		const file = entry.reference.replace( /:\d+$/, '' );
		if ( ! item.comments.reference.includes( file ) ) {
			item.comments.reference.push( file );
		}
		if (
			entry.comment &&
			! item.comments.extracted.includes( entry.comment )
		) {
			item.comments.extracted.push( entry.comment );
		}
	}

	for ( const items of Object.values( table ) ) {
		for ( const item of Object.values( items ) ) {
			item.comments.reference = item.comments.reference.join( '\n' );
			item.comments.extracted = item.comments.extracted.join( '\n' );
		}
	}

	return table;
}

/**
 * Compiles a table to .po/.pot text.
 *
 * @param {Object} headers Header fields.
 * @param {Object} table   Translations.
 * @return {string} File contents.
 */
function compilePo( headers, table ) {
	return (
		po
			.compile(
				{
					charset: 'utf-8',
					headers,
					translations: { '': {}, ...table },
				},
				{ foldLength: 0 }
			)
			.toString( 'utf8' ) + '\n'
	);
}

/**
 * Header of the .pot file.
 *
 * @return {Object} Headers.
 */
function potHeaders() {
	const pkg = JSON.parse( readFileSync( join( ROOT, 'package.json' ) ) );

	return {
		'Project-Id-Version': `Kundeportal ${ pkg.version }`,
		'MIME-Version': '1.0',
		'Content-Type': 'text/plain; charset=UTF-8',
		'Content-Transfer-Encoding': '8bit',
		'X-Domain': DOMAIN,
	};
}

/**
 * Merges the template into a .po: keeps translations, takes the template's
 * strings and comments.
 *
 * @param {Object} template Table from the sources.
 * @param {Object} existing Parsed .po.
 * @return {Object} Merged table.
 */
function merge( template, existing ) {
	const merged = {};
	for ( const [ context, items ] of Object.entries( template ) ) {
		merged[ context ] = {};
		for ( const [ msgid, item ] of Object.entries( items ) ) {
			const old = existing.translations[ context ]?.[ msgid ];
			const msgstr =
				old && old.msgstr.some( Boolean )
					? [ ...old.msgstr ]
					: item.msgstr.slice();
			merged[ context ][ msgid ] = {
				...item,
				msgstr,
				comments: {
					...item.comments,
					...( old?.comments?.translator
						? { translator: old.comments.translator }
						: {} ),
				},
			};
		}
	}

	return merged;
}

/**
 * Strings without a translation.
 *
 * @param {Object} table Merged table.
 * @return {string[]} "context|msgid" (context omitted when empty).
 */
function untranslated( table ) {
	return Object.entries( table ).flatMap( ( [ context, items ] ) =>
		Object.values( items )
			.filter(
				( item ) =>
					item.msgstr.length === 0 ||
					item.msgstr.some( ( value ) => ! value )
			)
			.map( ( item ) =>
				context ? `${ context }|${ item.msgid }` : item.msgid
			)
	);
}

/**
 * Script entry points and the paths WordPress loads them from.
 *
 * @return {Array<{source: string, built: string}>} Entries.
 */
function scriptEntries() {
	const blocks = findFiles( 'blocks', /^block\.json$/ ).flatMap( ( file ) => {
		const json = JSON.parse( readFileSync( join( ROOT, file ), 'utf8' ) );
		const folder = dirname( file );
		return SCRIPT_FIELDS.flatMap( ( field ) => [ json[ field ] ].flat() )
			.filter(
				( value ) =>
					typeof value === 'string' && value.startsWith( 'file:' )
			)
			.map( ( value ) => {
				const source = join( folder, value.slice( 5 ) );
				const built = join(
					'build',
					source.replace( /\.[mc]?[jt]sx?$/, '.js' )
				);
				return { source, built };
			} );
	} );

	return [
		...blocks,
		{ source: 'src/checkout/index.ts', built: 'build/checkout/index.js' },
	].map( ( entry ) => ( {
		source: entry.source.replace( /\\/g, '/' ),
		built: entry.built.replace( /\\/g, '/' ),
	} ) );
}

/**
 * Resolves a relative import to a source file.
 *
 * @param {string} from      Importing file, relative to the root.
 * @param {string} specifier Relative specifier.
 * @return {string|null} File relative to the root.
 */
function resolveImport( from, specifier ) {
	const base = join( dirname( from ), specifier );
	const candidates = [
		base,
		...[ '.ts', '.tsx', '.js', '.jsx' ].map( ( ext ) => base + ext ),
		...[ 'index.ts', 'index.tsx', 'index.js' ].map( ( name ) =>
			join( base, name )
		),
	];
	const found = candidates.find(
		( file ) =>
			/\.[jt]sx?$/.test( file ) && existsSync( join( ROOT, file ) )
	);

	return found ? relative( ROOT, join( ROOT, found ) ) : null;
}

/**
 * All source files bundled into an entry (relative imports only).
 *
 * @param {string} entry Entry source file.
 * @return {Set<string>} Files.
 */
function moduleGraph( entry ) {
	const seen = new Set();
	const queue = [ entry ];
	while ( queue.length ) {
		const file = queue.pop();
		if ( seen.has( file ) ) {
			continue;
		}
		seen.add( file );
		const source = readFileSync( join( ROOT, file ), 'utf8' );
		for ( const specifier of relativeImports( source ) ) {
			const target = resolveImport( file, specifier );
			if ( target ) {
				queue.push( target );
			}
		}
	}

	return seen;
}

/**
 * Jed 1.x JSON for one script, holding the translations its modules use.
 *
 * @param {Object}      table  Merged translations.
 * @param {Set<string>} files  Source files of the script.
 * @param {string}      locale Locale, e.g. nb_NO.
 * @return {Object} JSON data.
 */
function jedJson( table, files, locale ) {
	const messages = {
		'': {
			domain: 'messages',
			lang: locale,
			'plural-forms':
				PLURAL_FORMS[ locale ] ?? 'nplurals=2; plural=(n != 1);',
		},
	};
	for ( const [ context, items ] of Object.entries( table ) ) {
		for ( const item of Object.values( items ) ) {
			const used = item.comments.reference
				.split( '\n' )
				.some( ( ref ) => files.has( ref ) );
			if ( used && item.msgstr.every( Boolean ) ) {
				const key = context
					? `${ context }\u0004${ item.msgid }`
					: item.msgid;
				messages[ key ] = item.msgstr;
			}
		}
	}

	return {
		'translation-revision-date': '',
		generator: 'kundeportal tools/i18n.mjs',
		domain: 'messages',
		locale_data: { messages },
	};
}

/**
 * Locales with a .po file in languages/.
 *
 * @return {string[]} Locales.
 */
function locales() {
	const pattern = new RegExp( `^${ DOMAIN }-([a-z]{2,3}(_[A-Z]{2})?)\\.po$` );

	return readdirSync( LANGUAGES )
		.map( ( name ) => pattern.exec( name )?.[ 1 ] )
		.filter( Boolean );
}

/** Runs the whole pipeline, or only the check with --check. */
function main() {
	const check = process.argv.includes( '--check' );
	const template = toTable( extractAll() );
	const potText = compilePo( potHeaders(), template );
	const report = {
		potStale:
			! existsSync( POT_FILE ) ||
			readFileSync( POT_FILE, 'utf8' ) !== potText,
		missing: {},
	};

	if ( ! check ) {
		writeFileSync( POT_FILE, potText );
	}

	const entries = scriptEntries().map( ( entry ) => ( {
		...entry,
		files: moduleGraph( entry.source ),
	} ) );

	for ( const locale of locales() ) {
		const poFile = join( LANGUAGES, `${ DOMAIN }-${ locale }.po` );
		const existing = po.parse( readFileSync( poFile ) );
		const table = merge( template, existing );
		report.missing[ locale ] = untranslated( table );
		if ( check ) {
			continue;
		}

		const headers = {
			...potHeaders(),
			...existing.headers,
			Language: locale,
			'Plural-Forms':
				PLURAL_FORMS[ locale ] ?? existing.headers[ 'Plural-Forms' ],
		};
		writeFileSync( poFile, compilePo( headers, table ) );
		writeFileSync(
			join( LANGUAGES, `${ DOMAIN }-${ locale }.mo` ),
			mo.compile( { charset: 'utf-8', headers, translations: table } )
		);
		for ( const entry of entries ) {
			const hash = createHash( 'md5' )
				.update( entry.built )
				.digest( 'hex' );
			writeFileSync(
				join( LANGUAGES, `${ DOMAIN }-${ locale }-${ hash }.json` ),
				JSON.stringify( jedJson( table, entry.files, locale ) )
			);
		}
	}

	const missingCount = Object.values( report.missing ).flat().length;
	if ( check ) {
		process.stdout.write( JSON.stringify( report ) + '\n' );
		process.exitCode = missingCount > 0 || report.potStale ? 1 : 0;
		return;
	}

	process.stdout.write(
		`i18n: ${ Object.values( template ).reduce(
			( n, items ) => n + Object.keys( items ).length,
			0
		) } strings in languages/${ DOMAIN }.pot; ${ entries.length } script JSON files per locale.\n`
	);
	for ( const [ locale, missing ] of Object.entries( report.missing ) ) {
		if ( missing.length ) {
			process.stdout.write(
				`i18n: ${ locale } is missing ${ missing.length } translations:\n  ${ missing.join(
					'\n  '
				) }\n`
			);
		}
	}
}

main();
