<?php
/**
 * Tests of the Company and Department filters of WooCommerce's orders list.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Admin;

use Automattic\WooCommerce\Utilities\OrderUtil;
use Kundeportal\Admin\OrderListFilters;
use Kundeportal\Domain\Department;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Tests\TestCase;

/**
 * The dropdowns, the HPOS query args (woocommerce_order_list_table_prepare_items_query_args)
 * and the legacy request vars (request filter on shop_order), and that the resulting queries
 * find only the chosen company's / department's orders. Runs with HPOS on and off.
 */
final class OrderListFiltersTest extends TestCase {

	/**
	 * First department of company A.
	 *
	 * @var Department
	 */
	private Department $alnabru;

	/**
	 * Second department of company A.
	 *
	 * @var Department
	 */
	private Department $skjetten;

	/**
	 * Department of company B.
	 *
	 * @var Department
	 */
	private Department $other;

	/**
	 * Order ids by department id.
	 *
	 * @var array<int, int>
	 */
	private array $orders = array();

	/**
	 * The filters under test.
	 *
	 * @var OrderListFilters
	 */
	private OrderListFilters $filters;

	/**
	 * Two companies, three departments, one order each.
	 */
	protected function set_up(): void {
		parent::set_up();
		require_once ABSPATH . 'wp-admin/includes/admin.php';
		unset( $GLOBALS['current_screen'] ); // Front end unless a test says otherwise.
		$this->alnabru  = $this->make_department();
		$this->skjetten = $this->plugin_services()->departments->create( $this->alnabru->company_id, 'avd ' . $this->unique() );
		$this->other    = $this->make_department();
		$product        = $this->make_product( '100' );
		foreach ( array( $this->alnabru, $this->skjetten, $this->other ) as $department ) {
			$this->orders[ $department->id ] = $this->make_order( $this->make_member( $department ), array( array( $product, 1 ) ), 'processing' )->get_id();
		}
		$this->filters = new OrderListFilters( $this->plugin_services() );
	}

	/**
	 * Clears the GET parameters.
	 */
	protected function tear_down(): void {
		unset( $_GET[ OrderListFilters::COMPANY ], $_GET[ OrderListFilters::DEPARTMENT ], $GLOBALS['current_screen'] );
		parent::tear_down();
	}

	/**
	 * @testdox HPOS: the list's query args get a meta_query on company and department; the orders found match
	 */
	public function test_hpos_query_args(): void {
		$_GET[ OrderListFilters::COMPANY ]    = (string) $this->alnabru->company_id;
		$_GET[ OrderListFilters::DEPARTMENT ] = (string) $this->skjetten->id;

		$args = apply_filters( 'woocommerce_order_list_table_prepare_items_query_args', array( 'type' => 'shop_order' ) );

		$this->assertContains(
			array(
				'key'     => Keys::META_COMPANY_ID,
				'value'   => (string) $this->alnabru->company_id,
				'compare' => '=',
			),
			$args['meta_query']
		);
		$this->assertContains(
			array(
				'key'     => Keys::META_DEPARTMENT_ID,
				'value'   => (string) $this->skjetten->id,
				'compare' => '=',
			),
			$args['meta_query']
		);

		if ( OrderUtil::custom_orders_table_usage_is_enabled() ) {
			$this->assertSame( array( $this->orders[ $this->skjetten->id ] ), wc_get_orders( $args + array( 'return' => 'ids' ) ) );

			unset( $_GET[ OrderListFilters::DEPARTMENT ] );
			$args = apply_filters( 'woocommerce_order_list_table_prepare_items_query_args', array( 'type' => 'shop_order' ) );
			$ids  = wc_get_orders( $args + array( 'return' => 'ids' ) );
			sort( $ids );
			$this->assertSame( array( $this->orders[ $this->alnabru->id ], $this->orders[ $this->skjetten->id ] ), $ids );
		}
	}

	/**
	 * @testdox HPOS: without a choice the query args stay as they were
	 */
	public function test_hpos_no_filter(): void {
		$args = array(
			'type'       => 'shop_order',
			'meta_query' => array( array( 'key' => 'x' ) ),
		);

		$this->assertSame( $args, $this->filters->handle_hpos_query_args( $args ) );
	}

	/**
	 * @testdox Legacy posts: the shop_order list request gets the meta_query; other post types and the front end stay untouched
	 */
	public function test_legacy_request(): void {
		$_GET[ OrderListFilters::DEPARTMENT ] = (string) $this->alnabru->id;

		$this->assertSame( array( 'post_type' => 'shop_order' ), $this->filters->handle_request( array( 'post_type' => 'shop_order' ) ), 'Front end: untouched.' );

		set_current_screen( 'edit-shop_order' );
		$vars = $this->filters->handle_request( array( 'post_type' => 'shop_order' ) );
		$this->assertSame(
			array(
				array(
					'key'     => Keys::META_DEPARTMENT_ID,
					'value'   => (string) $this->alnabru->id,
					'compare' => '=',
				),
			),
			$vars['meta_query']
		);
		$this->assertSame( array( 'post_type' => 'post' ), $this->filters->handle_request( array( 'post_type' => 'post' ) ) );

		if ( ! OrderUtil::custom_orders_table_usage_is_enabled() ) {
			$query = new \WP_Query(
				$vars + array(
					'post_status' => 'any',
					'fields'      => 'ids',
				)
			);
			$this->assertSame( array( $this->orders[ $this->alnabru->id ] ), array_map( 'intval', $query->posts ) );
		}
	}

	/**
	 * @testdox The dropdowns list every company and the departments grouped by company, with the chosen ones selected
	 */
	public function test_dropdowns(): void {
		$_GET[ OrderListFilters::DEPARTMENT ] = (string) $this->skjetten->id;

		ob_start();
		$this->filters->handle_restrict_manage_orders( 'shop_order', 'top' );
		$html = (string) ob_get_clean();

		$company = $this->plugin_services()->companies->get( $this->alnabru->company_id );
		$this->assertStringContainsString( 'name="kundeportal_company"', $html );
		$this->assertStringContainsString( 'name="kundeportal_department"', $html );
		$this->assertStringContainsString( '<optgroup label="' . esc_attr( $company->name ) . '">', $html );
		$this->assertStringContainsString( sprintf( '<option value="%d" selected=\'selected\'>%s</option>', $this->skjetten->id, esc_html( $this->skjetten->name ) ), $html );

		ob_start();
		$this->filters->handle_restrict_manage_orders( 'shop_order', 'bottom' );
		$this->filters->handle_restrict_manage_posts( 'product', 'top' );
		$this->assertSame( '', ob_get_clean() );
	}
}
