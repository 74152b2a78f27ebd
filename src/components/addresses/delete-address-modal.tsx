/**
 * WordPress dependencies
 */
import { Button, Modal, Notice } from '@wordpress/components';
import { useRef, useState } from '@wordpress/element';
import { __, _x, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { deleteDepartmentAddress, handleApiError } from '../../api';
import type { DepartmentAddress } from '../../api';

interface DeleteAddressModalProps {
	address: DepartmentAddress;
	onClose: () => void;
	onDone: ( message: string ) => void;
}

/**
 * Asks before removing a department address; removes it at most once.
 *
 * @param props         Component props.
 * @param props.address The address.
 * @param props.onClose Called when the dialog is dismissed.
 * @param props.onDone  Called with a message after the address was removed.
 */
export function DeleteAddressModal( {
	address,
	onClose,
	onDone,
}: DeleteAddressModalProps ) {
	const [ isSubmitting, setIsSubmitting ] = useState( false );
	const [ error, setError ] = useState( '' );
	const submitted = useRef( false );

	const submit = async () => {
		if ( submitted.current ) {
			return;
		}
		submitted.current = true;
		setIsSubmitting( true );
		setError( '' );
		try {
			await deleteDepartmentAddress( address.department_id, address.id );
			onDone(
				sprintf(
					/* translators: %s: name of the address. */
					__( 'The address %s was removed.', 'kundeportal' ),
					address.label
				)
			);
		} catch ( reason ) {
			submitted.current = false;
			setIsSubmitting( false );
			setError(
				handleApiError(
					reason,
					__( 'Could not remove the address.', 'kundeportal' )
				)
			);
		}
	};

	return (
		<Modal
			title={ __( 'Remove address', 'kundeportal' ) }
			onRequestClose={ isSubmitting ? () => undefined : onClose }
			className="kundeportal-addresses-modal"
		>
			<p>
				{ sprintf(
					/* translators: %s: name of the address. */
					__(
						'Remove the address %s? Members can no longer choose it at checkout. Orders already sent there keep it.',
						'kundeportal'
					),
					address.label
				) }
			</p>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
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
					isDestructive
					isBusy={ isSubmitting }
					disabled={ isSubmitting }
					accessibleWhenDisabled
					onClick={ submit }
				>
					{ __( 'Remove address', 'kundeportal' ) }
				</Button>
			</div>
		</Modal>
	);
}
