/**
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { Notice, Spinner } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { getMe, handleApiError } from '../../api';
import type { Me } from '../../api';
import { useRequest } from '../../hooks/use-request';

interface MeLoaderProps {
	children: ( me: Me ) => ReactNode;
}

/**
 * Loads GET /me and renders its children with the result; shows a spinner
 * while loading and an inline notice when it fails.
 *
 * @param props          Component props.
 * @param props.children Render function receiving the current user.
 */
export function MeLoader( { children }: MeLoaderProps ) {
	const { data, error, isLoading } = useRequest( getMe, [] );

	if ( error ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ handleApiError(
					error,
					__( 'Could not load your account.', 'kundeportal' )
				) }
			</Notice>
		);
	}

	if ( isLoading || ! data ) {
		return <Spinner />;
	}

	return <>{ children( data ) }</>;
}
