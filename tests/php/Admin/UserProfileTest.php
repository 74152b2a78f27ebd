<?php
/**
 * Tests of the Kundeportal section of user profiles and the Users list additions.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Admin;

use Kundeportal\Admin\UserProfile;
use Kundeportal\Admin\UsersList;
use Kundeportal\Domain\Department;
use Kundeportal\Domain\Member;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Tests\TestCase;

/**
 * Saving the section (valid, invalid, not allowed), the errors on the profile form, the
 * rendered fields, and the Users list columns and company filter.
 */
final class UserProfileTest extends TestCase {

	/**
	 * Department of company A.
	 *
	 * @var Department
	 */
	private Department $department;

	/**
	 * Second department of company A.
	 *
	 * @var Department
	 */
	private Department $second;

	/**
	 * Department of company B.
	 *
	 * @var Department
	 */
	private Department $foreign;

	/**
	 * Shop admin (edit_users).
	 *
	 * @var int
	 */
	private int $admin;

	/**
	 * The user being edited, not yet a member.
	 *
	 * @var int
	 */
	private int $user;

	/**
	 * The section under test.
	 *
	 * @var UserProfile
	 */
	private UserProfile $profile;

	/**
	 * Two companies, an admin and a user.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->department = $this->make_department();
		$this->second     = $this->plugin_services()->departments->create( $this->department->company_id, 'avd ' . $this->unique() );
		$this->foreign    = $this->make_department();
		$this->admin      = $this->make_user( array( 'role' => 'administrator' ) );
		$this->user       = $this->make_user();
		$this->profile    = new UserProfile( $this->plugin_services() );
		if ( is_multisite() ) {
			grant_super_admin( $this->admin );
		}
	}

	/**
	 * Clears the posted section.
	 */
	protected function tear_down(): void {
		unset( $_POST[ UserProfile::FIELD ], $_GET[ UsersList::COMPANY ] );
		parent::tear_down();
	}

	/**
	 * @testdox A valid save makes the user a member with position and limit, manager of the chosen departments and company admin
	 */
	public function test_valid_save(): void {
		wp_set_current_user( $this->admin );

		$errors = $this->profile->save( $this->user, $this->posted( array( 'credit_limit' => '7 500,50' ) ) );

		$this->assertFalse( $errors->has_errors(), implode( ' ', $errors->get_error_messages() ) );
		$member = $this->plugin_services()->members->get( $this->user );
		$this->assertNotNull( $member );
		$this->assertSame( $this->department->id, $member->department_id );
		$this->assertSame( $this->department->company_id, $member->company_id );
		$this->assertSame( 'Montør', $member->position );
		$this->assertSame( 750050, $member->credit_limit );
		$this->assertSame( array( $this->department->id, $this->second->id ), $this->managed() );
		$this->assertSame( (string) $this->department->company_id, get_user_meta( $this->user, Keys::META_COMPANY_ADMIN, true ) );

		// Move within the company, empty limit = the company's default, one department less, no longer company admin.
		$errors = $this->profile->save(
			$this->user,
			$this->posted(
				array(
					'department_id' => (string) $this->second->id,
					'credit_limit'  => '',
					'managed'       => array( '', (string) $this->second->id ),
					'company_admin' => '',
				)
			)
		);
		$this->assertFalse( $errors->has_errors() );
		$member = $this->plugin_services()->members->get( $this->user );
		$this->assertSame( $this->second->id, $member->department_id );
		$this->assertSame( 500000, $member->credit_limit );
		$this->assertSame( array( $this->second->id ), $this->managed() );
		$this->assertSame( '', get_user_meta( $this->user, Keys::META_COMPANY_ADMIN, true ) );

		// Removed: the membership row stays with status removed.
		$this->assertFalse( $this->profile->save( $this->user, $this->posted( array( 'status' => Member::STATUS_REMOVED ) ) )->has_errors() );
		$this->assertNull( $this->plugin_services()->members->get( $this->user ) );
		$this->assertSame( Member::STATUS_REMOVED, $this->plugin_services()->members->find( $this->user )->status );
	}

	/**
	 * @testdox A department of another company is an error on the profile form and nothing is saved
	 */
	public function test_department_of_another_company(): void {
		wp_set_current_user( $this->admin );
		$_POST[ UserProfile::FIELD ] = wp_slash( $this->posted( array( 'department_id' => (string) $this->foreign->id ) ) );
		$errors                      = new \WP_Error();

		do_action_ref_array( 'user_profile_update_errors', array( &$errors, true, (object) array( 'ID' => $this->user ) ) );

		$this->assertContains( 'kundeportal_department', $errors->get_error_codes() );
		$this->assertStringContainsString( 'another company', (string) $errors->get_error_message( 'kundeportal_department' ) );
		$this->assertNull( $this->plugin_services()->members->find( $this->user ) );
		$this->assertSame( array(), $this->managed() );
		$this->assertSame( '', get_user_meta( $this->user, Keys::META_COMPANY_ADMIN, true ) );
	}

	/**
	 * @testdox An archived department takes no new members from the profile; its own members keep it
	 */
	public function test_archived_department(): void {
		wp_set_current_user( $this->admin );
		$this->plugin_services()->departments->set_status( $this->second->id, Department::STATUS_ARCHIVED );

		$errors = $this->profile->save( $this->user, $this->posted( array( 'department_id' => (string) $this->second->id ) ) );
		$this->assertContains( 'kundeportal_department', $errors->get_error_codes() );
		$this->assertNull( $this->plugin_services()->members->find( $this->user ) );

		$this->plugin_services()->members->add( $this->user, $this->second->id );
		$errors = $this->profile->save( $this->user, $this->posted( array( 'department_id' => (string) $this->second->id, 'position' => 'Lager' ) ) );
		$this->assertFalse( $errors->has_errors(), implode( ' ', $errors->get_error_messages() ) );
		$this->assertSame( 'Lager', $this->plugin_services()->members->get( $this->user )->position );
	}

	/**
	 * @testdox Other bad values (limit, position, unknown departments, status) are errors, one per field
	 */
	public function test_invalid_values(): void {
		wp_set_current_user( $this->admin );

		$errors = $this->profile->save(
			$this->user,
			$this->posted(
				array(
					'credit_limit' => '-5',
					'position'     => str_repeat( 'x', 61 ),
					'managed'      => array( '999999' ),
					'status'       => 'deleted',
				)
			)
		);

		$this->assertEqualsCanonicalizing( array( 'kundeportal_credit_limit', 'kundeportal_position', 'kundeportal_managed', 'kundeportal_status' ), $errors->get_error_codes() );
		$this->assertNull( $this->plugin_services()->members->find( $this->user ) );
	}

	/**
	 * @testdox When the profile form already has errors, the section is checked but not saved
	 */
	public function test_no_save_with_other_errors(): void {
		wp_set_current_user( $this->admin );
		$_POST[ UserProfile::FIELD ] = wp_slash( $this->posted() );
		$errors                      = new \WP_Error( 'invalid_email', 'Bad e-mail' );

		$this->profile->handle_update_errors( $errors, true, (object) array( 'ID' => $this->user ) );

		$this->assertSame( array( 'invalid_email' ), $errors->get_error_codes() );
		$this->assertNull( $this->plugin_services()->members->find( $this->user ) );
	}

	/**
	 * @testdox A user without edit_users can neither see nor save the section
	 */
	public function test_non_admin_cannot(): void {
		$manager = $this->make_manager( $this->department );
		wp_set_current_user( $manager );

		$errors = $this->profile->save( $this->user, $this->posted() );
		$this->assertSame( array( 'kundeportal_forbidden' ), $errors->get_error_codes() );
		$this->assertNull( $this->plugin_services()->members->find( $this->user ) );

		$errors = $this->profile->save( $manager, $this->posted( array( 'managed' => array( (string) $this->foreign->id ) ) ) );
		$this->assertSame( array( 'kundeportal_forbidden' ), $errors->get_error_codes() );
		$this->assertSame( array( $this->department->id ), array_map( static fn( Department $d ): int => $d->id, $this->plugin_services()->departments->managed_by( $manager ) ) );

		ob_start();
		$this->profile->render( get_userdata( $manager ) );
		$this->assertSame( '', ob_get_clean() );
	}

	/**
	 * @testdox The section shows the member's company, department, position, limit, status, managed departments and company admin
	 */
	public function test_render(): void {
		wp_set_current_user( $this->admin );
		$this->plugin_services()->members->add( $this->user, $this->department->id, 'Lagerleder', 123400 );
		$this->plugin_services()->departments->add_manager( $this->second->id, $this->user );

		ob_start();
		$this->profile->render( get_userdata( $this->user ) );
		$html = (string) ob_get_clean();

		$this->assertStringContainsString( '<h2 id="kundeportal">Kundeportal</h2>', $html );
		$this->assertStringContainsString( 'value="Lagerleder"', $html );
		$this->assertMatchesRegularExpression( '/id="kundeportal-department".*<option value="' . $this->department->id . '" selected/s', $html );
		$this->assertMatchesRegularExpression( '/id="kundeportal-managed".*<option value="' . $this->second->id . '" selected/s', $html );
		$this->assertStringContainsString( '<label for="kundeportal-company-admin">Company admin</label>', $html );
		$this->assertStringContainsString( 'name="kundeportal[credit_limit]" value="1', $html );
	}

	/**
	 * @testdox Users list: Company and Department columns, and the company filter keeps only the company's active members
	 */
	public function test_users_list(): void {
		$list    = new UsersList( $this->plugin_services() );
		$member  = $this->make_member( $this->department );
		$other   = $this->make_member( $this->foreign );
		$company = $this->plugin_services()->companies->get( $this->department->company_id );

		$columns = $list->handle_columns(
			array(
				'username' => 'Username',
				'posts'    => 'Posts',
			)
		);
		$this->assertSame( array( 'username', 'kundeportal_company', 'kundeportal_department', 'posts' ), array_keys( $columns ) );
		$this->assertSame( esc_html( $company->name ), $list->handle_column( '', 'kundeportal_company', $member ) );
		$this->assertSame( esc_html( $this->department->name ), $list->handle_column( '', 'kundeportal_department', $member ) );
		$this->assertSame( '', $list->handle_column( '', 'kundeportal_company', $this->admin ) );
		$this->assertSame( 'kept', $list->handle_column( 'kept', 'email', $member ) );

		$company_id = $this->department->company_id;
		$filter     = static function ( \WP_User_Query $query ) use ( $list, $company_id ): void {
			$list->apply_company_filter( $query, $company_id );
		};
		add_action( 'pre_get_users', $filter );
		$query = new \WP_User_Query( array( 'fields' => 'ID' ) );
		remove_action( 'pre_get_users', $filter );
		$ids = array_map( 'intval', $query->get_results() );
		$this->assertContains( $member, $ids );
		$this->assertNotContains( $other, $ids );
		$this->assertNotContains( $this->admin, $ids );
	}

	/**
	 * A posted section with defaults: active member of the department, manager of both
	 * departments of the company, company admin of it.
	 *
	 * @param array $overrides Fields to change.
	 * @return array
	 */
	private function posted( array $overrides = array() ): array {
		return $overrides + array(
			'company_id'    => (string) $this->department->company_id,
			'department_id' => (string) $this->department->id,
			'position'      => 'Montør',
			'credit_limit'  => '5000',
			'status'        => Member::STATUS_ACTIVE,
			'managed'       => array( (string) $this->department->id, (string) $this->second->id, '' ),
			'company_admin' => (string) $this->department->company_id,
		);
	}

	/**
	 * Ids of the departments the edited user manages, ascending.
	 *
	 * @return int[]
	 */
	private function managed(): array {
		$ids = array_map( static fn( Department $d ): int => $d->id, $this->plugin_services()->departments->managed_by( $this->user ) );
		sort( $ids );

		return $ids;
	}
}
