<?php
/**
 * JSON schema of the kundeportal/v1 order object.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Rest;

defined( 'ABSPATH' ) || exit;

/**
 * The order object. `lines` is only present on single-order responses
 * (GET /orders/{id}, approve, cancel), never in the list.
 */
final class OrderSchema {

	/**
	 * Longest message to the orderer, in characters.
	 */
	public const MESSAGE_MAX_LENGTH = 1000;

	/**
	 * Order statuses a client may filter by ("any" = every order status but drafts).
	 */
	public const STATUSES = array( 'kp-approval', 'pending', 'processing', 'on-hold', 'completed', 'cancelled', 'refunded', 'failed', 'any' );

	/**
	 * Every status a client may filter by: WooCommerce's registered order statuses (those of
	 * other plugins too) without "wc-" and drafts, then "any".
	 *
	 * @return string[]
	 */
	public static function statuses(): array {
		$registered = function_exists( 'wc_get_order_statuses' ) ? array_keys( wc_get_order_statuses() ) : array();
		$statuses   = array_map( fn( $key ) => str_starts_with( (string) $key, 'wc-' ) ? substr( (string) $key, 3 ) : (string) $key, $registered );
		$statuses   = array_diff( $statuses, array( 'checkout-draft' ) );

		return array_values( array_unique( array_merge( self::STATUSES, $statuses ) ) );
	}

	/**
	 * The schema.
	 *
	 * @return array
	 */
	public static function get(): array {
		return Schema::root(
			'kundeportal_order',
			array(
				'id'                => Schema::field( 'integer', __( 'Order id.', 'kundeportal' ) ),
				'number'            => Schema::field( 'string', __( 'Order number as shown to customers.', 'kundeportal' ) ),
				'date_created'      => Schema::field( 'string', __( 'Date the order was placed, ISO 8601 in site time.', 'kundeportal' ), array( 'format' => 'date-time' ) ),
				'status'            => Schema::field( 'string', __( 'Order status without the "wc-" prefix, e.g. kp-approval.', 'kundeportal' ) ),
				'customer'          => self::customer(),
				'department'        => self::department(),
				'item_count'        => Schema::field( 'integer', __( 'Number of items (sum of quantities).', 'kundeportal' ) ),
				'total'             => Schema::money( __( 'Order total, in minor units.', 'kundeportal' ) ),
				'credit_left_after' => Schema::money( __( 'Orderer\'s credit left if this order is approved, in minor units.', 'kundeportal' ) ),
				'status_name'       => Schema::field( 'string', __( 'Order status as WooCommerce names it, translated.', 'kundeportal' ) ),
				'tracking'          => self::tracking(),
				'view_url'          => Schema::field( array( 'string', 'null' ), __( 'WooCommerce\'s view-order page in My Account, or null when the user may not open it (another user\'s order).', 'kundeportal' ), array( 'format' => 'uri' ) ),
				'lines'             => self::lines(),
				'customer_notes'    => self::customer_notes(),
				'approval_message'  => Schema::field( array( 'string', 'null' ), __( 'The manager\'s message when approving the order, or null (single-order responses only).', 'kundeportal' ) ),
			)
		);
	}

	/**
	 * Schema of the orderer.
	 *
	 * @return array
	 */
	private static function customer(): array {
		return Schema::object(
			'object',
			__( 'The orderer.', 'kundeportal' ),
			array(
				'id'   => Schema::field( 'integer', __( 'User id (0 for guests).', 'kundeportal' ) ),
				'name' => Schema::field( 'string', __( 'Display name.', 'kundeportal' ) ),
			)
		);
	}

	/**
	 * Schema of the order's department.
	 *
	 * @return array
	 */
	private static function department(): array {
		return Schema::object(
			array( 'object', 'null' ),
			__( 'Department the order was placed for, or null.', 'kundeportal' ),
			array(
				'id'   => Schema::field( 'integer', __( 'Department id.', 'kundeportal' ) ),
				'name' => Schema::field( 'string', __( 'Department name.', 'kundeportal' ) ),
			)
		);
	}

	/**
	 * Schema of the tracking items.
	 *
	 * @return array
	 */
	private static function tracking(): array {
		return Schema::list_of(
			__( 'Shipment tracking: from WooCommerce Shipment Tracking if the order has it, else the carrier and number the shop entered. Empty when not shipped.', 'kundeportal' ),
			array(
				'source'       => Schema::field( 'string', __( 'Where the tracking comes from: kundeportal or shipment_tracking.', 'kundeportal' ), array( 'enum' => array( 'kundeportal', 'shipment_tracking' ) ) ),
				'carrier'      => Schema::field( 'string', __( 'Carrier id, e.g. posten.', 'kundeportal' ) ),
				'carrier_name' => Schema::field( 'string', __( 'Carrier name, e.g. Posten/Bring.', 'kundeportal' ) ),
				'number'       => Schema::field( 'string', __( 'Tracking number.', 'kundeportal' ) ),
				'url'          => Schema::field( array( 'string', 'null' ), __( 'Tracking page, or null when the carrier has no link.', 'kundeportal' ), array( 'format' => 'uri' ) ),
			)
		);
	}

	/**
	 * Schema of the notes to the customer.
	 *
	 * @return array
	 */
	private static function customer_notes(): array {
		return Schema::list_of(
			__( 'Notes to the customer, newest first (single-order responses only).', 'kundeportal' ),
			array(
				'id'           => Schema::field( 'integer', __( 'Note id.', 'kundeportal' ) ),
				'date_created' => Schema::field( 'string', __( 'Date of the note, ISO 8601 in site time.', 'kundeportal' ), array( 'format' => 'date-time' ) ),
				'content'      => Schema::field( 'string', __( 'The note as plain text.', 'kundeportal' ) ),
			)
		);
	}

	/**
	 * Schema of the order lines.
	 *
	 * @return array
	 */
	private static function lines(): array {
		return Schema::list_of(
			__( 'Order lines (single-order responses only).', 'kundeportal' ),
			array(
				'id'           => Schema::field( 'integer', __( 'Order item id.', 'kundeportal' ) ),
				'product_id'   => Schema::field( 'integer', __( 'Product id.', 'kundeportal' ) ),
				'variation_id' => Schema::field( 'integer', __( 'Variation id, 0 for simple products.', 'kundeportal' ) ),
				'sku'          => Schema::field( 'string', __( 'SKU.', 'kundeportal' ) ),
				'name'         => Schema::field( 'string', __( 'Product name.', 'kundeportal' ) ),
				'variation'    => Schema::field( 'string', __( 'Chosen attribute values, e.g. "Sort/Gul, 84 (48)".', 'kundeportal' ) ),
				'quantity'     => Schema::field( 'integer', __( 'Quantity.', 'kundeportal' ) ),
				'price'        => Schema::money( __( 'Unit price as the shop displays it (incl. or excl. tax), in minor units.', 'kundeportal' ) ),
				'total'        => Schema::money( __( 'Line total as the shop displays it (incl. or excl. tax), in minor units.', 'kundeportal' ) ),
			)
		);
	}

	/**
	 * Query arguments of GET /orders; core validates them from their types.
	 *
	 * @param array $context_args The "context" argument, keyed by its name.
	 * @return array
	 */
	public static function collection_args( array $context_args ): array {
		return array_merge( $context_args, self::filter_args(), self::paging_args() );
	}

	/**
	 * Filter and sort arguments of GET /orders.
	 *
	 * @return array
	 */
	private static function filter_args(): array {
		return array(
			'status'     => array(
				'description' => __( 'Only orders with this status; "any" for all.', 'kundeportal' ),
				'type'        => 'string',
				'enum'        => self::statuses(),
				'default'     => 'any',
			),
			'department' => array(
				'description' => __( 'Only orders of this department (must be in the user\'s scope).', 'kundeportal' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
			'orderby'    => array(
				'description' => __( 'Sort field.', 'kundeportal' ),
				'type'        => 'string',
				'enum'        => array( 'date', 'total' ),
				'default'     => 'date',
			),
			'after'      => self::date_arg( __( 'Only orders placed on or after this day (Y-m-d, site time).', 'kundeportal' ) ),
			'before'     => self::date_arg( __( 'Only orders placed on or before this day (Y-m-d, site time).', 'kundeportal' ) ),
			'order'      => array(
				'description' => __( 'Sort direction.', 'kundeportal' ),
				'type'        => 'string',
				'enum'        => array( 'asc', 'desc' ),
				'default'     => 'desc',
			),
		);
	}

	/**
	 * A day argument: Y-m-d and a real calendar day, else 400 with a translated message.
	 *
	 * @param string $description Description.
	 * @return array
	 */
	private static function date_arg( string $description ): array {
		return array(
			'description'       => $description,
			'type'              => 'string',
			'format'            => 'date',
			'validate_callback' => array( self::class, 'validate_date' ),
		);
	}

	/**
	 * Validates a Y-m-d day argument.
	 *
	 * @param mixed            $value   Value.
	 * @param \WP_REST_Request $request Request.
	 * @param string           $param   Argument name.
	 * @return true|\WP_Error
	 */
	public static function validate_date( $value, $request, $param ) {
		if ( is_string( $value ) && preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $parts ) && checkdate( (int) $parts[2], (int) $parts[3], (int) $parts[1] ) ) {
			return true;
		}

		return new \WP_Error(
			'rest_invalid_param',
			/* translators: %s: argument name, e.g. "after" */
			sprintf( __( '%s must be a date like 2025-05-31.', 'kundeportal' ), (string) $param ),
			array( 'status' => 400 )
		);
	}

	/**
	 * Pagination arguments of GET /orders.
	 *
	 * @return array
	 */
	private static function paging_args(): array {
		return array(
			'page'     => array(
				'description' => __( 'Page of the collection.', 'kundeportal' ),
				'type'        => 'integer',
				'minimum'     => 1,
				// Far past any real list, and small enough that (page - 1) * per_page stays an integer.
				'maximum'     => 100000,
				'default'     => 1,
			),
			'per_page' => array(
				'description' => __( 'Items per page.', 'kundeportal' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => 100,
				'default'     => 10,
			),
		);
	}

	/**
	 * Body arguments of PATCH /orders/{id}/lines/{item_id}: the new quantity and a message.
	 *
	 * @return array
	 */
	public static function line_update_args(): array {
		return array_merge(
			array(
				'quantity' => array(
					'description' => __( 'New quantity of the line, a whole number.', 'kundeportal' ),
					'type'        => 'integer',
					'minimum'     => 1,
					'maximum'     => \Kundeportal\Domain\LineEditor::MAX_QUANTITY,
					'required'    => true,
				),
			),
			self::line_message_args()
		);
	}

	/**
	 * Arguments of the line routes' message (PATCH and DELETE).
	 *
	 * @return array
	 */
	public static function line_message_args(): array {
		return array(
			'message' => array(
				'description' => __( 'Message to the orderer about the change.', 'kundeportal' ),
				'type'        => 'string',
				'maxLength'   => self::MESSAGE_MAX_LENGTH,
				'default'     => '',
			),
		);
	}

	/**
	 * Body arguments of approve and cancel.
	 *
	 * @return array
	 */
	public static function action_args(): array {
		return array(
			'message' => array(
				'description' => __( 'Message to the orderer, sent as a customer note.', 'kundeportal' ),
				'type'        => 'string',
				'maxLength'   => self::MESSAGE_MAX_LENGTH,
				'default'     => '',
			),
		);
	}
}
