/**
 * WordPress dependencies
 */
import { Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { getDepartmentAddresses, type DepartmentAddress } from '../../api';
import { addressLines } from '../addresses';

type State =
	| { kind: 'loading' }
	| { kind: 'error' }
	| { kind: 'ready'; addresses: DepartmentAddress[] };

/**
 * The delivery addresses of a department, read only (they are changed in the
 * Addresses tab).
 *
 * @param props              Component props.
 * @param props.departmentId Department id.
 */
export function DepartmentAddressList( {
	departmentId,
}: {
	departmentId: number;
} ) {
	const [ state, setState ] = useState< State >( { kind: 'loading' } );

	useEffect( () => {
		let current = true;
		setState( { kind: 'loading' } );
		getDepartmentAddresses( departmentId ).then(
			( addresses ) =>
				current && setState( { kind: 'ready', addresses } ),
			() => current && setState( { kind: 'error' } )
		);

		return () => {
			current = false;
		};
	}, [ departmentId ] );

	if ( state.kind === 'loading' ) {
		return <Spinner />;
	}

	if ( state.kind === 'error' ) {
		return (
			<p role="alert">
				{ __(
					'Could not load the department addresses.',
					'kundeportal'
				) }
			</p>
		);
	}

	if ( state.addresses.length === 0 ) {
		return (
			<p>
				{ __( 'This department has no addresses yet.', 'kundeportal' ) }
			</p>
		);
	}

	return (
		<ul className="kundeportal-departments__addresses">
			{ state.addresses.map( ( address ) => (
				<li key={ address.id }>
					<strong>{ address.label }</strong>
					{ addressLines( address, { [ address.country ]: '' } ).map(
						( line, index ) => (
							<span key={ index }>
								<br />
								{ line }
							</span>
						)
					) }
				</li>
			) ) }
		</ul>
	);
}
