<?php
/**
 * Demo products and shipping for the seeder.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Cli;

defined( 'ABSPATH' ) || exit;

/**
 * The workwear from the user guide (variable products, one variation each, tax-free prices),
 * a 268 NOK product for the second sample order, WooCommerce's own sample products (CSV
 * import without images: no network) and free shipping in Norway so totals match the guide.
 */
final class DemoCatalog {

	/** Guide products: SKU => name, colour, size, price. */
	public const WORKWEAR = array(
		'2546-314-2038-84' => array( 'Safety Bukser', 'Sort/Gul', '84 (48)', '1039' ),
		'65138362-2199-5'  => array( 'HV Vinterjakke KL 3', 'Yellow/Black', 'M', '1265' ),
		'77472_369-C50'    => array( 'ICU Construction Pant Class 2', 'Yellow', 'C50', '2414' ),
	);

	/** SKU of the 268 NOK product. */
	public const GLOVES_SKU = 'kp-vernehansker-10';

	/**
	 * Constructor.
	 *
	 * @param \Closure $say Prints one progress line.
	 */
	public function __construct( private \Closure $say ) {
	}

	/**
	 * Creates what is missing; returns product or variation ids by SKU.
	 *
	 * @return array<string, int>
	 */
	public function ensure(): array {
		$ids = array();
		foreach ( self::WORKWEAR as $sku => $spec ) {
			$ids[ $sku ] = $this->workwear( $sku, ...$spec );
		}
		$ids[ self::GLOVES_SKU ] = $this->gloves();
		$this->shipping();
		$this->sample_products();

		return $ids;
	}

	/**
	 * A variable product with attributes Farge/Størrelse and one stock-managed variation.
	 *
	 * @param string $sku    Variation SKU.
	 * @param string $name   Product name.
	 * @param string $colour Farge.
	 * @param string $size   Størrelse.
	 * @param string $price  Regular price.
	 * @return int Variation id.
	 */
	private function workwear( string $sku, string $name, string $colour, string $size, string $price ): int {
		$existing = wc_get_product_id_by_sku( $sku );
		if ( $existing ) {
			( $this->say )( "Product {$sku} exists" );
			return $existing;
		}

		$parent = new \WC_Product_Variable();
		$parent->set_name( $name );
		$parent->set_tax_status( 'none' );
		$parent->set_attributes( array( $this->attribute( 'Farge', $colour ), $this->attribute( 'Størrelse', $size ) ) );
		$parent->save();

		$variation = new \WC_Product_Variation();
		$variation->set_parent_id( $parent->get_id() );
		$variation->set_attributes(
			array(
				sanitize_title( 'Farge' )     => $colour,
				sanitize_title( 'Størrelse' ) => $size,
			)
		);
		$variation->set_sku( $sku );
		$variation->set_regular_price( $price );
		$variation->set_manage_stock( true );
		$variation->set_stock_quantity( 50 );
		$variation->save();
		\WC_Product_Variable::sync( $parent->get_id() );
		( $this->say )( "Product {$sku} {$name} – {$colour}, {$size} ({$price}) created" );

		return $variation->get_id();
	}

	/**
	 * A local attribute used for variations.
	 *
	 * @param string $name  Attribute name.
	 * @param string $value The one value.
	 * @return \WC_Product_Attribute
	 */
	private function attribute( string $name, string $value ): \WC_Product_Attribute {
		$attribute = new \WC_Product_Attribute();
		$attribute->set_name( $name );
		$attribute->set_options( array( $value ) );
		$attribute->set_visible( true );
		$attribute->set_variation( true );

		return $attribute;
	}

	/**
	 * Simple product "Vernehansker 10-pakning" at 268.
	 *
	 * @return int Product id.
	 */
	private function gloves(): int {
		$existing = wc_get_product_id_by_sku( self::GLOVES_SKU );
		if ( $existing ) {
			( $this->say )( 'Product ' . self::GLOVES_SKU . ' exists' );
			return $existing;
		}

		$product = new \WC_Product_Simple();
		$product->set_name( 'Vernehansker 10-pakning' );
		$product->set_sku( self::GLOVES_SKU );
		$product->set_regular_price( '268' );
		$product->set_tax_status( 'none' );
		$product->set_manage_stock( true );
		$product->set_stock_quantity( 50 );
		$product->save();
		( $this->say )( 'Product ' . self::GLOVES_SKU . ' Vernehansker 10-pakning (268) created' );

		return $product->get_id();
	}

	/**
	 * Free shipping for Norway, unless a zone for Norway exists.
	 *
	 * @return void
	 */
	private function shipping(): void {
		foreach ( \WC_Shipping_Zones::get_zones() as $zone ) {
			foreach ( $zone['zone_locations'] as $location ) {
				if ( 'country' === $location->type && 'NO' === $location->code ) {
					( $this->say )( "Shipping zone for Norway exists ({$zone['zone_name']})" );
					return;
				}
			}
		}

		$zone = new \WC_Shipping_Zone();
		$zone->set_zone_name( 'Norge' );
		$zone->add_location( 'NO', 'country' );
		$zone->save();
		$zone->add_shipping_method( 'free_shipping' );
		( $this->say )( 'Shipping zone Norge with free shipping created' );
	}

	/**
	 * Imports WooCommerce's sample_products.csv with WooCommerce's importer, without images
	 * and download files; products whose SKU exists are skipped by the importer.
	 *
	 * @return void
	 */
	private function sample_products(): void {
		include_once WC_ABSPATH . 'includes/import/class-wc-product-csv-importer.php';
		$file   = WC_ABSPATH . 'sample-data/sample_products.csv';
		$mapper = new SampleImportMapper();
		$probe  = new \WC_Product_CSV_Importer( $file, array( 'lines' => 1 ) );
		$strip  = static function ( array $data ): array {
			// No network: no image downloads; remote download files are refused by WooCommerce.
			unset( $data['raw_image_id'], $data['raw_gallery_image_ids'], $data['downloads'] );
			return $data;
		};

		add_filter( 'woocommerce_product_importer_parsed_data', $strip );
		$importer = new \WC_Product_CSV_Importer(
			$file,
			array(
				'mapping'          => $mapper->map( $probe->get_raw_keys() ),
				'parse'            => true,
				'prevent_timeouts' => false,
			)
		);
		$result   = $importer->import();
		remove_filter( 'woocommerce_product_importer_parsed_data', $strip );

		( $this->say )(
			sprintf(
				'WooCommerce sample products: %d products and %d variations imported, %d failed, %d existed',
				count( $result['imported'] ),
				count( $result['imported_variations'] ?? array() ),
				count( $result['failed'] ),
				count( $result['skipped'] )
			)
		);
	}
}
