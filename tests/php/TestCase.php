<?php
/**
 * Base test case with WordPress and WooCommerce loaded.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests;

use Kundeportal\Checkout\Checkout;
use Kundeportal\Domain\Company;
use Kundeportal\Domain\Department;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Plugin;
use Kundeportal\Services;
use Yoast\PHPUnitPolyfills\TestCases\TestCase as PolyfillTestCase;

/**
 * Runs against the real test database (fresh per run, no rollback), so every helper makes
 * unique names. Mail is captured in $this->mails instead of being sent.
 */
abstract class TestCase extends PolyfillTestCase {

	/**
	 * Mails wp_mail() was asked to send during this test (to, subject, message).
	 *
	 * @var array<int, array<string, mixed>>
	 */
	protected array $mails = array();

	/**
	 * Captures mail, logs out.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->mails = array();
		add_filter( 'pre_wp_mail', array( $this, 'capture_mail' ), 10, 2 );
		wp_set_current_user( 0 );
	}

	/**
	 * Removes the mail capture and logs out.
	 */
	protected function tear_down(): void {
		remove_filter( 'pre_wp_mail', array( $this, 'capture_mail' ), 10 );
		wp_set_current_user( 0 );
		parent::tear_down();
	}

	/**
	 * Records a mail and stops it from being sent.
	 *
	 * @param mixed $short_circuit Null.
	 * @param array $atts          wp_mail() arguments.
	 * @return bool
	 */
	public function capture_mail( $short_circuit, array $atts ): bool {
		$this->mails[] = $atts;

		return true;
	}

	/**
	 * The plugin's services as booted by WordPress.
	 *
	 * @return Services
	 */
	protected function plugin_services(): Services {
		return Plugin::services();
	}

	/**
	 * A unique suffix for names in this run.
	 *
	 * @return string
	 */
	protected function unique(): string {
		static $counter = 0;

		return strtolower( wp_generate_password( 6, false ) ) . ( ++$counter );
	}

	/**
	 * Creates a WordPress user with a unique login and e-mail.
	 *
	 * @param array $args Overrides for wp_insert_user() (role defaults to customer).
	 * @return int
	 */
	protected function make_user( array $args = array() ): int {
		$login   = 'user_' . $this->unique();
		$user_id = wp_insert_user(
			$args + array(
				'user_login'   => $login,
				'user_pass'    => 'kundeportal',
				'user_email'   => $login . '@example.test',
				'first_name'   => 'Test',
				'last_name'    => ucfirst( $login ),
				'display_name' => 'Test ' . ucfirst( $login ),
				'role'         => 'customer',
			)
		);
		$this->assertIsInt( $user_id, is_wp_error( $user_id ) ? $user_id->get_error_message() : '' );

		return $user_id;
	}

	/**
	 * Creates a company (approval on, yearly credit, default limit 5000.00).
	 *
	 * @param array    $data     Overrides for Companies::create().
	 * @param Services $services Services to use; default the plugin's.
	 * @return Company
	 */
	protected function make_company( array $data = array(), ?Services $services = null ): Company {
		return ( $services ?? $this->plugin_services() )->companies->create(
			$data + array(
				'name'                 => 'Company ' . $this->unique(),
				'approval_required'    => true,
				'credit_period'        => Company::PERIOD_YEAR,
				'default_credit_limit' => 500000,
			)
		);
	}

	/**
	 * Creates a department of a (new, unless given) company.
	 *
	 * @param Company|null $company Company.
	 * @return Department
	 */
	protected function make_department( ?Company $company = null ): Department {
		$company = $company ?? $this->make_company();

		return $this->plugin_services()->departments->create( $company->id, 'avd ' . $this->unique() );
	}

	/**
	 * Creates a user and makes them a member of the department.
	 *
	 * @param Department $department   Department.
	 * @param int|null   $credit_limit Minor units; null = company default.
	 * @return int User id.
	 */
	protected function make_member( Department $department, ?int $credit_limit = null ): int {
		$user_id = $this->make_user();
		$this->plugin_services()->members->add( $user_id, $department->id, 'Montør', $credit_limit );

		return $user_id;
	}

	/**
	 * Creates a user who manages the department.
	 *
	 * @param Department $department Department.
	 * @return int User id.
	 */
	protected function make_manager( Department $department ): int {
		$user_id = $this->make_user();
		$this->plugin_services()->departments->add_manager( $department->id, $user_id );

		return $user_id;
	}

	/**
	 * Creates a simple product with managed stock.
	 *
	 * @param string $price Regular price as WooCommerce stores it, e.g. "1039".
	 * @param int    $stock Stock quantity.
	 * @return \WC_Product_Simple
	 */
	protected function make_product( string $price, int $stock = 50 ): \WC_Product_Simple {
		$product = new \WC_Product_Simple();
		$product->set_name( 'Product ' . $this->unique() );
		$product->set_sku( 'sku-' . $this->unique() );
		$product->set_regular_price( $price );
		$product->set_manage_stock( true );
		$product->set_stock_quantity( $stock );
		$product->save();

		return $product;
	}

	/**
	 * Creates an order of a member the way checkout does: company meta, totals, then the
	 * status change (so WooCommerce's stock hooks run).
	 *
	 * @param int    $user_id Orderer.
	 * @param array  $lines   List of [ \WC_Product, quantity ].
	 * @param string $status  Status without "wc-"; default kp-approval.
	 * @return \WC_Order
	 */
	protected function make_order( int $user_id, array $lines, string $status = Keys::STATUS_APPROVAL ): \WC_Order {
		$order = wc_create_order( array( 'customer_id' => $user_id ) );
		foreach ( $lines as $line ) {
			$order->add_product( $line[0], $line[1] );
		}
		$order->set_billing_first_name( 'Test' );
		$order->set_billing_email( 'orderer@example.test' );
		$order->set_payment_method( Keys::GATEWAY_ID );
		Checkout::stamp( $this->plugin_services(), $order );
		$order->calculate_totals( false );
		$order->save();
		if ( 'pending' !== $status ) {
			$order->update_status( $status );
		}

		return wc_get_order( $order->get_id() );
	}

	/**
	 * Stock quantity of a product, read fresh from the database.
	 *
	 * @param \WC_Product $product Product.
	 * @return int|null
	 */
	protected function stock_of( \WC_Product $product ): ?int {
		$fresh = wc_get_product( $product->get_id() );

		return $fresh ? $fresh->get_stock_quantity() : null;
	}
}
