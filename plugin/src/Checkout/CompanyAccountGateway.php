<?php
/**
 * "Company account" payment gateway.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Checkout;

use Kundeportal\Domain\DomainException;
use Kundeportal\Domain\Money;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * Invoice to the member's company, no online payment. CreditRules decides: with approval on
 * (or over the credit when the company sends those to approval) the order waits in kp-approval
 * (stock held); otherwise the credit is charged at once, under a row lock, and the order
 * processes. A charge that no longer fits (a parallel checkout spent the credit) fails the payment.
 */
class CompanyAccountGateway extends \WC_Payment_Gateway {

	/**
	 * Domain services.
	 *
	 * @var Services
	 */
	private Services $services;

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( Services $services ) {
		$this->services           = $services;
		$this->id                 = Keys::GATEWAY_ID;
		$this->has_fields         = false;
		$this->method_title       = __( 'Company account', 'kundeportal' );
		$this->method_description = __( 'Lets company members order on their company account within their credit limit, with optional approval by a department manager.', 'kundeportal' );
		$this->supports           = array( 'products' );

		$this->init_form_fields();
		$this->init_settings();
		$this->title       = (string) $this->get_option( 'title' );
		$this->description = (string) $this->get_option( 'description' );

		add_action( 'woocommerce_update_options_payment_gateways_' . $this->id, array( $this, 'process_admin_options' ) );
	}

	/**
	 * Settings fields: enabled (on by default), title, description.
	 *
	 * @return void
	 */
	public function init_form_fields() {
		$this->form_fields = array(
			'enabled'     => array(
				'title'   => __( 'Enable/Disable', 'kundeportal' ),
				'type'    => 'checkbox',
				'label'   => __( 'Enable payment on company account', 'kundeportal' ),
				'default' => 'yes',
			),
			'title'       => array(
				'title'       => __( 'Title', 'kundeportal' ),
				'type'        => 'safe_text',
				'description' => __( 'The name customers see at checkout.', 'kundeportal' ),
				'default'     => __( 'Company account', 'kundeportal' ),
				'desc_tip'    => true,
			),
			'description' => array(
				'title'       => __( 'Description', 'kundeportal' ),
				'type'        => 'textarea',
				'description' => __( 'The text customers see at checkout.', 'kundeportal' ),
				'default'     => __( 'Invoice to your company. No online payment.', 'kundeportal' ),
				'desc_tip'    => true,
			),
		);
	}

	/**
	 * Available only to logged-in users with an active membership.
	 *
	 * @return bool
	 */
	public function is_available() {
		return parent::is_available() && is_user_logged_in() && null !== $this->services->members->get( get_current_user_id() );
	}

	/**
	 * Puts the order on the company account (see class description).
	 *
	 * @param int $order_id Order id.
	 * @return array{result:string,redirect?:string,message?:string}
	 */
	public function process_payment( $order_id ) {
		$order   = wc_get_order( $order_id );
		$member  = $order instanceof \WC_Order ? Checkout::stamp( $this->services, $order ) : null;
		$company = $member ? $this->services->companies->get( $member->company_id ) : null;
		if ( ! $company ) {
			return $this->failure( __( 'Only members of a company can order on a company account.', 'kundeportal' ) );
		}

		$order->save();
		$rules = new CreditRules( $this->services );
		if ( CreditRules::DECISION_APPROVAL === $rules->decide( $member->user_id, Money::to_minor( (string) $order->get_total( 'edit' ) ) ) ) {
			$order->update_status( Keys::STATUS_APPROVAL, __( 'Awaiting approval by a department manager.', 'kundeportal' ) );
		} else {
			try {
				$this->services->credit->charge( $order, true );
			} catch ( DomainException $e ) {
				$message = 'credit_exceeded' === $e->get_error_code() ? $rules->refusal_message( $member->user_id, ! WC()->is_rest_api_request() ) : $e->getMessage();
				return $this->failure( $message );
			}
			$order->update_status( 'processing', __( 'Charged to the company account.', 'kundeportal' ) );
		}

		if ( WC()->cart ) {
			WC()->cart->empty_cart();
		}

		return array(
			'result'   => 'success',
			'redirect' => $this->get_return_url( $order ),
		);
	}

	/**
	 * A failed payment with a notice (classic checkout) and a message (Store API).
	 *
	 * @param string $message Translated message.
	 * @return array{result:string,message:string}
	 */
	private function failure( string $message ): array {
		if ( WC()->session ) {
			wc_add_notice( $message, 'error' );
		}

		return array(
			'result'  => 'failure',
			'message' => $message,
		);
	}
}
