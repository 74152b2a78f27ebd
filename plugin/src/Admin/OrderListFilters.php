<?php
/**
 * Company and Department filters in WooCommerce's orders list.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Admin;

use Kundeportal\Infrastructure\Keys;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.SlowDBQuery -- Filtering orders by our meta is the point; HPOS indexes meta_key.
// phpcs:disable WordPress.Security.NonceVerification.Recommended -- List filters are read-only GET parameters.

/**
 * Two dropdowns above the orders list (HPOS: admin.php?page=wc-orders; legacy posts:
 * edit.php?post_type=shop_order) narrowing it to one company and/or department by the order
 * meta _kundeportal_company_id / _kundeportal_department_id. The Company and Department
 * columns live in OrderScreen.
 */
final class OrderListFilters {

	/** GET parameter of the company filter. */
	public const COMPANY = 'kundeportal_company';

	/** GET parameter of the department filter. */
	public const DEPARTMENT = 'kundeportal_department';

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( private Services $services ) {
	}

	/**
	 * Adds the hooks for both order storages.
	 *
	 * @return void
	 */
	public function register(): void {
		add_action( 'woocommerce_order_list_table_restrict_manage_orders', array( $this, 'handle_restrict_manage_orders' ), 20, 2 );
		add_filter( 'woocommerce_order_list_table_prepare_items_query_args', array( $this, 'handle_hpos_query_args' ) );
		add_action( 'restrict_manage_posts', array( $this, 'handle_restrict_manage_posts' ), 20, 2 );
		// After WooCommerce's own request filter, which replaces meta_query for its customer filter.
		add_filter( 'request', array( $this, 'handle_request' ), 20 );
	}

	/**
	 * Prints the dropdowns above the HPOS orders list.
	 *
	 * @internal
	 * @param mixed $order_type Order type of the list.
	 * @param mixed $which      top|bottom.
	 * @return void
	 */
	public function handle_restrict_manage_orders( $order_type = 'shop_order', $which = 'top' ): void {
		if ( 'shop_order' === $order_type && 'top' === $which ) {
			$this->render_dropdowns();
		}
	}

	/**
	 * Prints the dropdowns above the legacy orders list.
	 *
	 * @internal
	 * @param mixed $post_type Post type of the list.
	 * @param mixed $which     top|bottom.
	 * @return void
	 */
	public function handle_restrict_manage_posts( $post_type = '', $which = 'top' ): void {
		if ( 'shop_order' === $post_type && 'top' === $which ) {
			$this->render_dropdowns();
		}
	}

	/**
	 * Adds the meta filters to the HPOS list's wc_get_orders() arguments.
	 *
	 * @internal
	 * @param mixed $args Query arguments.
	 * @return array
	 */
	public function handle_hpos_query_args( $args ): array {
		$args    = (array) $args;
		$clauses = $this->meta_clauses( $this->selected( self::COMPANY ), $this->selected( self::DEPARTMENT ) );
		if ( $clauses ) {
			$args['meta_query'] = array_merge( (array) ( $args['meta_query'] ?? array() ), $clauses );
		}

		return $args;
	}

	/**
	 * Adds the meta filters to the legacy list's WP_Query variables (shop_order in wp-admin).
	 *
	 * @internal
	 * @param mixed $query_vars Query variables.
	 * @return array
	 */
	public function handle_request( $query_vars ): array {
		$query_vars = (array) $query_vars;
		if ( ! is_admin() || 'shop_order' !== ( $query_vars['post_type'] ?? '' ) ) {
			return $query_vars;
		}

		$clauses = $this->meta_clauses( $this->selected( self::COMPANY ), $this->selected( self::DEPARTMENT ) );
		if ( $clauses ) {
			$query_vars['meta_query'] = array_merge( (array) ( $query_vars['meta_query'] ?? array() ), $clauses );
		}

		return $query_vars;
	}

	/**
	 * The meta_query clauses for a company and a department (0 = no filter).
	 *
	 * @param int $company_id    Company id.
	 * @param int $department_id Department id.
	 * @return array
	 */
	public function meta_clauses( int $company_id, int $department_id ): array {
		$clauses = array();
		if ( $company_id > 0 ) {
			$clauses[] = array(
				'key'     => Keys::META_COMPANY_ID,
				'value'   => (string) $company_id,
				'compare' => '=',
			);
		}
		if ( $department_id > 0 ) {
			$clauses[] = array(
				'key'     => Keys::META_DEPARTMENT_ID,
				'value'   => (string) $department_id,
				'compare' => '=',
			);
		}

		return $clauses;
	}

	/**
	 * Prints the Company and Department dropdowns (departments grouped by company).
	 *
	 * @return void
	 */
	public function render_dropdowns(): void {
		$companies = $this->services->companies->all();
		if ( ! $companies ) {
			return;
		}

		$company    = $this->selected( self::COMPANY );
		$department = $this->selected( self::DEPARTMENT );

		printf( '<label class="screen-reader-text" for="%1$s">%2$s</label><select name="%1$s" id="%1$s">', esc_attr( self::COMPANY ), esc_html__( 'Filter by company', 'kundeportal' ) );
		printf( '<option value="">%s</option>', esc_html__( 'All companies', 'kundeportal' ) );
		foreach ( $companies as $item ) {
			printf( '<option value="%d"%s>%s</option>', (int) $item->id, selected( $company, $item->id, false ), esc_html( $item->name ) );
		}
		echo '</select>';

		$names = array();
		foreach ( $companies as $item ) {
			$names[ $item->id ] = $item->name;
		}
		$groups = array();
		foreach ( $this->services->departments->all() as $item ) {
			$groups[ $item->company_id ][] = $item;
		}

		printf( '<label class="screen-reader-text" for="%1$s">%2$s</label><select name="%1$s" id="%1$s">', esc_attr( self::DEPARTMENT ), esc_html__( 'Filter by department', 'kundeportal' ) );
		printf( '<option value="">%s</option>', esc_html__( 'All departments', 'kundeportal' ) );
		foreach ( $groups as $company_id => $departments ) {
			printf( '<optgroup label="%s">', esc_attr( $names[ $company_id ] ?? '' ) );
			foreach ( $departments as $item ) {
				printf( '<option value="%d"%s>%s</option>', (int) $item->id, selected( $department, $item->id, false ), esc_html( $item->name ) );
			}
			echo '</optgroup>';
		}
		echo '</select>';
	}

	/**
	 * The id chosen in a filter (0 = none).
	 *
	 * @param string $param GET parameter.
	 * @return int
	 */
	private function selected( string $param ): int {
		return isset( $_GET[ $param ] ) ? absint( wp_unslash( $_GET[ $param ] ) ) : 0;
	}
}
