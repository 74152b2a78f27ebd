<?php
/**
 * Department repository.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- Own tables: no WordPress API exists; scope checks must read fresh rows.

/**
 * Reads and writes departments and their managers.
 */
class Departments {

	/**
	 * Department by id (any status).
	 *
	 * @param int $id Department id.
	 * @return Department|null
	 */
	public function get( int $id ): ?Department {
		global $wpdb;

		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$wpdb->kundeportal_departments} WHERE id = %d", $id ) );

		return $row ? Department::from_row( $row ) : null;
	}

	/**
	 * Departments of a company, by name.
	 *
	 * @param int $company_id Company id.
	 * @return Department[]
	 */
	public function for_company( int $company_id ): array {
		global $wpdb;

		$rows = $wpdb->get_results(
			$wpdb->prepare( "SELECT * FROM {$wpdb->kundeportal_departments} WHERE company_id = %d ORDER BY name, id", $company_id )
		);

		return $this->map( $rows );
	}

	/**
	 * All departments of all companies (shop admin scope), by company then name.
	 *
	 * @return Department[]
	 */
	public function all(): array {
		global $wpdb;

		return $this->map( $wpdb->get_results( "SELECT * FROM {$wpdb->kundeportal_departments} ORDER BY company_id, name, id" ) );
	}

	/**
	 * Departments the user is a manager of, by name.
	 *
	 * @param int $user_id WordPress user id.
	 * @return Department[]
	 */
	public function managed_by( int $user_id ): array {
		global $wpdb;

		$rows = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT d.* FROM {$wpdb->kundeportal_departments} d
				INNER JOIN {$wpdb->kundeportal_department_managers} m ON m.department_id = d.id
				WHERE m.user_id = %d ORDER BY d.name, d.id",
				$user_id
			)
		);

		return $this->map( $rows );
	}

	/**
	 * User ids of the department's managers.
	 *
	 * @param int $department_id Department id.
	 * @return int[]
	 */
	public function managers( int $department_id ): array {
		global $wpdb;

		$ids = $wpdb->get_col(
			$wpdb->prepare(
				"SELECT user_id FROM {$wpdb->kundeportal_department_managers} WHERE department_id = %d ORDER BY user_id",
				$department_id
			)
		);

		return array_map( 'intval', $ids );
	}

	/**
	 * Makes the user a manager of the department; nothing happens when they already are.
	 *
	 * @param int $department_id Department id.
	 * @param int $user_id       WordPress user id.
	 * @return void
	 */
	public function add_manager( int $department_id, int $user_id ): void {
		global $wpdb;

		$wpdb->query(
			$wpdb->prepare(
				"INSERT IGNORE INTO {$wpdb->kundeportal_department_managers} (department_id, user_id) VALUES (%d, %d)",
				$department_id,
				$user_id
			)
		);
	}

	/**
	 * Removes the user as manager of the department.
	 *
	 * @param int $department_id Department id.
	 * @param int $user_id       WordPress user id.
	 * @return void
	 */
	public function remove_manager( int $department_id, int $user_id ): void {
		global $wpdb;

		$wpdb->delete(
			$wpdb->kundeportal_department_managers,
			array(
				'department_id' => $department_id,
				'user_id'       => $user_id,
			),
			array( '%d', '%d' )
		);
	}

	/**
	 * Creates an active department.
	 *
	 * @param int    $company_id Company id.
	 * @param string $name       Name.
	 * @return Department
	 * @throws DomainException When the name is empty.
	 */
	public function create( int $company_id, string $name ): Department {
		global $wpdb;

		$name = trim( $name );
		if ( '' === $name ) {
			throw new DomainException( 'invalid_department', __( 'The department needs a name.', 'kundeportal' ), 400 );
		}

		$wpdb->insert(
			$wpdb->kundeportal_departments,
			array(
				'company_id' => $company_id,
				'name'       => $name,
				'status'     => Department::STATUS_ACTIVE,
				'created_at' => current_time( 'mysql', true ),
			),
			array( '%d', '%s', '%s', '%s' )
		);

		return $this->get( (int) $wpdb->insert_id );
	}

	/**
	 * Longest department name (the column is varchar(190)).
	 */
	public const NAME_MAX_LENGTH = 190;

	/**
	 * Checks a department name for the company: required, at most NAME_MAX_LENGTH characters,
	 * unique within the company (case-insensitive; archived departments count too).
	 *
	 * @param int   $company_id Company id.
	 * @param mixed $name       Name as given.
	 * @param int   $except_id  Department being renamed (its own name is no clash), or 0.
	 * @return string The trimmed name.
	 * @throws InvalidFields When the name is missing, too long or taken (field "name").
	 */
	public function check_name( int $company_id, $name, int $except_id = 0 ): string {
		// Plain text like the wp-admin form (DepartmentEditor): names are shown in notices and e-mails.
		$name = is_string( $name ) ? trim( preg_replace( '/\s+/u', ' ', sanitize_text_field( $name ) ) ?? '' ) : '';
		if ( '' === $name ) {
			throw new InvalidFields( array( 'name' => __( 'Enter a name for the department.', 'kundeportal' ) ) );
		}
		if ( mb_strlen( $name ) > self::NAME_MAX_LENGTH ) {
			throw new InvalidFields(
				array(
					/* translators: %d: maximum number of characters. */
					'name' => sprintf( __( 'Use at most %d characters.', 'kundeportal' ), self::NAME_MAX_LENGTH ),
				)
			);
		}
		foreach ( $this->for_company( $company_id ) as $department ) {
			if ( $department->id !== $except_id && mb_strtolower( $department->name ) === mb_strtolower( $name ) ) {
				throw new InvalidFields( array( 'name' => __( 'Another department of the company already has this name.', 'kundeportal' ) ) );
			}
		}

		return $name;
	}

	/**
	 * Renames a department (the name must have passed check_name()).
	 *
	 * @param int    $id   Department id.
	 * @param string $name New name.
	 * @return void
	 */
	public function rename( int $id, string $name ): void {
		global $wpdb;

		$wpdb->update( $wpdb->kundeportal_departments, array( 'name' => $name ), array( 'id' => $id ), array( '%s' ), array( '%d' ) );
	}

	/**
	 * Archives or reactivates a department. Its members, managers and orders stay.
	 *
	 * @param int    $id     Department id.
	 * @param string $status Department::STATUS_ACTIVE or STATUS_ARCHIVED.
	 * @return void
	 * @throws InvalidFields When the status is unknown.
	 */
	public function set_status( int $id, string $status ): void {
		global $wpdb;

		if ( ! in_array( $status, array( Department::STATUS_ACTIVE, Department::STATUS_ARCHIVED ), true ) ) {
			throw new InvalidFields( array( 'status' => __( 'Choose active or archived.', 'kundeportal' ) ) );
		}

		$wpdb->update( $wpdb->kundeportal_departments, array( 'status' => $status ), array( 'id' => $id ), array( '%s' ), array( '%d' ) );
	}

	/**
	 * The company's first department with exactly this name.
	 *
	 * @param int    $company_id Company id.
	 * @param string $name       Name.
	 * @return Department|null
	 */
	public function find_by_name( int $company_id, string $name ): ?Department {
		global $wpdb;

		$row = $wpdb->get_row(
			$wpdb->prepare(
				"SELECT * FROM {$wpdb->kundeportal_departments} WHERE company_id = %d AND name = %s ORDER BY id LIMIT 1",
				$company_id,
				$name
			)
		);

		return $row ? Department::from_row( $row ) : null;
	}

	/**
	 * Maps rows to value objects.
	 *
	 * @param array|null $rows Rows.
	 * @return Department[]
	 */
	private function map( ?array $rows ): array {
		return array_map( array( Department::class, 'from_row' ), (array) $rows );
	}
}
