<?php
/**
 * Shipment tracking of orders: carriers, links and the order meta.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

use Kundeportal\Infrastructure\Keys;
use WC_Order;

defined( 'ABSPATH' ) || exit;

/**
 * Carriers are two presets (Posten/Bring, PostNord) plus the shop admin's own, each a name
 * and a URL pattern with {number}. An order's tracking is either the WooCommerce Shipment
 * Tracking extension's items (order meta `_wc_shipment_tracking_items`, read only) or the
 * carrier and number entered in the portal's Tracking box (Keys::META_TRACKING).
 */
final class Tracking {

	/** Order meta of the WooCommerce Shipment Tracking extension. */
	public const SHIPMENT_TRACKING_META = '_wc_shipment_tracking_items';

	/** Placeholder of the tracking number in URL patterns. */
	public const PLACEHOLDER = '{number}';

	/** Longest tracking number, in characters. */
	public const NUMBER_MAX_LENGTH = 100;

	/** Prefix of the ids of the shop admin's own carriers. */
	private const CUSTOM_PREFIX = 'custom-';

	/**
	 * The built-in carriers: id => name and URL pattern.
	 *
	 * @return array<string, array{name: string, url: string}>
	 */
	public static function presets(): array {
		return array(
			'posten'   => array(
				'name' => 'Posten/Bring',
				'url'  => 'https://sporing.posten.no/sporing/{number}',
			),
			'postnord' => array(
				'name' => 'PostNord',
				'url'  => 'https://tracking.postnord.com/no/?id={number}',
			),
		);
	}

	/**
	 * Every carrier the admin may pick: presets first, then the admin's own.
	 *
	 * @return array<string, array{name: string, url: string}>
	 */
	public function carriers(): array {
		$setting = get_option( Keys::OPTION_TRACKING_CARRIERS, '' );

		return self::presets() + self::parse_carriers( is_string( $setting ) ? $setting : '' )['carriers'];
	}

	/**
	 * Parses the carriers setting: one carrier a line, "Name | URL pattern".
	 *
	 * @param string $text The setting.
	 * @return array{carriers: array<string, array{name: string, url: string}>, lines: string[], invalid: string[]}
	 *         Valid carriers by id, the valid lines normalised, and the invalid lines as typed.
	 */
	public static function parse_carriers( string $text ): array {
		$result = array(
			'carriers' => array(),
			'lines'    => array(),
			'invalid'  => array(),
		);

		$lines = preg_split( '/\R/', $text );

		foreach ( is_array( $lines ) ? $lines : array() as $line ) {
			$line = trim( $line );
			if ( '' === $line ) {
				continue;
			}

			$parts = array_map( 'trim', explode( '|', $line, 2 ) );
			$name  = sanitize_text_field( $parts[0] );
			$url   = $parts[1] ?? '';
			$id    = self::CUSTOM_PREFIX . sanitize_title( $name );

			if ( '' === $name || self::CUSTOM_PREFIX === $id || ! self::is_valid_pattern( $url ) || isset( $result['carriers'][ $id ] ) ) {
				$result['invalid'][] = $line;
				continue;
			}

			$result['carriers'][ $id ] = array(
				'name' => $name,
				'url'  => $url,
			);
			$result['lines'][]         = $name . ' | ' . $url;
		}

		return $result;
	}

	/**
	 * Whether a URL pattern is an http(s) URL containing {number}.
	 *
	 * @param string $pattern URL pattern.
	 * @return bool
	 */
	public static function is_valid_pattern( string $pattern ): bool {
		if ( ! str_contains( $pattern, self::PLACEHOLDER ) || preg_match( '/[\s"\'<>]/', $pattern ) ) {
			return false;
		}

		$url    = str_replace( self::PLACEHOLDER, '1', $pattern );
		$scheme = wp_parse_url( $url, PHP_URL_SCHEME );
		$host   = wp_parse_url( $url, PHP_URL_HOST );

		return in_array( is_string( $scheme ) ? strtolower( $scheme ) : '', array( 'http', 'https' ), true )
			&& is_string( $host ) && '' !== $host
			&& false !== filter_var( $url, FILTER_VALIDATE_URL );
	}

	/**
	 * The tracking link of a number: the pattern with {number} replaced by the URL-encoded number.
	 *
	 * @param string $pattern URL pattern.
	 * @param string $number  Tracking number as entered.
	 * @return string
	 */
	public static function link( string $pattern, string $number ): string {
		return str_replace( self::PLACEHOLDER, rawurlencode( $number ), $pattern );
	}

	/**
	 * Whether the order carries Shipment Tracking extension items.
	 *
	 * @param WC_Order $order Order.
	 * @return bool
	 */
	public function has_shipment_tracking( WC_Order $order ): bool {
		return array() !== $this->shipment_tracking_items( $order );
	}

	/**
	 * The order's tracking, Shipment Tracking items first (they replace the portal's own).
	 *
	 * @param WC_Order $order Order.
	 * @return array<int, array{source: string, carrier: string, carrier_name: string, number: string, url: string|null}>
	 */
	public function for_order( WC_Order $order ): array {
		$items = $this->shipment_tracking_items( $order );
		if ( $items ) {
			return $items;
		}

		$own = $order->get_meta( Keys::META_TRACKING );
		if ( ! is_array( $own ) || ! isset( $own['carrier'], $own['number'] ) || '' === (string) $own['number'] ) {
			return array();
		}

		$carrier_id = (string) $own['carrier'];
		$number     = (string) $own['number'];
		$carrier    = $this->carriers()[ $carrier_id ] ?? null;

		return array(
			array(
				'source'       => 'kundeportal',
				'carrier'      => $carrier_id,
				'carrier_name' => $carrier ? $carrier['name'] : $carrier_id,
				'number'       => $number,
				'url'          => $carrier ? self::link( $carrier['url'], $number ) : null,
			),
		);
	}

	/**
	 * Stores a carrier and number on the order; an empty number removes the tracking.
	 *
	 * @param WC_Order $order      Order.
	 * @param string   $carrier_id One of carriers().
	 * @param string   $number     Tracking number.
	 * @param bool     $add_note   Whether to add the customer note "Shipped with X: NUMBER".
	 * @return bool Whether something changed.
	 * @throws DomainException `invalid_tracking` (400) for an unknown carrier or a too long number.
	 */
	public function save( WC_Order $order, string $carrier_id, string $number, bool $add_note = false ): bool {
		$number  = trim( sanitize_text_field( $number ) );
		$current = $order->get_meta( Keys::META_TRACKING );

		if ( '' === $number ) {
			if ( ! $current ) {
				return false;
			}
			$order->delete_meta_data( Keys::META_TRACKING );
			$order->save();
			return true;
		}

		$carriers = $this->carriers();
		if ( ! isset( $carriers[ $carrier_id ] ) ) {
			throw new DomainException( 'invalid_tracking', __( 'Pick a carrier for the tracking number.', 'kundeportal' ), 400 );
		}
		if ( mb_strlen( $number ) > self::NUMBER_MAX_LENGTH ) {
			/* translators: %d: maximum number of characters */
			throw new DomainException( 'invalid_tracking', sprintf( __( 'The tracking number can have at most %d characters.', 'kundeportal' ), self::NUMBER_MAX_LENGTH ), 400 );
		}

		$value = array(
			'carrier' => $carrier_id,
			'number'  => $number,
		);
		if ( $current === $value ) {
			return false;
		}

		$order->update_meta_data( Keys::META_TRACKING, $value );
		$order->save();

		if ( $add_note ) {
			/* translators: 1: carrier name, 2: tracking number */
			$order->add_order_note( sprintf( __( 'Shipped with %1$s: %2$s', 'kundeportal' ), $carriers[ $carrier_id ]['name'], $number ), 1, true );
		}

		return true;
	}

	/**
	 * The Shipment Tracking extension's items of an order, in our shape.
	 *
	 * @param WC_Order $order Order.
	 * @return array<int, array{source: string, carrier: string, carrier_name: string, number: string, url: string|null}>
	 */
	private function shipment_tracking_items( WC_Order $order ): array {
		$raw = $order->get_meta( self::SHIPMENT_TRACKING_META );
		if ( ! is_array( $raw ) ) {
			return array();
		}

		$items = array();
		foreach ( $raw as $item ) {
			if ( ! is_array( $item ) || '' === trim( (string) ( $item['tracking_number'] ?? '' ) ) ) {
				continue;
			}

			$number   = trim( (string) $item['tracking_number'] );
			$provider = trim( (string) ( $item['tracking_provider'] ?? '' ) );
			$custom   = trim( (string) ( $item['custom_tracking_provider'] ?? '' ) );
			$preset   = $this->preset_for_provider( '' !== $provider ? $provider : $custom );
			$link     = trim( (string) ( $item['custom_tracking_link'] ?? '' ) );
			$url      = null;

			if ( '' !== $link && in_array( strtolower( (string) wp_parse_url( $link, PHP_URL_SCHEME ) ), array( 'http', 'https' ), true ) ) {
				$url = esc_url_raw( $link );
			} elseif ( $preset ) {
				$url = self::link( self::presets()[ $preset ]['url'], $number );
			}

			if ( '' !== $custom ) {
				$name = $custom;
			} elseif ( $preset ) {
				$name = self::presets()[ $preset ]['name'];
			} else {
				$name = ucwords( str_replace( array( '-', '_' ), ' ', $provider ) );
			}

			$items[] = array(
				'source'       => 'shipment_tracking',
				'carrier'      => '' !== $provider ? sanitize_title( $provider ) : sanitize_title( $custom ),
				'carrier_name' => sanitize_text_field( $name ),
				'number'       => sanitize_text_field( $number ),
				'url'          => '' === (string) $url ? null : $url,
			);
		}

		return $items;
	}

	/**
	 * The preset matching a Shipment Tracking provider name or slug, e.g. "bring" or "PostNord Sverige".
	 *
	 * @param string $provider Provider.
	 * @return string|null Preset id.
	 */
	private function preset_for_provider( string $provider ): ?string {
		$slug = sanitize_title( $provider );
		if ( str_contains( $slug, 'postnord' ) ) {
			return 'postnord';
		}
		if ( str_contains( $slug, 'posten' ) || str_contains( $slug, 'bring' ) ) {
			return 'posten';
		}

		return null;
	}
}
