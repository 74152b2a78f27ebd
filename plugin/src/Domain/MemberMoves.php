<?php
/**
 * Moving members to another department (shop admin, wp-admin members screen).
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

/**
 * Each move is checked on its own: the user is an active member, the target department exists,
 * is active and belongs to the member's company. A member already in the department is left
 * as is. Credit limit and position move along; orders keep the department they were placed in.
 */
class MemberMoves {

	/**
	 * Constructor.
	 *
	 * @param Members     $members     Member repository.
	 * @param Departments $departments Department repository.
	 */
	public function __construct( private Members $members, private Departments $departments ) {
	}

	/**
	 * Moves one member.
	 *
	 * @param int $user_id       User id.
	 * @param int $department_id Target department id.
	 * @return bool True when moved, false when already in the department.
	 * @throws DomainException With a translated reason when the move is not allowed.
	 */
	public function move( int $user_id, int $department_id ): bool {
		$member = $this->members->get( $user_id );
		if ( ! $member ) {
			throw new DomainException( 'member_not_found', __( 'The user is no member of a company.', 'kundeportal' ), 404 );
		}

		$department = $department_id > 0 ? $this->departments->get( $department_id ) : null;
		if ( ! $department ) {
			throw new DomainException( 'department_not_found', __( 'Choose the department to move the users to.', 'kundeportal' ), 400 );
		}
		if ( $department->company_id !== $member->company_id ) {
			throw new DomainException( 'other_company', __( 'Users can only be moved to a department of their own company.', 'kundeportal' ), 409 );
		}
		if ( Department::STATUS_ACTIVE !== $department->status ) {
			throw new DomainException( 'department_archived', __( 'The department is archived and takes no users.', 'kundeportal' ), 409 );
		}
		if ( $member->department_id === $department->id ) {
			return false;
		}

		$this->members->update( $user_id, array( 'department_id' => $department->id ) );

		return true;
	}

	/**
	 * Moves several members, each checked on its own.
	 *
	 * @param int[] $user_ids      User ids.
	 * @param int   $department_id Target department id.
	 * @return array{moved:int[],unchanged:int[],errors:array<int,string>} Errors keyed by user id.
	 */
	public function move_many( array $user_ids, int $department_id ): array {
		$result = array(
			'moved'     => array(),
			'unchanged' => array(),
			'errors'    => array(),
		);
		foreach ( array_unique( array_map( 'intval', $user_ids ) ) as $user_id ) {
			try {
				$result[ $this->move( $user_id, $department_id ) ? 'moved' : 'unchanged' ][] = $user_id;
			} catch ( DomainException $e ) {
				$result['errors'][ $user_id ] = $e->getMessage();
			}
		}

		return $result;
	}
}
