<?php
/**
 * Refuses logins of users a manager deleted from the portal.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Account;

use Kundeportal\Domain\MemberAccounts;
use Kundeportal\Services;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * A deleted user keeps their WordPress account (their orders point to it) but can no longer
 * log in, reset their password or use application passwords.
 */
final class LoginGate {

	/**
	 * Constructor (the signature Plugin::register_optional() expects).
	 *
	 * @param Services $services Domain services (unused).
	 */
	public function __construct( Services $services ) {
		unset( $services );
	}

	/**
	 * Adds the hooks.
	 */
	public function register(): void {
		add_filter( 'wp_authenticate_user', array( $this, 'handle_wp_authenticate_user' ), 20 );
		add_filter( 'allow_password_reset', array( $this, 'handle_allow_password_reset' ), 20, 2 );
		add_filter( 'wp_is_application_passwords_available_for_user', array( $this, 'handle_application_passwords' ), 20, 2 );
	}

	/**
	 * Refuses the password login of a deleted user.
	 *
	 * @internal
	 * @param \WP_User|WP_Error $user User being authenticated.
	 * @return \WP_User|WP_Error
	 */
	public function handle_wp_authenticate_user( $user ) {
		if ( $user instanceof \WP_User && MemberAccounts::is_login_disabled( $user->ID ) ) {
			return self::error();
		}

		return $user;
	}

	/**
	 * Refuses a password reset for a deleted user.
	 *
	 * @internal
	 * @param bool|WP_Error $allow   Whether to allow the reset.
	 * @param int           $user_id User id.
	 * @return bool|WP_Error
	 */
	public function handle_allow_password_reset( $allow, $user_id ) {
		return MemberAccounts::is_login_disabled( (int) $user_id ) ? self::error() : $allow;
	}

	/**
	 * No application passwords for a deleted user.
	 *
	 * @internal
	 * @param bool     $available Whether they are available.
	 * @param \WP_User $user      User.
	 * @return bool
	 */
	public function handle_application_passwords( $available, $user ): bool {
		return $user instanceof \WP_User && MemberAccounts::is_login_disabled( $user->ID ) ? false : (bool) $available;
	}

	/**
	 * The message a deleted user sees.
	 *
	 * @return WP_Error
	 */
	private static function error(): WP_Error {
		return new WP_Error(
			'kundeportal_login_disabled',
			__( 'Your user account has been closed. Contact your manager if you need access again.', 'kundeportal' )
		);
	}
}
