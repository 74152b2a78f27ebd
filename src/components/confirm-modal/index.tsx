/**
 * WordPress dependencies
 */
import { Button, Modal, Notice } from '@wordpress/components';
import { useRef, useState } from '@wordpress/element';
import { _x } from '@wordpress/i18n';
import type { ReactNode } from 'react';

/**
 * Internal dependencies
 */
import { handleApiError } from '../../api';

interface ConfirmModalProps {
	title: string;
	/** Root class; its `__actions` element holds the buttons. */
	className: string;
	/** What will happen, asked as a question. */
	children: ReactNode;
	confirmLabel: string;
	isDestructive?: boolean;
	/** Does the change; resolves when it is done (the dialog's owner then closes it). */
	onConfirm: () => Promise< void >;
	/** Shown when the change fails and the server gave no message. */
	failureMessage: string;
	onClose: () => void;
}

/**
 * Asks before a change and makes it at most once: double clicks do nothing, the dialog
 * cannot be dismissed while the request runs, and a failure is shown in the dialog (the
 * server's translated message, else `failureMessage`) so the user can try again.
 *
 * @param props                Component props.
 * @param props.title          Dialog title.
 * @param props.className      Root class.
 * @param props.children       The question.
 * @param props.confirmLabel   Label of the confirm button.
 * @param props.isDestructive  Whether the confirm button is red.
 * @param props.onConfirm      Makes the change.
 * @param props.failureMessage Fallback error message.
 * @param props.onClose        Called when the dialog is dismissed.
 */
export function ConfirmModal( {
	title,
	className,
	children,
	confirmLabel,
	isDestructive = false,
	onConfirm,
	failureMessage,
	onClose,
}: ConfirmModalProps ) {
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
			await onConfirm();
		} catch ( reason ) {
			submitted.current = false;
			setIsSubmitting( false );
			setError( handleApiError( reason, failureMessage ) );
		}
	};

	return (
		<Modal
			title={ title }
			onRequestClose={ isSubmitting ? () => undefined : onClose }
			className={ className }
		>
			<p>{ children }</p>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			<div className={ `${ className }__actions` }>
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
					isDestructive={ isDestructive }
					isBusy={ isSubmitting }
					disabled={ isSubmitting }
					accessibleWhenDisabled
					onClick={ submit }
				>
					{ confirmLabel }
				</Button>
			</div>
		</Modal>
	);
}
