/**
 * WordPress dependencies
 */
import { Button, Notice, SelectControl, Spinner } from '@wordpress/components';
import { useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { getDepartmentAddresses, handleApiError } from '../../api';
import type { DepartmentAddress, ManagedDepartment } from '../../api';
import { useRequest } from '../../hooks/use-request';
import { AddressFormModal } from './address-form-modal';
import { DeleteAddressModal } from './delete-address-modal';
import './addresses.scss';

interface DepartmentAddressesProps {
	departments: ManagedDepartment[];
	/** Country code => name, as the shop ships to. */
	countries: Record< string, string >;
	defaultCountry: string;
}

type Dialog =
	| { kind: 'add' }
	| { kind: 'edit'; address: DepartmentAddress }
	| { kind: 'delete'; address: DepartmentAddress }
	| null;

/**
 * The lines of an address as shown in the list (empty parts left out).
 *
 * @param address   The address.
 * @param countries Country code => name.
 */
export function addressLines(
	address: DepartmentAddress,
	countries: Record< string, string >
): string[] {
	const name = [ address.first_name, address.last_name ]
		.filter( Boolean )
		.join( ' ' );

	return [
		name,
		address.company,
		address.address_1,
		address.address_2,
		[ address.postcode, address.city ].filter( Boolean ).join( ' ' ),
		countries[ address.country ] ?? address.country,
		address.phone,
	].filter( ( line ) => line !== '' );
}

/**
 * The department addresses section of the Addresses tab: per department
 * (a select when the manager has several) the list of addresses, with add,
 * edit and remove.
 *
 * @param props                Component props.
 * @param props.departments    Departments the user manages.
 * @param props.countries      Country code => name.
 * @param props.defaultCountry Country of a new address.
 */
export function DepartmentAddresses( {
	departments,
	countries,
	defaultCountry,
}: DepartmentAddressesProps ) {
	const [ departmentId, setDepartmentId ] = useState(
		departments[ 0 ]?.id ?? 0
	);
	const [ dialog, setDialog ] = useState< Dialog >( null );
	const [ message, setMessage ] = useState( '' );
	const addButton = useRef< HTMLButtonElement >( null );
	const { data, error, isLoading, reload } = useRequest(
		() => getDepartmentAddresses( departmentId ),
		[ departmentId ]
	);
	const department = departments.find( ( d ) => d.id === departmentId );

	const done = ( text: string, refocus: boolean ) => {
		setDialog( null );
		setMessage( text );
		reload();
		if ( refocus ) {
			window.setTimeout( () => addButton.current?.focus(), 0 );
		}
	};

	return (
		<div className="kundeportal-addresses">
			{ departments.length > 1 && (
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Department', 'kundeportal' ) }
					value={ String( departmentId ) }
					options={ departments.map( ( d ) => ( {
						value: String( d.id ),
						label: d.name,
					} ) ) }
					onChange={ ( value ) => {
						setMessage( '' );
						setDepartmentId( Number( value ) );
					} }
					className="kundeportal-addresses__department"
				/>
			) }
			<p className="kundeportal-addresses__intro">
				{ department
					? sprintf(
							/* translators: %s: department name. */
							__(
								'Members of %s can choose these addresses at checkout.',
								'kundeportal'
							),
							department.name
						)
					: null }
			</p>
			{ message && (
				<Notice
					status="success"
					onRemove={ () => setMessage( '' ) }
					spokenMessage={ message }
				>
					{ message }
				</Notice>
			) }
			{ error ? (
				<Notice status="error" isDismissible={ false }>
					{ handleApiError(
						error,
						__(
							'Could not load the department addresses.',
							'kundeportal'
						)
					) }
				</Notice>
			) : null }
			{ isLoading && ! data ? <Spinner /> : null }
			{ data && data.length === 0 ? (
				<p>
					{ __(
						'This department has no addresses yet.',
						'kundeportal'
					) }
				</p>
			) : null }
			{ data && data.length > 0 ? (
				<ul
					className="kundeportal-addresses__list"
					aria-busy={ isLoading }
				>
					{ data.map( ( address ) => (
						<li
							key={ address.id }
							className="kundeportal-addresses__item"
						>
							<h3 className="kundeportal-addresses__label">
								{ address.label }
							</h3>
							<address className="kundeportal-addresses__lines">
								{ addressLines( address, countries ).map(
									( line, index ) => (
										<span key={ index }>{ line }</span>
									)
								) }
							</address>
							<div className="kundeportal-addresses__actions">
								<Button
									__next40pxDefaultSize
									variant="secondary"
									onClick={ () =>
										setDialog( { kind: 'edit', address } )
									}
									aria-label={ sprintf(
										/* translators: %s: name of the address. */
										__( 'Edit %s', 'kundeportal' ),
										address.label
									) }
								>
									{ __( 'Edit', 'kundeportal' ) }
								</Button>
								<Button
									__next40pxDefaultSize
									variant="tertiary"
									isDestructive
									onClick={ () =>
										setDialog( {
											kind: 'delete',
											address,
										} )
									}
									aria-label={ sprintf(
										/* translators: %s: name of the address. */
										__( 'Remove %s', 'kundeportal' ),
										address.label
									) }
								>
									{ __( 'Remove', 'kundeportal' ) }
								</Button>
							</div>
						</li>
					) ) }
				</ul>
			) : null }
			{ department ? (
				<Button
					__next40pxDefaultSize
					ref={ addButton }
					variant="primary"
					onClick={ () => setDialog( { kind: 'add' } ) }
				>
					{ __( 'Add address', 'kundeportal' ) }
				</Button>
			) : null }
			{ dialog?.kind === 'add' || dialog?.kind === 'edit' ? (
				<AddressFormModal
					departmentId={ departmentId }
					address={
						dialog.kind === 'edit' ? dialog.address : undefined
					}
					countries={ countries }
					defaultCountry={ defaultCountry }
					onClose={ () => setDialog( null ) }
					onDone={ ( text ) => done( text, false ) }
				/>
			) : null }
			{ dialog?.kind === 'delete' ? (
				<DeleteAddressModal
					address={ dialog.address }
					onClose={ () => setDialog( null ) }
					onDone={ ( text ) => done( text, true ) }
				/>
			) : null }
		</div>
	);
}
