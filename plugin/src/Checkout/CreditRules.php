<?php
/**
 * The company's approval and credit rules at checkout.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Checkout;

use Automattic\WooCommerce\StoreApi\Exceptions\RouteException;
use Kundeportal\Domain\Company;
use Kundeportal\Domain\Credit;
use Kundeportal\Domain\Money;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * Decides what happens to a member's order: approval on → it waits; approval off → within the
 * credit it is charged, over the credit it is refused at checkout (before the order is placed,
 * the cart stays) or, when the company says so, sent to approval. The gateway charges under a
 * row lock, so the check here is a friendly early answer, never the guard against overspending.
 */
final class CreditRules {

	public const DECISION_APPROVAL = 'approval';
	public const DECISION_CHARGE   = 'charge';
	public const DECISION_REFUSE   = 'refuse';

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( private Services $services ) {
	}

	/**
	 * Adds the checkout validation hooks (classic and Store API).
	 *
	 * @return void
	 */
	public function register(): void {
		add_action( 'woocommerce_after_checkout_validation', array( $this, 'handle_after_checkout_validation' ), 10, 2 );
		add_action( 'woocommerce_store_api_checkout_update_order_from_request', array( $this, 'handle_store_api_update_order' ), 10, 2 );
	}

	/**
	 * What happens to an order of this total by this user.
	 *
	 * @param int $user_id Orderer.
	 * @param int $amount  Order total, minor units.
	 * @return string|null approval|charge|refuse; null when the user is no active member.
	 */
	public function decide( int $user_id, int $amount ): ?string {
		$member  = $this->services->members->get( $user_id );
		$company = $member ? $this->services->companies->get( $member->company_id ) : null;
		if ( ! $company ) {
			return null;
		}
		if ( $company->approval_required ) {
			return self::DECISION_APPROVAL;
		}
		if ( $amount <= $this->services->credit->member_left( $user_id ) ) {
			return self::DECISION_CHARGE;
		}

		return Company::OVER_CREDIT_APPROVAL === $company->over_credit ? self::DECISION_APPROVAL : self::DECISION_REFUSE;
	}

	/**
	 * The refusal message, saying how much credit is left.
	 *
	 * @param int  $user_id Orderer.
	 * @param bool $html    Amount formatted with wc_price() (classic notices) or as plain text (Store API).
	 * @return string
	 */
	public function refusal_message( int $user_id, bool $html ): string {
		$left   = max( 0, $this->services->credit->member_left( $user_id ) );
		$amount = $html ? wc_price( Money::from_minor( $left ) ) : self::plain_price( $left );

		/* translators: %s: credit left, e.g. "1 200,00 kr" */
		return sprintf( __( 'This order exceeds your credit. You have %s left. Remove something from the cart or ask your manager for more credit.', 'kundeportal' ), $amount );
	}

	/**
	 * Classic checkout: refuses an over-credit order before it is created.
	 *
	 * @internal
	 * @param array     $data   Posted checkout data.
	 * @param \WP_Error $errors Validation errors.
	 * @return void
	 */
	public function handle_after_checkout_validation( $data, $errors ): void {
		if ( ! $errors instanceof \WP_Error || Keys::GATEWAY_ID !== ( $data['payment_method'] ?? '' ) || ! WC()->cart ) {
			return;
		}

		$user_id = get_current_user_id();
		if ( self::DECISION_REFUSE === $this->decide( $user_id, Money::to_minor( (string) WC()->cart->get_total( 'edit' ) ) ) ) {
			$errors->add( 'kundeportal_credit_exceeded', $this->refusal_message( $user_id, true ) );
		}
	}

	/**
	 * Store API (blocks) checkout: refuses an over-credit order before payment; the draft
	 * order is released by WooCommerce and the cart stays.
	 *
	 * @internal
	 * @param \WC_Order        $order   Draft order with the cart's totals.
	 * @param \WP_REST_Request $request Checkout request.
	 * @return void
	 * @throws RouteException `kundeportal_credit_exceeded` (400).
	 */
	public function handle_store_api_update_order( $order, $request ): void {
		if ( ! $order instanceof \WC_Order || ! $request instanceof \WP_REST_Request || 'POST' !== $request->get_method() ) {
			return;
		}
		if ( Keys::GATEWAY_ID !== $order->get_payment_method() ) {
			return;
		}

		$user_id = $order->get_customer_id();
		if ( self::DECISION_REFUSE === $this->decide( $user_id, Money::to_minor( (string) $order->get_total( 'edit' ) ) ) ) {
			throw new RouteException( 'kundeportal_credit_exceeded', esc_html( $this->refusal_message( $user_id, false ) ), 400 );
		}
	}

	/**
	 * An amount in the shop's currency format as plain text ("1 200,00 kr").
	 *
	 * @param int $minor Minor units.
	 * @return string
	 */
	public static function plain_price( int $minor ): string {
		$text = wp_strip_all_tags( html_entity_decode( wc_price( Money::from_minor( $minor ) ), ENT_QUOTES, 'UTF-8' ) );

		return trim( str_replace( "\u{00A0}", ' ', $text ) );
	}
}
