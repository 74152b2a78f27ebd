<?php
/**
 * The shop admin's changes to departments: create, rename, archive, restore, managers.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- Own table: no WordPress API exists.

/**
 * Rules for changing departments from wp-admin. Names are required, at most 190 characters
 * and unique within the company (the CSV import finds departments by name). Archived
 * departments keep their orders, ledger and managers (history) but take no new members, and
 * only a department without active members can be archived (its registration link is revoked). A manager is any existing user
 * who is not an active member of another company.
 */
class DepartmentEditor {

	public const NAME_MAX_LENGTH = 190;

	/**
	 * Constructor.
	 *
	 * @param Departments  $departments Department repository.
	 * @param Members      $members     Member repository.
	 * @param Invites|null $invites     Registration links, revoked when a department is archived.
	 */
	public function __construct( private Departments $departments, private Members $members, private ?Invites $invites = null ) {
	}

	/**
	 * Creates an active department.
	 *
	 * @param Company $company Company.
	 * @param string  $name    Name.
	 * @return Department
	 * @throws DomainException When the name is empty, too long or taken.
	 */
	public function create( Company $company, string $name ): Department {
		$name = $this->check_name( $company->id, $name, 0 );

		return $this->departments->create( $company->id, $name );
	}

	/**
	 * Renames a department.
	 *
	 * @param Department $department Department.
	 * @param string     $name       New name.
	 * @return Department
	 * @throws DomainException When the name is empty, too long or taken.
	 */
	public function rename( Department $department, string $name ): Department {
		global $wpdb;

		$name = $this->check_name( $department->company_id, $name, $department->id );
		$wpdb->update( $wpdb->kundeportal_departments, array( 'name' => $name ), array( 'id' => $department->id ), array( '%s' ), array( '%d' ) );

		return $this->departments->get( $department->id );
	}

	/**
	 * Archives a department that has no active members and revokes its registration link;
	 * archiving twice changes nothing.
	 *
	 * @param Department $department Department.
	 * @return Department
	 * @throws DomainException `department_has_members` (409) while members are in it.
	 */
	public function archive( Department $department ): Department {
		$count = count( $this->members->in_department( $department->id ) );
		if ( $count > 0 ) {
			throw new DomainException(
				'department_has_members',
				sprintf(
					/* translators: %d: number of members in the department. */
					_n( 'The department still has %d member. Move them to another department first.', 'The department still has %d members. Move them to another department first.', $count, 'kundeportal' ),
					$count
				),
				409
			);
		}

		$this->invites?->revoke( $department->id );

		return $this->set_status( $department, Department::STATUS_ARCHIVED );
	}

	/**
	 * Makes an archived department active again.
	 *
	 * @param Department $department Department.
	 * @return Department
	 */
	public function restore( Department $department ): Department {
		return $this->set_status( $department, Department::STATUS_ACTIVE );
	}

	/**
	 * Makes the user with this e-mail address or login a manager of the department.
	 *
	 * @param Department $department Department.
	 * @param string     $who        E-mail address or login.
	 * @return \WP_User The new manager.
	 * @throws DomainException When no such user exists or they belong to another company.
	 */
	public function add_manager( Department $department, string $who ): \WP_User {
		$who = trim( $who );
		if ( '' === $who ) {
			throw new DomainException( 'manager_required', __( 'Enter the e-mail address or username of the manager.', 'kundeportal' ), 400 );
		}

		$user = is_email( $who ) ? get_user_by( 'email', $who ) : false;
		$user = $user ? $user : get_user_by( 'login', $who );
		if ( ! $user ) {
			throw new DomainException( 'manager_not_found', __( 'No user has this e-mail address or username.', 'kundeportal' ), 404 );
		}

		$membership = $this->members->get( $user->ID );
		if ( $membership && $membership->company_id !== $department->company_id ) {
			throw new DomainException( 'manager_other_company', __( 'This user belongs to another company and cannot manage this department.', 'kundeportal' ), 409 );
		}

		$this->departments->add_manager( $department->id, $user->ID );

		return $user;
	}

	/**
	 * Removes a manager from the department.
	 *
	 * @param Department $department Department.
	 * @param int        $user_id    User id.
	 * @return bool Whether the user was a manager.
	 */
	public function remove_manager( Department $department, int $user_id ): bool {
		if ( ! in_array( $user_id, $this->departments->managers( $department->id ), true ) ) {
			return false;
		}
		$this->departments->remove_manager( $department->id, $user_id );

		return true;
	}

	/**
	 * Writes a status.
	 *
	 * @param Department $department Department.
	 * @param string     $status     active|archived.
	 * @return Department
	 */
	private function set_status( Department $department, string $status ): Department {
		global $wpdb;

		$current = $this->departments->get( $department->id );
		if ( $current && $current->status !== $status ) {
			$wpdb->update( $wpdb->kundeportal_departments, array( 'status' => $status ), array( 'id' => $department->id ), array( '%s' ), array( '%d' ) );
		}

		return $this->departments->get( $department->id );
	}

	/**
	 * Checks a name: required, at most NAME_MAX_LENGTH characters, not used by another
	 * department of the company.
	 *
	 * @param int    $company_id Company id.
	 * @param string $name       Typed name.
	 * @param int    $own_id     Department being renamed (0 for a new one).
	 * @return string The trimmed name.
	 * @throws DomainException When the name is not acceptable.
	 */
	private function check_name( int $company_id, string $name, int $own_id ): string {
		$name = trim( sanitize_text_field( $name ) );
		if ( '' === $name ) {
			throw new DomainException( 'invalid_department', __( 'The department needs a name.', 'kundeportal' ), 400 );
		}
		if ( mb_strlen( $name ) > self::NAME_MAX_LENGTH ) {
			/* translators: %d: maximum number of characters. */
			throw new DomainException( 'invalid_department', sprintf( __( 'The department name can be at most %d characters long.', 'kundeportal' ), self::NAME_MAX_LENGTH ), 400 );
		}
		$same = $this->departments->find_by_name( $company_id, $name );
		if ( $same && $same->id !== $own_id ) {
			throw new DomainException( 'department_exists', __( 'The company already has a department with this name.', 'kundeportal' ), 409 );
		}

		return $name;
	}
}
