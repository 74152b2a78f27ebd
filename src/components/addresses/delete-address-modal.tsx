/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { deleteDepartmentAddress } from '../../api';
import type { DepartmentAddress } from '../../api';
import { ConfirmModal } from '../confirm-modal';

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
	const remove = async () => {
		await deleteDepartmentAddress( address.department_id, address.id );
		onDone(
			sprintf(
				/* translators: %s: name of the address. */
				__( 'The address %s was removed.', 'kundeportal' ),
				address.label
			)
		);
	};

	return (
		<ConfirmModal
			title={ __( 'Remove address', 'kundeportal' ) }
			className="kundeportal-addresses-modal"
			confirmLabel={ __( 'Remove address', 'kundeportal' ) }
			isDestructive
			onConfirm={ remove }
			failureMessage={ __(
				'Could not remove the address.',
				'kundeportal'
			) }
			onClose={ onClose }
		>
			{ sprintf(
				/* translators: %s: name of the address. */
				__(
					'Remove the address %s? Members can no longer choose it at checkout. Orders already sent there keep it.',
					'kundeportal'
				),
				address.label
			) }
		</ConfirmModal>
	);
}
