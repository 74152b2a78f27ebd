/**
 * WordPress dependencies
 */
import { Button, Notice, Spinner, TextControl } from '@wordpress/components';
import { useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	createInvite,
	fieldErrors,
	getInvite,
	handleApiError,
} from '../../src/api';
import type { Invite } from '../../src/api';
import { formatDate } from '../../src/format/date';
import { useRequest } from '../../src/hooks/use-request';
import { copyText } from './copy-text';
import {
	EMPTY_INVITE_FORM,
	INVITE_FIELDS,
	localToday,
	serverFieldErrors,
	toNewInvite,
	validateInvite,
	type InviteFormErrors,
	type InviteFormValues,
} from './invite-settings';

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

/**
 * The current link's settings: expiry, uses so far / maximum, domains.
 *
 * @param props        Component props.
 * @param props.invite The link's state.
 */
function LinkSettings( { invite }: { invite: Invite } ) {
	const domains = invite.allowed_domains ?? [];

	return (
		<dl className="kundeportal-registration-link__settings">
			<div>
				<dt>{ __( 'Expires', 'kundeportal' ) }</dt>
				<dd>
					{ invite.expires_at
						? formatDate( invite.expires_at )
						: __( 'Never', 'kundeportal' ) }
				</dd>
			</div>
			<div>
				<dt>{ __( 'Used', 'kundeportal' ) }</dt>
				<dd>
					{ invite.max_uses === null
						? sprintf(
								/* translators: %d: registrations so far. */
								__( '%d (no limit)', 'kundeportal' ),
								invite.uses
							)
						: sprintf(
								/* translators: 1: registrations so far, 2: maximum number of registrations. */
								__( '%1$d of %2$d', 'kundeportal' ),
								invite.uses,
								invite.max_uses
							) }
				</dd>
			</div>
			<div>
				<dt>{ __( 'E-mail domains', 'kundeportal' ) }</dt>
				<dd>
					{ domains.length > 0
						? domains.map( ( domain ) => '@' + domain ).join( ', ' )
						: __( 'Any', 'kundeportal' ) }
				</dd>
			</div>
			{ ! invite.usable && (
				<div>
					<dt>{ __( 'Status', 'kundeportal' ) }</dt>
					<dd>
						{ __(
							'Expired or used up: create a new link.',
							'kundeportal'
						) }
					</dd>
				</div>
			) }
		</dl>
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
	const [ created, setCreated ] = useState< Invite >();
	const [ busy, setBusy ] = useState( false );
	const [ failure, setFailure ] = useState< string >();
	const [ values, setValues ] =
		useState< InviteFormValues >( EMPTY_INVITE_FORM );
	const [ errors, setErrors ] = useState< InviteFormErrors >( {} );
	const { data, error, isLoading } = useRequest(
		() => getInvite( departmentId ),
		[ departmentId ]
	);
	const current = created ?? data;
	const idPrefix = `kundeportal-invite-${ departmentId }`;

	const focusFirst = ( found: InviteFormErrors ) => {
		const field = INVITE_FIELDS.find(
			( key ) => found[ key ] !== undefined
		);
		if ( field ) {
			window.setTimeout(
				() =>
					document
						.getElementById(
							`${ idPrefix }-${ field.replace( '_', '-' ) }`
						)
						?.focus(),
				0
			);
		}
	};

	const create = async () => {
		setFailure( undefined );
		const found = validateInvite( values, localToday() );
		setErrors( found );
		if ( Object.keys( found ).length > 0 ) {
			focusFirst( found );
			return;
		}
		setBusy( true );
		try {
			const invite = await createInvite(
				departmentId,
				toNewInvite( values )
			);
			setCreated( invite );
			setUrl( invite.url ?? undefined );
		} catch ( caught ) {
			const server = serverFieldErrors( fieldErrors( caught ) );
			if ( Object.keys( server ).length > 0 ) {
				setErrors( server );
				focusFirst( server );
			} else {
				setFailure(
					handleApiError(
						caught,
						__( 'Could not create the link.', 'kundeportal' )
					)
				);
			}
		}
		setBusy( false );
	};

	const field = (
		key: keyof InviteFormValues,
		label: string,
		extra: { type: 'date' | 'number' | 'text'; help: string }
	) => (
		<TextControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			id={ `${ idPrefix }-${ key.replace( '_', '-' ) }` }
			label={ label }
			type={ extra.type }
			value={ values[ key ] }
			onChange={ ( value: string ) =>
				setValues( ( before ) => ( { ...before, [ key ]: value } ) )
			}
			{ ...( extra.type === 'number' ? { min: 1, step: 1 } : {} ) }
			{ ...( extra.type === 'date' ? { min: localToday() } : {} ) }
			help={ errors[ key ] ?? extra.help }
			aria-invalid={ !! errors[ key ] }
			className={ errors[ key ] ? 'is-invalid' : '' }
		/>
	);

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
			{ data?.allowed === false && (
				<Notice status="info" isDismissible={ false }>
					{ __(
						'Registration links are turned off for your company. Contact the shop if employees need to register.',
						'kundeportal'
					) }
				</Notice>
			) }
			{ data?.allowed !== false && url && (
				<LinkCopy key={ url } url={ url } />
			) }
			{ ! url && data?.exists && data.allowed !== false && (
				<p>
					{ __(
						'For security the link is only shown when it is created. Create a new link to see it again; the old one then stops working.',
						'kundeportal'
					) }
				</p>
			) }
			{ current?.exists && data?.allowed !== false && (
				<LinkSettings invite={ current } />
			) }
			{ data?.allowed !== false && (
				<>
					<fieldset className="kundeportal-registration-link__form">
						<legend>
							{ current?.exists
								? __(
										'Settings of the new link',
										'kundeportal'
									)
								: __( 'Link settings', 'kundeportal' ) }
						</legend>
						{ field(
							'expires_at',
							__( 'Last valid day (optional)', 'kundeportal' ),
							{
								type: 'date',
								help: __(
									'Leave empty for a link that does not expire.',
									'kundeportal'
								),
							}
						) }
						{ field(
							'max_uses',
							__(
								'Maximum number of uses (optional)',
								'kundeportal'
							),
							{
								type: 'number',
								help: __(
									'Leave empty for no limit.',
									'kundeportal'
								),
							}
						) }
						{ field(
							'allowed_domains',
							__(
								'Allowed e-mail domains (optional)',
								'kundeportal'
							),
							{
								type: 'text',
								help: __(
									'Separate with commas, e.g. staut.no, example.com. Leave empty to accept any address.',
									'kundeportal'
								),
							}
						) }
					</fieldset>
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
				</>
			) }
		</section>
	);
}
