/**
 * WordPress dependencies
 */
import { Button, Modal, Notice, TextControl } from '@wordpress/components';
import { useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	createDepartment,
	fieldErrors,
	handleApiError,
	updateDepartment,
} from '../../api';
import type { Department } from '../../api';
import {
	cleanDepartmentName,
	DEPARTMENT_NAME_MAX_LENGTH,
	validateDepartmentName,
} from './validation';

interface DepartmentFormProps {
	/** The department to rename; omit to create one. */
	department?: Department;
	/** Company of a new department. */
	companyId: number;
	/** Departments the user can see (for the unique-name check). */
	departments: Department[];
	onClose: () => void;
	onDone: ( department: Department, message: string ) => void;
}

/**
 * Dialog to create a department or rename one (company admins). Checks the
 * name like the server and shows the server's field error next to it.
 *
 * @param props             Component props.
 * @param props.department  Department to rename, or undefined to create.
 * @param props.companyId   Company of a new department.
 * @param props.departments Departments the user can see.
 * @param props.onClose     Called when the dialog is dismissed.
 * @param props.onDone      Called with the saved department and a message.
 */
export function DepartmentForm( {
	department,
	companyId,
	departments,
	onClose,
	onDone,
}: DepartmentFormProps ) {
	const [ name, setName ] = useState( department?.name ?? '' );
	const [ error, setError ] = useState< string >();
	const [ failure, setFailure ] = useState< string >();
	const [ busy, setBusy ] = useState( false );
	const input = useRef< HTMLInputElement >( null );
	const company = department?.company_id ?? companyId;

	const focus = () =>
		window.setTimeout(
			() =>
				document
					.getElementById( 'kundeportal-department-name' )
					?.focus(),
			0
		);

	const submit = async () => {
		if ( busy ) {
			return;
		}
		setFailure( undefined );
		const found = validateDepartmentName(
			name,
			departments,
			company,
			department?.id
		);
		setError( found );
		if ( found ) {
			focus();
			return;
		}
		setBusy( true );
		const clean = cleanDepartmentName( name );
		try {
			const saved = department
				? await updateDepartment( department.id, { name: clean } )
				: await createDepartment( {
						name: clean,
						company_id: company,
					} );
			onDone(
				saved,
				department
					? __( 'The department was renamed.', 'kundeportal' )
					: __( 'The department was created.', 'kundeportal' )
			);
		} catch ( caught ) {
			setBusy( false );
			const server = fieldErrors( caught ).name;
			if ( server ) {
				setError( server );
				focus();
			} else {
				setFailure(
					handleApiError(
						caught,
						__( 'Could not save the department.', 'kundeportal' )
					)
				);
			}
		}
	};

	return (
		<Modal
			title={
				department
					? __( 'Rename department', 'kundeportal' )
					: __( 'New department', 'kundeportal' )
			}
			onRequestClose={ busy ? () => undefined : onClose }
			className="kundeportal-departments-modal"
		>
			<form
				noValidate
				onSubmit={ ( event ) => {
					event.preventDefault();
					void submit();
				} }
			>
				{ failure && (
					<Notice status="error" isDismissible={ false }>
						{ failure }
					</Notice>
				) }
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					ref={ input }
					id="kundeportal-department-name"
					label={ __( 'Department name', 'kundeportal' ) }
					value={ name }
					onChange={ setName }
					maxLength={ DEPARTMENT_NAME_MAX_LENGTH }
					help={ error }
					aria-invalid={ !! error }
					className={ error ? 'is-invalid' : '' }
				/>
				<div className="kundeportal-departments-modal__actions">
					<Button
						variant="primary"
						type="submit"
						isBusy={ busy }
						disabled={ busy }
					>
						{ department
							? __( 'Save', 'kundeportal' )
							: __( 'Create department', 'kundeportal' ) }
					</Button>
					<Button
						variant="tertiary"
						onClick={ onClose }
						disabled={ busy }
					>
						{ __( 'Cancel', 'kundeportal' ) }
					</Button>
				</div>
			</form>
		</Modal>
	);
}
