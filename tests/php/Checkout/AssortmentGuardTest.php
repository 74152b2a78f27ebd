<?php
/**
 * Tests of the assortment enforcement in shop, cart and checkout.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Checkout;

use Automattic\WooCommerce\StoreApi\Exceptions\RouteException;
use Kundeportal\Catalog\AssortmentGuard;
use Kundeportal\Tests\Rest\PortalFixtures;
use Kundeportal\Tests\TestCase;
use WP_Error;

// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- The tests fire WooCommerce's hooks.

/**
 * A member restricted to one list: purchasable, add-to-cart validation, product queries;
 * unrestricted users are untouched.
 */
final class AssortmentGuardTest extends TestCase {

	use PortalFixtures;

	/**
	 * The listed product.
	 *
	 * @var \WC_Product_Simple
	 */
	private \WC_Product_Simple $listed;

	/**
	 * A product outside the list.
	 *
	 * @var \WC_Product_Simple
	 */
	private \WC_Product_Simple $other;

	/**
	 * Builds the portal and restricts employee_a to a list with one product.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();
		$this->listed = $this->create_simple_product();
		$this->other  = $this->create_simple_product();

		$lists = $this->plugin_services()->assortment_lists;
		$list  = $lists->create( $this->ids['company'], 'Liste' );
		$lists->set_items( $list->id, array( $this->listed->get_id() ) );
		$lists->assign( $this->ids['employee_a'], array( $list->id ) );
		wc_clear_notices();
	}

	/**
	 * Resets the user and notices.
	 */
	protected function tear_down(): void {
		wc_clear_notices();
		wp_set_current_user( 0 );
		parent::tear_down();
	}

	/**
	 * @testdox Products outside the list are not purchasable for the member; others are untouched
	 */
	public function test_purchasable(): void {
		wp_set_current_user( $this->ids['employee_a'] );
		$this->assertTrue( wc_get_product( $this->listed->get_id() )->is_purchasable() );
		$this->assertFalse( wc_get_product( $this->other->get_id() )->is_purchasable() );

		foreach ( array( 'employee_b', 'admin', 'outsider' ) as $who ) {
			wp_set_current_user( $this->ids[ $who ] );
			$this->assertTrue( wc_get_product( $this->other->get_id() )->is_purchasable(), $who );
		}
	}

	/**
	 * @testdox A listed variation is purchasable, its unlisted sibling not, the parent stays visible
	 */
	public function test_variation(): void {
		$variation = $this->create_variation();
		$sibling   = new \WC_Product_Variation();
		$sibling->set_parent_id( $variation->get_parent_id() );
		$sibling->set_regular_price( '1100' );
		$sibling->save();
		$lists = $this->plugin_services()->assortment_lists;
		$list  = $lists->create( $this->ids['company'], 'Variasjon' );
		$lists->set_items( $list->id, array( $variation->get_id() ) );
		$lists->assign( $this->ids['employee_a'], array( $list->id ) );

		wp_set_current_user( $this->ids['employee_a'] );
		$this->assertTrue( wc_get_product( $variation->get_id() )->is_purchasable() );
		$this->assertFalse( wc_get_product( $sibling->get_id() )->is_purchasable() );
		$this->assertTrue( apply_filters( 'woocommerce_product_is_visible', true, $variation->get_parent_id() ) );
		$this->assertFalse( apply_filters( 'woocommerce_add_to_cart_validation', true, $variation->get_parent_id(), 1, $sibling->get_id() ) );
		$this->assertTrue( apply_filters( 'woocommerce_add_to_cart_validation', true, $variation->get_parent_id(), 1, $variation->get_id() ) );
	}

	/**
	 * @testdox Classic add-to-cart validation refuses with the translated notice
	 */
	public function test_add_to_cart_validation(): void {
		wp_set_current_user( $this->ids['employee_a'] );

		$this->assertTrue( apply_filters( 'woocommerce_add_to_cart_validation', true, $this->listed->get_id(), 1 ) );
		$this->assertFalse( apply_filters( 'woocommerce_add_to_cart_validation', true, $this->other->get_id(), 1 ) );
		$notices = wc_get_notices( 'error' );
		$this->assertCount( 1, $notices );
		$this->assertSame( AssortmentGuard::message(), $notices[0]['notice'] );

		wp_set_current_user( $this->ids['employee_b'] );
		$this->assertTrue( apply_filters( 'woocommerce_add_to_cart_validation', true, $this->other->get_id(), 1 ) );
	}

	/**
	 * @testdox Store API add to cart throws a 400 RouteException for a product outside the list
	 */
	public function test_store_api_validation(): void {
		wp_set_current_user( $this->ids['employee_a'] );
		do_action( 'woocommerce_store_api_validate_add_to_cart', $this->listed, array() );

		try {
			do_action( 'woocommerce_store_api_validate_add_to_cart', $this->other, array() );
			$this->fail( 'No exception.' );
		} catch ( RouteException $e ) {
			$this->assertSame( 400, $e->getCode() );
			$this->assertSame( 'kundeportal_not_in_assortment', $e->getErrorCode() );
		}
	}

	/**
	 * @testdox Product queries on the front end leave out products outside the list
	 */
	public function test_product_query(): void {
		$ids = array( $this->listed->get_id(), $this->other->get_id() );
		$run = static fn (): array => array_map(
			'intval',
			( new \WP_Query(
				array(
					'post_type'      => 'product',
					'post__in'       => $ids,
					'fields'         => 'ids',
					'posts_per_page' => 10,
					'orderby'        => 'ID',
					'order'          => 'ASC',
				)
			) )->posts
		);

		wp_set_current_user( $this->ids['employee_a'] );
		$this->assertSame( array( $this->listed->get_id() ), $run() );

		wp_set_current_user( $this->ids['employee_b'] );
		$this->assertSame( $ids, $run() );
	}

	/**
	 * @testdox Store API cart errors and both checkouts refuse a cart item outside the list
	 */
	public function test_cart_errors(): void {
		wp_set_current_user( $this->ids['employee_b'] );
		WC()->initialize_session();
		WC()->initialize_cart();
		WC()->cart->empty_cart();
		WC()->cart->add_to_cart( $this->other->get_id(), 1 );

		wp_set_current_user( $this->ids['employee_a'] );
		$this->plugin_services()->assortment_lists->flush();
		$errors = new WP_Error();
		do_action( 'woocommerce_store_api_cart_errors', $errors, WC()->cart );
		$this->assertSame( array( 'kundeportal_not_in_assortment' ), $errors->get_error_codes() );

		$checkout = new WP_Error();
		do_action( 'woocommerce_after_checkout_validation', array(), $checkout );
		$this->assertSame( array( 'kundeportal_not_in_assortment' ), $checkout->get_error_codes(), 'The classic checkout refuses.' );

		try {
			( new AssortmentGuard( $this->plugin_services() ) )->handle_store_api_checkout();
			$this->fail( 'The Store API checkout was not refused.' );
		} catch ( RouteException $e ) {
			$this->assertSame( 400, $e->getCode() );
		}

		WC()->cart->empty_cart();
	}

	/**
	 * @testdox An item dropped from the cart as not purchasable says it is outside the assortment
	 */
	public function test_cart_item_removed_message(): void {
		$message = 'X has been removed from your cart because it can no longer be purchased.';

		wp_set_current_user( $this->ids['employee_a'] );
		$this->assertStringContainsString( 'not in your assortment', apply_filters( 'woocommerce_cart_item_removed_message', $message, $this->other ) );
		$this->assertStringContainsString( $this->other->get_name(), apply_filters( 'woocommerce_cart_item_removed_message', $message, $this->other ) );
		$this->assertSame( $message, apply_filters( 'woocommerce_cart_item_removed_message', $message, $this->listed ), 'Other reasons keep WooCommerce\'s message.' );

		wp_set_current_user( $this->ids['employee_b'] );
		$this->assertSame( $message, apply_filters( 'woocommerce_cart_item_removed_message', $message, $this->other ) );
	}
}
