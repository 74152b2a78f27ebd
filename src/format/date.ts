/**
 * The page language (`<html lang="nb-NO">`), which WordPress sets from the
 * site or user locale.
 */
export function siteLocale(): string {
	const lang =
		typeof document !== 'undefined' ? document.documentElement.lang : '';

	return lang || 'en';
}

/**
 * Formats an ISO 8601 date for display, e.g. "05.05.2025" for nb-NO.
 *
 * The REST API sends dates in site time, so only the calendar date is read
 * and no time zone is applied. Returns the input when it is not a date.
 *
 * @param iso    Date string, e.g. "2025-05-05T10:12:00".
 * @param locale BCP 47 locale; defaults to the page language.
 */
export function formatDate( iso: string, locale = siteLocale() ): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec( iso );
	if ( ! match ) {
		return iso;
	}

	const [ , year, month, day ] = match.map( Number );
	if ( year === undefined || month === undefined || day === undefined ) {
		return iso;
	}

	const date = new Date( Date.UTC( year, month - 1, day ) );
	let formatter: Intl.DateTimeFormat;
	try {
		formatter = new Intl.DateTimeFormat( locale, {
			day: '2-digit',
			month: '2-digit',
			year: 'numeric',
			timeZone: 'UTC',
		} );
	} catch {
		formatter = new Intl.DateTimeFormat( 'en', { timeZone: 'UTC' } );
	}

	return formatter.format( date );
}
