/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Error body of a failed REST request (a WP_Error on the server), or one of
 * api-fetch's own errors (`fetch_error`, `invalid_json`).
 */
export interface RestError {
	code: string;
	message: string;
	data?: {
		status?: number;
		params?: unknown;
	} | null;
}

/**
 * Whether a thrown value has the shape of a REST error.
 *
 * @param error Anything caught from an api call.
 */
export function isRestError( error: unknown ): error is RestError {
	if ( typeof error !== 'object' || error === null ) {
		return false;
	}

	return (
		'code' in error &&
		typeof error.code === 'string' &&
		'message' in error &&
		typeof error.message === 'string'
	);
}

/**
 * The HTTP status of a REST error, when the server sent one.
 *
 * @param error A REST error.
 */
export function errorStatus( error: RestError ): number | undefined {
	return error.data?.status;
}

/**
 * Turns a caught value into a message for the user.
 *
 * Our own errors (`kundeportal_*`) carry a message the server already
 * translated; so does api-fetch's offline error. Anything else gets the
 * translated fallback, so no internal text reaches the screen.
 *
 * @param error    Anything caught from an api call.
 * @param fallback Translated message to show for unknown errors.
 */
export function handleApiError( error: unknown, fallback: string ): string {
	if ( ! isRestError( error ) ) {
		return fallback;
	}

	if ( error.code.startsWith( 'kundeportal_' ) && error.message ) {
		return error.message;
	}

	if ( error.code === 'fetch_error' ) {
		return __(
			'Could not reach the shop. Check your connection and try again.',
			'kundeportal'
		);
	}

	if ( errorStatus( error ) === 401 ) {
		return __(
			'Your session has expired. Log in again to continue.',
			'kundeportal'
		);
	}

	return fallback;
}

/**
 * Per-field messages of a 400 (`data.params`: field name => message), as
 * sent by our routes and by core's argument validation. Empty for other
 * errors.
 *
 * @param error Anything caught from an api call.
 */
export function fieldErrors( error: unknown ): Record< string, string > {
	if ( ! isRestError( error ) ) {
		return {};
	}

	const params = error.data?.params;
	if ( typeof params !== 'object' || params === null ) {
		return {};
	}

	const fields: Record< string, string > = {};
	for ( const [ key, value ] of Object.entries( params ) ) {
		if ( typeof value === 'string' ) {
			fields[ key ] = value;
		}
	}

	return fields;
}
