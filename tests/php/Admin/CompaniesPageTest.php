<?php
/**
 * Tests of the wp-admin company settings.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Admin;

use Kundeportal\Admin\CompaniesPage;
use Kundeportal\Admin\CompanyForm;
use Kundeportal\Domain\Company;
use Kundeportal\Tests\TestCase;

/**
 * Saving the form: capability, nonce, each bad value a translated error with the typed
 * values kept, money parsed without float drift.
 */
final class CompaniesPageTest extends TestCase {

	/**
	 * Page under test.
	 *
	 * @var CompaniesPage
	 */
	private CompaniesPage $sut;

	/**
	 * Loads wp-admin's template functions (settings errors, submit_button), builds the page;
	 * wp_die() throws.
	 */
	protected function set_up(): void {
		parent::set_up();
		require_once ABSPATH . 'wp-admin/includes/template.php';
		$this->sut = new CompaniesPage( $this->plugin_services() );
		add_filter( 'wp_die_handler', array( $this, 'die_handler' ) );
		$GLOBALS['wp_settings_errors'] = array();
	}

	/**
	 * Removes the wp_die() override.
	 */
	protected function tear_down(): void {
		remove_filter( 'wp_die_handler', array( $this, 'die_handler' ) );
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
	 * A posted form for the company.
	 *
	 * @param Company $company Company.
	 * @param array   $fields  Field overrides.
	 * @return array
	 */
	private function post( Company $company, array $fields ): array {
		return array(
			'company_id'       => (string) $company->id,
			'_wpnonce'         => wp_create_nonce( CompaniesPage::NONCE . '_' . $company->id ),
			CompanyForm::FIELD => $fields + array(
				'name'                 => $company->name,
				'over_credit'          => 'refuse',
				'credit_period'        => 'year',
				'default_credit_limit' => '5000',
			),
		);
	}

	/**
	 * Logs in a shop manager.
	 */
	private function as_shop_manager(): void {
		wp_set_current_user( $this->make_user( array( 'role' => 'shop_manager' ) ) );
	}

	/**
	 * @testdox A shop manager saves every setting; "5 000,10" is stored as 500010 minor units
	 */
	public function test_save(): void {
		$company = $this->make_company( array( 'approval_required' => true ) );
		$this->as_shop_manager();

		$redirect = $this->sut->save(
			$this->post(
				$company,
				array(
					'name'                 => 'Renamed AS',
					'over_credit'          => 'approval',
					'credit_period'        => 'month',
					'default_credit_limit' => '5 000,10',
				)
			)
		);

		$saved = $this->plugin_services()->companies->get( $company->id );
		$this->assertStringContainsString( 'settings-updated=true', (string) $redirect );
		$this->assertSame( 'Renamed AS', $saved->name );
		$this->assertFalse( $saved->approval_required );
		$this->assertSame( Company::OVER_CREDIT_APPROVAL, $saved->over_credit );
		$this->assertSame( Company::PERIOD_MONTH, $saved->credit_period );
		$this->assertSame( 500010, $saved->default_credit_limit );
		$this->assertSame( 'success', get_settings_errors( CompaniesPage::SLUG )[0]['type'] );
	}

	/**
	 * @testdox Amounts parse exactly: 0,29 / 1 234 567,89 / 19.99 / 0
	 */
	public function test_parse_amount(): void {
		$this->assertSame( 29, CompanyForm::parse_amount( '0,29' ) );
		$this->assertSame( 123456789, CompanyForm::parse_amount( '1 234 567,89' ) );
		$this->assertSame( 1999, CompanyForm::parse_amount( '19.99' ) );
		$this->assertSame( 0, CompanyForm::parse_amount( '0' ) );
		$this->assertSame( 100000, CompanyForm::parse_amount( '1000,000' ) );
	}

	/**
	 * @testdox Bad values each get a translated error, nothing is saved and the typed values stay
	 */
	public function test_bad_values(): void {
		$company = $this->make_company( array( 'default_credit_limit' => 100000 ) );
		$this->as_shop_manager();

		$redirect = $this->sut->save(
			$this->post(
				$company,
				array(
					'name'                 => '  ',
					'over_credit'          => 'maybe',
					'credit_period'        => 'week',
					'default_credit_limit' => '12abc',
				)
			)
		);

		$codes = wp_list_pluck( get_settings_errors( CompaniesPage::SLUG ), 'code' );
		$this->assertNull( $redirect );
		$this->assertSame( array( 'kundeportal_name', 'kundeportal_over_credit', 'kundeportal_credit_period', 'kundeportal_default_credit_limit' ), $codes );
		$this->assertEquals( $company, $this->plugin_services()->companies->get( $company->id ) );
		ob_start();
		$_GET['action']  = 'edit';
		$_GET['company'] = (string) $company->id;
		$this->sut->render();
		$html = (string) ob_get_clean();
		unset( $_GET['action'], $_GET['company'] );
		$this->assertStringContainsString( 'value="12abc"', $html );
		$this->assertStringContainsString( 'Choose a credit period', $html );
	}

	/**
	 * @testdox Amount errors: negative, too many decimals, letters, empty
	 */
	public function test_amount_errors(): void {
		$this->assertIsString( CompanyForm::parse_amount( '-5' ) );
		$this->assertStringContainsString( 'at most 2 decimals', (string) CompanyForm::parse_amount( '10,001' ) );
		$this->assertIsString( CompanyForm::parse_amount( 'abc' ) );
		$this->assertIsString( CompanyForm::parse_amount( '' ) );
		$this->assertIsString( CompanyForm::parse_amount( '9999999999999' ) );
	}

	/**
	 * @testdox Without manage_woocommerce the save dies with 403 and changes nothing
	 */
	public function test_capability(): void {
		$company = $this->make_company();
		wp_set_current_user( $this->make_user() );

		try {
			$this->sut->save( $this->post( $company, array( 'name' => 'Hijacked' ) ) );
			$this->fail( 'No wp_die' );
		} catch ( \RuntimeException $e ) {
			$this->assertStringContainsString( 'not allowed', $e->getMessage() );
		}
		$this->assertSame( $company->name, $this->plugin_services()->companies->get( $company->id )->name );
	}

	/**
	 * @testdox A bad or foreign nonce dies and changes nothing
	 */
	public function test_nonce(): void {
		$company = $this->make_company();
		$other   = $this->make_company();
		$this->as_shop_manager();
		$post             = $this->post( $company, array( 'name' => 'Forged' ) );
		$post['_wpnonce'] = wp_create_nonce( CompaniesPage::NONCE . '_' . $other->id );

		try {
			$this->sut->save( $post );
			$this->fail( 'No wp_die' );
		} catch ( \RuntimeException $e ) {
			$this->assertStringContainsString( 'expired', $e->getMessage() );
		}
		$this->assertSame( $company->name, $this->plugin_services()->companies->get( $company->id )->name );
	}

	/**
	 * @testdox The list shows every company under WooCommerce → Kundeportal
	 */
	public function test_list(): void {
		$company = $this->make_company( array( 'name' => 'Listed AS ' . $this->unique() ) );
		$this->as_shop_manager();

		ob_start();
		$this->sut->render();
		$html = (string) ob_get_clean();

		$this->assertStringContainsString( esc_html( $company->name ), $html );
		$this->assertStringContainsString( esc_url( CompaniesPage::edit_url( $company->id ) ), $html );
	}
}
