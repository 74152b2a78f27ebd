/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { NewInvite } from '../../src/api';

/** Mirrors the server's limits (Rest\InvitesController, Domain\Invites). */
export const MAX_USES_LIMIT = 10000;
export const MAX_DOMAINS = 20;

/** What the link settings form holds while it is edited (all text). */
export interface InviteFormValues {
	expires_at: string;
	max_uses: string;
	allowed_domains: string;
}

export type InviteFormErrors = Partial<
	Record< keyof InviteFormValues, string >
>;

/** The fields in form order. */
export const INVITE_FIELDS: ReadonlyArray< keyof InviteFormValues > = [
	'expires_at',
	'max_uses',
	'allowed_domains',
];

export const EMPTY_INVITE_FORM: InviteFormValues = {
	expires_at: '',
	max_uses: '',
	allowed_domains: '',
};

const DOMAIN =
	/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/**
 * Today's date in the browser's time zone as 'YYYY-MM-DD'.
 *
 * @param now The current time.
 */
export function localToday( now: Date = new Date() ): string {
	const pad = ( value: number ) => String( value ).padStart( 2, '0' );

	return `${ now.getFullYear() }-${ pad( now.getMonth() + 1 ) }-${ pad(
		now.getDate()
	) }`;
}

/**
 * Splits typed domains ("staut.no, Example.com  @x.no") into unique
 * lower-case entries without a leading "@".
 *
 * @param input Typed text.
 */
export function splitDomains( input: string ): string[] {
	const domains = input
		.split( /[\s,;]+/ )
		.map( ( part ) => part.trim().replace( /^@+/, '' ).toLowerCase() )
		.filter( ( part ) => part !== '' );

	return [ ...new Set( domains ) ];
}

/**
 * Message for the domains field, or undefined when it is fine (it may be empty).
 *
 * @param input Typed text.
 */
export function validateDomains( input: string ): string | undefined {
	const domains = splitDomains( input );
	const bad = domains.find(
		( domain ) => domain.length > 253 || ! DOMAIN.test( domain )
	);
	if ( bad !== undefined ) {
		return sprintf(
			/* translators: %s: what was typed, e.g. "staut". */
			__(
				'"%s" is not a domain. Enter domains like example.com, separated by commas.',
				'kundeportal'
			),
			bad
		);
	}
	if ( domains.length > MAX_DOMAINS ) {
		return sprintf(
			/* translators: %d: maximum number of domains. */
			__( 'Enter at most %d domains.', 'kundeportal' ),
			MAX_DOMAINS
		);
	}

	return undefined;
}

/**
 * Message for the expiry date, or undefined when it is empty or from today on.
 *
 * @param input 'YYYY-MM-DD' from a date input, or ''.
 * @param today Today as 'YYYY-MM-DD'.
 */
export function validateExpiry(
	input: string,
	today: string
): string | undefined {
	const value = input.trim();
	if ( value === '' ) {
		return undefined;
	}
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec( value );
	const date = match
		? new Date(
				Number( match[ 1 ] ),
				Number( match[ 2 ] ) - 1,
				Number( match[ 3 ] )
			)
		: null;
	if (
		! match ||
		! date ||
		date.getMonth() !== Number( match[ 2 ] ) - 1 ||
		date.getDate() !== Number( match[ 3 ] )
	) {
		return __( 'Enter a valid date.', 'kundeportal' );
	}
	if ( value < today ) {
		return __( 'Choose a date from today on.', 'kundeportal' );
	}

	return undefined;
}

/**
 * Message for the maximum number of uses, or undefined when it is empty or a
 * whole number from 1 to MAX_USES_LIMIT.
 *
 * @param input Typed number.
 */
export function validateMaxUses( input: string ): string | undefined {
	const value = input.trim();
	if ( value === '' ) {
		return undefined;
	}
	if ( ! /^\d+$/.test( value ) || Number( value ) < 1 ) {
		return __( 'Enter a whole number of 1 or more.', 'kundeportal' );
	}
	if ( Number( value ) > MAX_USES_LIMIT ) {
		return sprintf(
			/* translators: %d: the largest allowed number. */
			__( 'Enter at most %d.', 'kundeportal' ),
			MAX_USES_LIMIT
		);
	}

	return undefined;
}

/**
 * Checks the link settings like the server does; one message per bad field.
 *
 * @param values Form values.
 * @param today  Today as 'YYYY-MM-DD'.
 */
export function validateInvite(
	values: InviteFormValues,
	today: string
): InviteFormErrors {
	const errors: InviteFormErrors = {};
	const add = ( field: keyof InviteFormValues, message?: string ) => {
		if ( message ) {
			errors[ field ] = message;
		}
	};

	add( 'expires_at', validateExpiry( values.expires_at, today ) );
	add( 'max_uses', validateMaxUses( values.max_uses ) );
	add( 'allowed_domains', validateDomains( values.allowed_domains ) );

	return errors;
}

/**
 * The POST body of valid form values (empty fields = no limit).
 *
 * @param values Valid form values.
 */
export function toNewInvite( values: InviteFormValues ): NewInvite {
	const max = values.max_uses.trim();

	return {
		expires_at: values.expires_at.trim() || null,
		max_uses: max === '' ? null : Number( max ),
		allowed_domains: splitDomains( values.allowed_domains ),
	};
}

/**
 * Field messages from a REST error's data.params (InvalidFields on the server,
 * or core's rest_invalid_param), for the fields of this form.
 *
 * @param params The error's data.params.
 */
export function serverFieldErrors( params: unknown ): InviteFormErrors {
	const errors: InviteFormErrors = {};
	if ( typeof params !== 'object' || params === null ) {
		return errors;
	}
	const entries = new Map< string, unknown >( Object.entries( params ) );
	for ( const field of INVITE_FIELDS ) {
		const message = entries.get( field );
		if ( typeof message === 'string' && message !== '' ) {
			errors[ field ] = message;
		}
	}

	return errors;
}
