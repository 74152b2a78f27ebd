/**
 * WordPress dependencies
 */
import { dateI18n, getSettings } from '@wordpress/date';

/**
 * Formats a date from the REST API with the site's date format
 * (Settings → General; "d.m.Y" gives "05.05.2025") and the site language's
 * month and day names, as WordPress itself does (`wp-date`'s settings).
 *
 * The REST API sends dates in site time, so only the wall-clock part is read
 * and no time zone is applied. Returns the input when it is not a date.
 *
 * @param iso    Date string, e.g. "2025-05-05T10:12:00".
 * @param format PHP-style date format; defaults to the site's date format.
 */
export function formatDate(
	iso: string,
	format: string = getSettings().formats.date
): string {
	const match = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?/.exec( iso );
	if ( ! match ) {
		return iso;
	}

	const wallClock =
		match[ 0 ].length === 10 ? `${ match[ 0 ] }T00:00:00` : match[ 0 ];

	// Read and shown at UTC offset 0: the wall-clock value stays as it is, in any browser zone.
	return dateI18n( format, `${ wallClock }Z`, 0 );
}
