<?php
/**
 * Column mapping for WooCommerce's product CSV importer.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Cli;

defined( 'ABSPATH' ) || exit;

if ( ! class_exists( \WC_Product_CSV_Importer_Controller::class, false ) ) {
	include_once WC_ABSPATH . 'includes/admin/importers/class-wc-product-csv-importer-controller.php';
}

/**
 * Reuses the import screen's automatic header mapping (English headers -> field keys), so a
 * CLI import maps columns exactly like wp-admin would.
 */
final class SampleImportMapper extends \WC_Product_CSV_Importer_Controller {

	/**
	 * Maps raw CSV headers to importer field keys (header => key).
	 *
	 * @param string[] $headers Raw headers.
	 * @return array<string, string>
	 */
	public function map( array $headers ): array {
		return $this->auto_map_columns( $headers, false );
	}
}
