<?php
/**
 * A manager's edits to the lines of an order awaiting approval.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

use Kundeportal\Infrastructure\Keys;

defined( 'ABSPATH' ) || exit;

/**
 * Changes a line's quantity or removes a line of an order in status kp-approval, under the
 * order's lock. WooCommerce's order API recalculates taxes and totals once per change, the
 * held stock follows the new quantity, and an order note records who changed what.
 */
class LineEditor {

	/** Largest quantity a line may have. */
	public const MAX_QUANTITY = 9999;

	/** Action fired after every change (see LineEditor::record()). */
	public const HOOK_CHANGED = 'kundeportal_order_changed';

	/**
	 * Constructor.
	 *
	 * @param OrderLock $lock Per-order lock.
	 */
	public function __construct( private OrderLock $lock = new OrderLock() ) {
	}

	/**
	 * Sets the quantity of one line. The unit price stays what the order charged (like a
	 * quantity change on WooCommerce's order screen); the same quantity changes nothing.
	 *
	 * @param \WC_Order $order      Order in status kp-approval.
	 * @param int       $item_id    Line item id of this order.
	 * @param int       $quantity   New quantity, 1 to MAX_QUANTITY.
	 * @param int       $by_user_id Acting user.
	 * @param string    $message    Optional message to the orderer.
	 * @return \WC_Order The order as it is now.
	 * @throws DomainException `invalid_quantity` (400), `line_not_found` (404), `order_not_pending` (409), `order_locked` (409).
	 */
	public function set_quantity( \WC_Order $order, int $item_id, int $quantity, int $by_user_id, string $message = '' ): \WC_Order {
		if ( $quantity < 1 || $quantity > self::MAX_QUANTITY ) {
			throw new DomainException(
				'invalid_quantity',
				/* translators: %d: largest allowed quantity */
				sprintf( __( 'The quantity must be a whole number from 1 to %d.', 'kundeportal' ), self::MAX_QUANTITY ),
				400
			);
		}

		return $this->lock->run(
			$order->get_id(),
			function ( \WC_Order $order ) use ( $item_id, $quantity, $by_user_id, $message ): \WC_Order {
				$item = $this->pending_line( $order, $item_id );
				$from = (int) $item->get_quantity();
				if ( $from === $quantity ) {
					return $order;
				}

				$item->set_quantity( $quantity );
				$item->set_subtotal( $this->scaled( (float) $item->get_subtotal(), $from, $quantity ) );
				$item->set_total( $this->scaled( (float) $item->get_total(), $from, $quantity ) );
				$item->save();
				$this->adjust_stock( $order, $item, $quantity );
				$this->recalculate( $order );

				/* translators: 1: user's name, 2: product name with variation, 3: old quantity, 4: new quantity */
				$note = __( '%1$s changed %2$s: quantity %3$d → %4$d.', 'kundeportal' );
				/* translators: 1: product name with variation, 2: old quantity, 3: new quantity */
				$what = sprintf( __( '%1$s: quantity %2$d → %3$d', 'kundeportal' ), $item->get_name(), $from, $quantity );

				return $this->record( $order, $by_user_id, sprintf( $note, $this->user_name( $by_user_id ), $item->get_name(), $from, $quantity ), $what, $message );
			}
		);
	}

	/**
	 * Removes one line and gives its held stock back. The last line cannot be removed.
	 *
	 * @param \WC_Order $order      Order in status kp-approval.
	 * @param int       $item_id    Line item id of this order.
	 * @param int       $by_user_id Acting user.
	 * @param string    $message    Optional message to the orderer.
	 * @return \WC_Order The order as it is now.
	 * @throws DomainException `line_not_found` (404), `last_line`, `order_not_pending` or `order_locked` (409).
	 */
	public function delete_line( \WC_Order $order, int $item_id, int $by_user_id, string $message = '' ): \WC_Order {
		return $this->lock->run(
			$order->get_id(),
			function ( \WC_Order $order ) use ( $item_id, $by_user_id, $message ): \WC_Order {
				$item = $this->pending_line( $order, $item_id );
				if ( count( $order->get_items( 'line_item' ) ) <= 1 ) {
					throw new DomainException( 'last_line', __( 'An order needs at least one line. Cancel the order instead.', 'kundeportal' ), 409 );
				}

				$quantity = (int) $item->get_quantity();
				$this->adjust_stock( $order, $item, 0 );
				$order->remove_item( $item_id );
				$this->recalculate( $order );

				/* translators: 1: user's name, 2: product name with variation, 3: quantity the line had */
				$note = __( '%1$s removed %2$s (quantity %3$d).', 'kundeportal' );
				/* translators: 1: product name with variation, 2: quantity the line had */
				$what = sprintf( __( '%1$s removed (quantity %2$d)', 'kundeportal' ), $item->get_name(), $quantity );

				return $this->record( $order, $by_user_id, sprintf( $note, $this->user_name( $by_user_id ), $item->get_name(), $quantity ), $what, $message );
			}
		);
	}

	/**
	 * The product line $item_id of an order that awaits approval.
	 *
	 * @param \WC_Order $order   Freshly loaded order.
	 * @param int       $item_id Line item id.
	 * @return \WC_Order_Item_Product
	 * @throws DomainException `order_not_pending` (409) or `line_not_found` (404).
	 */
	private function pending_line( \WC_Order $order, int $item_id ): \WC_Order_Item_Product {
		if ( ! $order->has_status( Keys::STATUS_APPROVAL ) ) {
			throw new DomainException(
				'order_not_pending',
				/* translators: %s: order status, e.g. "Processing" */
				sprintf( __( 'This order is not awaiting approval (status: %s).', 'kundeportal' ), wc_get_order_status_name( $order->get_status() ) ),
				409
			);
		}

		$item = $order->get_items( 'line_item' )[ $item_id ] ?? null;
		if ( ! $item instanceof \WC_Order_Item_Product ) {
			throw new DomainException( 'line_not_found', __( 'This order has no such line.', 'kundeportal' ), 404 );
		}

		return $item;
	}

	/**
	 * A line amount for a new quantity at the same unit amount, rounded like WooCommerce does.
	 *
	 * @param float $amount Amount for $from items.
	 * @param int   $from   Old quantity (at least 1).
	 * @param int   $to     New quantity.
	 * @return string
	 */
	private function scaled( float $amount, int $from, int $to ): string {
		return (string) wc_format_decimal( $amount / max( 1, $from ) * $to, wc_get_rounding_precision() );
	}

	/**
	 * Moves the stock the order holds for this line to $quantity (0 gives it all back), with
	 * WooCommerce's own helper. Only when the order holds stock, as kp-approval orders do.
	 *
	 * @param \WC_Order              $order    Order.
	 * @param \WC_Order_Item_Product $item     Line.
	 * @param int                    $quantity Quantity the order now holds for the line.
	 * @return void
	 * @throws DomainException `stock_not_adjusted` (409) when WooCommerce refuses the change.
	 */
	private function adjust_stock( \WC_Order $order, \WC_Order_Item_Product $item, int $quantity ): void {
		if ( ! $order->get_order_stock_reduced() ) {
			return;
		}

		if ( ! function_exists( 'wc_maybe_adjust_line_item_product_stock' ) ) {
			include_once WC_ABSPATH . 'includes/admin/wc-admin-functions.php';
		}

		$changed = wc_maybe_adjust_line_item_product_stock( $item, $quantity );
		if ( is_wp_error( $changed ) ) {
			throw new DomainException( 'stock_not_adjusted', __( 'The stock could not be updated. Please try again.', 'kundeportal' ), 409 );
		}
	}

	/**
	 * Taxes and totals, once, through WooCommerce: with coupons their discounts are applied
	 * again (which recalculates the totals), else the totals with taxes.
	 *
	 * @param \WC_Order $order Order with the changed lines.
	 * @return void
	 */
	private function recalculate( \WC_Order $order ): void {
		if ( $order->get_coupon_codes() ) {
			$order->recalculate_coupons();
			return;
		}

		$order->calculate_totals( true );
	}

	/**
	 * Adds the order note (with the message, if any) and fires HOOK_CHANGED.
	 *
	 * @param \WC_Order $order       Changed order.
	 * @param int       $by_user_id  Acting user.
	 * @param string    $note        Order note.
	 * @param string    $description What changed.
	 * @param string    $message     Raw message to the orderer.
	 * @return \WC_Order The order reloaded.
	 */
	private function record( \WC_Order $order, int $by_user_id, string $note, string $description, string $message ): \WC_Order {
		$message = mb_substr( trim( wp_strip_all_tags( wp_check_invalid_utf8( $message, true ) ) ), 0, 1000 );
		if ( '' !== $message ) {
			/* translators: 1: note about the change, 2: message to the orderer */
			$note = sprintf( __( '%1$s Message to the orderer: %2$s', 'kundeportal' ), $note, $message );
		}

		$order->add_order_note( $note, 0, true );
		$fresh = OrderLock::fresh_order( $order->get_id() );
		$fresh = $fresh ? $fresh : $order;

		/**
		 * A manager changed a line of an order awaiting approval. Nothing is mailed here: the
		 * orderer's "order changed" e-mail hooks this action.
		 *
		 * @since 0.1.0
		 * @param \WC_Order $order       The order as it is now.
		 * @param int       $by_user_id  The user who changed it.
		 * @param string    $description What changed, e.g. "Safety Bukser - Sort/Gul, 84 (48): quantity 1 → 2".
		 * @param string    $message     The manager's message to the orderer, plain text, may be empty.
		 */
		do_action( 'kundeportal_order_changed', $fresh, $by_user_id, $description, $message );

		return $fresh;
	}

	/**
	 * The acting user's display name.
	 *
	 * @param int $user_id User id.
	 * @return string
	 */
	private function user_name( int $user_id ): string {
		$user = get_userdata( $user_id );

		/* translators: %d: user id */
		return $user ? $user->display_name : sprintf( __( 'user #%d', 'kundeportal' ), $user_id );
	}
}
