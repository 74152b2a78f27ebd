/**
 * The parts of WooCommerce's block-checkout globals Kundeportal uses.
 * At build time these imports become `wc.wcBlocksRegistry` and
 * `wc.wcSettings` (see webpack.config.js).
 */

declare module '@woocommerce/blocks-registry' {
	import type { ReactNode } from 'react';

	export interface PaymentMethodConfiguration {
		name: string;
		label: ReactNode;
		content: ReactNode;
		edit: ReactNode;
		canMakePayment: () => boolean | Promise< boolean >;
		ariaLabel: string;
		paymentMethodId?: string;
		supports?: {
			features?: string[];
			showSavedCards?: boolean;
			showSaveOption?: boolean;
		};
	}

	export function registerPaymentMethod(
		options: PaymentMethodConfiguration
	): void;
}

declare module '@woocommerce/settings' {
	export function getSetting( name: string, fallback?: unknown ): unknown;
}
