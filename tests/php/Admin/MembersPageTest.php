<?php
/**
 * Tests of the wp-admin Company members screen: bulk move and the CSV steps.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Admin;

use Kundeportal\Admin\MemberCsvScreen;
use Kundeportal\Admin\MembersPage;
use Kundeportal\Domain\Company;
use Kundeportal\Domain\Department;

// The shared vendor/ autoloader may point at another checkout; load the base class directly.
require_once __DIR__ . '/AdminTestCase.php';

/**
 * Capability and nonce before every change; moves checked per member; the import applies
 * only a file the same user uploaded and reviewed, once.
 */
final class MembersPageTest extends AdminTestCase {

	/**
	 * A posted bulk move.
	 *
	 * @param int[] $users  User ids.
	 * @param int   $target Target department id.
	 * @return array
	 */
	private function move_post( array $users, int $target ): array {
		return array(
			'action'            => 'move',
			'action2'           => '-1',
			'users'             => array_map( 'strval', $users ),
			'target_department' => (string) $target,
			'_wpnonce'          => wp_create_nonce( MembersPage::MOVE_NONCE ),
		);
	}

	/**
	 * Stores an upload as step 1 would.
	 *
	 * @param Company $company Company.
	 * @param string  $csv     File contents.
	 * @param int     $user_id Uploader.
	 * @return string Import id.
	 */
	private function store( Company $company, string $csv, int $user_id ): string {
		$id = strtolower( wp_generate_password( 24, false ) );
		set_transient(
			MemberCsvScreen::TRANSIENT . $id,
			array(
				'company_id' => $company->id,
				'user_id'    => $user_id,
				'name'       => 'users.csv',
				'csv'        => $csv,
			),
			HOUR_IN_SECONDS
		);

		return $id;
	}

	/**
	 * A CSV with one new user and one bad row.
	 *
	 * @param Department $department Department.
	 * @param string     $email      New user's e-mail.
	 * @return string
	 */
	private function csv( Department $department, string $email ): string {
		return "email,first_name,last_name,department,credit_limit\n{$email},Ny,Bruker,{$department->name},2500.00\nbad,Bad,Row,{$department->name},1\n";
	}

	/**
	 * @testdox The bulk move moves valid members and reports each refused one
	 */
	public function test_move(): void {
		$from    = $this->make_department();
		$company = $this->plugin_services()->companies->get( $from->company_id );
		$to      = $this->make_department( $company );
		$one     = $this->make_member( $from );
		$foreign = $this->make_member( $this->make_department() );
		$this->as_shop_manager();
		$page = new MembersPage( $this->plugin_services() );

		$this->assertNull( $page->move( array( 'action' => '-1' ) ) );
		$redirect = $page->move( $this->move_post( array( $one, $foreign ), $to->id ) + array( 'company' => (string) $company->id ) );

		$this->assertStringContainsString( 'company=' . $company->id, (string) $redirect );
		$this->assertSame( $to->id, $this->plugin_services()->members->get( $one )->department_id );
		$this->assertNotSame( $to->id, $this->plugin_services()->members->get( $foreign )->department_id );
		$this->assertSame( array( 'kundeportal_moved', 'kundeportal_move_' . $foreign ), $this->notices( MembersPage::SLUG ) );

		$GLOBALS['wp_settings_errors'] = array();
		$page->move( $this->move_post( array(), $to->id ) );
		$this->assertSame( array( 'kundeportal_no_users' ), $this->notices( MembersPage::SLUG ) );
	}

	/**
	 * @testdox Moving needs manage_woocommerce and the list's nonce
	 */
	public function test_move_capability_and_nonce(): void {
		$from = $this->make_department();
		$to   = $this->make_department( $this->plugin_services()->companies->get( $from->company_id ) );
		$one  = $this->make_member( $from );
		$page = new MembersPage( $this->plugin_services() );

		wp_set_current_user( $this->make_manager( $from ) );
		$this->assert_dies( 403, fn () => $page->move( $this->move_post( array( $one ), $to->id ) ) );
		$this->as_shop_manager();
		$this->assert_dies( 403, fn () => $page->move( array( '_wpnonce' => 'bad' ) + $this->move_post( array( $one ), $to->id ) ) );
		$this->assertSame( $from->id, $this->plugin_services()->members->get( $one )->department_id );
	}

	/**
	 * @testdox The report shows each row and writes nothing; applying imports the valid rows once
	 */
	public function test_report_and_apply(): void {
		$department = $this->make_department();
		$company    = $this->plugin_services()->companies->get( $department->company_id );
		$email      = 'csv' . $this->unique() . '@example.test';
		$admin      = $this->as_shop_manager();
		$id         = $this->store( $company, $this->csv( $department, $email ), $admin );
		$screen     = new MemberCsvScreen( $this->plugin_services() );

		$_GET['import'] = $id;
		ob_start();
		$screen->render();
		$html = (string) ob_get_clean();
		unset( $_GET['import'] );
		$this->assertStringContainsString( 'Import 1 valid row', $html );
		$this->assertStringContainsString( 'Enter a valid e-mail address', $html );
		$this->assertStringContainsString( esc_html( $email ), $html );
		$this->assertFalse( email_exists( $email ) );

		$post     = array(
			'kundeportal_import' => 'apply',
			'import'             => $id,
			'_wpnonce'           => wp_create_nonce( MemberCsvScreen::APPLY_NONCE . $id ),
		);
		$redirect = $screen->handle( $post, array() );
		$this->assertStringContainsString( 'company=' . $company->id, (string) $redirect );
		$member = $this->plugin_services()->members->get( (int) email_exists( $email ) );
		$this->assertSame( 250000, $member->credit_limit );
		$this->assertSame( array( 'kundeportal_imported' ), $this->notices( MembersPage::SLUG ) );
		$this->assertFalse( get_transient( MemberCsvScreen::TRANSIENT . $id ) );

		// A second submit finds no file and changes nothing.
		$GLOBALS['wp_settings_errors'] = array();
		$screen->handle( $post, array() );
		$this->assertSame( array( 'kundeportal_import_expired' ), $this->notices( MembersPage::SLUG ) );
	}

	/**
	 * @testdox Another admin's upload, a bad nonce and a customer cannot apply an import
	 */
	public function test_apply_refusals(): void {
		$department = $this->make_department();
		$company    = $this->plugin_services()->companies->get( $department->company_id );
		$email      = 'csv' . $this->unique() . '@example.test';
		$uploader   = $this->make_user( array( 'role' => 'shop_manager' ) );
		$id         = $this->store( $company, $this->csv( $department, $email ), $uploader );
		$screen     = new MemberCsvScreen( $this->plugin_services() );
		$post       = array(
			'kundeportal_import' => 'apply',
			'import'             => $id,
		);

		wp_set_current_user( $this->make_member( $department ) );
		$this->assert_dies( 403, fn () => $screen->handle( $post + array( '_wpnonce' => wp_create_nonce( MemberCsvScreen::APPLY_NONCE . $id ) ), array() ) );

		$this->as_shop_manager();
		$this->assert_dies( 403, fn () => $screen->handle( $post + array( '_wpnonce' => 'bad' ), array() ) );
		$screen->handle( $post + array( '_wpnonce' => wp_create_nonce( MemberCsvScreen::APPLY_NONCE . $id ) ), array() );
		$this->assertSame( array( 'kundeportal_import_expired' ), $this->notices( MembersPage::SLUG ) );
		$this->assertFalse( email_exists( $email ) );
		$this->assertIsArray( get_transient( MemberCsvScreen::TRANSIENT . $id ), 'The uploader can still import it.' );
	}

	/**
	 * @testdox Uploads without a file, too large, without a company or with a bad nonce are refused
	 */
	public function test_upload_refusals(): void {
		$company = $this->make_company();
		$screen  = new MemberCsvScreen( $this->plugin_services() );
		$this->as_shop_manager();
		$post = array(
			'kundeportal_import' => 'upload',
			'company'            => (string) $company->id,
			'_wpnonce'           => wp_create_nonce( MemberCsvScreen::UPLOAD_NONCE ),
		);

		$this->assertNull( $screen->handle( $post, array( 'error' => UPLOAD_ERR_NO_FILE ) ) );
		$this->assertNull( $screen->handle( $post, array( 'error' => UPLOAD_ERR_INI_SIZE ) ) );
		$this->assertNull(
			$screen->handle(
				$post,
				array(
					'error'    => UPLOAD_ERR_OK,
					'size'     => 10,
					'tmp_name' => __FILE__,
				)
			)
		);
		$this->assertNull( $screen->handle( array( 'company' => '0' ) + $post, array( 'error' => UPLOAD_ERR_NO_FILE ) ) );
		$this->assertSame(
			array( 'kundeportal_no_file', 'kundeportal_file_too_large', 'kundeportal_upload_failed', 'kundeportal_company' ),
			$this->notices( MembersPage::SLUG )
		);
		$this->assert_dies( 403, fn () => $screen->handle( array( '_wpnonce' => 'bad' ) + $post, array() ) );
	}

	/**
	 * @testdox The export needs manage_woocommerce, the company's nonce and an existing company
	 */
	public function test_export_checks(): void {
		$company = $this->make_company();
		$screen  = new MemberCsvScreen( $this->plugin_services() );
		$get     = array(
			'company'  => (string) $company->id,
			'_wpnonce' => wp_create_nonce( MemberCsvScreen::EXPORT_ACTION . '_' . $company->id ),
		);

		$this->assert_dies( 403, fn () => $screen->export_company( $get ) );
		$this->as_shop_manager();
		$get['_wpnonce'] = wp_create_nonce( MemberCsvScreen::EXPORT_ACTION . '_' . $company->id );
		$this->assert_dies( 403, fn () => $screen->export_company( array( '_wpnonce' => 'bad' ) + $get ) );
		$this->assert_dies(
			404,
			fn () => $screen->export_company(
				array(
					'company'  => '999999999',
					'_wpnonce' => wp_create_nonce( MemberCsvScreen::EXPORT_ACTION . '_999999999' ),
				)
			)
		);
		$this->assertSame( $company->id, $screen->export_company( $get )->id );
		$this->assertStringContainsString( 'action=' . MemberCsvScreen::EXPORT_ACTION, MemberCsvScreen::export_url( $company->id ) );
	}

	/**
	 * @testdox The list searches across companies and filters by company and department
	 */
	public function test_render_list(): void {
		require_once ABSPATH . 'wp-admin/includes/class-wp-screen.php';
		require_once ABSPATH . 'wp-admin/includes/screen.php';
		$department = $this->make_department();
		$company    = $this->plugin_services()->companies->get( $department->company_id );
		$other      = $this->make_department( $company );
		$mine       = $this->make_member( $department );
		$theirs     = $this->make_member( $other );
		$this->plugin_services()->members->update( $mine, array( 'position' => 'Unik' . $company->id ) );
		$this->as_shop_manager();
		$page = new MembersPage( $this->plugin_services() );

		$render = static function ( array $get ) use ( $page ): string {
			$_GET     = $get;
			$_REQUEST = $get;
			ob_start();
			$page->render();
			$_GET     = array();
			$_REQUEST = array();

			return (string) ob_get_clean();
		};

		$html = $render( array( 's' => 'Unik' . $company->id ) );
		$this->assertStringContainsString( 'id="kundeportal-member-' . $mine . '"', $html );
		$this->assertStringNotContainsString( 'id="kundeportal-member-' . $theirs . '"', $html );
		$this->assertStringContainsString( 'Target department', $html );

		$html = $render(
			array(
				'company'    => (string) $company->id,
				'department' => (string) $other->id,
			)
		);
		$this->assertStringContainsString( 'id="kundeportal-member-' . $theirs . '"', $html );
		$this->assertStringNotContainsString( 'id="kundeportal-member-' . $mine . '"', $html );
		$this->assertStringContainsString( 'action=' . MemberCsvScreen::EXPORT_ACTION, $html );
	}
}
