<?php
/**
 * Enforces assortment lists in the shop, the cart and the checkout.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Catalog;

use Automattic\WooCommerce\StoreApi\Exceptions\RouteException;
use Kundeportal\Domain\AssortmentLists;
use Kundeportal\Services;
use WC_Product;
use WP_Error;
use WP_Query;

defined( 'ABSPATH' ) || exit;

/**
 * For a member restricted to assortment lists (see AssortmentLists::allowed_product_ids):
 *
 * - product listings (shop, categories, tags, search, product blocks and the Store API's
 *   /wc/store/v1/products, which all run WP_Query) leave out products outside the lists;
 *   related, up-sell and cross-sell products too (woocommerce_product_is_visible);
 * - a product outside the lists opened by its link is shown, not purchasable, with the notice
 *   "This product is not in your assortment." (a 404 would look like a broken link from an
 *   old order or a colleague's message, and a variable product is shown when one of its
 *   variations is listed anyway, so one rule covers both);
 * - it is not purchasable, cannot be added to the cart (classic form and Store API, 400 with
 *   the same message), is removed from the cart with a notice, and checkout refuses it.
 *
 * Shop admins and users who are no members (or members without lists) are never restricted.
 *
 * TODO(#4): WooCommerce keeps the "removed from your cart" notice in the session until a page
 * prints it; a client using only the Store API gets it as an error on every checkout until then.
 *
 * TODO(#4): single-product reads (Store API /products/{id}, wc/v3) still answer for products
 * outside the assortment (marked not purchasable); listings built with get_posts() (which
 * suppresses filters) are only covered through woocommerce_product_is_visible.
 */
final class AssortmentGuard {

	/**
	 * Assortment lists.
	 *
	 * @var AssortmentLists
	 */
	private AssortmentLists $lists;

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( Services $services ) {
		$this->lists = $services->assortment_lists;
	}

	/**
	 * Adds the hooks.
	 *
	 * @return void
	 */
	public function register(): void {
		add_filter( 'posts_where', array( $this, 'filter_posts_where' ), 10, 2 );
		add_filter( 'woocommerce_product_is_visible', array( $this, 'filter_product_is_visible' ), 10, 2 );
		add_filter( 'woocommerce_related_products', array( $this, 'filter_related_products' ) );
		add_filter( 'woocommerce_is_purchasable', array( $this, 'filter_is_purchasable' ), 10, 2 );
		add_filter( 'woocommerce_variation_is_purchasable', array( $this, 'filter_is_purchasable' ), 10, 2 );
		add_filter( 'woocommerce_variation_is_active', array( $this, 'filter_variation_is_active' ), 10, 2 );
		add_action( 'woocommerce_before_single_product', array( $this, 'handle_before_single_product' ) );
		add_filter( 'woocommerce_add_to_cart_validation', array( $this, 'filter_add_to_cart_validation' ), 10, 4 );
		add_filter( 'woocommerce_add_cart_item_data', array( $this, 'filter_add_cart_item_data' ), 10, 3 );
		add_action( 'woocommerce_store_api_validate_add_to_cart', array( $this, 'handle_store_api_validate_add_to_cart' ) );
		add_filter( 'woocommerce_cart_item_removed_message', array( $this, 'filter_cart_item_removed_message' ), 10, 2 );
		add_action( 'woocommerce_check_cart_items', array( $this, 'handle_check_cart_items' ) );
		add_action( 'woocommerce_store_api_cart_errors', array( $this, 'handle_store_api_cart_errors' ), 10, 2 );
		add_action( 'woocommerce_after_checkout_validation', array( $this, 'handle_after_checkout_validation' ), 10, 2 );
		add_action( 'woocommerce_store_api_checkout_update_order_from_request', array( $this, 'handle_store_api_checkout' ) );
	}

	/**
	 * The message shown whenever a product is outside the member's assortment.
	 *
	 * @return string
	 */
	public static function message(): string {
		return __( 'This product is not in your assortment.', 'kundeportal' );
	}

	/**
	 * Leaves products outside the assortment out of front-end product queries (shop, archives,
	 * search, product blocks, Store API). Queries of other post types are left alone; the
	 * main query of a single product is kept (the page shows the notice instead).
	 *
	 * @internal
	 * @param string   $where SQL WHERE of the query.
	 * @param WP_Query $query The query.
	 * @return string
	 */
	public function filter_posts_where( $where, $query ) {
		if ( ! $query instanceof WP_Query || ( is_admin() && ! wp_doing_ajax() ) || ! $this->queries_products( $query ) ) {
			return $where;
		}
		if ( $query->is_main_query() && $query->is_singular() ) {
			return $where;
		}

		$allowed = $this->lists->allowed_product_ids( get_current_user_id() );
		if ( null === $allowed ) {
			return $where;
		}

		global $wpdb;
		$ids = $allowed ? implode( ',', array_map( 'intval', $allowed ) ) : '0';

		return $where . " AND ( {$wpdb->posts}.post_type NOT IN ('product','product_variation') OR {$wpdb->posts}.ID IN ($ids) )";
	}

	/**
	 * Hides products outside the assortment in loops built from ids (related, up-sells,
	 * cross-sells, grouped products).
	 *
	 * @internal
	 * @param bool $visible    Visible so far.
	 * @param int  $product_id Product id.
	 * @return bool
	 */
	public function filter_product_is_visible( $visible, $product_id ) {
		return $visible && $this->allows( (int) $product_id );
	}

	/**
	 * Keeps only allowed related products.
	 *
	 * @internal
	 * @param int[] $related Related product ids.
	 * @return int[]
	 */
	public function filter_related_products( $related ) {
		$allowed = $this->lists->allowed_product_ids( get_current_user_id() );
		if ( null === $allowed || ! is_array( $related ) ) {
			return $related;
		}

		return array_values( array_intersect( array_map( 'intval', $related ), $allowed ) );
	}

	/**
	 * Products and variations outside the assortment are not purchasable.
	 *
	 * @internal
	 * @param bool       $purchasable Purchasable so far.
	 * @param WC_Product $product     Product or variation.
	 * @return bool
	 */
	public function filter_is_purchasable( $purchasable, $product ) {
		if ( ! $purchasable || ! $product instanceof WC_Product ) {
			return $purchasable;
		}

		return $this->allows( $product->get_id() );
	}

	/**
	 * Variations outside the assortment are greyed out in the variation form.
	 *
	 * @internal
	 * @param bool       $active    Active so far.
	 * @param WC_Product $variation Variation.
	 * @return bool
	 */
	public function filter_variation_is_active( $active, $variation ) {
		return $active && ( ! $variation instanceof WC_Product || $this->allows( $variation->get_id() ) );
	}

	/**
	 * The notice on the page of a product outside the assortment.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_before_single_product(): void {
		global $product;

		if ( $product instanceof WC_Product && ! $this->allows( $product->get_id() ) ) {
			wc_print_notice( esc_html( self::message() ), 'notice' );
		}
	}

	/**
	 * Classic add to cart: refuses products outside the assortment with a notice.
	 *
	 * @internal
	 * @param bool $passed       Valid so far.
	 * @param int  $product_id   Product id.
	 * @param int  $quantity     Quantity.
	 * @param int  $variation_id Variation id, 0 for none.
	 * @return bool
	 */
	public function filter_add_to_cart_validation( $passed, $product_id, $quantity = 1, $variation_id = 0 ) {
		if ( ! $passed ) {
			return $passed;
		}

		$id = (int) $variation_id > 0 ? (int) $variation_id : (int) $product_id;
		if ( $this->allows( $id ) ) {
			return true;
		}

		wc_add_notice( esc_html( self::message() ), 'error' );

		return false;
	}

	/**
	 * Store API add to cart: the product is checked for purchasability before the documented
	 * validation hook runs, which would answer WooCommerce's generic message; this filter runs
	 * before that check, so the member gets the assortment message (400).
	 *
	 * @internal
	 * @param array $cart_item_data Cart item data.
	 * @param int   $product_id     Product id.
	 * @param int   $variation_id   Variation id.
	 * @return array
	 * @throws RouteException When the product is outside the assortment (Store API only).
	 */
	public function filter_add_cart_item_data( $cart_item_data, $product_id, $variation_id = 0 ) {
		if ( ! $this->is_store_api_request() ) {
			return $cart_item_data;
		}

		$id = (int) $variation_id > 0 ? (int) $variation_id : (int) $product_id;
		if ( ! $this->allows( $id ) ) {
			throw new RouteException( 'kundeportal_not_in_assortment', esc_html( self::message() ), 400 );
		}

		return $cart_item_data;
	}

	/**
	 * Store API add to cart, the documented hook.
	 *
	 * @internal
	 * @param WC_Product $product Product or variation being added.
	 * @return void
	 * @throws RouteException When the product is outside the assortment.
	 */
	public function handle_store_api_validate_add_to_cart( $product ): void {
		if ( $product instanceof WC_Product && ! $this->allows( $product->get_id() ) ) {
			throw new RouteException( 'kundeportal_not_in_assortment', esc_html( self::message() ), 400 );
		}
	}

	/**
	 * An item put in the cart before the member was restricted is dropped by WooCommerce as
	 * "no longer purchasable"; the notice says why instead (the member can do something about it).
	 *
	 * @internal
	 * @param string           $message WooCommerce's message.
	 * @param WC_Product|mixed $product The removed product or variation.
	 * @return string
	 */
	public function filter_cart_item_removed_message( $message, $product ) {
		if ( ! $product instanceof WC_Product || $this->allows( $product->get_id() ) ) {
			return $message;
		}

		/* translators: %s: product name. */
		return sprintf( __( '"%s" was removed from your cart because it is not in your assortment.', 'kundeportal' ), $product->get_name() );
	}

	/**
	 * Cart and classic checkout: an error per item outside the assortment.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_check_cart_items(): void {
		foreach ( $this->refused_names() as $name ) {
			wc_add_notice( esc_html( self::item_message( $name ) ), 'error' );
		}
	}

	/**
	 * Store API cart and checkout: an error per item outside the assortment.
	 *
	 * @internal
	 * @param WP_Error $errors Cart errors.
	 * @return void
	 */
	public function handle_store_api_cart_errors( $errors ): void {
		if ( ! $errors instanceof WP_Error ) {
			return;
		}
		foreach ( $this->refused_names() as $name ) {
			$errors->add( 'kundeportal_not_in_assortment', esc_html( self::item_message( $name ) ) );
		}
	}

	/**
	 * Classic checkout refuses items outside the assortment.
	 *
	 * @internal
	 * @param array    $data   Posted checkout data.
	 * @param WP_Error $errors Checkout errors.
	 * @return void
	 */
	public function handle_after_checkout_validation( $data, $errors ): void {
		$this->handle_store_api_cart_errors( $errors );
	}

	/**
	 * Store API checkout refuses items outside the assortment.
	 *
	 * @internal
	 * @return void
	 * @throws RouteException When an item is outside the assortment.
	 */
	public function handle_store_api_checkout(): void {
		$names = $this->refused_names();
		if ( $names ) {
			throw new RouteException( 'kundeportal_not_in_assortment', esc_html( self::item_message( $names[0] ) ), 400 );
		}
	}

	/**
	 * Whether the current user may buy the product (true when unrestricted).
	 *
	 * @param int $product_id Product or variation id.
	 * @return bool
	 */
	private function allows( int $product_id ): bool {
		return $this->lists->allows( get_current_user_id(), $product_id );
	}

	/**
	 * Names of the cart items outside the assortment.
	 *
	 * @return string[]
	 */
	private function refused_names(): array {
		if ( ! function_exists( 'WC' ) || ! WC()->cart || ! $this->lists->is_restricted( get_current_user_id() ) ) {
			return array();
		}

		$names = array();
		foreach ( WC()->cart->get_cart() as $item ) {
			$id = (int) ( $item['variation_id'] ?? 0 ) > 0 ? (int) $item['variation_id'] : (int) ( $item['product_id'] ?? 0 );
			if ( ! $this->allows( $id ) ) {
				$product = $item['data'] ?? null;
				$names[] = $product instanceof WC_Product ? $product->get_name() : (string) $id;
			}
		}

		return $names;
	}

	/**
	 * The message for one cart item.
	 *
	 * @param string $name Product name.
	 * @return string
	 */
	private static function item_message( string $name ): string {
		/* translators: %s: product name. */
		return sprintf( __( '"%s" is not in your assortment. Remove it from the cart to continue.', 'kundeportal' ), $name );
	}

	/**
	 * Whether a query may return products (post type product, variation, any or not set).
	 *
	 * @param WP_Query $query The query.
	 * @return bool
	 */
	private function queries_products( WP_Query $query ): bool {
		$types = $query->get( 'post_type' );
		if ( '' === $types || null === $types || array() === $types ) {
			return $query->is_search() || $query->is_tax( get_object_taxonomies( 'product' ) );
		}

		return (bool) array_intersect( (array) $types, array( 'product', 'product_variation', 'any' ) );
	}

	/**
	 * Whether this is a Store API request.
	 *
	 * @return bool
	 */
	private function is_store_api_request(): bool {
		return function_exists( 'WC' ) && method_exists( WC(), 'is_store_api_request' ) && WC()->is_store_api_request();
	}
}
