/**
 * WordPress dependencies
 */
import { Button, Modal, Notice, TextareaControl } from '@wordpress/components';
import { useRef, useState } from '@wordpress/element';
import { __, _x, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { approveOrder, cancelOrder, handleApiError } from '../../api';
import type { OrderSummary } from '../../api';

export type Decision = 'approve' | 'cancel';

export const MESSAGE_MAX_LENGTH = 1000;

interface DecisionModalProps {
	decision: Decision;
	order: OrderSummary;
	onClose: () => void;
	onDone: ( decision: Decision, order: OrderSummary ) => void;
}

/**
 * Texts that differ between approving and cancelling.
 *
 * @param decision What the manager is about to do.
 * @param order    The order.
 */
function texts( decision: Decision, order: OrderSummary ) {
	if ( decision === 'approve' ) {
		return {
			title: __( 'Confirm order approval', 'kundeportal' ),
			intro: sprintf(
				/* translators: 1: order number, 2: name of the person who ordered. */
				__( 'Approve order #%1$s from %2$s?', 'kundeportal' ),
				order.number,
				order.customer.name
			),
			confirm: __( 'Approve', 'kundeportal' ),
			back: _x( 'Cancel', 'close the dialog', 'kundeportal' ),
			failed: __( 'Could not approve the order.', 'kundeportal' ),
		};
	}

	return {
		title: __( 'Cancel the order', 'kundeportal' ),
		intro: sprintf(
			/* translators: 1: order number, 2: name of the person who ordered. */
			__( 'Cancel order #%1$s from %2$s?', 'kundeportal' ),
			order.number,
			order.customer.name
		),
		confirm: __( 'Cancel the order', 'kundeportal' ),
		back: __( 'Keep the order', 'kundeportal' ),
		failed: __( 'Could not cancel the order.', 'kundeportal' ),
	};
}

/**
 * Dialog to approve or cancel an order, with an optional message to the
 * person who ordered. Submits at most once.
 *
 * @param props          Component props.
 * @param props.decision Approve or cancel.
 * @param props.order    The order.
 * @param props.onClose  Called when the dialog is dismissed.
 * @param props.onDone   Called after the server accepted the decision.
 */
export function DecisionModal( {
	decision,
	order,
	onClose,
	onDone,
}: DecisionModalProps ) {
	const [ message, setMessage ] = useState( '' );
	const [ isSubmitting, setIsSubmitting ] = useState( false );
	const [ error, setError ] = useState( '' );
	const submitted = useRef( false );
	const text = texts( decision, order );

	const submit = async () => {
		if ( submitted.current ) {
			return;
		}
		submitted.current = true;
		setIsSubmitting( true );
		setError( '' );

		const send = decision === 'approve' ? approveOrder : cancelOrder;
		try {
			await send( order.id, message.trim() );
			onDone( decision, order );
		} catch ( reason ) {
			submitted.current = false;
			setIsSubmitting( false );
			setError( handleApiError( reason, text.failed ) );
		}
	};

	return (
		<Modal
			title={ text.title }
			onRequestClose={ isSubmitting ? () => undefined : onClose }
			className="kundeportal-decision-modal"
		>
			<p>{ text.intro }</p>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			<h3 className="kundeportal-decision-modal__heading">
				{ __( 'Send a message to the orderer', 'kundeportal' ) }
			</h3>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Write a message', 'kundeportal' ) }
				help={ __(
					'Optional. The orderer receives it by e-mail.',
					'kundeportal'
				) }
				value={ message }
				onChange={ setMessage }
				maxLength={ MESSAGE_MAX_LENGTH }
				disabled={ isSubmitting }
				rows={ 4 }
			/>
			<div className="kundeportal-decision-modal__actions">
				<Button
					__next40pxDefaultSize
					variant="tertiary"
					onClick={ onClose }
					disabled={ isSubmitting }
				>
					{ text.back }
				</Button>
				<Button
					__next40pxDefaultSize
					variant="primary"
					isDestructive={ decision === 'cancel' }
					isBusy={ isSubmitting }
					disabled={ isSubmitting }
					accessibleWhenDisabled
					onClick={ submit }
				>
					{ text.confirm }
				</Button>
			</div>
		</Modal>
	);
}
