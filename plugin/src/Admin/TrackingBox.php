<?php
/**
 * The "Tracking" meta box on WooCommerce's order screen and the carriers setting.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Admin;

use Kundeportal\Domain\DomainException;
use Kundeportal\Domain\Tracking;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * A "Tracking" box on the order edit screen (HPOS and legacy) where the shop admin picks a
 * carrier and enters a tracking number, saved with the order form; read only when the order
 * has Shipment Tracking extension items. Adds WooCommerce → Settings → Shipping → Tracking
 * with the shop's own carriers, one "Name | URL pattern" a line.
 */
final class TrackingBox {

	/** Nonce action prefix (the order id is appended) and field name. */
	public const NONCE = 'kundeportal_tracking';

	/** Id of the settings section under WooCommerce → Settings → Shipping. */
	public const SECTION = 'kundeportal-tracking';

	/**
	 * Tracking domain.
	 *
	 * @var Tracking
	 */
	private Tracking $tracking;

	/**
	 * Constructor.
	 *
	 * @param Services|null $services Domain services (unused; kept for Plugin::register_optional()).
	 * @param Tracking|null $tracking Tracking domain.
	 */
	public function __construct( ?Services $services = null, ?Tracking $tracking = null ) {
		unset( $services );
		$this->tracking = $tracking ?? new Tracking();
	}

	/**
	 * Adds the hooks.
	 *
	 * @return void
	 */
	public function register(): void {
		add_action( 'add_meta_boxes', array( $this, 'handle_add_meta_boxes' ) );
		add_action( 'woocommerce_process_shop_order_meta', array( $this, 'handle_process_shop_order_meta' ), 50 );
		add_action( 'admin_notices', array( $this, 'handle_admin_notices' ) );
		add_filter( 'woocommerce_get_sections_shipping', array( $this, 'handle_sections' ) );
		add_filter( 'woocommerce_get_settings_shipping', array( $this, 'handle_settings' ), 10, 2 );
		add_filter( 'woocommerce_admin_settings_sanitize_option_' . Keys::OPTION_TRACKING_CARRIERS, array( $this, 'sanitize_carriers' ) );
	}

	/**
	 * Adds the box to the order edit screen of either storage.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_add_meta_boxes(): void {
		add_meta_box( 'kundeportal-tracking', __( 'Tracking', 'kundeportal' ), array( $this, 'render_meta_box' ), wc_get_page_screen_id( 'shop-order' ), 'side', 'default' );
	}

	/**
	 * Prints the box: the Shipment Tracking items read only, or carrier and number fields that
	 * belong to WooCommerce's order form.
	 *
	 * @param \WP_Post|\WC_Order $post_or_order Legacy post or HPOS order.
	 * @return void
	 */
	public function render_meta_box( $post_or_order ): void {
		$order = $post_or_order instanceof \WC_Order ? $post_or_order : wc_get_order( $post_or_order->ID ?? 0 );
		if ( ! $order instanceof \WC_Order ) {
			return;
		}

		if ( $this->tracking->has_shipment_tracking( $order ) ) {
			echo '<p>' . esc_html__( 'From WooCommerce Shipment Tracking:', 'kundeportal' ) . '</p><ul>';
			foreach ( $this->tracking->for_order( $order ) as $item ) {
				echo '<li>' . esc_html( $item['carrier_name'] ) . ': ';
				if ( $item['url'] ) {
					printf( '<a href="%s" target="_blank" rel="noopener noreferrer">%s</a>', esc_url( $item['url'] ), esc_html( $item['number'] ) );
				} else {
					echo esc_html( $item['number'] );
				}
				echo '</li>';
			}
			echo '</ul>';
			return;
		}

		$current = $order->get_meta( Keys::META_TRACKING );
		$carrier = is_array( $current ) ? (string) ( $current['carrier'] ?? '' ) : '';
		$number  = is_array( $current ) ? (string) ( $current['number'] ?? '' ) : '';

		wp_nonce_field( self::NONCE . '_' . $order->get_id(), '_kundeportal_tracking_nonce', false );

		echo '<p><label for="kundeportal-tracking-carrier">' . esc_html__( 'Carrier', 'kundeportal' ) . '</label><br>';
		echo '<select id="kundeportal-tracking-carrier" name="kundeportal_tracking_carrier" class="widefat">';
		foreach ( $this->tracking->carriers() as $id => $data ) {
			printf( '<option value="%s"%s>%s</option>', esc_attr( $id ), selected( $carrier, $id, false ), esc_html( $data['name'] ) );
		}
		echo '</select></p>';

		printf(
			'<p><label for="kundeportal-tracking-number">%s</label><br><input type="text" id="kundeportal-tracking-number" name="kundeportal_tracking_number" value="%s" maxlength="%d" class="widefat" autocomplete="off"></p>',
			esc_html__( 'Tracking number', 'kundeportal' ),
			esc_attr( $number ),
			(int) Tracking::NUMBER_MAX_LENGTH
		);
		printf(
			'<p><label><input type="checkbox" name="kundeportal_tracking_note" value="1"%s> %s</label></p>',
			checked( '' === $number, true, false ),
			esc_html__( 'Tell the customer (adds a customer note)', 'kundeportal' )
		);

		$url = $this->tracking->for_order( $order )[0]['url'] ?? null;
		if ( $url ) {
			printf( '<p><a href="%s" target="_blank" rel="noopener noreferrer">%s</a></p>', esc_url( $url ), esc_html__( 'Open the tracking page', 'kundeportal' ) );
		}
		printf(
			'<p class="description">%s <a href="%s">%s</a></p>',
			esc_html__( 'Save the order to store the tracking. Empty the number to remove it.', 'kundeportal' ),
			esc_url( admin_url( 'admin.php?page=wc-settings&tab=shipping&section=' . self::SECTION ) ),
			esc_html__( 'Carriers', 'kundeportal' )
		);
	}

	/**
	 * Saves the box with the order form.
	 *
	 * @internal
	 * @param int|mixed $order_id Order id.
	 * @return void
	 */
	public function handle_process_shop_order_meta( $order_id ): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- save() verifies the nonce.
		$this->save( (int) $order_id, wp_unslash( $_POST ) );
	}

	/**
	 * Checks nonce and capability, then stores the carrier and number.
	 *
	 * @param int   $order_id Order id.
	 * @param array $request  Unslashed request: kundeportal_tracking_carrier, _number, _note, _kundeportal_tracking_nonce.
	 * @return bool Whether the tracking changed.
	 */
	public function save( int $order_id, array $request ): bool {
		if ( ! isset( $request['_kundeportal_tracking_nonce'], $request['kundeportal_tracking_number'] ) ) {
			return false;
		}
		if ( ! wp_verify_nonce( (string) $request['_kundeportal_tracking_nonce'], self::NONCE . '_' . $order_id ) ) {
			return false;
		}
		if ( ! current_user_can( 'manage_woocommerce' ) && ! current_user_can( 'edit_shop_orders' ) ) {
			return false;
		}

		$order = wc_get_order( $order_id );
		if ( ! $order instanceof \WC_Order || $this->tracking->has_shipment_tracking( $order ) ) {
			return false;
		}

		try {
			return $this->tracking->save(
				$order,
				sanitize_key( (string) ( $request['kundeportal_tracking_carrier'] ?? '' ) ),
				(string) $request['kundeportal_tracking_number'],
				! empty( $request['kundeportal_tracking_note'] )
			);
		} catch ( DomainException $error ) {
			set_transient( self::NONCE . '_error_' . get_current_user_id(), $error->getMessage(), MINUTE_IN_SECONDS );
			return false;
		}
	}

	/**
	 * Shows why the tracking was not saved.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_admin_notices(): void {
		$key     = self::NONCE . '_error_' . get_current_user_id();
		$message = get_transient( $key );
		if ( is_string( $message ) && '' !== $message ) {
			delete_transient( $key );
			printf( '<div class="notice notice-error is-dismissible"><p>%s</p></div>', esc_html( $message ) );
		}
	}

	/**
	 * Adds "Tracking" to WooCommerce → Settings → Shipping. TODO(#5): WooCommerce hides the
	 * Shipping tab when shipping is off; the carriers setting could then move to the
	 * Kundeportal admin page.
	 *
	 * @internal
	 * @param mixed $sections Section labels by id.
	 * @return array
	 */
	public function handle_sections( $sections ): array {
		$sections = (array) $sections;

		$sections[ self::SECTION ] = __( 'Tracking', 'kundeportal' );

		return $sections;
	}

	/**
	 * The fields of the Tracking section.
	 *
	 * @internal
	 * @param mixed $settings Settings of the current section.
	 * @param mixed $section  Current section id.
	 * @return array
	 */
	public function handle_settings( $settings, $section = '' ): array {
		if ( self::SECTION !== $section ) {
			return (array) $settings;
		}

		$presets = array();
		foreach ( Tracking::presets() as $preset ) {
			$presets[] = $preset['name'];
		}

		return array(
			array(
				'title' => __( 'Tracking carriers', 'kundeportal' ),
				'type'  => 'title',
				/* translators: %s: the built-in carriers, e.g. "Posten/Bring, PostNord" */
				'desc'  => sprintf( __( 'Carriers the shop can pick on an order besides the built-in ones (%s).', 'kundeportal' ), implode( ', ', $presets ) ),
				'id'    => 'kundeportal_tracking',
			),
			array(
				'title'       => __( 'Own carriers', 'kundeportal' ),
				'desc'        => __( 'One carrier a line: name, a vertical bar, and the tracking URL with {number} where the tracking number goes, e.g. "Helthjem | https://helthjem.no/sporing/{number}".', 'kundeportal' ),
				'id'          => Keys::OPTION_TRACKING_CARRIERS,
				'type'        => 'textarea',
				'css'         => 'min-width:400px;min-height:120px;',
				'default'     => '',
				'placeholder' => 'Helthjem | https://helthjem.no/sporing/{number}',
				'autoload'    => false,
			),
			array(
				'type' => 'sectionend',
				'id'   => 'kundeportal_tracking',
			),
		);
	}

	/**
	 * Keeps the valid carrier lines and reports the others.
	 *
	 * @internal
	 * @param mixed $value Submitted text.
	 * @return string
	 */
	public function sanitize_carriers( $value ): string {
		$parsed = Tracking::parse_carriers( is_string( $value ) ? $value : '' );

		if ( $parsed['invalid'] && class_exists( 'WC_Admin_Settings' ) ) {
			\WC_Admin_Settings::add_error(
				sprintf(
					/* translators: %s: the invalid lines */
					__( 'These carriers were not saved: each needs a name and an http(s) URL containing {number}: %s', 'kundeportal' ),
					implode( '; ', $parsed['invalid'] )
				)
			);
		}

		return implode( "\n", $parsed['lines'] );
	}
}
