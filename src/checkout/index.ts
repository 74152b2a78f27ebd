/**
 * Registers the "Company account" payment method with WooCommerce's
 * checkout block. Title, description and supported features come from the
 * PHP side (`BlocksPaymentMethod::get_payment_method_data()`).
 */

/**
 * External dependencies
 */
import { registerPaymentMethod } from '@woocommerce/blocks-registry';
import { getSetting } from '@woocommerce/settings';

/**
 * WordPress dependencies
 */
import { createElement } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

export const PAYMENT_METHOD = 'kundeportal_account';

export interface PaymentMethodData {
	title: string;
	description: string;
	features: string[];
}

/**
 * Reads the settings the server passed, falling back to safe defaults.
 *
 * @param raw Value of `getSetting( 'kundeportal_account_data' )`.
 */
export function readPaymentMethodData( raw: unknown ): PaymentMethodData {
	const data: Record< string, unknown > =
		typeof raw === 'object' && raw !== null ? { ...raw } : {};
	const features = Array.isArray( data.supports )
		? data.supports.filter(
				( item ): item is string => typeof item === 'string'
			)
		: [ 'products' ];

	return {
		title:
			typeof data.title === 'string' && data.title
				? data.title
				: __( 'Company account', 'kundeportal' ),
		description:
			typeof data.description === 'string' ? data.description : '',
		features,
	};
}

const settings = readPaymentMethodData(
	getSetting( `${ PAYMENT_METHOD }_data`, {} )
);

const content = createElement(
	'p',
	{ className: 'kundeportal-payment-method__description' },
	settings.description
);

registerPaymentMethod( {
	name: PAYMENT_METHOD,
	label: createElement( 'span', null, settings.title ),
	content,
	edit: content,
	canMakePayment: () => true,
	ariaLabel: settings.title,
	supports: { features: settings.features },
} );
