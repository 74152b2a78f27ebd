<?php
/**
 * Turns WooCommerce orders into the kundeportal/v1 order objects.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Rest;

use Kundeportal\Domain\Money;
use Kundeportal\Domain\Tracking;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Services;
use WC_Order;
use WC_Order_Item_Product;
use WC_Product;

defined( 'ABSPATH' ) || exit;

/**
 * Builds the order list object and its lines. Money is in minor units; unit prices and
 * line totals include tax when the shop shows cart prices incl. tax.
 */
final class OrderPresenter {

	/**
	 * Domain services.
	 *
	 * @var Services
	 */
	private Services $services;

	/**
	 * Department names already looked up, by id (null when missing).
	 *
	 * @var array<int, string|null>
	 */
	private array $department_names = array();

	/**
	 * Credit left per orderer, looked up once per request.
	 *
	 * @var array<int, int>
	 */
	private array $credit_left = array();

	/**
	 * Tracking domain.
	 *
	 * @var Tracking|null
	 */
	private ?Tracking $tracking = null;

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( Services $services ) {
		$this->services = $services;
	}

	/**
	 * The order object of GET /orders.
	 *
	 * @param WC_Order $order Order.
	 * @return array
	 */
	public function summary( WC_Order $order ): array {
		$date  = $order->get_date_created();
		$total = Money::to_minor( $order->get_total() );

		return array(
			'id'                => $order->get_id(),
			'number'            => (string) $order->get_order_number(),
			'date_created'      => $date ? $date->format( DATE_ATOM ) : '',
			'status'            => $order->get_status(),
			'customer'          => $this->customer( $order ),
			'department'        => $this->department( $order ),
			'item_count'        => (int) $order->get_item_count(),
			'total'             => $total,
			'credit_left_after' => $this->credit_left_after( $order, $total ),
			'status_name'       => wc_get_order_status_name( $order->get_status() ),
			'tracking'          => $this->tracking()->for_order( $order ),
			'view_url'          => current_user_can( 'view_order', $order->get_id() ) ? $order->get_view_order_url() : null,
		);
	}

	/**
	 * The order object of GET /orders/{id}: the summary plus its lines, the notes to the
	 * customer and the manager's approval message.
	 *
	 * @param WC_Order $order Order.
	 * @return array
	 */
	public function detail( WC_Order $order ): array {
		$data          = $this->summary( $order );
		$data['lines'] = array();

		foreach ( $order->get_items( 'line_item' ) as $item ) {
			if ( $item instanceof WC_Order_Item_Product ) {
				$data['lines'][] = $this->line( $order, $item );
			}
		}

		$message                  = trim( (string) $order->get_meta( Keys::META_APPROVAL_MESSAGE ) );
		$data['customer_notes']   = $this->customer_notes( $order );
		$data['approval_message'] = '' === $message ? null : $message;

		return $data;
	}

	/**
	 * The order's notes to the customer, newest first, as plain text.
	 *
	 * @param WC_Order $order Order.
	 * @return array<int, array{id: int, date_created: string, content: string}>
	 */
	private function customer_notes( WC_Order $order ): array {
		$notes = array();

		foreach ( $order->get_customer_order_notes() as $note ) {
			if ( ! $note instanceof \WP_Comment ) {
				continue;
			}

			$date    = new \WC_DateTime( (string) $note->comment_date_gmt, new \DateTimeZone( 'UTC' ) );
			$notes[] = array(
				'id'           => (int) $note->comment_ID,
				'date_created' => $date->setTimezone( wp_timezone() )->format( DATE_ATOM ),
				'content'      => trim( html_entity_decode( wp_strip_all_tags( (string) $note->comment_content ), ENT_QUOTES, 'UTF-8' ) ),
			);
		}

		return $notes;
	}

	/**
	 * The tracking domain, created once.
	 *
	 * @return Tracking
	 */
	private function tracking(): Tracking {
		$this->tracking ??= new Tracking();

		return $this->tracking;
	}

	/**
	 * One order line.
	 *
	 * @param WC_Order              $order Order.
	 * @param WC_Order_Item_Product $item  Line.
	 * @return array
	 */
	private function line( WC_Order $order, WC_Order_Item_Product $item ): array {
		$product = $item->get_product();
		$inc_tax = 'incl' === get_option( 'woocommerce_tax_display_cart' );
		$parent  = $item->get_variation_id() ? wc_get_product( $item->get_product_id() ) : $product;

		return array(
			'id'           => $item->get_id(),
			'product_id'   => $item->get_product_id(),
			'variation_id' => $item->get_variation_id(),
			'sku'          => $product instanceof WC_Product ? (string) $product->get_sku() : '',
			'name'         => $parent instanceof WC_Product ? $parent->get_name() : $item->get_name(),
			'variation'    => $this->variation( $item, $product ),
			'quantity'     => (int) $item->get_quantity(),
			'price'        => Money::to_minor( $order->get_item_subtotal( $item, $inc_tax, true ) ),
			'total'        => Money::to_minor( $order->get_line_total( $item, $inc_tax, true ) ),
		);
	}

	/**
	 * The chosen variation attribute values, e.g. "Sort/Gul, 84 (48)".
	 *
	 * @param WC_Order_Item_Product $item    Line.
	 * @param WC_Product|false|null $product Ordered product.
	 * @return string Empty for simple products.
	 */
	private function variation( WC_Order_Item_Product $item, $product ): string {
		if ( ! $item->get_variation_id() ) {
			return '';
		}

		$keys   = $this->attribute_keys( $product );
		$values = array();

		foreach ( $item->get_meta_data() as $meta ) {
			$key = (string) $meta->key;
			if ( ! is_scalar( $meta->value ) || '' === (string) $meta->value ) {
				continue;
			}
			if ( ! in_array( $key, $keys, true ) && ! taxonomy_exists( $key ) ) {
				continue;
			}

			$term     = taxonomy_exists( $key ) ? get_term_by( 'slug', (string) $meta->value, $key ) : null;
			$values[] = $term instanceof \WP_Term ? $term->name : rawurldecode( (string) $meta->value );
		}

		return implode( ', ', $values );
	}

	/**
	 * The attribute names of a variation, without the "attribute_" prefix.
	 *
	 * @param WC_Product|false|null $product Variation.
	 * @return string[]
	 */
	private function attribute_keys( $product ): array {
		if ( ! $product instanceof \WC_Product_Variation ) {
			return array();
		}

		return array_map(
			fn( $key ) => substr( (string) $key, strlen( 'attribute_' ) ),
			array_keys( $product->get_variation_attributes() )
		);
	}

	/**
	 * The orderer: user id and name (the account's display name, else the billing name).
	 *
	 * @param WC_Order $order Order.
	 * @return array
	 */
	private function customer( WC_Order $order ): array {
		$user_id = $order->get_customer_id();
		$user    = $user_id ? get_userdata( $user_id ) : false;
		$name    = $user ? $user->display_name : $order->get_formatted_billing_full_name();

		return array(
			'id'   => $user_id,
			'name' => trim( (string) $name ),
		);
	}

	/**
	 * The order's department, or null for orders placed outside the portal.
	 *
	 * @param WC_Order $order Order.
	 * @return array|null
	 */
	private function department( WC_Order $order ): ?array {
		$id = (int) $order->get_meta( Keys::META_DEPARTMENT_ID );
		if ( $id <= 0 ) {
			return null;
		}

		if ( ! array_key_exists( $id, $this->department_names ) ) {
			$department = $this->services->departments->get( $id );

			$this->department_names[ $id ] = $department ? (string) $department->name : null;
		}

		return null === $this->department_names[ $id ] ? null : array(
			'id'   => $id,
			'name' => $this->department_names[ $id ],
		);
	}

	/**
	 * The orderer's credit left if this order is approved: member_left − total while the
	 * order awaits approval, member_left otherwise (Credit counts non-members as 0 left).
	 *
	 * @param WC_Order $order Order.
	 * @param int      $total Order total in minor units.
	 * @return int
	 */
	private function credit_left_after( WC_Order $order, int $total ): int {
		$user_id = $order->get_customer_id();

		if ( ! isset( $this->credit_left[ $user_id ] ) ) {
			$this->credit_left[ $user_id ] = $user_id ? $this->services->credit->member_left( $user_id ) : 0;
		}

		$left = $this->credit_left[ $user_id ];

		return Keys::STATUS_APPROVAL === $order->get_status() ? $left - $total : $left;
	}
}
