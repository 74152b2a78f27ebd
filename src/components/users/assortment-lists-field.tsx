/**
 * WordPress dependencies
 */
import { CheckboxControl, Notice, Spinner } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { handleApiError } from '../../api';
import type { AssortmentList } from '../../api';
import { effectiveLists, toggleList } from './assortment';

interface AssortmentListsFieldProps {
	/** The company's lists; undefined while loading. */
	lists: AssortmentList[] | undefined;
	/** What loading the lists threw, if anything. */
	error: unknown;
	/** Ticked list ids. */
	value: number[];
	onChange: ( ids: number[] ) => void;
	/** Field error from the server. */
	help?: string | undefined;
	idPrefix: string;
}

/**
 * A checkbox group of the company's assortment lists, with a line saying
 * which lists apply (the ticked ones, else the defaults, else everything).
 *
 * @param props          Component props.
 * @param props.lists    The company's lists.
 * @param props.error    Load error.
 * @param props.value    Ticked list ids.
 * @param props.onChange Called with the new ids.
 * @param props.help     Field error.
 * @param props.idPrefix Prefix for element ids.
 */
export function AssortmentListsField( {
	lists,
	error,
	value,
	onChange,
	help,
	idPrefix,
}: AssortmentListsFieldProps ) {
	const legendId = `${ idPrefix }-lists-legend`;
	let summary = '';
	if ( lists ) {
		const applied = effectiveLists( lists, value );
		if ( applied.length === 0 ) {
			summary = __(
				'No lists apply: this user can order every product.',
				'kundeportal'
			);
		} else if ( value.length === 0 ) {
			summary = sprintf(
				/* translators: %s: comma-separated names of assortment lists. */
				__(
					'No own lists: the default lists apply (%s).',
					'kundeportal'
				),
				applied.map( ( list ) => list.name ).join( ', ' )
			);
		} else {
			summary = __(
				'This user can only order the products on the ticked lists.',
				'kundeportal'
			);
		}
	}

	return (
		<fieldset
			className="kundeportal-users__lists"
			aria-labelledby={ legendId }
		>
			<legend id={ legendId } className="kundeportal-users__heading">
				{ __( 'Assortment lists', 'kundeportal' ) }
			</legend>
			{ !! error && (
				<Notice status="error" isDismissible={ false }>
					{ handleApiError(
						error,
						__(
							'Could not load the assortment lists.',
							'kundeportal'
						)
					) }
				</Notice>
			) }
			{ ! lists && ! error && <Spinner /> }
			{ lists && lists.length === 0 && (
				<p>
					{ __(
						'Your company has no assortment lists yet. The shop sets them up.',
						'kundeportal'
					) }
				</p>
			) }
			{ lists?.map( ( list ) => (
				<CheckboxControl
					key={ list.id }
					__nextHasNoMarginBottom
					label={
						list.is_default
							? sprintf(
									/* translators: %s: name of an assortment list. */
									__( '%s (default)', 'kundeportal' ),
									list.name
								)
							: list.name
					}
					checked={ value.includes( list.id ) }
					onChange={ ( checked ) =>
						onChange( toggleList( value, list.id, checked ) )
					}
				/>
			) ) }
			{ summary && (
				<p className="kundeportal-users__lists-summary">{ summary }</p>
			) }
			{ help && (
				<p className="kundeportal-users__error" role="alert">
					{ help }
				</p>
			) }
		</fieldset>
	);
}
