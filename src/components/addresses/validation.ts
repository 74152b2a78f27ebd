/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { DepartmentAddressFields } from '../../api';

/** What the address form holds while it is edited; the wire fields, all text. */
export type AddressFormValues = DepartmentAddressFields;

export type AddressFormErrors = Partial<
	Record< keyof AddressFormValues, string >
>;

/** Mirrors Domain\DepartmentAddresses::MAX_LENGTHS on the server. */
export const MAX_LENGTHS: Readonly<
	Record< keyof AddressFormValues, number >
> = {
	label: 100,
	first_name: 100,
	last_name: 100,
	company: 190,
	address_1: 190,
	address_2: 190,
	postcode: 20,
	city: 100,
	country: 2,
	phone: 40,
};

/** The order the fields are shown in, for focusing the first error. */
export const FIELD_ORDER: ReadonlyArray< keyof AddressFormValues > = [
	'label',
	'first_name',
	'last_name',
	'company',
	'address_1',
	'address_2',
	'postcode',
	'city',
	'country',
	'phone',
];

/**
 * An empty form for a new address in the given country.
 *
 * @param country Country code to start with (the shop's base country).
 */
export function emptyAddress( country: string ): AddressFormValues {
	return {
		label: '',
		first_name: '',
		last_name: '',
		company: '',
		address_1: '',
		address_2: '',
		postcode: '',
		city: '',
		country,
		phone: '',
	};
}

/**
 * The form values with surrounding spaces removed (what is sent).
 *
 * @param values Form values.
 */
export function trimAddress( values: AddressFormValues ): AddressFormValues {
	const trimmed = { ...values };
	for ( const field of FIELD_ORDER ) {
		trimmed[ field ] = values[ field ].trim();
	}
	trimmed.country = trimmed.country.toUpperCase();

	return trimmed;
}

/**
 * Message for a required field left empty.
 *
 * @param field Field name.
 */
function requiredMessage( field: keyof AddressFormValues ): string {
	switch ( field ) {
		case 'label':
			return __(
				'Give the address a name, like "Main warehouse".',
				'kundeportal'
			);
		case 'address_1':
			return __( 'Enter the street address.', 'kundeportal' );
		case 'postcode':
			return __( 'Enter the postcode.', 'kundeportal' );
		case 'city':
			return __( 'Enter the city.', 'kundeportal' );
		default:
			return __( 'Choose a country.', 'kundeportal' );
	}
}

/**
 * Checks the address form like the server does; one message per bad field.
 * Postcodes of other countries than Norway are left to the server.
 *
 * @param values    Form values.
 * @param countries Country codes the form offers.
 */
export function validateAddress(
	values: AddressFormValues,
	countries: ReadonlyArray< string >
): AddressFormErrors {
	const address = trimAddress( values );
	const errors: AddressFormErrors = {};

	for ( const field of [
		'label',
		'address_1',
		'postcode',
		'city',
		'country',
	] as const ) {
		if ( address[ field ] === '' ) {
			errors[ field ] = requiredMessage( field );
		}
	}

	for ( const field of FIELD_ORDER ) {
		if (
			field !== 'country' &&
			errors[ field ] === undefined &&
			[ ...address[ field ] ].length > MAX_LENGTHS[ field ]
		) {
			errors[ field ] = sprintf(
				/* translators: %d: maximum number of characters. */
				__( 'Use at most %d characters.', 'kundeportal' ),
				MAX_LENGTHS[ field ]
			);
		}
	}

	if (
		errors.country === undefined &&
		! countries.includes( address.country )
	) {
		errors.country = __( 'Choose a country from the list.', 'kundeportal' );
	}

	if (
		errors.postcode === undefined &&
		address.country === 'NO' &&
		! /^\d{4}$/.test( address.postcode )
	) {
		errors.postcode = __(
			'A Norwegian postcode has 4 digits.',
			'kundeportal'
		);
	}

	return errors;
}

/**
 * The first field (in form order) that has an error.
 *
 * @param errors Errors by field.
 */
export function firstInvalidField(
	errors: AddressFormErrors
): keyof AddressFormValues | undefined {
	return FIELD_ORDER.find( ( field ) => errors[ field ] !== undefined );
}

/**
 * The server's field errors, limited to the form's fields.
 *
 * @param params Field name => message from a 400 response.
 */
export function toFormErrors(
	params: Record< string, string >
): AddressFormErrors {
	const errors: AddressFormErrors = {};
	for ( const field of FIELD_ORDER ) {
		const message = params[ field ];
		if ( message !== undefined ) {
			errors[ field ] = message;
		}
	}

	return errors;
}
