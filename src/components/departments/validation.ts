/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Department } from '../../api';

/** Mirrors Domain\Departments::NAME_MAX_LENGTH on the server. */
export const DEPARTMENT_NAME_MAX_LENGTH = 190;

/**
 * A name as the server stores it: trimmed, inner whitespace collapsed.
 *
 * @param value Typed name.
 */
export function cleanDepartmentName( value: string ): string {
	return value.trim().replace( /\s+/g, ' ' );
}

/**
 * Message for a department name, or undefined when it is fine: required, at
 * most 190 characters, not the name of another department of the company
 * (case-insensitive; archived departments count too).
 *
 * @param value       Typed name.
 * @param departments Departments the user can see.
 * @param companyId   Company of the department.
 * @param exceptId    The department being renamed, if any.
 */
export function validateDepartmentName(
	value: string,
	departments: ReadonlyArray<
		Pick< Department, 'id' | 'company_id' | 'name' >
	>,
	companyId: number,
	exceptId?: number
): string | undefined {
	const name = cleanDepartmentName( value );
	if ( name === '' ) {
		return __( 'Enter a name for the department.', 'kundeportal' );
	}
	if ( [ ...name ].length > DEPARTMENT_NAME_MAX_LENGTH ) {
		return sprintf(
			/* translators: %d: maximum number of characters. */
			__( 'Use at most %d characters.', 'kundeportal' ),
			DEPARTMENT_NAME_MAX_LENGTH
		);
	}
	const lower = name.toLocaleLowerCase();
	const taken = departments.some(
		( department ) =>
			department.company_id === companyId &&
			department.id !== exceptId &&
			department.name.toLocaleLowerCase() === lower
	);
	if ( taken ) {
		return __(
			'Another department of the company already has this name.',
			'kundeportal'
		);
	}

	return undefined;
}

/**
 * Splits departments into active and archived, each sorted by company and
 * name.
 *
 * @param departments Departments from GET /departments.
 */
export function groupDepartments< T extends Department >(
	departments: ReadonlyArray< T >
): { active: T[]; archived: T[] } {
	const sorted = [ ...departments ].sort(
		( a, b ) =>
			a.company_name.localeCompare( b.company_name ) ||
			a.name.localeCompare( b.name )
	);

	return {
		active: sorted.filter( ( item ) => item.status !== 'archived' ),
		archived: sorted.filter( ( item ) => item.status === 'archived' ),
	};
}
