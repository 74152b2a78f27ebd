/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { MeLoader } from '../../src/components/me-loader';
import { Users } from '../../src/components/users';

/**
 * The users tab: the users of every department the manager manages.
 */
export function UsersScreen() {
	return (
		<MeLoader>
			{ ( me ) =>
				me.managed_departments.length > 0 ? (
					<Users me={ me } />
				) : (
					<p>
						{ __(
							'Only department managers can manage users.',
							'kundeportal'
						) }
					</p>
				)
			}
		</MeLoader>
	);
}
