/**
 * WordPress dependencies
 */
import { Button, Notice, Spinner } from '@wordpress/components';
import { useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { createInvite, getInvite, handleApiError } from '../../src/api';
import { useRequest } from '../../src/hooks/use-request';
import { copyText } from './copy-text';

type CopyState = 'idle' | 'copied' | 'selected';

/**
 * The new link in a read-only input, a "Copy the link" button and a visible
 * confirmation (or, without a clipboard, the link selected for Ctrl+C).
 *
 * @param props     Component props.
 * @param props.url The link.
 */
function LinkCopy( { url }: { url: string } ) {
	const input = useRef< HTMLInputElement >( null );
	const [ copy, setCopy ] = useState< CopyState >( 'idle' );

	const onCopy = async () => {
		setCopy(
			( await copyText( url, input.current ) ) ? 'copied' : 'selected'
		);
	};

	return (
		<>
			<div className="kundeportal-registration-link__row">
				<input
					ref={ input }
					type="text"
					readOnly
					value={ url }
					aria-label={ __( 'Registration link', 'kundeportal' ) }
					onFocus={ ( event ) => event.target.select() }
				/>
				<Button variant="primary" onClick={ onCopy }>
					{ __( 'Copy the link', 'kundeportal' ) }
				</Button>
			</div>
			<p role="status" aria-live="polite">
				{ copy === 'copied' && __( 'Copied', 'kundeportal' ) }
				{ copy === 'selected' &&
					__(
						'The link is selected: press Ctrl+C (⌘C on Mac) to copy it.',
						'kundeportal'
					) }
			</p>
		</>
	);
}

interface RegistrationLinkProps {
	departmentId: number;
}

/**
 * "Create a registration link" box. The server keeps only a hash of the
 * token, so the URL is shown right after it is created; later the manager
 * creates a new link (the old one stops working).
 *
 * @param props              Component props.
 * @param props.departmentId Department of the link.
 */
export function RegistrationLink( { departmentId }: RegistrationLinkProps ) {
	const [ url, setUrl ] = useState< string >();
	const [ busy, setBusy ] = useState( false );
	const [ failure, setFailure ] = useState< string >();
	const { data, error, isLoading } = useRequest(
		() => getInvite( departmentId ),
		[ departmentId ]
	);

	const create = async () => {
		setBusy( true );
		setFailure( undefined );
		try {
			setUrl( ( await createInvite( departmentId ) ).url ?? undefined );
		} catch ( caught ) {
			setFailure(
				handleApiError(
					caught,
					__( 'Could not create the link.', 'kundeportal' )
				)
			);
		}
		setBusy( false );
	};

	return (
		<section
			className="kundeportal-registration-link"
			aria-labelledby="kundeportal-registration-link"
		>
			<h2 id="kundeportal-registration-link">
				{ __( 'Create a registration link', 'kundeportal' ) }
			</h2>
			<p>
				{ __(
					'Send this link to register all employees in the online solution',
					'kundeportal'
				) }
			</p>
			{ isLoading && ! data && <Spinner /> }
			{ ( error || failure ) && (
				<Notice status="error" isDismissible={ false }>
					{ failure ??
						handleApiError(
							error,
							__( 'Could not load the link.', 'kundeportal' )
						) }
				</Notice>
			) }
			{ url && <LinkCopy key={ url } url={ url } /> }
			{ ! url && data?.exists && (
				<p>
					{ __(
						'For security the link is only shown when it is created. Create a new link to see it again; the old one then stops working.',
						'kundeportal'
					) }
				</p>
			) }
			<Button
				variant="secondary"
				onClick={ create }
				isBusy={ busy }
				disabled={ busy }
			>
				{ data?.exists || url
					? __( 'Create a new link', 'kundeportal' )
					: __( 'Create a link', 'kundeportal' ) }
			</Button>
		</section>
	);
}
