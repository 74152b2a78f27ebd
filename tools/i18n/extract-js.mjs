/**
 * Finds @wordpress/i18n calls and relative imports in TS/JS source.
 */
import { parse } from '@babel/parser';

import { cleanComment } from './extract-php.mjs';

/** Argument roles of @wordpress/i18n's functions. */
export const JS_FUNCTIONS = {
	__: [ 'msgid', 'domain' ],
	_x: [ 'msgid', 'msgctxt', 'domain' ],
	_n: [ 'msgid', 'msgid_plural', null, 'domain' ],
	_nx: [ 'msgid', 'msgid_plural', null, 'msgctxt', 'domain' ],
};

/**
 * Parses TS/TSX/JS source.
 *
 * @param {string} source File contents.
 * @return {Object} Babel AST.
 */
function parseSource( source ) {
	return parse( source, {
		sourceType: 'module',
		plugins: [ 'typescript', 'jsx' ],
	} );
}

/**
 * Calls visit() on every AST node.
 *
 * @param {Object}   node  AST node.
 * @param {Function} visit Callback.
 */
function walk( node, visit ) {
	if ( ! node || typeof node.type !== 'string' ) {
		return;
	}
	visit( node );
	for ( const key of Object.keys( node ) ) {
		if (
			[ 'loc', 'leadingComments', 'trailingComments' ].includes( key )
		) {
			continue;
		}
		const value = node[ key ];
		if ( Array.isArray( value ) ) {
			value.forEach( ( child ) => walk( child, visit ) );
		} else if ( value && typeof value === 'object' ) {
			walk( value, visit );
		}
	}
}

/**
 * The string value of a literal argument, or null.
 *
 * @param {Object} node Argument node.
 * @return {string|null} Value.
 */
function literal( node ) {
	if ( node?.type === 'StringLiteral' ) {
		return node.value;
	}
	if ( node?.type === 'TemplateLiteral' && node.expressions.length === 0 ) {
		return node.quasis[ 0 ].value.cooked;
	}

	return null;
}

/**
 * Extracts translatable strings from TS/JS source.
 *
 * @param {string} source File contents.
 * @param {string} file   Path for references.
 * @return {Array<Object>} Entries like extractPhp().
 */
export function extractJs( source, file ) {
	const ast = parseSource( source );
	const comments = ast.comments.filter( ( c ) =>
		/translators:/i.test( c.value )
	);
	const entries = [];

	walk( ast.program, ( node ) => {
		if (
			node.type !== 'CallExpression' ||
			node.callee.type !== 'Identifier' ||
			! JS_FUNCTIONS[ node.callee.name ]
		) {
			return;
		}

		const entry = { reference: `${ file }:${ node.loc.start.line }` };
		JS_FUNCTIONS[ node.callee.name ].forEach( ( role, position ) => {
			if ( role ) {
				entry[ role ] = literal( node.arguments[ position ] );
			}
		} );

		const comment = comments.findLast(
			( c ) =>
				c.end <= node.start && node.loc.start.line - c.loc.end.line <= 2
		);
		if ( comment ) {
			entry.comment = cleanComment( `/*${ comment.value }*/` );
		}
		if ( typeof entry.msgid === 'string' && entry.msgid !== '' ) {
			entries.push( entry );
		}
	} );

	return entries;
}

/**
 * Relative module specifiers a file imports (import and export-from).
 *
 * @param {string} source File contents.
 * @return {string[]} Specifiers starting with ".".
 */
export function relativeImports( source ) {
	const ast = parseSource( source );

	return ast.program.body
		.filter(
			( node ) =>
				[
					'ImportDeclaration',
					'ExportAllDeclaration',
					'ExportNamedDeclaration',
				].includes( node.type ) &&
				node.source?.value?.startsWith( '.' ) &&
				node.importKind !== 'type' &&
				node.exportKind !== 'type'
		)
		.map( ( node ) => node.source.value );
}
