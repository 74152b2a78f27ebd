<?php
/**
 * Registration links: one active link per department.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- Own table: no WordPress API exists; uses must be counted on fresh rows.

/**
 * A department's registration link. The token is 32 random bytes shown once, when the link is
 * created or rotated; only its HMAC (sha256, keyed with wp_salt()) is stored, so the URL cannot
 * be shown again later. Rotating revokes the old link. Optional expiry (UTC) and maximum uses.
 */
class Invites {

	public const TOKEN_BYTES    = 32;
	public const STATUS_ACTIVE  = 'active';
	public const STATUS_REVOKED = 'revoked';

	/**
	 * Revokes the department's active link and creates a new one.
	 *
	 * @param int         $department_id Department.
	 * @param int         $by_user_id    Acting user.
	 * @param string|null $expires_at    UTC 'Y-m-d H:i:s' after which the link stops working.
	 * @param int|null    $max_uses      Maximum number of registrations.
	 * @return string The new token (hex); not stored anywhere.
	 */
	public function rotate( int $department_id, int $by_user_id, ?string $expires_at = null, ?int $max_uses = null ): string {
		global $wpdb;

		$token = bin2hex( random_bytes( self::TOKEN_BYTES ) );
		$this->revoke( $department_id );
		$wpdb->insert(
			$wpdb->kundeportal_invites,
			array(
				'department_id' => $department_id,
				'token_hash'    => self::hash( $token ),
				'created_by'    => $by_user_id,
				'status'        => self::STATUS_ACTIVE,
				'max_uses'      => $max_uses,
				'uses'          => 0,
				'expires_at'    => $expires_at,
				'created_at'    => current_time( 'mysql', true ),
			),
			array( '%d', '%s', '%d', '%s', '%d', '%d', '%s', '%s' )
		);

		return $token;
	}

	/**
	 * Revokes the department's active link, if any.
	 *
	 * @param int $department_id Department.
	 * @return void
	 */
	public function revoke( int $department_id ): void {
		global $wpdb;

		$wpdb->update(
			$wpdb->kundeportal_invites,
			array( 'status' => self::STATUS_REVOKED ),
			array(
				'department_id' => $department_id,
				'status'        => self::STATUS_ACTIVE,
			),
			array( '%s' ),
			array( '%d', '%s' )
		);
	}

	/**
	 * The department's active link (it may be expired or used up).
	 *
	 * @param int $department_id Department.
	 * @return object|null Row: id, department_id, max_uses, uses, expires_at, created_at.
	 */
	public function current( int $department_id ): ?object {
		global $wpdb;

		$row = $wpdb->get_row(
			$wpdb->prepare(
				"SELECT * FROM {$wpdb->kundeportal_invites} WHERE department_id = %d AND status = %s ORDER BY id DESC LIMIT 1",
				$department_id,
				self::STATUS_ACTIVE
			)
		);

		return $row ? $row : null;
	}

	/**
	 * The usable link of a token: active, not expired, not used up.
	 *
	 * @param string $token Token from the URL.
	 * @return object|null Row, or null when the token is unknown, revoked, expired or used up.
	 */
	public function find_by_token( string $token ): ?object {
		global $wpdb;

		if ( ! preg_match( '/^[0-9a-f]{64}$/', $token ) ) {
			return null;
		}

		$row = $wpdb->get_row(
			$wpdb->prepare(
				"SELECT * FROM {$wpdb->kundeportal_invites} WHERE token_hash = %s AND status = %s",
				self::hash( $token ),
				self::STATUS_ACTIVE
			)
		);

		return $row && self::is_usable( $row ) ? $row : null;
	}

	/**
	 * Counts one registration, atomically, unless the link is used up meanwhile.
	 *
	 * @param int $invite_id Link id.
	 * @return bool Whether the use was recorded.
	 */
	public function record_use( int $invite_id ): bool {
		global $wpdb;

		$updated = $wpdb->query(
			$wpdb->prepare(
				"UPDATE {$wpdb->kundeportal_invites} SET uses = uses + 1 WHERE id = %d AND status = %s AND ( max_uses IS NULL OR uses < max_uses )",
				$invite_id,
				self::STATUS_ACTIVE
			)
		);

		return 1 === $updated;
	}

	/**
	 * Whether a link row is neither expired nor used up.
	 *
	 * @param object $row Link row.
	 * @return bool
	 */
	public static function is_usable( object $row ): bool {
		if ( null !== $row->expires_at && strtotime( $row->expires_at . ' UTC' ) < time() ) {
			return false;
		}

		return null === $row->max_uses || (int) $row->uses < (int) $row->max_uses;
	}

	/**
	 * The stored form of a token.
	 *
	 * @param string $token Token.
	 * @return string 64 hex characters.
	 */
	public static function hash( string $token ): string {
		return hash_hmac( 'sha256', $token, wp_salt( 'auth' ) );
	}
}
