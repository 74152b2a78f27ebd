/**
 * WordPress dependencies
 */
import { Button, SelectControl, TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ManagedDepartment } from '../../api';
import { EMPTY_FILTERS, statusOptions, type OrderFilters } from './filters';

interface FilterBarProps {
	filters: OrderFilters;
	/** Departments to filter by; no department filter when empty. */
	departments: ManagedDepartment[];
	/** The date range problem, shown under the dates. */
	error: string;
	onChange: ( filters: OrderFilters ) => void;
}

/**
 * Status, department (managers) and from / to date filters. Every change
 * applies at once; "Clear filters" goes back to all orders.
 *
 * @param props             Component props.
 * @param props.filters     Current filters.
 * @param props.departments Departments the user manages.
 * @param props.error       Date range problem, or ''.
 * @param props.onChange    Called with the new filters.
 */
export function FilterBar( {
	filters,
	departments,
	error,
	onChange,
}: FilterBarProps ) {
	const set = ( key: keyof OrderFilters ) => ( value: string ) =>
		onChange( { ...filters, [ key ]: value } );
	const isFiltered =
		filters.status !== EMPTY_FILTERS.status ||
		filters.department !== '' ||
		filters.after !== '' ||
		filters.before !== '';

	return (
		<fieldset className="kundeportal-orders__filters">
			<legend className="screen-reader-text">
				{ __( 'Filter orders', 'kundeportal' ) }
			</legend>
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Status', 'kundeportal' ) }
				value={ filters.status }
				options={ statusOptions() }
				onChange={ set( 'status' ) }
			/>
			{ departments.length > 0 && (
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Department', 'kundeportal' ) }
					value={ filters.department }
					options={ [
						{
							value: '',
							label: __( 'All departments', 'kundeportal' ),
						},
						...departments.map( ( department ) => ( {
							value: String( department.id ),
							label: department.name,
						} ) ),
					] }
					onChange={ set( 'department' ) }
				/>
			) }
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				type="date"
				label={ __( 'From', 'kundeportal' ) }
				value={ filters.after }
				max={ filters.before || undefined }
				onChange={ set( 'after' ) }
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				type="date"
				label={ __( 'To', 'kundeportal' ) }
				value={ filters.before }
				min={ filters.after || undefined }
				onChange={ set( 'before' ) }
			/>
			{ isFiltered && (
				<Button
					__next40pxDefaultSize
					variant="tertiary"
					className="kundeportal-orders__clear"
					onClick={ () => onChange( EMPTY_FILTERS ) }
				>
					{ __( 'Clear filters', 'kundeportal' ) }
				</Button>
			) }
			{ error && (
				<p className="kundeportal-orders__filter-error" role="alert">
					{ error }
				</p>
			) }
		</fieldset>
	);
}
