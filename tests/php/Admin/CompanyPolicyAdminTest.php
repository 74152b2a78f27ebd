<?php
/**
 * Tests of the registration link fields of the company form and the department addresses
 * on the wp-admin company screen.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Admin;

use Kundeportal\Admin\CompaniesPage;
use Kundeportal\Admin\CompanyForm;
use Kundeportal\Admin\DepartmentsSection;
use Kundeportal\Domain\Company;

// The shared vendor/ autoloader may point at another checkout; load the base class directly.
require_once __DIR__ . '/AdminTestCase.php';

/**
 * "Registration links" and "Allowed e-mail domains" save and validate; addresses are added
 * and removed through the departments section's admin-post handler.
 */
final class CompanyPolicyAdminTest extends AdminTestCase {

	/**
	 * Resets the notices.
	 */
	protected function set_up(): void {
		parent::set_up();
		$GLOBALS['wp_settings_errors'] = array();
	}

	/**
	 * A posted company form.
	 *
	 * @param Company $company Company.
	 * @param array   $fields  Field overrides.
	 * @return array
	 */
	private function company_post( Company $company, array $fields ): array {
		return array(
			'company_id'       => (string) $company->id,
			'_wpnonce'         => wp_create_nonce( CompaniesPage::NONCE . '_' . $company->id ),
			CompanyForm::FIELD => $fields + array(
				'name'                 => $company->name,
				'over_credit'          => 'refuse',
				'credit_period'        => 'year',
				'default_credit_limit' => '5000',
				'invite_policy'        => 'managers',
				'invite_domains'       => '',
			),
		);
	}

	/**
	 * A posted departments-section form.
	 *
	 * @param Company $company Company.
	 * @param string  $op      Operation.
	 * @param array   $fields  Other fields.
	 * @return array
	 */
	private function section_post( Company $company, string $op, array $fields ): array {
		return $fields + array(
			'company_id' => (string) $company->id,
			'op'         => $op,
			'_wpnonce'   => wp_create_nonce( DepartmentsSection::NONCE . '_' . $company->id ),
		);
	}

	/**
	 * @testdox The company form saves the policy and the domains (lower-case, unique) and shows them again
	 */
	public function test_save_policy(): void {
		$company = $this->make_company();
		$this->as_shop_manager();
		$page = new CompaniesPage( $this->plugin_services() );

		$redirect = $page->save(
			$this->company_post(
				$company,
				array(
					'invite_policy'  => 'off',
					'invite_domains' => 'Staut.NO, example.com staut.no',
				)
			)
		);

		$saved = $this->plugin_services()->companies->get( $company->id );
		$this->assertStringContainsString( 'settings-updated=true', (string) $redirect );
		$this->assertSame( Company::INVITES_OFF, $saved->invite_policy );
		$this->assertSame( array( 'staut.no', 'example.com' ), $saved->invite_domains );
		$this->assertSame( 'staut.no, example.com', CompanyForm::values( $saved )['invite_domains'] );

		ob_start();
		$page->render();
		$list = (string) ob_get_clean();
		$this->assertStringContainsString( '<td>Off (staut.no, example.com)</td>', $list );

		$page->save( $this->company_post( $saved, array( 'invite_domains' => '' ) ) );
		$this->assertSame( array(), $this->plugin_services()->companies->get( $company->id )->invite_domains );
		$this->assertSame( Company::INVITES_MANAGERS, $this->plugin_services()->companies->get( $company->id )->invite_policy );
	}

	/**
	 * @testdox A bad policy or domain is a translated error; nothing is saved and the typed text stays
	 */
	public function test_bad_policy_and_domains(): void {
		$company = $this->make_company();
		$this->as_shop_manager();
		$page = new CompaniesPage( $this->plugin_services() );

		$redirect = $page->save(
			$this->company_post(
				$company,
				array(
					'invite_policy'  => 'everyone',
					'invite_domains' => 'staut.no, staut',
				)
			)
		);

		$this->assertNull( $redirect );
		$this->assertSame( array( 'kundeportal_invite_policy', 'kundeportal_invite_domains' ), $this->notices( CompaniesPage::SLUG ) );
		$this->assertEquals( $company, $this->plugin_services()->companies->get( $company->id ) );
		ob_start();
		$_GET['action']  = 'edit';
		$_GET['company'] = (string) $company->id;
		$page->render();
		$html = (string) ob_get_clean();
		unset( $_GET['action'], $_GET['company'] );
		$this->assertStringContainsString( 'value="staut.no, staut"', $html );
		$this->assertStringContainsString( '"staut" is not a domain', $html );
		$this->assertStringContainsString( '<label for="kundeportal-invite-policy">Registration links</label>', $html );
	}

	/**
	 * @testdox Addresses: customers and bad nonces are refused; bad input gives field errors; a valid one is added and removed
	 */
	public function test_addresses(): void {
		$department = $this->make_department();
		$company    = $this->plugin_services()->companies->get( $department->company_id );
		$addresses  = $this->plugin_services()->department_addresses;
		$section    = new DepartmentsSection( $this->plugin_services() );
		$valid      = array(
			'department_id' => (string) $department->id,
			'label'         => 'Hovedlager',
			'address_1'     => 'Alnabruveien 1',
			'postcode'      => '0668',
			'city'          => 'Oslo',
			'country'       => 'NO',
		);
		$post       = $this->section_post( $company, 'add_address', $valid );

		$this->assert_dies( 403, fn () => $section->handle( $post ) );
		wp_set_current_user( $this->make_member( $department ) );
		$this->assert_dies( 403, fn () => $section->handle( $post ) );
		$this->as_shop_manager();
		$this->assert_dies( 403, fn () => $section->handle( array( '_wpnonce' => 'bad' ) + $post ) );
		$this->assertSame( array(), $addresses->for_department( $department->id ) );

		$section->handle( $this->section_post( $company, 'add_address', array( 'postcode' => '12' ) + $valid ) );
		ob_start();
		$section->render( $company );
		$typed = (string) ob_get_clean();
		$this->assertStringContainsString( 'name="postcode" value="12"', $typed, 'The typed values stay after a failed add.' );
		$this->assertStringContainsString( 'name="city" value="Oslo"', $typed );
		$section->handle( $this->section_post( $company, 'add_address', array( 'label' => '' ) + $valid ) );
		$this->assertSame( array( 'kundeportal_address_postcode', 'kundeportal_address_label' ), $this->notices( CompaniesPage::SLUG ) );
		$this->assertSame( array(), $addresses->for_department( $department->id ) );

		$GLOBALS['wp_settings_errors'] = array();
		$redirect                      = $section->handle( $this->section_post( $company, 'add_address', $valid ) );
		$this->assertStringEndsWith( '#' . DepartmentsSection::ANCHOR, $redirect );
		$added = $addresses->for_department( $department->id );
		$this->assertCount( 1, $added );
		$this->assertSame( 'Alnabruveien 1', $added[0]->address_1 );
		$this->assertSame( 'success', get_settings_errors( CompaniesPage::SLUG )[0]['type'] );

		ob_start();
		$section->render( $company );
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( 'Hovedlager: Alnabruveien 1, 0668 Oslo, NO', $html );
		$this->assertStringContainsString( '<option value="NO" selected', $html );

		$other = $this->make_department();
		$section->handle(
			$this->section_post(
				$company,
				'remove_address',
				array(
					'department_id' => (string) $other->id,
					'address_id'    => (string) $added[0]->id,
				)
			)
		);
		$this->assertCount( 1, $addresses->for_department( $department->id ), 'A department of another company is not found.' );
		$section->handle(
			$this->section_post(
				$company,
				'remove_address',
				array(
					'department_id' => (string) $department->id,
					'address_id'    => (string) $added[0]->id,
				)
			)
		);
		$this->assertSame( array(), $addresses->for_department( $department->id ) );
	}
}
