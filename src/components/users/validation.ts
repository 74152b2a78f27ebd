/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Currency } from '../../api';

/** Mirrors Domain\MemberAccounts on the server. */
export const NAME_MAX_LENGTH = 20;
export const POSITION_MAX_LENGTH = 60;

/** What the add-user form holds while it is edited (all text). */
export interface UserFormValues {
	first_name: string;
	last_name: string;
	email: string;
	department_id: string;
	credit_limit: string;
	position: string;
	address: string;
}

export type UserFormErrors = Partial< Record< keyof UserFormValues, string > >;

/** The order fields are shown in, for focusing the first error. */
export const FIELD_ORDER: ReadonlyArray< keyof UserFormValues > = [
	'department_id',
	'credit_limit',
	'first_name',
	'last_name',
	'email',
	'position',
	'address',
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Converts what someone typed as an amount ("5000", "5 000", "5000,50",
 * "5000.5") into integer minor units; null when it is not a non-negative
 * amount with at most the currency's decimals. Reads typed input only,
 * never a formatted amount.
 *
 * @param input    Typed text.
 * @param currency Store currency (for the number of decimals).
 */
export function parseMoneyInput(
	input: string,
	currency: Currency
): number | null {
	const compact = input.replace( /[\s\u00a0\u202f]/g, '' );
	const match = /^(\d+)(?:[.,](\d*))?$/.exec( compact );
	if ( ! match ) {
		return null;
	}

	const decimals = Math.max( 0, Math.trunc( currency.currency_minor_unit ) );
	const whole = match[ 1 ] ?? '0';
	const fraction = match[ 2 ] ?? '';
	if ( fraction.length > decimals ) {
		return null;
	}

	const minor = Number( whole + fraction.padEnd( decimals, '0' ) );

	return Number.isSafeInteger( minor ) ? minor : null;
}

/**
 * Integer minor units as text for an input field: "5000" or "5000,50"
 * (the store's decimal separator, no thousands separator).
 *
 * @param minor    Amount in minor units.
 * @param currency Store currency.
 */
export function toMoneyInput( minor: number, currency: Currency ): string {
	const decimals = Math.max( 0, Math.trunc( currency.currency_minor_unit ) );
	const digits = Math.abs( Math.round( minor ) )
		.toString()
		.padStart( decimals + 1, '0' );
	const whole = digits.slice( 0, digits.length - decimals );
	const fraction = decimals > 0 ? digits.slice( -decimals ) : '';
	const sign = minor < 0 ? '-' : '';

	return /^0*$/.test( fraction )
		? sign + whole
		: sign + whole + currency.currency_decimal_separator + fraction;
}

/**
 * Message for a name field, or undefined when it is fine.
 *
 * @param value Typed name.
 * @param field Which name.
 */
export function validateName(
	value: string,
	field: 'first_name' | 'last_name'
): string | undefined {
	const name = value.trim();
	if ( name === '' ) {
		return field === 'first_name'
			? __( 'Enter the first name.', 'kundeportal' )
			: __( 'Enter the last name.', 'kundeportal' );
	}
	if ( [ ...name ].length > NAME_MAX_LENGTH ) {
		return sprintf(
			/* translators: %d: maximum number of characters. */
			__( 'Use at most %d characters.', 'kundeportal' ),
			NAME_MAX_LENGTH
		);
	}

	return undefined;
}

/**
 * Message for a position, or undefined when it is fine (it may be empty).
 *
 * @param value Typed position.
 */
export function validatePosition( value: string ): string | undefined {
	if ( [ ...value.trim() ].length > POSITION_MAX_LENGTH ) {
		return sprintf(
			/* translators: %d: maximum number of characters. */
			__( 'Use at most %d characters.', 'kundeportal' ),
			POSITION_MAX_LENGTH
		);
	}

	return undefined;
}

/**
 * Message for an e-mail address, or undefined when it looks valid.
 *
 * @param value Typed address.
 */
export function validateEmail( value: string ): string | undefined {
	const email = value.trim();
	if ( email === '' ) {
		return __( 'Enter an e-mail address.', 'kundeportal' );
	}
	if ( ! EMAIL.test( email ) ) {
		return __(
			'Enter a valid e-mail address, like name@example.com.',
			'kundeportal'
		);
	}

	return undefined;
}

/**
 * Message for a credit limit, or undefined when it is fine.
 *
 * @param value    Typed amount.
 * @param currency Store currency.
 */
export function validateCredit(
	value: string,
	currency: Currency
): string | undefined {
	return parseMoneyInput( value, currency ) === null
		? __( 'Enter a credit limit of 0 or more.', 'kundeportal' )
		: undefined;
}

/**
 * Checks the add-user form like the server does; one message per bad field.
 *
 * @param values   Form values.
 * @param currency Store currency.
 */
export function validateNewUser(
	values: UserFormValues,
	currency: Currency
): UserFormErrors {
	const errors: UserFormErrors = {};
	const add = ( field: keyof UserFormValues, message?: string ) => {
		if ( message ) {
			errors[ field ] = message;
		}
	};

	add(
		'department_id',
		values.department_id === ''
			? __( 'Choose a department.', 'kundeportal' )
			: undefined
	);
	add( 'credit_limit', validateCredit( values.credit_limit, currency ) );
	add( 'first_name', validateName( values.first_name, 'first_name' ) );
	add( 'last_name', validateName( values.last_name, 'last_name' ) );
	add( 'email', validateEmail( values.email ) );
	add( 'position', validatePosition( values.position ) );
	add(
		'address',
		values.address === ''
			? __( 'Choose an address.', 'kundeportal' )
			: undefined
	);

	return errors;
}

/**
 * The first field (in form order) that has an error.
 *
 * @param errors Errors by field.
 */
export function firstInvalidField(
	errors: UserFormErrors
): keyof UserFormValues | undefined {
	return FIELD_ORDER.find( ( field ) => errors[ field ] !== undefined );
}
