<?php
/**
 * Portal records of a WordPress user deleted outside the portal (wp-admin → Users).
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * When a user is deleted in wp-admin, ends their membership (the row stays, status removed, so
 * the department's orders and ledger keep their history) and their manager roles, so the
 * department's user count and available credit stop counting them.
 */
final class DeletedUsers {

	/**
	 * Constructor. Adds no hooks; call register().
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( private Services $services ) {
	}

	/**
	 * Adds the hook.
	 */
	public function register(): void {
		add_action( 'delete_user', array( $this, 'handle_delete_user' ) );
	}

	/**
	 * Ends the membership and the manager roles of a user about to be deleted.
	 *
	 * @internal
	 * @param int|string $user_id Id of the user being deleted.
	 * @return void
	 */
	public function handle_delete_user( $user_id ): void {
		$user_id = (int) $user_id;
		if ( $user_id <= 0 ) {
			return;
		}

		$this->services->members->remove( $user_id );
		foreach ( $this->services->departments->managed_by( $user_id ) as $department ) {
			$this->services->departments->remove_manager( (int) $department->id, $user_id );
		}
	}
}
