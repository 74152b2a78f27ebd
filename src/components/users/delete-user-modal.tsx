/**
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { deleteMember } from '../../api';
import type { Member } from '../../api';
import { ConfirmModal } from '../confirm-modal';

interface DeleteUserModalProps {
	member: Member;
	onClose: () => void;
	onDone: ( message: string ) => void;
}

/**
 * Asks before deleting a user; deletes at most once.
 *
 * @param props         Component props.
 * @param props.member  The user.
 * @param props.onClose Called when the dialog is dismissed.
 * @param props.onDone  Called with a message after the user was deleted.
 */
export function DeleteUserModal( {
	member,
	onClose,
	onDone,
}: DeleteUserModalProps ) {
	const remove = async () => {
		const result = await deleteMember( member.user_id );
		const cancelled = result.cancelled_orders.length;
		onDone(
			cancelled > 0
				? sprintf(
						/* translators: 1: name of the user, 2: number of cancelled orders. */
						_n(
							'%1$s was deleted. %2$d order awaiting approval was cancelled.',
							'%1$s was deleted. %2$d orders awaiting approval were cancelled.',
							cancelled,
							'kundeportal'
						),
						member.name,
						cancelled
					)
				: sprintf(
						/* translators: %s: name of the user. */
						__( '%s was deleted.', 'kundeportal' ),
						member.name
					)
		);
	};

	return (
		<ConfirmModal
			title={ __( 'Delete user', 'kundeportal' ) }
			className="kundeportal-users-modal"
			confirmLabel={ __( 'Delete user', 'kundeportal' ) }
			isDestructive
			onConfirm={ remove }
			failureMessage={ __( 'Could not delete the user.', 'kundeportal' ) }
			onClose={ onClose }
		>
			{ sprintf(
				/* translators: %s: name of the user. */
				__(
					'Delete %s? They leave the company and their orders awaiting approval are cancelled; an account created in the portal can no longer log in. Their orders and the department’s history are kept.',
					'kundeportal'
				),
				member.name
			) }
		</ConfirmModal>
	);
}
