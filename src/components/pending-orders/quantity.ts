/** Largest quantity of an order line (the server's limit). */
export const MAX_QUANTITY = 9999;

/**
 * Reads a typed quantity: a whole number from 1 to MAX_QUANTITY, digits only
 * (no sign, decimals, exponent or spaces inside). Anything else is null.
 *
 * @param value What the user typed.
 */
export function parseQuantity( value: string ): number | null {
	const text = value.trim();
	if ( ! /^\d{1,4}$/.test( text ) ) {
		return null;
	}

	const quantity = Number( text );

	return quantity >= 1 && quantity <= MAX_QUANTITY ? quantity : null;
}
