/**
 * WordPress dependencies
 */
import { Button, Modal, Notice } from '@wordpress/components';
import { useRef, useState } from '@wordpress/element';
import { __, _n, _x, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { deleteMember, handleApiError } from '../../api';
import type { Member } from '../../api';

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
		} catch ( reason ) {
			submitted.current = false;
			setIsSubmitting( false );
			setError(
				handleApiError(
					reason,
					__( 'Could not delete the user.', 'kundeportal' )
				)
			);
		}
	};

	return (
		<Modal
			title={ __( 'Delete user', 'kundeportal' ) }
			onRequestClose={ isSubmitting ? () => undefined : onClose }
			className="kundeportal-users-modal"
		>
			<p>
				{ sprintf(
					/* translators: %s: name of the user. */
					__(
						'Delete %s? They leave the company and their orders awaiting approval are cancelled; an account created in the portal can no longer log in. Their orders and the department’s history are kept.',
						'kundeportal'
					),
					member.name
				) }
			</p>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
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
					isDestructive
					isBusy={ isSubmitting }
					disabled={ isSubmitting }
					accessibleWhenDisabled
					onClick={ submit }
				>
					{ __( 'Delete user', 'kundeportal' ) }
				</Button>
			</div>
		</Modal>
	);
}
