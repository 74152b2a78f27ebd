/**
 * External dependencies
 */
import { describe, expect, it } from '@jest/globals';

/**
 * Internal dependencies
 */
import type { Department } from '../../../api';
import {
	cleanDepartmentName,
	groupDepartments,
	validateDepartmentName,
} from '../validation';

const FIGURES = {
	available_credit: 0,
	credit_limit_total: 0,
	spent_this_month: 0,
	spent_this_year: 0,
	orders_this_year: 0,
	average_order: 0,
	users: 0,
	pending_orders: 0,
};

/**
 * A department for the tests.
 *
 * @param id        Id.
 * @param name      Name.
 * @param status    Status.
 * @param companyId Company.
 */
function department(
	id: number,
	name: string,
	status: Department[ 'status' ] = 'active',
	companyId = 1
): Department {
	return {
		id,
		company_id: companyId,
		company_name: companyId === 1 ? 'Staut' : 'Other',
		name,
		status,
		figures: FIGURES,
	};
}

const DEPARTMENTS = [
	department( 1, 'avd Alnabru' ),
	department( 2, 'avd Skjetten', 'archived' ),
	department( 3, 'avd Bergen', 'active', 2 ),
];

describe( 'validateDepartmentName', () => {
	it( 'requires a name', () => {
		expect( validateDepartmentName( '', DEPARTMENTS, 1 ) ).toBe(
			'Enter a name for the department.'
		);
		expect( validateDepartmentName( '   ', DEPARTMENTS, 1 ) ).toBe(
			'Enter a name for the department.'
		);
	} );

	it( 'allows at most 190 characters', () => {
		expect(
			validateDepartmentName( 'å'.repeat( 190 ), DEPARTMENTS, 1 )
		).toBeUndefined();
		expect(
			validateDepartmentName( 'a'.repeat( 191 ), DEPARTMENTS, 1 )
		).toBe( 'Use at most 190 characters.' );
	} );

	it( 'refuses a name another department of the company has, archived too', () => {
		const taken =
			'Another department of the company already has this name.';
		expect(
			validateDepartmentName( 'AVD  alnabru ', DEPARTMENTS, 1 )
		).toBe( taken );
		expect( validateDepartmentName( 'avd Skjetten', DEPARTMENTS, 1 ) ).toBe(
			taken
		);
		expect(
			validateDepartmentName( 'avd Bergen', DEPARTMENTS, 1 )
		).toBeUndefined();
	} );

	it( 'lets a department keep its own name when renamed', () => {
		expect(
			validateDepartmentName( 'Avd Alnabru', DEPARTMENTS, 1, 1 )
		).toBeUndefined();
		expect(
			validateDepartmentName( 'avd Skjetten', DEPARTMENTS, 1, 1 )
		).toBe( 'Another department of the company already has this name.' );
	} );
} );

describe( 'cleanDepartmentName and groupDepartments', () => {
	it( 'trims and collapses spaces', () => {
		expect( cleanDepartmentName( '  avd   Lager \n' ) ).toBe( 'avd Lager' );
	} );

	it( 'splits active and archived, sorted by company and name', () => {
		const { active, archived } = groupDepartments( [
			department( 4, 'avd Ås' ),
			...DEPARTMENTS,
		] );

		expect( active.map( ( item ) => item.id ) ).toEqual( [ 3, 1, 4 ] );
		expect( archived.map( ( item ) => item.id ) ).toEqual( [ 2 ] );
	} );
} );
