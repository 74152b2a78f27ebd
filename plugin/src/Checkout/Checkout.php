<?php
/**
 * Checkout feature registrar.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Checkout;

use Automattic\WooCommerce\Blocks\Payments\PaymentMethodRegistry;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Plugin;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * Adds the company-account gateway (classic and blocks checkout), the approval order status,
 * the company meta on member orders and the credit refund on cancel/refund.
 */
final class Checkout {

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( private Services $services ) {
	}

	/**
	 * Adds all checkout hooks.
	 *
	 * @return void
	 */
	public function register(): void {
		( new OrderStatus() )->register();
		( new CreditSync( $this->services->credit ) )->register();
		( new CreditRules( $this->services ) )->register();
		( new DeliveryAddress( $this->services ) )->register();

		add_filter( 'woocommerce_payment_gateways', array( $this, 'handle_payment_gateways' ) );
		add_action( 'woocommerce_blocks_payment_method_type_registration', array( $this, 'handle_blocks_registration' ) );
		add_action( 'woocommerce_checkout_create_order', array( $this, 'handle_order_created' ) );
		add_action( 'woocommerce_store_api_checkout_update_order_meta', array( $this, 'handle_order_created' ) );
	}

	/**
	 * Adds the gateway instance (WooCommerce accepts objects as well as class names).
	 *
	 * @internal
	 * @param array $gateways Gateways.
	 * @return array
	 */
	public function handle_payment_gateways( $gateways ): array {
		$gateways   = is_array( $gateways ) ? $gateways : array();
		$gateways[] = new CompanyAccountGateway( $this->services );

		return $gateways;
	}

	/**
	 * Registers the blocks checkout integration.
	 *
	 * @internal
	 * @param PaymentMethodRegistry $registry Registry.
	 * @return void
	 */
	public function handle_blocks_registration( $registry ): void {
		$registry->register( new BlocksPaymentMethod( Plugin::file() ) );
	}

	/**
	 * Stamps company and department on every order a member places (any payment method,
	 * including free orders, which never reach a gateway). Saved by the caller.
	 *
	 * @internal
	 * @param \WC_Order $order Order being created.
	 * @return void
	 */
	public function handle_order_created( $order ): void {
		if ( $order instanceof \WC_Order ) {
			self::stamp( $this->services, $order );
		}
	}

	/**
	 * Sets the company/department meta from the orderer's membership (no save).
	 *
	 * @param Services  $services Domain services.
	 * @param \WC_Order $order    Order.
	 * @return \Kundeportal\Domain\Member|null The orderer's active membership.
	 */
	public static function stamp( Services $services, \WC_Order $order ): ?\Kundeportal\Domain\Member {
		$member = $services->members->get( $order->get_customer_id() );
		if ( $member ) {
			$order->update_meta_data( Keys::META_COMPANY_ID, $member->company_id );
			$order->update_meta_data( Keys::META_DEPARTMENT_ID, $member->department_id );
		}

		return $member;
	}
}
