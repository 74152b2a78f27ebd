/**
 * Copies text with the Clipboard API. When it is missing or refused, selects
 * the text in the given input instead so the user can copy it by hand.
 *
 * @param text  Text to copy.
 * @param input Read-only input showing the same text (fallback).
 * @return Whether the text was copied; false means it is selected instead.
 */
export async function copyText(
	text: string,
	input: HTMLInputElement | null
): Promise< boolean > {
	const clipboard =
		typeof navigator === 'undefined' ? undefined : navigator.clipboard;
	if ( clipboard?.writeText ) {
		try {
			await clipboard.writeText( text );
			return true;
		} catch {
			// Refused (no permission, insecure context): fall back below.
		}
	}

	input?.focus();
	input?.select();

	return false;
}
