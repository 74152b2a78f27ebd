/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { updateDepartment } from '../../api';
import type { Department } from '../../api';
import { ConfirmModal } from '../confirm-modal';

interface ArchiveModalProps {
	department: Department;
	onClose: () => void;
	onDone: ( department: Department, message: string ) => void;
}

/**
 * Confirms archiving (or reactivating) a department; changes it at most once.
 *
 * @param props            Component props.
 * @param props.department The department.
 * @param props.onClose    Called when the dialog is dismissed.
 * @param props.onDone     Called with the changed department and a message.
 */
export function ArchiveModal( {
	department,
	onClose,
	onDone,
}: ArchiveModalProps ) {
	const archive = department.status !== 'archived';

	const change = async () => {
		const saved = await updateDepartment( department.id, {
			status: archive ? 'archived' : 'active',
		} );
		onDone(
			saved,
			archive
				? sprintf(
						/* translators: %s: department name. */
						__( '%s was archived.', 'kundeportal' ),
						saved.name
					)
				: sprintf(
						/* translators: %s: department name. */
						__( '%s is active again.', 'kundeportal' ),
						saved.name
					)
		);
	};

	return (
		<ConfirmModal
			title={
				archive
					? __( 'Archive department', 'kundeportal' )
					: __( 'Reactivate department', 'kundeportal' )
			}
			className="kundeportal-departments-modal"
			confirmLabel={
				archive
					? __( 'Archive', 'kundeportal' )
					: __( 'Reactivate', 'kundeportal' )
			}
			isDestructive={ archive }
			onConfirm={ change }
			failureMessage={ __(
				'Could not change the department.',
				'kundeportal'
			) }
			onClose={ onClose }
		>
			{ archive
				? sprintf(
						/* translators: %s: department name. */
						__(
							'Archive %s? Its users, history and orders stay, but it cannot get new users, and its registration link stops working.',
							'kundeportal'
						),
						department.name
					)
				: sprintf(
						/* translators: %s: department name. */
						__(
							'Reactivate %s? It can get new users and a registration link again.',
							'kundeportal'
						),
						department.name
					) }
		</ConfirmModal>
	);
}
