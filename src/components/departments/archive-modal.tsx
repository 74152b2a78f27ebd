/**
 * WordPress dependencies
 */
import { Button, Modal, Notice } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { handleApiError, updateDepartment } from '../../api';
import type { Department } from '../../api';

interface ArchiveModalProps {
	department: Department;
	onClose: () => void;
	onDone: ( department: Department, message: string ) => void;
}

/**
 * Confirms archiving (or reactivating) a department.
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
	const [ busy, setBusy ] = useState( false );
	const [ failure, setFailure ] = useState< string >();
	const archive = department.status !== 'archived';

	const confirm = async () => {
		setBusy( true );
		setFailure( undefined );
		try {
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
		} catch ( caught ) {
			setBusy( false );
			setFailure(
				handleApiError(
					caught,
					__( 'Could not change the department.', 'kundeportal' )
				)
			);
		}
	};

	return (
		<Modal
			title={
				archive
					? __( 'Archive department', 'kundeportal' )
					: __( 'Reactivate department', 'kundeportal' )
			}
			onRequestClose={ busy ? () => undefined : onClose }
			className="kundeportal-departments-modal"
		>
			{ failure && (
				<Notice status="error" isDismissible={ false }>
					{ failure }
				</Notice>
			) }
			<p>
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
			</p>
			<div className="kundeportal-departments-modal__actions">
				<Button
					variant="primary"
					isDestructive={ archive }
					onClick={ confirm }
					isBusy={ busy }
					disabled={ busy }
				>
					{ archive
						? __( 'Archive', 'kundeportal' )
						: __( 'Reactivate', 'kundeportal' ) }
				</Button>
				<Button
					variant="tertiary"
					onClick={ onClose }
					disabled={ busy }
				>
					{ __( 'Cancel', 'kundeportal' ) }
				</Button>
			</div>
		</Modal>
	);
}
