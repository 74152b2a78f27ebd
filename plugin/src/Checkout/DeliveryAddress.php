<?php
/**
 * The delivery address choice at checkout: the member's own address or one of their department's.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Checkout;

use Automattic\WooCommerce\Blocks\Domain\Services\CheckoutFields;
use Automattic\WooCommerce\Blocks\Package;
use Automattic\WooCommerce\StoreApi\Exceptions\RouteException;
use Kundeportal\Domain\DepartmentAddress;
use Kundeportal\Domain\DomainException;
use Kundeportal\Services;
use Throwable;
use WC_Order;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Adds a "Deliver to" select to the checkout of members whose department has addresses: "My own
 * address" (WooCommerce's shipping fields, the default) or one of the department's addresses.
 * Block checkout: an additional checkout field (location "order", optional, default "private").
 * Classic checkout: a field in the "order" group. When an order is placed with a department
 * address, that address (checked to belong to the orderer's department) replaces the order's
 * shipping address and an order note says so. The member's own saved address stays unchanged.
 *
 * TODO(#5): the block checkout still asks for WooCommerce's shipping fields when a department
 * address is chosen (they are replaced on the order); hiding them needs a small checkout
 * script (a filter on the shipping address step), and the classic checkout has no e2e spec yet.
 */
final class DeliveryAddress {

	/**
	 * Id of the block checkout's additional field.
	 */
	public const FIELD_ID = 'kundeportal/delivery-address';

	/**
	 * Name of the classic checkout's field.
	 */
	public const CLASSIC_FIELD = 'kundeportal_delivery_address';

	/**
	 * The value for "My own address".
	 */
	public const PRIVATE = 'private';

	/**
	 * Order meta: id of the department address the order was shipped to.
	 */
	public const META_ADDRESS_ID = '_kundeportal_department_address_id';

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( private Services $services ) {
	}

	/**
	 * Adds the hooks.
	 *
	 * @return void
	 */
	public function register(): void {
		add_action( 'woocommerce_init', array( $this, 'handle_woocommerce_init' ) );
		add_filter( 'woocommerce_get_default_value_for_' . self::FIELD_ID, array( $this, 'handle_default_value' ) );
		add_action( 'woocommerce_validate_additional_field', array( $this, 'handle_validate_additional_field' ), 10, 3 );
		add_action( 'woocommerce_store_api_checkout_update_order_from_request', array( $this, 'handle_store_api_update_order' ) );
		add_action( 'woocommerce_store_api_checkout_order_processed', array( $this, 'handle_store_api_order_processed' ) );
		add_filter( 'woocommerce_checkout_fields', array( $this, 'handle_checkout_fields' ) );
		add_action( 'woocommerce_after_checkout_validation', array( $this, 'handle_after_checkout_validation' ), 10, 2 );
		add_action( 'woocommerce_checkout_create_order', array( $this, 'handle_checkout_create_order' ), 20, 2 );
	}

	/**
	 * The choices for a user: value => label; empty when the user is no member or their
	 * department has no addresses (then no field is shown).
	 *
	 * @param int $user_id WordPress user id.
	 * @return array<string, string>
	 */
	public function options_for( int $user_id ): array {
		$addresses = $this->addresses_for( $user_id );
		if ( ! $addresses ) {
			return array();
		}

		$options = array( self::PRIVATE => __( 'My own address', 'kundeportal' ) );
		foreach ( $addresses as $address ) {
			$options[ (string) $address->id ] = sprintf(
				/* translators: 1: name of the address, 2: street address, 3: city. */
				__( '%1$s (%2$s, %3$s)', 'kundeportal' ),
				$address->label,
				$address->address_1,
				$address->city
			);
		}

		return $options;
	}

	/**
	 * Registers the block checkout field for members whose department has addresses.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_woocommerce_init(): void {
		if ( ! function_exists( 'woocommerce_register_additional_checkout_field' ) ) {
			return;
		}

		try {
			$options = $this->options_for( get_current_user_id() );
		} catch ( Throwable $error ) {
			$options = array();
		}
		if ( ! $options ) {
			return;
		}

		$choices = array();
		foreach ( $options as $value => $label ) {
			$choices[] = array(
				'value' => (string) $value,
				'label' => $label,
			);
		}

		woocommerce_register_additional_checkout_field(
			array(
				'id'                         => self::FIELD_ID,
				'label'                      => __( 'Deliver to', 'kundeportal' ),
				'optionalLabel'              => __( 'Deliver to', 'kundeportal' ),
				'location'                   => 'order',
				'type'                       => 'select',
				'required'                   => false,
				'options'                    => $choices,
				'show_in_order_confirmation' => true,
			)
		);
	}

	/**
	 * "My own address" until the member chooses otherwise.
	 *
	 * @internal
	 * @param mixed $value Value so far (null).
	 * @return mixed
	 */
	public function handle_default_value( $value ) {
		return null === $value ? $this->default_choice( get_current_user_id() ) : $value;
	}

	/**
	 * The preselected choice: the member's default department address (set when a manager
	 * added them) while it is one of their department's, else their own address.
	 *
	 * @param int $user_id WordPress user id.
	 * @return string Address id or "private".
	 */
	public function default_choice( int $user_id ): string {
		$member  = $user_id > 0 ? $this->services->members->get( $user_id ) : null;
		$address = $member ? $this->services->department_addresses->default_for_user( $user_id, $member->department_id ) : null;

		return $address ? (string) $address->id : self::PRIVATE;
	}

	/**
	 * Refuses a department address that is not one of the member's department (block checkout).
	 *
	 * @internal
	 * @param WP_Error $errors Errors to add to.
	 * @param string   $key    Field id.
	 * @param mixed    $value  Chosen value.
	 * @return void
	 */
	public function handle_validate_additional_field( $errors, $key, $value ): void {
		if ( self::FIELD_ID !== $key || ! $errors instanceof WP_Error ) {
			return;
		}

		try {
			$this->chosen_address( get_current_user_id(), is_scalar( $value ) ? (string) $value : '' );
		} catch ( DomainException $error ) {
			$errors->add( 'kundeportal_' . $error->get_error_code(), $error->getMessage() );
		}
	}

	/**
	 * Checks the choice while the Store API builds the order, so a foreign address stops the
	 * checkout with a translated error before anything is saved.
	 *
	 * @internal
	 * @param WC_Order $order Order being placed.
	 * @return void
	 * @throws RouteException When the address is not one of the orderer's department.
	 */
	public function handle_store_api_update_order( $order ): void {
		if ( ! $order instanceof WC_Order ) {
			return;
		}

		try {
			$this->chosen_address( $order->get_customer_id(), $this->block_choice( $order ) );
		} catch ( DomainException $error ) {
			throw new RouteException( 'kundeportal_' . esc_html( $error->get_error_code() ), esc_html( $error->getMessage() ), (int) $error->get_status() );
		}
	}

	/**
	 * Copies the chosen department address into the order's shipping address once the Store
	 * API has saved the member's own address to their account (so that stays their own).
	 *
	 * @internal
	 * @param WC_Order $order Order being placed.
	 * @return void
	 * @throws RouteException When the address is not one of the orderer's department.
	 */
	public function handle_store_api_order_processed( $order ): void {
		if ( ! $order instanceof WC_Order ) {
			return;
		}

		try {
			if ( $this->apply( $order, $this->block_choice( $order ) ) ) {
				$order->save();
			}
		} catch ( DomainException $error ) {
			throw new RouteException( 'kundeportal_' . esc_html( $error->get_error_code() ), esc_html( $error->getMessage() ), (int) $error->get_status() );
		}
	}

	/**
	 * Adds the select to the classic checkout's order fields.
	 *
	 * @internal
	 * @param array $fields Checkout fields by group.
	 * @return array
	 */
	public function handle_checkout_fields( $fields ): array {
		$fields = (array) $fields;

		try {
			$options = $this->options_for( get_current_user_id() );
		} catch ( Throwable $error ) {
			$options = array();
		}
		if ( ! $options ) {
			return $fields;
		}

		$fields['order'] = (array) ( $fields['order'] ?? array() );

		$fields['order'][ self::CLASSIC_FIELD ] = array(
			'type'     => 'select',
			'label'    => __( 'Deliver to', 'kundeportal' ),
			'options'  => $options,
			'default'  => $this->default_choice( get_current_user_id() ),
			'required' => false,
			'class'    => array( 'form-row-wide' ),
			'priority' => 5,
		);

		return $fields;
	}

	/**
	 * Refuses a foreign address on the classic checkout.
	 *
	 * @internal
	 * @param array    $data   Posted checkout data.
	 * @param WP_Error $errors Errors to add to.
	 * @return void
	 */
	public function handle_after_checkout_validation( $data, $errors ): void {
		if ( ! is_array( $data ) || ! $errors instanceof WP_Error || ! isset( $data[ self::CLASSIC_FIELD ] ) ) {
			return;
		}

		try {
			$this->chosen_address( get_current_user_id(), (string) $data[ self::CLASSIC_FIELD ] );
		} catch ( DomainException $error ) {
			$errors->add( 'kundeportal_' . $error->get_error_code(), $error->getMessage(), array( 'id' => self::CLASSIC_FIELD ) );
		}
	}

	/**
	 * Copies the chosen department address into the classic checkout's order (saved by WooCommerce).
	 *
	 * @internal
	 * @param WC_Order $order Order being created.
	 * @param array    $data  Posted checkout data.
	 * @return void
	 * @throws \Exception When the address is not one of the orderer's department (WooCommerce shows the message).
	 */
	public function handle_checkout_create_order( $order, $data ): void {
		if ( ! $order instanceof WC_Order || ! is_array( $data ) || ! isset( $data[ self::CLASSIC_FIELD ] ) ) {
			return;
		}

		try {
			$this->apply( $order, (string) $data[ self::CLASSIC_FIELD ] );
		} catch ( DomainException $error ) {
			throw new \Exception( esc_html( $error->getMessage() ) );
		}
	}

	/**
	 * Ships the order to the chosen department address: shipping fields, meta and an order
	 * note. Nothing happens for "My own address" (or no choice). Does not save.
	 *
	 * @param WC_Order $order  Order of a member.
	 * @param string   $choice Address id, "private" or "".
	 * @return DepartmentAddress|null The address the order now ships to.
	 * @throws DomainException When the address is not one of the orderer's department.
	 */
	public function apply( WC_Order $order, string $choice ): ?DepartmentAddress {
		$address = $this->chosen_address( $order->get_customer_id(), $choice );
		if ( ! $address ) {
			return null;
		}

		$order->set_props( $address->to_shipping_props() );
		$order->update_meta_data( self::META_ADDRESS_ID, $address->id );
		$order->add_order_note(
			sprintf(
				/* translators: %s: name of the department address, e.g. "Hovedlager Alnabru". */
				__( 'Delivered to department address: %s', 'kundeportal' ),
				$address->label
			)
		);

		return $address;
	}

	/**
	 * The department address a choice stands for, checked against the user's department.
	 *
	 * @param int    $user_id Orderer.
	 * @param string $choice  Address id, "private" or "".
	 * @return DepartmentAddress|null Null for the member's own address.
	 * @throws DomainException When the address is not one of the user's department (400).
	 */
	public function chosen_address( int $user_id, string $choice ): ?DepartmentAddress {
		$choice = trim( $choice );
		if ( '' === $choice || self::PRIVATE === $choice ) {
			return null;
		}

		$member  = $user_id > 0 ? $this->services->members->get( $user_id ) : null;
		$address = $member && ctype_digit( $choice ) ? $this->services->department_addresses->get_in_department( $member->department_id, (int) $choice ) : null;
		if ( ! $address ) {
			throw new DomainException(
				'address_not_allowed',
				__( 'The chosen delivery address is not one of your department\'s addresses. Choose another address.', 'kundeportal' ),
				400
			);
		}

		return $address;
	}

	/**
	 * The department addresses a user may ship to (their department's), by label.
	 *
	 * @param int $user_id WordPress user id.
	 * @return DepartmentAddress[]
	 */
	private function addresses_for( int $user_id ): array {
		$member = $user_id > 0 ? $this->services->members->get( $user_id ) : null;

		return $member ? $this->services->department_addresses->for_department( $member->department_id ) : array();
	}

	/**
	 * The block checkout's choice as stored on the order by WooCommerce.
	 *
	 * @param WC_Order $order Order.
	 * @return string
	 */
	private function block_choice( WC_Order $order ): string {
		if ( ! class_exists( Package::class ) ) {
			return '';
		}

		$fields = Package::container()->get( CheckoutFields::class );
		$value  = $fields->get_field_from_object( self::FIELD_ID, $order, 'other' );

		return is_scalar( $value ) ? (string) $value : '';
	}
}
