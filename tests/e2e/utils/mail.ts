/**
 * Reads messages from the SMTP sink (maildev's REST API) of the local stack.
 */
import { expect } from '@playwright/test';

import { MAIL_API } from '../env';

export type Mail = {
	id: string;
	subject: string;
	/** When the sink received it (ISO 8601). */
	time?: string;
	text?: string;
	html?: string;
	to: { address: string; name?: string }[];
	from: { address: string; name?: string }[];
};

function isMailList( value: unknown ): value is Mail[] {
	return Array.isArray( value );
}

/**
 * Whether the sink received the message at or after `since` (ms since the
 * epoch; the sink's clock has whole seconds). Old runs leave messages about
 * orders with the same numbers behind.
 *
 * @param mail  The message.
 * @param since Start of the window.
 */
export function receivedSince( mail: Mail, since: number ): boolean {
	return mail.time === undefined || Date.parse( mail.time ) >= since - 1000;
}

/**
 * All messages the sink holds.
 */
export async function listMail(): Promise< Mail[] > {
	const response = await fetch( `${ MAIL_API }/email` );
	const body: unknown = await response.json();
	return isMailList( body ) ? body : [];
}

/**
 * Waits until a message to `address` matches `predicate`, and returns it.
 *
 * @param address   Recipient e-mail address.
 * @param predicate Test on the message.
 */
export async function waitForMail(
	address: string,
	predicate: ( mail: Mail ) => boolean
): Promise< Mail > {
	let found: Mail | undefined;
	await expect
		.poll(
			async () => {
				found = ( await listMail() ).find(
					( mail ) =>
						mail.to.some(
							( to ) =>
								to.address.toLowerCase() ===
								address.toLowerCase()
						) && predicate( mail )
				);
				return found !== undefined;
			},
			{ timeout: 30_000, message: `a mail to ${ address }` }
		)
		.toBe( true );
	if ( ! found ) {
		throw new Error( `No mail to ${ address }` );
	}
	return found;
}

/**
 * Messages to `address` that match `predicate`, counted now.
 *
 * @param address   Recipient e-mail address.
 * @param predicate Test on the message.
 */
export async function countMail(
	address: string,
	predicate: ( mail: Mail ) => boolean
): Promise< number > {
	return ( await listMail() ).filter(
		( mail ) =>
			mail.to.some(
				( to ) => to.address.toLowerCase() === address.toLowerCase()
			) && predicate( mail )
	).length;
}
