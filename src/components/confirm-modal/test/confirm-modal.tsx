/**
 * External dependencies
 */
import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import { ConfirmModal } from '..';

describe( 'ConfirmModal', () => {
	it( 'confirms at most once, however often it is clicked', async () => {
		let finish: () => void = () => undefined;
		const onConfirm = jest.fn(
			() =>
				new Promise< void >( ( resolve ) => {
					finish = resolve;
				} )
		);
		render(
			<ConfirmModal
				title="Remove address"
				className="x"
				confirmLabel="Remove"
				onConfirm={ onConfirm }
				failureMessage="Could not remove."
				onClose={ () => undefined }
			>
				Remove it?
			</ConfirmModal>
		);

		const button = screen.getByRole( 'button', { name: 'Remove' } );
		await userEvent.click( button );
		await userEvent.click( button );
		finish();

		expect( onConfirm ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'shows the failure in the dialog and lets the user try again', async () => {
		const onConfirm = jest
			.fn< () => Promise< void > >()
			.mockRejectedValueOnce( new Error( 'network' ) )
			.mockResolvedValueOnce( undefined );
		render(
			<ConfirmModal
				title="Remove address"
				className="x"
				confirmLabel="Remove"
				onConfirm={ onConfirm }
				failureMessage="Could not remove."
				onClose={ () => undefined }
			>
				Remove it?
			</ConfirmModal>
		);

		await userEvent.click(
			screen.getByRole( 'button', { name: 'Remove' } )
		);
		expect(
			await screen.findByText( 'Could not remove.', {
				selector: '.components-notice__content',
			} )
		).toBeInTheDocument();

		await userEvent.click(
			screen.getByRole( 'button', { name: 'Remove' } )
		);
		expect( onConfirm ).toHaveBeenCalledTimes( 2 );
	} );
} );
