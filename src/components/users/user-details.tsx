/**
 * WordPress dependencies
 */
import {
	Button,
	Notice,
	SelectControl,
	Spinner,
	TextControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	fieldErrors,
	getAssortmentLists,
	getMember,
	handleApiError,
	updateMember,
} from '../../api';
import type { Me, Member, MemberChanges } from '../../api';
import { formatDate } from '../../format/date';
import { formatMoney } from '../../format/money';
import { useRequest } from '../../hooks/use-request';
import { listsChanged, listsOfCompany } from './assortment';
import { AssortmentListsField } from './assortment-lists-field';
import { DeleteUserModal } from './delete-user-modal';
import {
	parseMoneyInput,
	toMoneyInput,
	validateCredit,
	validatePosition,
} from './validation';

interface UserDetailsProps {
	member: Member;
	me: Me;
	onChanged: ( message: string ) => void;
	onDeleted: ( message: string ) => void;
}

type EditErrors = Partial<
	Record<
		'position' | 'department_id' | 'credit_limit' | 'assortment_lists',
		string
	>
>;

/**
 * A user's details: change position, department, credit limit and
 * assortment lists, see the recent orders, delete the user.
 *
 * @param props           Component props.
 * @param props.member    The user.
 * @param props.me        The current user.
 * @param props.onChanged Called with a message after saving.
 * @param props.onDeleted Called with a message after deleting.
 */
export function UserDetails( {
	member,
	me,
	onChanged,
	onDeleted,
}: UserDetailsProps ) {
	const currency = me.currency;
	const [ position, setPosition ] = useState( member.position );
	const [ department, setDepartment ] = useState(
		String( member.department.id )
	);
	const [ credit, setCredit ] = useState(
		toMoneyInput( member.credit_limit, currency )
	);
	const [ lists, setLists ] = useState< number[] >( member.assortment_lists );
	const [ errors, setErrors ] = useState< EditErrors >( {} );
	const [ failure, setFailure ] = useState( '' );
	const [ isSaving, setIsSaving ] = useState( false );
	const [ isDeleting, setIsDeleting ] = useState( false );
	const detail = useRequest(
		() => getMember( member.user_id ),
		[ member.user_id ]
	);

	const companyId = me.managed_departments.find(
		( d ) => d.id === member.department.id
	)?.company_id;
	const departments = me.managed_departments.filter(
		( d ) => d.company_id === companyId
	);
	const companyLists = useRequest(
		() => getAssortmentLists( companyId ?? 0 ),
		[ companyId ]
	);
	const idPrefix = `kundeportal-user-${ member.user_id }`;

	const save = async () => {
		const found: EditErrors = {};
		const positionError = validatePosition( position );
		const creditError = validateCredit( credit, currency );
		if ( positionError ) {
			found.position = positionError;
		}
		if ( creditError ) {
			found.credit_limit = creditError;
		}
		setErrors( found );
		setFailure( '' );
		if ( Object.keys( found ).length > 0 ) {
			return;
		}

		const changes: MemberChanges = {
			position: position.trim(),
			department_id: Number( department ),
			credit_limit: parseMoneyInput( credit, currency ) ?? 0,
		};
		if ( listsChanged( lists, member.assortment_lists ) ) {
			changes.assortment_lists = lists;
		}
		setIsSaving( true );
		try {
			await updateMember( member.user_id, changes );
			onChanged(
				sprintf(
					/* translators: %s: name of the user. */
					__( 'Changes to %s saved.', 'kundeportal' ),
					member.name
				)
			);
		} catch ( reason ) {
			setErrors( fieldErrors( reason ) );
			setFailure(
				handleApiError(
					reason,
					__( 'Could not save the changes.', 'kundeportal' )
				)
			);
		} finally {
			setIsSaving( false );
		}
	};

	return (
		<div className="kundeportal-users__detail">
			{ failure && (
				<Notice status="error" isDismissible={ false }>
					{ failure }
				</Notice>
			) }
			<div className="kundeportal-users__edit">
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					id={ `${ idPrefix }-position` }
					label={ __( 'Position', 'kundeportal' ) }
					value={ position }
					onChange={ setPosition }
					help={ errors.position }
					aria-invalid={ !! errors.position }
					className={ errors.position ? 'is-invalid' : '' }
				/>
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Department', 'kundeportal' ) }
					value={ department }
					options={ departments.map( ( d ) => ( {
						value: String( d.id ),
						label: d.name,
					} ) ) }
					onChange={ setDepartment }
					help={ errors.department_id }
					className={ errors.department_id ? 'is-invalid' : '' }
				/>
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ sprintf(
						/* translators: %s: currency code, e.g. NOK. */
						__( 'Credit limit (%s)', 'kundeportal' ),
						currency.currency_code
					) }
					inputMode="decimal"
					value={ credit }
					onChange={ setCredit }
					help={ errors.credit_limit }
					aria-invalid={ !! errors.credit_limit }
					className={ errors.credit_limit ? 'is-invalid' : '' }
				/>
				<AssortmentListsField
					lists={
						companyLists.data
							? listsOfCompany( companyLists.data, companyId )
							: undefined
					}
					error={ companyLists.error }
					value={ lists }
					onChange={ setLists }
					help={ errors.assortment_lists }
					idPrefix={ idPrefix }
				/>
				<Button
					__next40pxDefaultSize
					variant="primary"
					isBusy={ isSaving }
					disabled={ isSaving }
					accessibleWhenDisabled
					onClick={ save }
				>
					{ __( 'Save', 'kundeportal' ) }
				</Button>
			</div>
			<p className="kundeportal-users__meta">
				{ member.email }
				{ ' · ' }
				{ sprintf(
					/* translators: %s: amount of credit left. */
					__( 'Credit left: %s', 'kundeportal' ),
					formatMoney( member.credit_left, currency )
				) }
			</p>
			<h3 className="kundeportal-users__heading">
				{ __( 'Recent orders', 'kundeportal' ) }
			</h3>
			{ detail.error ? (
				<Notice status="error" isDismissible={ false }>
					{ handleApiError(
						detail.error,
						__( 'Could not load the orders.', 'kundeportal' )
					) }
				</Notice>
			) : null }
			{ ! detail.data && ! detail.error && <Spinner /> }
			{ detail.data && detail.data.recent_orders.length === 0 && (
				<p>{ __( 'No orders yet.', 'kundeportal' ) }</p>
			) }
			{ detail.data && detail.data.recent_orders.length > 0 && (
				<ul className="kundeportal-users__orders">
					{ detail.data.recent_orders.map( ( o ) => (
						<li key={ o.id }>
							{ sprintf(
								/* translators: 1: order number, 2: date, 3: status, 4: total. */
								__( '#%1$s, %2$s, %3$s: %4$s', 'kundeportal' ),
								o.number,
								formatDate( o.date_created ),
								o.status,
								formatMoney( o.total, currency )
							) }
						</li>
					) ) }
				</ul>
			) }
			<div className="kundeportal-users__danger">
				<Button
					__next40pxDefaultSize
					variant="secondary"
					isDestructive
					onClick={ () => setIsDeleting( true ) }
				>
					{ __( 'Delete user', 'kundeportal' ) }
				</Button>
			</div>
			{ isDeleting && (
				<DeleteUserModal
					member={ member }
					onClose={ () => setIsDeleting( false ) }
					onDone={ ( message ) => {
						setIsDeleting( false );
						onDeleted( message );
					} }
				/>
			) }
		</div>
	);
}
