<?php
/**
 * Tests of the department address choice at checkout.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Checkout;

use Automattic\WooCommerce\Blocks\Domain\Services\CheckoutFields;
use Automattic\WooCommerce\StoreApi\Exceptions\RouteException;
use Kundeportal\Checkout\DeliveryAddress;
use Kundeportal\Domain\Department;
use Kundeportal\Domain\DepartmentAddress;
use Kundeportal\Domain\DomainException;
use Kundeportal\Tests\TestCase;

/**
 * A member's order ships to one of their department's addresses (copied into the shipping
 * address, with an order note); another department's address is refused.
 */
final class DeliveryAddressTest extends TestCase {

	/**
	 * Feature under test.
	 *
	 * @var DeliveryAddress
	 */
	private DeliveryAddress $sut;

	/**
	 * The member's department.
	 *
	 * @var Department
	 */
	private Department $department;

	/**
	 * An address of the member's department.
	 *
	 * @var DepartmentAddress
	 */
	private DepartmentAddress $own;

	/**
	 * An address of another department.
	 *
	 * @var DepartmentAddress
	 */
	private DepartmentAddress $foreign;

	/**
	 * The member.
	 *
	 * @var int
	 */
	private int $member;

	/**
	 * Builds two departments with an address each and a member of the first.
	 */
	protected function set_up(): void {
		parent::set_up();
		$services         = $this->plugin_services();
		$this->sut        = new DeliveryAddress( $services );
		$this->department = $this->make_department();
		$other            = $this->make_department();
		$this->member     = $this->make_member( $this->department );
		$this->own        = $services->department_addresses->create(
			$this->department->id,
			array(
				'label'      => 'Hovedlager Alnabru',
				'first_name' => 'VareMottak',
				'company'    => 'Staut Arbeidsklær AS',
				'address_1'  => 'Alnaveien 12',
				'postcode'   => '0668',
				'city'       => 'Oslo',
				'country'    => 'NO',
			)
		);
		$this->foreign    = $services->department_addresses->create(
			$other->id,
			array(
				'label'     => 'Lager Skjetten',
				'address_1' => 'Hvamsvingen 9',
				'postcode'  => '2013',
				'city'      => 'Skjetten',
				'country'   => 'NO',
			)
		);
	}

	/**
	 * An order of the member with their own shipping address.
	 *
	 * @return \WC_Order
	 */
	private function order(): \WC_Order {
		$order = $this->make_order( $this->member, array( array( $this->make_product( '100' ), 1 ) ), 'pending' );
		$order->set_shipping_first_name( 'Fredrika' );
		$order->set_shipping_address_1( 'Hjemmeveien 1' );
		$order->set_shipping_postcode( '0150' );
		$order->set_shipping_city( 'Oslo' );
		$order->set_shipping_country( 'NO' );
		$order->save();

		return $order;
	}

	/**
	 * Order notes' texts.
	 *
	 * @param \WC_Order $order Order.
	 * @return string[]
	 */
	private function notes( \WC_Order $order ): array {
		return array_map( static fn( $note ) => $note->content, wc_get_order_notes( array( 'order_id' => $order->get_id() ) ) );
	}

	/**
	 * @testdox Members of a department with addresses get "My own address" plus those addresses
	 */
	public function test_options(): void {
		$options = $this->sut->options_for( $this->member );

		$this->assertSame( array( DeliveryAddress::PRIVATE, (string) $this->own->id ), array_map( 'strval', array_keys( $options ) ) );
		$this->assertStringContainsString( 'Hovedlager Alnabru', $options[ $this->own->id ] );
		$this->assertSame( array(), $this->sut->options_for( $this->make_user() ) );
		$this->assertSame( array(), $this->sut->options_for( $this->make_member( $this->make_department() ) ) );
	}

	/**
	 * @testdox The preselected choice is the member's default department address while it is valid
	 */
	public function test_default_choice(): void {
		$addresses = $this->plugin_services()->department_addresses;
		$this->assertSame( DeliveryAddress::PRIVATE, $this->sut->default_choice( $this->member ) );

		$addresses->set_default_for_user( $this->member, $this->own->id );
		$this->assertSame( (string) $this->own->id, $this->sut->default_choice( $this->member ) );

		$addresses->set_default_for_user( $this->member, $this->foreign->id );
		$this->assertSame( DeliveryAddress::PRIVATE, $this->sut->default_choice( $this->member ) );
		$this->assertSame( DeliveryAddress::PRIVATE, $this->sut->default_choice( 0 ) );
	}

	/**
	 * @testdox A department address is copied into the order's shipping address with a note
	 */
	public function test_copies_department_address(): void {
		$order = $this->order();

		$this->assertSame( $this->own->id, $this->sut->apply( $order, (string) $this->own->id )->id );
		$order->save();

		$order = wc_get_order( $order->get_id() );
		$this->assertSame( 'Alnaveien 12', $order->get_shipping_address_1() );
		$this->assertSame( '0668', $order->get_shipping_postcode() );
		$this->assertSame( 'Oslo', $order->get_shipping_city() );
		$this->assertSame( 'VareMottak', $order->get_shipping_first_name() );
		$this->assertSame( 'Staut Arbeidsklær AS', $order->get_shipping_company() );
		$this->assertSame( (string) $this->own->id, (string) $order->get_meta( DeliveryAddress::META_ADDRESS_ID ) );
		$this->assertContains( 'Delivered to department address: Hovedlager Alnabru', $this->notes( $order ) );
	}

	/**
	 * @testdox "My own address" leaves the order's shipping address alone
	 */
	public function test_private_keeps_address(): void {
		$order = $this->order();

		$this->assertNull( $this->sut->apply( $order, DeliveryAddress::PRIVATE ) );
		$this->assertNull( $this->sut->apply( $order, '' ) );
		$this->assertSame( 'Hjemmeveien 1', $order->get_shipping_address_1() );
		$this->assertSame( '', (string) $order->get_meta( DeliveryAddress::META_ADDRESS_ID ) );
	}

	/**
	 * @testdox Another department's address (or a made-up one) is refused with a translated error
	 */
	public function test_refuses_foreign_address(): void {
		$order = $this->order();

		foreach ( array( (string) $this->foreign->id, '999999', 'abc' ) as $choice ) {
			try {
				$this->sut->apply( $order, $choice );
				$this->fail( "Address {$choice} was accepted" );
			} catch ( DomainException $error ) {
				$this->assertSame( 'address_not_allowed', $error->get_error_code() );
				$this->assertSame( 400, $error->get_status() );
			}
		}
		$this->assertSame( 'Hjemmeveien 1', $order->get_shipping_address_1() );
	}

	/**
	 * @testdox Block checkout: a foreign address stored by the Store API stops the checkout (RouteException 400)
	 */
	public function test_store_api_refuses_foreign_address(): void {
		$order = $this->order();
		$order->update_meta_data( CheckoutFields::get_group_key( 'other' ) . DeliveryAddress::FIELD_ID, (string) $this->foreign->id );

		try {
			$this->sut->handle_store_api_update_order( $order );
			$this->fail( 'The foreign address was accepted' );
		} catch ( RouteException $error ) {
			$this->assertSame( 'kundeportal_address_not_allowed', $error->getErrorCode() );
			$this->assertSame( 400, $error->getCode() );
		}
	}

	/**
	 * @testdox Block checkout: the chosen own department address ends up on the saved order
	 */
	public function test_store_api_copies_address(): void {
		$order = $this->order();
		$order->update_meta_data( CheckoutFields::get_group_key( 'other' ) . DeliveryAddress::FIELD_ID, (string) $this->own->id );
		$order->save();

		$this->sut->handle_store_api_update_order( $order );
		$this->sut->handle_store_api_order_processed( $order );

		$order = wc_get_order( $order->get_id() );
		$this->assertSame( 'Alnaveien 12', $order->get_shipping_address_1() );
		$this->assertContains( 'Delivered to department address: Hovedlager Alnabru', $this->notes( $order ) );
	}

	/**
	 * @testdox Classic checkout: validation adds an error for a foreign address; order creation copies an own one
	 */
	public function test_classic_checkout(): void {
		wp_set_current_user( $this->member );
		$fields = $this->sut->handle_checkout_fields( array( 'order' => array() ) );
		$this->assertArrayHasKey( DeliveryAddress::CLASSIC_FIELD, $fields['order'] );
		$this->assertSame( DeliveryAddress::PRIVATE, $fields['order'][ DeliveryAddress::CLASSIC_FIELD ]['default'] );

		$errors = new \WP_Error();
		$this->sut->handle_after_checkout_validation( array( DeliveryAddress::CLASSIC_FIELD => (string) $this->foreign->id ), $errors );
		$this->assertSame( array( 'kundeportal_address_not_allowed' ), $errors->get_error_codes() );

		$errors = new \WP_Error();
		$this->sut->handle_after_checkout_validation( array( DeliveryAddress::CLASSIC_FIELD => (string) $this->own->id ), $errors );
		$this->assertFalse( $errors->has_errors() );

		$order = $this->order();
		$this->sut->handle_checkout_create_order( $order, array( DeliveryAddress::CLASSIC_FIELD => (string) $this->own->id ) );
		$this->assertSame( 'Alnaveien 12', $order->get_shipping_address_1() );

		$this->expectException( \Exception::class );
		$this->sut->handle_checkout_create_order( $this->order(), array( DeliveryAddress::CLASSIC_FIELD => (string) $this->foreign->id ) );
	}
}
