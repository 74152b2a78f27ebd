/**
 * Types of the i18n tool modules (plain ESM JavaScript) used by the tests.
 */

interface KundeportalI18nEntry {
	msgid: string | null;
	msgctxt?: string | null;
	msgid_plural?: string | null;
	domain?: string | null;
	reference: string;
	comment?: string;
}

declare module '*/i18n/extract-php.mjs' {
	export function extractPhp(
		source: string,
		file: string
	): KundeportalI18nEntry[];
	export function cleanComment( comment: string ): string;
}

declare module '*/i18n/extract-js.mjs' {
	export function extractJs(
		source: string,
		file: string
	): KundeportalI18nEntry[];
	export function relativeImports( source: string ): string[];
}
