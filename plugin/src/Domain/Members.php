<?php
/**
 * Member repository.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- Own tables: no WordPress API exists; credit depends on fresh rows.

/**
 * Reads and writes memberships ({prefix}kundeportal_members); one row per user.
 */
class Members {

	/**
	 * Constructor.
	 *
	 * @param Departments $departments Department repository.
	 * @param Companies   $companies   Company repository.
	 */
	public function __construct( private Departments $departments, private Companies $companies ) {
	}

	/**
	 * Active membership of a user.
	 *
	 * @param int $user_id WordPress user id.
	 * @return Member|null Null when the user is no member or was removed.
	 */
	public function get( int $user_id ): ?Member {
		$member = $this->find( $user_id );

		return $member && Member::STATUS_ACTIVE === $member->status ? $member : null;
	}

	/**
	 * Membership of a user in any status (removed members keep their history).
	 *
	 * @param int $user_id WordPress user id.
	 * @return Member|null
	 */
	public function find( int $user_id ): ?Member {
		global $wpdb;

		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$wpdb->kundeportal_members} WHERE user_id = %d", $user_id ) );

		return $row ? Member::from_row( $row ) : null;
	}

	/**
	 * Active members of a department, by user id.
	 *
	 * @param int $department_id Department id.
	 * @return Member[]
	 */
	public function in_department( int $department_id ): array {
		global $wpdb;

		$rows = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT * FROM {$wpdb->kundeportal_members} WHERE department_id = %d AND status = %s ORDER BY user_id",
				$department_id,
				Member::STATUS_ACTIVE
			)
		);

		return array_map( array( Member::class, 'from_row' ), (array) $rows );
	}

	/**
	 * Makes the user an active member of the department (re-activates a removed membership).
	 *
	 * @param int      $user_id       WordPress user id.
	 * @param int      $department_id Department id; the company follows from it.
	 * @param string   $position      Job title.
	 * @param int|null $credit_limit  Minor units; null = the company's default limit.
	 * @return Member
	 * @throws DomainException When the user or the department does not exist.
	 */
	public function add( int $user_id, int $department_id, string $position = '', ?int $credit_limit = null ): Member {
		global $wpdb;

		$department = $this->departments->get( $department_id );
		$company    = $department ? $this->companies->get( $department->company_id ) : null;
		if ( ! $company ) {
			throw new DomainException( 'department_not_found', __( 'The department does not exist.', 'kundeportal' ), 404 );
		}
		if ( ! get_userdata( $user_id ) ) {
			throw new DomainException( 'user_not_found', __( 'The user does not exist.', 'kundeportal' ), 404 );
		}

		$wpdb->replace(
			$wpdb->kundeportal_members,
			array(
				'user_id'       => $user_id,
				'company_id'    => $company->id,
				'department_id' => $department->id,
				'position'      => $position,
				'credit_limit'  => max( 0, $credit_limit ?? $company->default_credit_limit ),
				'status'        => Member::STATUS_ACTIVE,
				'created_at'    => current_time( 'mysql', true ),
			),
			array( '%d', '%d', '%d', '%s', '%d', '%s', '%s' )
		);

		return $this->get( $user_id );
	}

	/**
	 * Changes position, credit limit or department of an active member.
	 *
	 * @param int   $user_id WordPress user id.
	 * @param array $data    Any of position (string), credit_limit (int), department_id (int, same company).
	 * @return Member|null Null when the user is no active member.
	 * @throws DomainException When the department belongs to another company.
	 */
	public function update( int $user_id, array $data ): ?Member {
		global $wpdb;

		$member = $this->get( $user_id );
		if ( ! $member ) {
			return null;
		}

		$department_id = (int) ( $data['department_id'] ?? $member->department_id );
		$department    = $this->departments->get( $department_id );
		if ( ! $department || $department->company_id !== $member->company_id ) {
			throw new DomainException( 'department_not_found', __( 'The department does not exist.', 'kundeportal' ), 404 );
		}

		$wpdb->update(
			$wpdb->kundeportal_members,
			array(
				'department_id' => $department_id,
				'position'      => (string) ( $data['position'] ?? $member->position ),
				'credit_limit'  => max( 0, (int) ( $data['credit_limit'] ?? $member->credit_limit ) ),
			),
			array( 'user_id' => $user_id ),
			array( '%d', '%s', '%d' ),
			array( '%d' )
		);

		return $this->get( $user_id );
	}

	/**
	 * Ends a membership; the row stays (status removed) so orders and ledger keep their history.
	 *
	 * @param int $user_id WordPress user id.
	 * @return bool Whether an active membership was removed.
	 */
	public function remove( int $user_id ): bool {
		global $wpdb;

		$changed = $wpdb->update(
			$wpdb->kundeportal_members,
			array( 'status' => Member::STATUS_REMOVED ),
			array(
				'user_id' => $user_id,
				'status'  => Member::STATUS_ACTIVE,
			),
			array( '%s' ),
			array( '%d', '%s' )
		);

		return (bool) $changed;
	}
}
