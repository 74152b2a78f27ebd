<?php
/**
 * Tests of the departments on the wp-admin company screen.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Admin;

use Kundeportal\Admin\CompaniesPage;
use Kundeportal\Admin\DepartmentsSection;
use Kundeportal\Domain\Company;
use Kundeportal\Domain\Department;

// The shared vendor/ autoloader may point at another checkout; load the base class directly.
require_once __DIR__ . '/AdminTestCase.php';

/**
 * Create, rename, archive/restore and managers through the posted forms: capability and
 * nonce first, every refusal a translated notice.
 */
final class DepartmentsSectionTest extends AdminTestCase {

	/**
	 * Section under test.
	 *
	 * @var DepartmentsSection
	 */
	private DepartmentsSection $sut;

	/**
	 * Builds the section.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->sut = new DepartmentsSection( $this->plugin_services() );
	}

	/**
	 * A posted form.
	 *
	 * @param Company $company Company.
	 * @param string  $op      Operation.
	 * @param array   $fields  Other fields.
	 * @return array
	 */
	private function post( Company $company, string $op, array $fields = array() ): array {
		return $fields + array(
			'company_id' => (string) $company->id,
			'op'         => $op,
			'_wpnonce'   => wp_create_nonce( DepartmentsSection::NONCE . '_' . $company->id ),
		);
	}

	/**
	 * @testdox A shop manager creates, renames, archives and restores a department
	 */
	public function test_create_rename_archive_restore(): void {
		$company = $this->make_company();
		$this->as_shop_manager();

		$redirect = $this->sut->handle( $this->post( $company, 'create', array( 'name' => '  avd Lager ' ) ) );
		$this->assertStringContainsString( 'settings-updated=true', $redirect );
		$this->assertStringEndsWith( '#' . DepartmentsSection::ANCHOR, $redirect );
		$department = $this->plugin_services()->departments->find_by_name( $company->id, 'avd Lager' );
		$this->assertSame( Department::STATUS_ACTIVE, $department->status );

		$this->sut->handle(
			$this->post(
				$company,
				'rename',
				array(
					'department_id' => (string) $department->id,
					'name'          => 'avd Lager Nord',
				)
			)
		);
		$this->assertSame( 'avd Lager Nord', $this->plugin_services()->departments->get( $department->id )->name );

		$this->plugin_services()->invites->rotate( $department->id, get_current_user_id() );
		$this->sut->handle( $this->post( $company, 'archive', array( 'department_id' => (string) $department->id ) ) );
		$this->assertSame( Department::STATUS_ARCHIVED, $this->plugin_services()->departments->get( $department->id )->status );
		$this->assertNull( $this->plugin_services()->invites->current( $department->id ), 'Archiving revokes the registration link.' );

		$this->sut->handle( $this->post( $company, 'restore', array( 'department_id' => (string) $department->id ) ) );
		$this->assertSame( Department::STATUS_ACTIVE, $this->plugin_services()->departments->get( $department->id )->status );
		$this->assertSame( array_fill( 0, 4, 'success' ), wp_list_pluck( get_settings_errors( CompaniesPage::SLUG ), 'type' ) );
	}

	/**
	 * @testdox Notices escape department names stored with HTML (settings_errors() prints them raw)
	 */
	public function test_notices_escape_names(): void {
		global $wpdb;
		$company    = $this->make_company();
		$department = $this->plugin_services()->departments->create( $company->id, 'avd X' );
		$wpdb->update( $wpdb->kundeportal_departments, array( 'name' => '<img src=x onerror=alert(1)>' ), array( 'id' => $department->id ) );
		$this->as_shop_manager();

		$this->sut->handle( $this->post( $company, 'archive', array( 'department_id' => (string) $department->id ) ) );

		$messages = implode( ' ', wp_list_pluck( get_settings_errors( CompaniesPage::SLUG ), 'message' ) );
		$this->assertStringNotContainsString( '<img', $messages );
		$this->assertStringContainsString( '&lt;img', $messages );
	}

	/**
	 * @testdox Empty, taken and too long names, archiving with members and foreign departments are refused
	 */
	public function test_refusals(): void {
		$department = $this->make_department();
		$company    = $this->plugin_services()->companies->get( $department->company_id );
		$other      = $this->make_department( $company );
		$foreign    = $this->make_department();
		$this->make_member( $department );
		$this->as_shop_manager();

		$this->sut->handle( $this->post( $company, 'create', array( 'name' => ' ' ) ) );
		$this->sut->handle( $this->post( $company, 'create', array( 'name' => strtoupper( $department->name ) ) ) );
		$this->sut->handle(
			$this->post(
				$company,
				'rename',
				array(
					'department_id' => (string) $other->id,
					'name'          => $department->name,
				)
			)
		);
		$this->sut->handle(
			$this->post(
				$company,
				'rename',
				array(
					'department_id' => (string) $other->id,
					'name'          => str_repeat(
						'x',
						191
					),
				)
			)
		);
		$this->sut->handle( $this->post( $company, 'archive', array( 'department_id' => (string) $department->id ) ) );
		$this->sut->handle( $this->post( $company, 'archive', array( 'department_id' => (string) $foreign->id ) ) );
		$this->sut->handle( $this->post( $company, 'explode', array( 'department_id' => (string) $other->id ) ) );

		$this->assertSame(
			array(
				'kundeportal_invalid_department',
				'kundeportal_department_exists',
				'kundeportal_department_exists',
				'kundeportal_invalid_department',
				'kundeportal_department_has_members',
				'kundeportal_department_not_found',
				'kundeportal_invalid_operation',
			),
			$this->notices( CompaniesPage::SLUG )
		);
		$this->assertSame( $other->name, $this->plugin_services()->departments->get( $other->id )->name );
		$this->assertSame( Department::STATUS_ACTIVE, $this->plugin_services()->departments->get( $department->id )->status );
		$this->assertSame( Department::STATUS_ACTIVE, $this->plugin_services()->departments->get( $foreign->id )->status );
		$this->assertCount( 2, $this->plugin_services()->departments->for_company( $company->id ) );
	}

	/**
	 * @testdox Managers are added by e-mail or username and removed; unknown users and other companies' members are refused
	 */
	public function test_managers(): void {
		$department = $this->make_department();
		$company    = $this->plugin_services()->companies->get( $department->company_id );
		$by_email   = get_userdata( $this->make_member( $department ) );
		$by_login   = get_userdata( $this->make_user() );
		$foreign    = get_userdata( $this->make_member( $this->make_department() ) );
		$this->as_shop_manager();
		$id = (string) $department->id;

		$this->sut->handle(
			$this->post(
				$company,
				'add_manager',
				array(
					'department_id' => $id,
					'manager'       => strtoupper( $by_email->user_email ),
				)
			)
		);
		$this->sut->handle(
			$this->post(
				$company,
				'add_manager',
				array(
					'department_id' => $id,
					'manager'       => $by_login->user_login,
				)
			)
		);
		$this->sut->handle(
			$this->post(
				$company,
				'add_manager',
				array(
					'department_id' => $id,
					'manager'       => $by_login->user_login,
				)
			)
		);
		$this->sut->handle(
			$this->post(
				$company,
				'add_manager',
				array(
					'department_id' => $id,
					'manager'       => 'nobody@example.test',
				)
			)
		);
		$this->sut->handle(
			$this->post(
				$company,
				'add_manager',
				array(
					'department_id' => $id,
					'manager'       => '',
				)
			)
		);
		$this->sut->handle(
			$this->post(
				$company,
				'add_manager',
				array(
					'department_id' => $id,
					'manager'       => $foreign->user_email,
				)
			)
		);
		$this->assertSame( array( $by_email->ID, $by_login->ID ), $this->plugin_services()->departments->managers( $department->id ) );

		$this->sut->handle(
			$this->post(
				$company,
				'remove_manager',
				array(
					'department_id' => $id,
					'user_id'       => (string) $by_email->ID,
				)
			)
		);
		$this->sut->handle(
			$this->post(
				$company,
				'remove_manager',
				array(
					'department_id' => $id,
					'user_id'       => (string) $foreign->ID,
				)
			)
		);
		$this->assertSame( array( $by_login->ID ), $this->plugin_services()->departments->managers( $department->id ) );

		$this->assertSame(
			array(
				'kundeportal_department_saved',
				'kundeportal_department_saved',
				'kundeportal_department_saved',
				'kundeportal_manager_not_found',
				'kundeportal_manager_required',
				'kundeportal_manager_other_company',
				'kundeportal_department_saved',
				'kundeportal_manager_not_found',
			),
			$this->notices( CompaniesPage::SLUG )
		);
	}

	/**
	 * @testdox Customers and a bad or other company's nonce are refused before anything changes
	 */
	public function test_capability_and_nonce(): void {
		$department = $this->make_department();
		$company    = $this->plugin_services()->companies->get( $department->company_id );
		$other      = $this->make_company();
		$post       = $this->post(
			$company,
			'rename',
			array(
				'department_id' => (string) $department->id,
				'name'          => 'Hacked',
			)
		);

		$this->assert_dies( 403, fn () => $this->sut->handle( $post ) );
		wp_set_current_user( $this->make_member( $department ) );
		$this->assert_dies( 403, fn () => $this->sut->handle( $post ) );

		$this->as_shop_manager();
		$this->assert_dies( 403, fn () => $this->sut->handle( array( '_wpnonce' => 'bad' ) + $post ) );
		$this->assert_dies( 403, fn () => $this->sut->handle( array( '_wpnonce' => wp_create_nonce( DepartmentsSection::NONCE . '_' . $other->id ) ) + $post ) );
		$this->assertSame( $department->name, $this->plugin_services()->departments->get( $department->id )->name );
	}

	/**
	 * @testdox The section lists departments with their managers and labelled forms
	 */
	public function test_render(): void {
		$department = $this->make_department();
		$company    = $this->plugin_services()->companies->get( $department->company_id );
		$manager    = get_userdata( $this->make_manager( $department ) );
		$this->as_shop_manager();

		ob_start();
		$this->sut->render( $company );
		$html = (string) ob_get_clean();

		$this->assertStringContainsString( 'data-department="' . $department->id . '"', $html );
		$this->assertStringContainsString( esc_html( $manager->user_email ), $html );
		$this->assertStringContainsString( 'E-mail address or username of a new manager of ' . esc_html( $department->name ), $html );
		$this->assertStringContainsString( 'name="op" value="archive"', $html );
	}
}
