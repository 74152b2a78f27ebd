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
	createMember,
	fieldErrors,
	getDepartmentAddresses,
	handleApiError,
} from '../../api';
import type { Me, NewMember } from '../../api';
import { useRequest } from '../../hooks/use-request';
import {
	firstInvalidField,
	parseMoneyInput,
	toMoneyInput,
	validateNewUser,
	type UserFormErrors,
	type UserFormValues,
} from './validation';

interface AddUserModalProps {
	me: Me;
	onClose: () => void;
	onDone: ( message: string ) => void;
}

const ID = 'kundeportal-add-user';

/**
 * Id of a form field's input.
 *
 * @param field Field name.
 */
export function fieldId( field: keyof UserFormValues ): string {
	return `${ ID }-${ field.replace( '_', '-' ) }`;
}

/**
 * Moves focus to a field's input (after React rendered the errors).
 *
 * @param field Field name.
 */
function focusField( field: keyof UserFormValues ) {
	window.setTimeout( () => {
		const element = document.getElementById( fieldId( field ) );
		element?.focus();
	}, 0 );
}

/**
 * The add-user dialog: department, credit limit (the company's standard
 * to start with), names, e-mail, position and address. Checks the fields
 * like the server, then shows the server's field errors next to each field.
 *
 * @param props         Component props.
 * @param props.me      The current user (departments, currency).
 * @param props.onClose Called when the dialog is dismissed.
 * @param props.onDone  Called with a message after the user was added.
 */
export function AddUserModal( { me, onClose, onDone }: AddUserModalProps ) {
	const currency = me.currency;
	const first = me.managed_departments[ 0 ];
	const [ values, setValues ] = useState< UserFormValues >( {
		department_id:
			me.managed_departments.length === 1 && first
				? String( first.id )
				: '',
		credit_limit: first
			? toMoneyInput( first.default_credit_limit, currency )
			: '',
		first_name: '',
		last_name: '',
		email: '',
		position: '',
		address: 'private',
	} );
	const [ errors, setErrors ] = useState< UserFormErrors >( {} );
	const [ failure, setFailure ] = useState( '' );
	const [ isSubmitting, setIsSubmitting ] = useState( false );
	const submitted = useRef( false );
	const departmentId = Number( values.department_id );
	// The chosen department's addresses join "private"; without them only "private" is offered.
	const { data: departmentAddresses } = useRequest(
		() =>
			departmentId > 0
				? getDepartmentAddresses( departmentId ).catch( () => [] )
				: Promise.resolve( [] ),
		[ departmentId ]
	);
	const addressOptions: { value: string; label: string }[] = [
		{ value: 'private', label: __( 'Private address', 'kundeportal' ) },
		...( departmentAddresses ?? [] ).map( ( address ) => ( {
			value: String( address.id ),
			label: sprintf(
				/* translators: 1: name of the address, 2: street address, 3: city. */
				__( '%1$s (%2$s, %3$s)', 'kundeportal' ),
				address.label,
				address.address_1,
				address.city
			),
		} ) ),
	];

	const set = ( field: keyof UserFormValues ) => ( value: string ) => {
		setValues( ( current ) => {
			const next = { ...current, [ field ]: value };
			if (
				field === 'department_id' &&
				value !== current.department_id
			) {
				// Addresses belong to a department: start over with the private one.
				next.address = 'private';
			}
			if ( field === 'department_id' ) {
				const department = me.managed_departments.find(
					( d ) => String( d.id ) === value
				);
				const before = me.managed_departments.find(
					( d ) => String( d.id ) === current.department_id
				);
				// A new company's standard replaces the old standard, not a typed limit.
				if (
					department &&
					( ! before ||
						current.credit_limit ===
							toMoneyInput(
								before.default_credit_limit,
								currency
							) )
				) {
					next.credit_limit = toMoneyInput(
						department.default_credit_limit,
						currency
					);
				}
			}
			return next;
		} );
	};

	const showErrors = ( found: UserFormErrors ) => {
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
		const found = validateNewUser( values, currency );
		if ( Object.keys( found ).length > 0 ) {
			showErrors( found );
			return;
		}

		submitted.current = true;
		setIsSubmitting( true );
		setErrors( {} );
		const member: NewMember = {
			first_name: values.first_name.trim(),
			last_name: values.last_name.trim(),
			email: values.email.trim(),
			department_id: Number( values.department_id ),
			position: values.position.trim(),
			address: values.address,
			credit_limit: parseMoneyInput( values.credit_limit, currency ) ?? 0,
		};
		try {
			const created = await createMember( member );
			onDone(
				sprintf(
					/* translators: 1: name of the user, 2: e-mail address. */
					__(
						'%1$s was added. An e-mail to set a password was sent to %2$s.',
						'kundeportal'
					),
					created.name,
					created.email
				)
			);
		} catch ( reason ) {
			submitted.current = false;
			setIsSubmitting( false );
			const server = fieldErrors( reason );
			if ( Object.keys( server ).length > 0 ) {
				showErrors( server );
			} else {
				setFailure(
					handleApiError(
						reason,
						__( 'Could not add the user.', 'kundeportal' )
					)
				);
			}
		}
	};

	const text = (
		field: keyof UserFormValues,
		label: string,
		extra: {
			type?: 'text' | 'email';
			inputMode?: 'decimal';
			help?: string;
		} = {}
	) => (
		<TextControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			id={ fieldId( field ) }
			label={ label }
			value={ values[ field ] }
			onChange={ set( field ) }
			type={ extra.type ?? 'text' }
			{ ...( extra.inputMode ? { inputMode: extra.inputMode } : {} ) }
			help={ errors[ field ] ?? extra.help }
			aria-invalid={ !! errors[ field ] }
			className={ errors[ field ] ? 'is-invalid' : '' }
		/>
	);

	return (
		<Modal
			title={ __( 'Add new user', 'kundeportal' ) }
			onRequestClose={ isSubmitting ? () => undefined : onClose }
			className="kundeportal-users-modal"
		>
			<form
				noValidate
				className="kundeportal-users-modal__form"
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
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					id={ fieldId( 'department_id' ) }
					label={ __( 'Department', 'kundeportal' ) }
					value={ values.department_id }
					options={ [
						...( me.managed_departments.length > 1
							? [
									{
										value: '',
										label: __(
											'Choose a department',
											'kundeportal'
										),
									},
								]
							: [] ),
						...me.managed_departments.map( ( d ) => ( {
							value: String( d.id ),
							label: d.name,
						} ) ),
					] }
					onChange={ set( 'department_id' ) }
					help={ errors.department_id }
					aria-invalid={ !! errors.department_id }
					className={ errors.department_id ? 'is-invalid' : '' }
				/>
				{ text(
					'credit_limit',
					sprintf(
						/* translators: %s: currency code, e.g. NOK. */
						__( 'Credit limit (%s)', 'kundeportal' ),
						currency.currency_code
					),
					{ inputMode: 'decimal' }
				) }
				{ text( 'first_name', __( 'First name', 'kundeportal' ) ) }
				{ text( 'last_name', __( 'Last name', 'kundeportal' ) ) }
				{ text( 'email', __( 'E-mail', 'kundeportal' ), {
					type: 'email',
				} ) }
				{ text(
					'position',
					__( 'Position (optional)', 'kundeportal' )
				) }
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					id={ fieldId( 'address' ) }
					label={ __( 'Address', 'kundeportal' ) }
					value={ values.address }
					options={ addressOptions }
					onChange={ set( 'address' ) }
					help={ errors.address }
					aria-invalid={ !! errors.address }
					className={ errors.address ? 'is-invalid' : '' }
				/>
				<div className="kundeportal-users-modal__actions">
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
						{ __( 'Add user', 'kundeportal' ) }
					</Button>
				</div>
			</form>
		</Modal>
	);
}
