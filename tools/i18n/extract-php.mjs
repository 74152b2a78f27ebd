/**
 * Finds gettext calls in PHP source without PHP: a small tokenizer that
 * knows strings, comments and the <?php ... ?> boundaries.
 */

/** Argument roles of WordPress' PHP translation functions. */
export const PHP_FUNCTIONS = {
	__: [ 'msgid', 'domain' ],
	_e: [ 'msgid', 'domain' ],
	esc_html__: [ 'msgid', 'domain' ],
	esc_html_e: [ 'msgid', 'domain' ],
	esc_attr__: [ 'msgid', 'domain' ],
	esc_attr_e: [ 'msgid', 'domain' ],
	_x: [ 'msgid', 'msgctxt', 'domain' ],
	_ex: [ 'msgid', 'msgctxt', 'domain' ],
	esc_html_x: [ 'msgid', 'msgctxt', 'domain' ],
	esc_attr_x: [ 'msgid', 'msgctxt', 'domain' ],
	_n: [ 'msgid', 'msgid_plural', null, 'domain' ],
	_n_noop: [ 'msgid', 'msgid_plural', 'domain' ],
	_nx: [ 'msgid', 'msgid_plural', null, 'msgctxt', 'domain' ],
	_nx_noop: [ 'msgid', 'msgid_plural', 'msgctxt', 'domain' ],
};

const DOUBLE_ESCAPES = {
	n: '\n',
	t: '\t',
	r: '\r',
	v: '\v',
	e: '\x1b',
	f: '\f',
	$: '$',
	'"': '"',
	'\\': '\\',
};

/**
 * Decodes the body of a double-quoted PHP string (no interpolation).
 *
 * @param {string} body Text between the quotes.
 * @return {string|null} The value, or null when it interpolates variables.
 */
function decodeDouble( body ) {
	if ( /(^|[^\\])\$[a-zA-Z_{]/.test( body ) ) {
		return null;
	}

	return body.replace( /\\(.)/gs, ( match, char ) =>
		char in DOUBLE_ESCAPES ? DOUBLE_ESCAPES[ char ] : match
	);
}

/**
 * Splits PHP source into the tokens the extractor needs.
 *
 * @param {string} source PHP file contents.
 * @return {Array<{type: string, value: string|null, line: number}>} Tokens.
 */
export function tokenizePhp( source ) {
	const tokens = [];
	let i = 0;
	let line = 1;
	let inPhp = false;
	const push = ( type, value ) => tokens.push( { type, value, line } );
	const advance = ( to ) => {
		for ( ; i < to; i++ ) {
			if ( source[ i ] === '\n' ) {
				line++;
			}
		}
	};

	while ( i < source.length ) {
		if ( ! inPhp ) {
			const open = source.indexOf( '<?', i );
			if ( open === -1 ) {
				break;
			}
			const tag = source.startsWith( '<?php', open ) ? 5 : 2;
			advance( open + ( source.startsWith( '<?=', open ) ? 3 : tag ) );
			inPhp = true;
			continue;
		}

		const char = source[ i ];
		const rest2 = source.slice( i, i + 2 );

		if ( rest2 === '?>' ) {
			push( 'punct', ';' );
			advance( i + 2 );
			inPhp = false;
		} else if ( rest2 === '//' || char === '#' ) {
			let end = i;
			while (
				end < source.length &&
				source[ end ] !== '\n' &&
				source.slice( end, end + 2 ) !== '?>'
			) {
				end++;
			}
			push( 'comment', source.slice( i, end ) );
			advance( end );
		} else if ( rest2 === '/*' ) {
			const end = source.indexOf( '*/', i + 2 );
			const stop = end === -1 ? source.length : end + 2;
			push( 'comment', source.slice( i, stop ) );
			advance( stop );
		} else if ( char === "'" || char === '"' ) {
			let end = i + 1;
			while ( end < source.length && source[ end ] !== char ) {
				end += source[ end ] === '\\' ? 2 : 1;
			}
			const body = source.slice( i + 1, end );
			const value =
				char === "'"
					? body.replace( /\\(['\\])/g, '$1' )
					: decodeDouble( body );
			push( 'string', value );
			advance( end + 1 );
		} else if ( /[A-Za-z_\\]/.test( char ) ) {
			const match = /^[A-Za-z0-9_\\]+/.exec( source.slice( i, i + 200 ) );
			push( 'ident', match[ 0 ].replace( /^\\/, '' ) );
			advance( i + match[ 0 ].length );
		} else if ( /\s/.test( char ) ) {
			advance( i + 1 );
		} else if ( rest2 === '->' || rest2 === '::' ) {
			push( 'punct', rest2 );
			advance( i + 2 );
		} else {
			push( 'punct', char );
			advance( i + 1 );
		}
	}

	return tokens;
}

/**
 * Reads the arguments of the call whose "(" is at tokens[start].
 *
 * @param {Array}  tokens Tokens.
 * @param {number} start  Index of the opening parenthesis.
 * @return {Array<string|null>} Literal string arguments, null for others.
 */
function readArguments( tokens, start ) {
	const args = [];
	let depth = 0;
	let current = [];

	for ( let i = start; i < tokens.length; i++ ) {
		const token = tokens[ i ];
		if ( token.type === 'comment' ) {
			continue;
		}
		if ( token.type === 'punct' && '([{'.includes( token.value ) ) {
			depth++;
			if ( depth === 1 ) {
				continue;
			}
		}
		if ( token.type === 'punct' && ')]}'.includes( token.value ) ) {
			depth--;
			if ( depth === 0 ) {
				args.push( current );
				break;
			}
		}
		if ( depth === 1 && token.type === 'punct' && token.value === ',' ) {
			args.push( current );
			current = [];
			continue;
		}
		current.push( token );
	}

	return args.map( ( parts ) =>
		parts.length === 1 && parts[ 0 ].type === 'string'
			? parts[ 0 ].value
			: null
	);
}

/**
 * Extracts translatable strings from PHP source.
 *
 * @param {string} source PHP file contents.
 * @param {string} file   Path for references.
 * @return {Array<Object>} Entries: msgid, msgctxt, msgid_plural, domain, reference, comment.
 */
export function extractPhp( source, file ) {
	const tokens = tokenizePhp( source );
	const entries = [];
	let lastComment = null;

	tokens.forEach( ( token, index ) => {
		if ( token.type === 'comment' ) {
			lastComment = {
				text: token.value,
				endLine: token.line + token.value.split( '\n' ).length - 1,
			};
			return;
		}

		const roles = PHP_FUNCTIONS[ token.value ];
		const previous = tokens[ index - 1 ];
		const next = tokens[ index + 1 ];
		if (
			token.type !== 'ident' ||
			! roles ||
			next?.value !== '(' ||
			( previous?.type === 'punct' &&
				[ '->', '::' ].includes( previous.value ) ) ||
			previous?.value === 'function'
		) {
			return;
		}

		const args = readArguments( tokens, index + 1 );
		const entry = { reference: `${ file }:${ token.line }` };
		roles.forEach( ( role, position ) => {
			if ( role ) {
				entry[ role ] = args[ position ] ?? null;
			}
		} );
		// Like WP-CLI: a translators comment on the same or the previous line.
		if (
			lastComment &&
			token.line - lastComment.endLine <= 1 &&
			/translators:/i.test( lastComment.text )
		) {
			entry.comment = cleanComment( lastComment.text );
		}
		if ( typeof entry.msgid === 'string' && entry.msgid !== '' ) {
			entries.push( entry );
		}
	} );

	return entries;
}

/**
 * Strips comment markers, keeping the "translators:" text.
 *
 * @param {string} comment Raw comment.
 * @return {string} Text.
 */
export function cleanComment( comment ) {
	return comment
		.replace( /^\/\*+|\*+\/$|^\/\/|^#/g, '' )
		.split( '\n' )
		.map( ( row ) => row.replace( /^\s*\*?\s?/, '' ).trim() )
		.filter( Boolean )
		.join( ' ' )
		.trim();
}
