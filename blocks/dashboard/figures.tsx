/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Currency, DepartmentFigures } from '../../src/api';
import { formatMoney } from '../../src/format/money';

interface FiguresProps {
	figures: DepartmentFigures;
	currency: Currency;
}

/**
 * The five key figures of a department as a definition list.
 *
 * @param props          Component props.
 * @param props.figures  Figures from GET /departments.
 * @param props.currency Store currency.
 */
export function Figures( { figures, currency }: FiguresProps ) {
	const items = [
		{
			key: 'available_credit',
			label: __( 'Available credit', 'kundeportal' ),
			value: formatMoney( figures.available_credit, currency ),
		},
		{
			key: 'spent_this_month',
			label: __( 'Spent this month', 'kundeportal' ),
			value: formatMoney( figures.spent_this_month, currency ),
		},
		{
			key: 'spent_this_year',
			label: __( 'Spent this year', 'kundeportal' ),
			value: formatMoney( figures.spent_this_year, currency ),
		},
		{
			key: 'average_order',
			label: __( 'Average order', 'kundeportal' ),
			value: formatMoney( figures.average_order, currency ),
		},
		{
			key: 'users',
			label: __( 'Users', 'kundeportal' ),
			value: String( figures.users ),
		},
	];

	return (
		<dl className="kundeportal-figures">
			{ items.map( ( item ) => (
				<div
					key={ item.key }
					className={ `kundeportal-figures__item is-${ item.key }` }
				>
					<dt>{ item.label }</dt>
					<dd>{ item.value }</dd>
				</div>
			) ) }
		</dl>
	);
}
