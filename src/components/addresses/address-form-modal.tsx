/**
 * WordPress dependencies
 */
import {
	Button,
	Modal,
	Notice,
	SelectControl,
	TextControl,
} from '@wordpress/components';
import { useRef, useState } from '@wordpress/element';
import { __, _x, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	createDepartmentAddress,
	fieldErrors,
	handleApiError,
	updateDepartmentAddress,
} from '../../api';
import type { DepartmentAddress } from '../../api';
import {
	emptyAddress,
	FIELD_ORDER,
	firstInvalidField,
	toFormErrors,
	trimAddress,
	validateAddress,
	type AddressFormErrors,
	type AddressFormValues,
} from './validation';

interface AddressFormModalProps {
	departmentId: number;
	/** The address to edit; a new one when undefined. */
	address?: DepartmentAddress | undefined;
	/** Country code => name, as the shop ships to. */
	countries: Record< string, string >;
	defaultCountry: string;
	onClose: () => void;
	onDone: ( message: string ) => void;
}

const ID = 'kundeportal-address';

/**
 * Id of a form field's input.
 *
 * @param field Field name.
 */
export function addressFieldId( field: keyof AddressFormValues ): string {
	return `${ ID }-${ field.replace( '_', '-' ) }`;
}

/**
 * Moves focus to a field's input (after React rendered the errors).
 *
 * @param field Field name.
 */
function focusField( field: keyof AddressFormValues ) {
	window.setTimeout( () => {
		document.getElementById( addressFieldId( field ) )?.focus();
	}, 0 );
}

/**
 * The add/edit dialog of a department address. Checks the fields like the
 * server, then shows the server's field errors next to each field; focus
 * moves to the first field with an error.
 *
 * @param props                Component props.
 * @param props.departmentId   Department the address belongs to.
 * @param props.address        The address to edit, or undefined to add one.
 * @param props.countries      Country code => name.
 * @param props.defaultCountry Country of a new address.
 * @param props.onClose        Called when the dialog is dismissed.
 * @param props.onDone         Called with a message after saving.
 */
export function AddressFormModal( {
	departmentId,
	address,
	countries,
	defaultCountry,
	onClose,
	onDone,
}: AddressFormModalProps ) {
	const [ values, setValues ] = useState< AddressFormValues >( () => {
		const start = emptyAddress( defaultCountry );
		if ( ! address ) {
			return start;
		}
		for ( const field of FIELD_ORDER ) {
			start[ field ] = address[ field ];
		}
		return start;
	} );
	const [ errors, setErrors ] = useState< AddressFormErrors >( {} );
	const [ failure, setFailure ] = useState( '' );
	const [ isSubmitting, setIsSubmitting ] = useState( false );
	const submitted = useRef( false );

	const countryOptions = Object.entries( countries ).map(
		( [ value, label ] ) => ( { value, label } )
	);
	if ( values.country && ! countries[ values.country ] ) {
		countryOptions.unshift( {
			value: values.country,
			label: values.country,
		} );
	}

	const set = ( field: keyof AddressFormValues ) => ( value: string ) =>
		setValues( ( current ) => ( { ...current, [ field ]: value } ) );

	const showErrors = ( found: AddressFormErrors ) => {
		setErrors( found );
		const field = firstInvalidField( found );
		if ( field ) {
			focusField( field );
		}
	};

	const submit = async () => {
		if ( submitted.current ) {
			return;
		}
		setFailure( '' );
		const found = validateAddress( values, Object.keys( countries ) );
		if ( Object.keys( found ).length > 0 ) {
			showErrors( found );
			return;
		}

		submitted.current = true;
		setIsSubmitting( true );
		setErrors( {} );
		const fields = trimAddress( values );
		try {
			const saved = address
				? await updateDepartmentAddress(
						departmentId,
						address.id,
						fields
					)
				: await createDepartmentAddress( departmentId, fields );
			onDone(
				address
					? sprintf(
							/* translators: %s: name of the address. */
							__( 'The address %s was saved.', 'kundeportal' ),
							saved.label
						)
					: sprintf(
							/* translators: %s: name of the address. */
							__( 'The address %s was added.', 'kundeportal' ),
							saved.label
						)
			);
		} catch ( reason ) {
			submitted.current = false;
			setIsSubmitting( false );
			const server = toFormErrors( fieldErrors( reason ) );
			if ( Object.keys( server ).length > 0 ) {
				showErrors( server );
			} else {
				setFailure(
					handleApiError(
						reason,
						__( 'Could not save the address.', 'kundeportal' )
					)
				);
			}
		}
	};

	const text = (
		field: keyof AddressFormValues,
		label: string,
		extra: { type?: 'text' | 'tel'; autoComplete?: string } = {}
	) => (
		<TextControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			id={ addressFieldId( field ) }
			label={ label }
			value={ values[ field ] }
			onChange={ set( field ) }
			type={ extra.type ?? 'text' }
			autoComplete={ extra.autoComplete ?? 'off' }
			help={ errors[ field ] }
			aria-invalid={ !! errors[ field ] }
			className={ errors[ field ] ? 'is-invalid' : '' }
		/>
	);

	return (
		<Modal
			title={
				address
					? __( 'Edit address', 'kundeportal' )
					: __( 'Add address', 'kundeportal' )
			}
			onRequestClose={ isSubmitting ? () => undefined : onClose }
			className="kundeportal-addresses-modal"
		>
			<form
				noValidate
				className="kundeportal-addresses-modal__form"
				onSubmit={ ( event ) => {
					event.preventDefault();
					submit();
				} }
			>
				{ failure && (
					<Notice status="error" isDismissible={ false }>
						{ failure }
					</Notice>
				) }
				{ text( 'label', __( 'Name of the address', 'kundeportal' ) ) }
				<div className="kundeportal-addresses-modal__row">
					{ text(
						'first_name',
						__( 'First name (optional)', 'kundeportal' )
					) }
					{ text(
						'last_name',
						__( 'Last name (optional)', 'kundeportal' )
					) }
				</div>
				{ text( 'company', __( 'Company (optional)', 'kundeportal' ) ) }
				{ text( 'address_1', __( 'Street address', 'kundeportal' ) ) }
				{ text(
					'address_2',
					__( 'Apartment, floor, etc. (optional)', 'kundeportal' )
				) }
				<div className="kundeportal-addresses-modal__row">
					{ text( 'postcode', __( 'Postcode', 'kundeportal' ) ) }
					{ text( 'city', __( 'City', 'kundeportal' ) ) }
				</div>
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					id={ addressFieldId( 'country' ) }
					label={ __( 'Country', 'kundeportal' ) }
					value={ values.country }
					options={ [
						...( values.country === ''
							? [
									{
										value: '',
										label: __(
											'Choose a country',
											'kundeportal'
										),
									},
								]
							: [] ),
						...countryOptions,
					] }
					onChange={ set( 'country' ) }
					help={ errors.country }
					aria-invalid={ !! errors.country }
					className={ errors.country ? 'is-invalid' : '' }
				/>
				{ text( 'phone', __( 'Phone (optional)', 'kundeportal' ), {
					type: 'tel',
				} ) }
				<div className="kundeportal-addresses-modal__actions">
					<Button
						__next40pxDefaultSize
						variant="tertiary"
						disabled={ isSubmitting }
						onClick={ onClose }
					>
						{ _x( 'Cancel', 'close the dialog', 'kundeportal' ) }
					</Button>
					<Button
						__next40pxDefaultSize
						variant="primary"
						type="submit"
						isBusy={ isSubmitting }
						disabled={ isSubmitting }
						accessibleWhenDisabled
					>
						{ address
							? __( 'Save address', 'kundeportal' )
							: __( 'Add address', 'kundeportal' ) }
					</Button>
				</div>
			</form>
		</Modal>
	);
}
