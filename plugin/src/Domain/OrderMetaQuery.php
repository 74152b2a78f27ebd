<?php
/**
 * Order meta filters for wc_get_orders() that work in either order storage.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

use Automattic\WooCommerce\Utilities\OrderUtil;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.SlowDBQuery -- Filtering orders by our meta is the point; HPOS indexes meta_key.

/**
 * HPOS takes a meta_query; the posts store ignores meta_query in wc_get_orders() (with a
 * doing-it-wrong notice) but passes meta_key/meta_value on to WP_Query.
 */
final class OrderMetaQuery {

	/**
	 * Arguments matching orders whose meta $key equals $value (or is one of $value).
	 *
	 * @param string                $key   Meta key.
	 * @param string|int|array<int> $value Value, or list of values.
	 * @return array
	 */
	public static function args( string $key, string|int|array $value ): array {
		$compare = is_array( $value ) ? 'IN' : '=';
		$value   = is_array( $value ) ? array_map( 'strval', $value ) : (string) $value;

		if ( OrderUtil::custom_orders_table_usage_is_enabled() ) {
			return array(
				'meta_query' => array(
					array(
						'key'     => $key,
						'value'   => $value,
						'compare' => $compare,
					),
				),
			);
		}

		return array(
			'meta_key'     => $key,
			'meta_value'   => $value,
			'meta_compare' => $compare,
		);
	}
}
