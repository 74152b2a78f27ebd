<?php
/**
 * Tests of the assortment lists section of the wp-admin company screen.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Admin;

use Kundeportal\Admin\AssortmentListsSection;
use Kundeportal\Domain\Company;
use Kundeportal\Tests\TestCase;

/**
 * Saving and deleting lists: capability, nonce, a translated error for a missing name,
 * products and variations stored, the section rendered with WooCommerce's product search.
 */
final class AssortmentListsSectionTest extends TestCase {

	/**
	 * Section under test.
	 *
	 * @var AssortmentListsSection
	 */
	private AssortmentListsSection $sut;

	/**
	 * Company of the lists.
	 *
	 * @var Company
	 */
	private Company $company;

	/**
	 * Loads wp-admin's template functions; wp_die() throws.
	 */
	protected function set_up(): void {
		parent::set_up();
		require_once ABSPATH . 'wp-admin/includes/template.php';
		$this->sut     = new AssortmentListsSection( $this->plugin_services() );
		$this->company = $this->make_company();
		add_filter( 'wp_die_handler', array( $this, 'die_handler' ) );
		$GLOBALS['wp_settings_errors'] = array();
		wp_set_current_user( $this->make_user( array( 'role' => 'administrator' ) ) );
	}

	/**
	 * Removes the wp_die() override.
	 */
	protected function tear_down(): void {
		remove_filter( 'wp_die_handler', array( $this, 'die_handler' ) );
		wp_set_current_user( 0 );
		parent::tear_down();
	}

	/**
	 * A wp_die() handler that throws.
	 *
	 * @return callable
	 */
	public function die_handler(): callable {
		return static function ( $message ): void {
			throw new \RuntimeException( is_string( $message ) ? $message : 'wp_die' );
		};
	}

	/**
	 * A posted list form.
	 *
	 * @param array $fields Fields of kundeportal_assortment.
	 * @return array
	 */
	private function post( array $fields ): array {
		return array(
			'company_id'                  => (string) $this->company->id,
			'_wpnonce'                    => wp_create_nonce( AssortmentListsSection::NONCE . $this->company->id ),
			AssortmentListsSection::FIELD => $fields + array(
				'action'  => 'save',
				'list_id' => '0',
			),
		);
	}

	/**
	 * @testdox A list is added with products and a variation, renamed, then deleted
	 */
	public function test_save_and_delete(): void {
		$product   = $this->make_product( '100' );
		$variation = new \WC_Product_Variation();
		$variation->set_parent_id( ( new \WC_Product_Variable() )->save() );
		$variation->save();

		$redirect = $this->sut->save(
			$this->post(
				array(
					'name'        => 'Verksted',
					'is_default'  => '1',
					'product_ids' => array( (string) $product->get_id(), (string) $variation->get_id() ),
				)
			)
		);
		$this->assertNotNull( $redirect );
		$lists = $this->plugin_services()->assortment_lists->for_company( $this->company->id );
		$this->assertCount( 1, $lists );
		$this->assertTrue( $lists[0]->is_default );
		$this->assertEqualsCanonicalizing( array( $product->get_id(), $variation->get_id() ), $this->plugin_services()->assortment_lists->items( $lists[0]->id ) );

		ob_start();
		$this->sut->render( $this->company );
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( 'class="wc-product-search"', $html );
		$this->assertStringContainsString( 'data-action="woocommerce_json_search_products_and_variations"', $html );
		$this->assertStringContainsString( 'Verksted', $html );

		$this->sut->save(
			$this->post(
				array(
					'list_id' => (string) $lists[0]->id,
					'name'    => 'Lager',
				)
			)
		);
		$list = $this->plugin_services()->assortment_lists->get( $lists[0]->id );
		$this->assertSame( 'Lager', $list->name );
		$this->assertFalse( $list->is_default );
		$this->assertSame( array(), $this->plugin_services()->assortment_lists->items( $list->id ) );

		$this->sut->save(
			$this->post(
				array(
					'action'  => 'delete',
					'list_id' => (string) $list->id,
				)
			)
		);
		$this->assertNull( $this->plugin_services()->assortment_lists->get( $list->id ) );
	}

	/**
	 * @testdox A missing name is a settings error and nothing is saved
	 */
	public function test_name_required(): void {
		$this->assertNull( $this->sut->save( $this->post( array( 'name' => '  ' ) ) ) );
		$this->assertSame( array( 'kundeportal_list_name' ), array_column( get_settings_errors(), 'code' ) );
		$this->assertSame( array(), $this->plugin_services()->assortment_lists->for_company( $this->company->id ) );
	}

	/**
	 * @testdox Without the capability or with a bad nonce the request dies
	 */
	public function test_refused(): void {
		$post             = $this->post( array( 'name' => 'X' ) );
		$post['_wpnonce'] = 'bad';
		try {
			$this->sut->save( $post );
			$this->fail( 'A bad nonce was accepted.' );
		} catch ( \RuntimeException $e ) {
			$this->assertStringContainsString( 'expired', $e->getMessage() );
		}

		wp_set_current_user( $this->make_user() );
		$this->expectException( \RuntimeException::class );
		$this->sut->save( $this->post( array( 'name' => 'X' ) ) );
	}
}
