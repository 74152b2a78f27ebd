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
 * be shown again later. Rotating revokes the old link. Optional expiry (UTC), maximum uses and
 * allowed e-mail domains (stored comma-separated in allowed_domains; exact domain match).
 */
class Invites {

	public const TOKEN_BYTES    = 32;
	public const STATUS_ACTIVE  = 'active';
	public const STATUS_REVOKED = 'revoked';
	public const MAX_DOMAINS    = 20;

	/**
	 * Revokes the department's active link and creates a new one.
	 *
	 * @param int         $department_id Department.
	 * @param int         $by_user_id    Acting user.
	 * @param string|null $expires_at    UTC 'Y-m-d H:i:s' after which the link stops working.
	 * @param int|null    $max_uses      Maximum number of registrations.
	 * @param string[]    $domains       Allowed e-mail domains (normalized by normalize_domains()); empty = any.
	 * @return string The new token (hex); not stored anywhere.
	 */
	public function rotate( int $department_id, int $by_user_id, ?string $expires_at = null, ?int $max_uses = null, array $domains = array() ): string {
		global $wpdb;

		$token = bin2hex( random_bytes( self::TOKEN_BYTES ) );
		$this->revoke( $department_id );
		$wpdb->insert(
			$wpdb->kundeportal_invites,
			array(
				'department_id'   => $department_id,
				'token_hash'      => self::hash( $token ),
				'created_by'      => $by_user_id,
				'status'          => self::STATUS_ACTIVE,
				'max_uses'        => $max_uses,
				'uses'            => 0,
				'expires_at'      => $expires_at,
				'created_at'      => current_time( 'mysql', true ),
				'allowed_domains' => $domains ? implode( ',', $domains ) : null,
			),
			array( '%d', '%s', '%d', '%s', '%d', '%d', '%s', '%s', '%s' )
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
	 * Gives back a use recorded by record_use() when the registration failed after all (e.g. the
	 * e-mail address got an account between the check and the insert).
	 *
	 * @param int $invite_id Link id.
	 * @return void
	 */
	public function release_use( int $invite_id ): void {
		global $wpdb;

		$wpdb->query( $wpdb->prepare( "UPDATE {$wpdb->kundeportal_invites} SET uses = uses - 1 WHERE id = %d AND uses > 0", $invite_id ) );
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
	 * Turns what a manager typed or sent (a list, or text separated by commas, semicolons or
	 * spaces) into unique lower-case domains, e.g. "Staut.no, example.com" → staut.no, example.com.
	 * A leading "@" is dropped.
	 *
	 * @param mixed $value string, string[] or null.
	 * @return string[]
	 * @throws InvalidFields When an entry is not a domain name (field "allowed_domains").
	 */
	public static function normalize_domains( $value ): array {
		if ( null === $value || '' === $value ) {
			return array();
		}
		$parts = is_array( $value ) ? $value : preg_split( '/[\s,;]+/', (string) $value );
		$found = array();
		foreach ( (array) $parts as $part ) {
			if ( ! is_string( $part ) ) {
				throw new InvalidFields( array( 'allowed_domains' => __( 'Enter domains like example.com, separated by commas.', 'kundeportal' ) ) );
			}
			$domain = strtolower( ltrim( trim( $part ), '@' ) );
			if ( '' === $domain ) {
				continue;
			}
			if ( ! self::is_domain( $domain ) ) {
				throw new InvalidFields(
					array(
						/* translators: %s: what was typed, e.g. "staut". */
						'allowed_domains' => sprintf( __( '"%s" is not a domain. Enter domains like example.com, separated by commas.', 'kundeportal' ), $part ),
					)
				);
			}
			$found[ $domain ] = $domain;
		}
		if ( count( $found ) > self::MAX_DOMAINS ) {
			throw new InvalidFields(
				array(
					/* translators: %d: maximum number of domains. */
					'allowed_domains' => sprintf( __( 'Enter at most %d domains.', 'kundeportal' ), self::MAX_DOMAINS ),
				)
			);
		}

		return array_values( $found );
	}

	/**
	 * Whether a lower-case string is a domain name with a dot, e.g. staut.no (ASCII; IDNs in
	 * their xn-- form).
	 *
	 * @param string $domain Candidate.
	 * @return bool
	 */
	public static function is_domain( string $domain ): bool {
		return strlen( $domain ) <= 253 && 1 === preg_match( '/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/', $domain );
	}

	/**
	 * The allowed e-mail domains of a link row; empty = any domain.
	 *
	 * @param object $row Link row.
	 * @return string[]
	 */
	public static function domains( object $row ): array {
		$stored = isset( $row->allowed_domains ) ? (string) $row->allowed_domains : '';

		return '' === $stored ? array() : array_values( array_filter( explode( ',', $stored ) ) );
	}

	/**
	 * Whether an e-mail address may register through the link: the link has no domains, or
	 * the part after the last "@" equals one of them (case-insensitive; no subdomains).
	 *
	 * @param object $row   Link row.
	 * @param string $email E-mail address.
	 * @return bool
	 */
	public static function allows_email( object $row, string $email ): bool {
		return self::email_in_domains( self::domains( $row ), $email );
	}

	/**
	 * Whether an e-mail address is at one of the domains (exact, case-insensitive); true when
	 * the list is empty. Used for a link's own domains and for its company's domains.
	 *
	 * @param string[] $domains Lower-case domains; empty = any.
	 * @param string   $email   E-mail address.
	 * @return bool
	 */
	public static function email_in_domains( array $domains, string $email ): bool {
		if ( ! $domains ) {
			return true;
		}
		$at = strrpos( $email, '@' );

		return false !== $at && in_array( strtolower( trim( substr( $email, $at + 1 ) ) ), $domains, true );
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
