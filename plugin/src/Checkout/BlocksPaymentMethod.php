<?php
/**
 * Blocks checkout integration of the company-account gateway.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Checkout;

use Automattic\WooCommerce\Blocks\Payments\Integrations\AbstractPaymentMethodType;
use Kundeportal\Infrastructure\Keys;

defined( 'ABSPATH' ) || exit;

/**
 * Hands the gateway's title and description to the checkout block and registers the script
 * (build/checkout/index.js) that adds the method on the client.
 */
final class BlocksPaymentMethod extends AbstractPaymentMethodType {

	public const SCRIPT_HANDLE = 'kundeportal-checkout';

	/**
	 * Payment method name, equal to the gateway id.
	 *
	 * @var string
	 */
	protected $name = Keys::GATEWAY_ID;

	/**
	 * Constructor.
	 *
	 * @param string $plugin_file Main plugin file, to find build/.
	 */
	public function __construct( private string $plugin_file ) {
	}

	/**
	 * Loads the gateway settings.
	 *
	 * @return void
	 */
	public function initialize() {
		$settings       = get_option( 'woocommerce_' . Keys::GATEWAY_ID . '_settings', array() );
		$this->settings = is_array( $settings ) ? $settings : array();
	}

	/**
	 * Active unless the admin disabled the gateway (enabled by default).
	 *
	 * @return bool
	 */
	public function is_active() {
		return 'no' !== $this->get_setting( 'enabled', 'yes' );
	}

	/**
	 * Registers the checkout script; none when the front end is not built yet.
	 *
	 * @return string[]
	 */
	public function get_payment_method_script_handles() {
		$dir   = plugin_dir_path( $this->plugin_file );
		$asset = $dir . 'build/checkout/index.asset.php';
		if ( ! is_readable( $asset ) || ! is_readable( $dir . 'build/checkout/index.js' ) ) {
			return array();
		}

		$meta = require $asset;
		wp_register_script(
			self::SCRIPT_HANDLE,
			plugins_url( 'build/checkout/index.js', $this->plugin_file ),
			$meta['dependencies'] ?? array(),
			$meta['version'] ?? KUNDEPORTAL_VERSION,
			true
		);
		wp_set_script_translations( self::SCRIPT_HANDLE, 'kundeportal', $dir . 'languages' );

		return array( self::SCRIPT_HANDLE );
	}

	/**
	 * Data for the client: title, description and supported features.
	 *
	 * @return array{title:string,description:string,supports:string[]}
	 */
	public function get_payment_method_data() {
		return array(
			'title'       => (string) $this->get_setting( 'title', __( 'Company account', 'kundeportal' ) ),
			'description' => (string) $this->get_setting( 'description', __( 'Invoice to your company. No online payment.', 'kundeportal' ) ),
			'supports'    => array( 'products' ),
		);
	}
}
