/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { DepartmentAddresses } from '../../src/components/addresses';
import { MeLoader } from '../../src/components/me-loader';

/**
 * The countries render.php passed (code => name); empty when malformed.
 *
 * @param raw Value of data-countries.
 */
export function readCountries(
	raw: string | undefined
): Record< string, string > {
	let parsed: unknown = null;
	try {
		parsed = JSON.parse( raw ?? '{}' );
	} catch {
		parsed = null;
	}
	const countries: Record< string, string > = {};
	if ( typeof parsed === 'object' && parsed !== null ) {
		for ( const [ code, name ] of Object.entries( parsed ) ) {
			if ( typeof name === 'string' ) {
				countries[ code ] = name;
			}
		}
	}

	return countries;
}

domReady( () => {
	document
		.querySelectorAll< HTMLElement >( '.kundeportal-addresses-block' )
		.forEach( ( block ) => {
			const app = block.querySelector(
				'.kundeportal-addresses-block__app'
			);
			if ( ! app ) {
				return;
			}
			const countries = readCountries( block.dataset.countries );
			const defaultCountry = block.dataset.defaultCountry ?? '';

			createRoot( app ).render(
				<MeLoader>
					{ ( me ) =>
						me.managed_departments.length > 0 ? (
							<DepartmentAddresses
								departments={ me.managed_departments }
								countries={ countries }
								defaultCountry={ defaultCountry }
							/>
						) : (
							<p>
								{ __(
									'Only department managers can manage department addresses.',
									'kundeportal'
								) }
							</p>
						)
					}
				</MeLoader>
			);
		} );
} );
