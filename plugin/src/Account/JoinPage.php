<?php
/**
 * The join page of a registration link: /min-konto/?kundeportal_join=<token>.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Account;

use Kundeportal\Domain\Department;
use Kundeportal\Domain\InvalidFields;
use Kundeportal\Domain\Invites;
use Kundeportal\Domain\MemberAccounts;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * Replaces the My Account page's content with the join form when the URL carries a token,
 * logged out and whatever WooCommerce's registration setting says. A valid POST creates the
 * user in the link's department (company default credit, set-password e-mail). Attempts are
 * limited per IP (RATE_LIMIT per RATE_WINDOW seconds); a bad link gets a clear message.
 */
final class JoinPage {

	public const QUERY_VAR   = 'kundeportal_join';
	public const NONCE       = 'kundeportal_join';
	public const RATE_LIMIT  = 10;
	public const RATE_WINDOW = 600;

	/**
	 * Outcome of this request's POST: 'joined', or field errors, or 'invalid'/'limited'.
	 *
	 * @var array{state: string, errors: array<string, string>}|null
	 */
	private ?array $result = null;

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( private Services $services ) {
	}

	/**
	 * Hooks the POST handler and the page content.
	 */
	public function register(): void {
		add_action( 'template_redirect', array( $this, 'handle_template_redirect' ) );
		add_filter( 'the_content', array( $this, 'handle_the_content' ), 20 );
	}

	/**
	 * Handles the form POST before output.
	 */
	public function handle_template_redirect(): void {
		$token = $this->token();
		if ( '' === $token || 'POST' !== strtoupper( sanitize_key( wp_unslash( $_SERVER['REQUEST_METHOD'] ?? '' ) ) ) ) {
			return;
		}

		$nonce = sanitize_text_field( wp_unslash( $_POST['_wpnonce'] ?? '' ) );
		if ( ! wp_verify_nonce( $nonce, self::NONCE ) ) {
			$this->result = array(
				'state'  => 'form',
				'errors' => array( 'form' => __( 'The form expired. Please try again.', 'kundeportal' ) ),
			);
			return;
		}

		$fields = array();
		foreach ( array( 'first_name', 'last_name', 'email', 'position' ) as $key ) {
			$fields[ $key ] = sanitize_text_field( wp_unslash( $_POST[ $key ] ?? '' ) );
		}
		$this->result = $this->submit( $token, $fields, self::client_ip() );
	}

	/**
	 * Registers through a link: rate limit, token, fields, then the account.
	 *
	 * @param string $token  Token from the URL.
	 * @param array  $fields first_name, last_name, email, position.
	 * @param string $ip     Client IP.
	 * @return array{state: string, errors: array<string, string>} state joined|form|invalid|limited.
	 */
	public function submit( string $token, array $fields, string $ip ): array {
		if ( ! $this->count_attempt( $ip ) ) {
			return array(
				'state'  => 'limited',
				'errors' => array(),
			);
		}

		$found = $this->usable_invite( $token );
		if ( ! $found ) {
			return array(
				'state'  => 'invalid',
				'errors' => array(),
			);
		}
		list( $invite, $company_domains ) = $found;

		try {
			$this->check_fields( $invite, $company_domains, $fields );
			if ( ! $this->services->invites->record_use( (int) $invite->id ) ) {
				return array(
					'state'  => 'invalid',
					'errors' => array(),
				);
			}
			try {
				$this->accounts()->register( $fields, (int) $invite->department_id );
			} catch ( InvalidFields $error ) {
				$this->services->invites->release_use( (int) $invite->id );
				return array(
					'state'  => 'form',
					'errors' => $error->get_fields(),
				);
			}
		} catch ( InvalidFields $error ) {
			return array(
				'state'  => 'form',
				'errors' => $error->get_fields(),
			);
		}

		return array(
			'state'  => 'joined',
			'errors' => array(),
		);
	}

	/**
	 * The link of a token when it can be used: usable, its department not archived, and its
	 * company's registration link policy not "off".
	 *
	 * @param string $token Token from the URL.
	 * @return array{0: object, 1: string[]}|null Link row and the company's e-mail domains.
	 */
	private function usable_invite( string $token ): ?array {
		$invite = $this->services->invites->find_by_token( $token );
		if ( ! $invite ) {
			return null;
		}
		$department = $this->services->departments->get( (int) $invite->department_id );
		if ( ! $department || Department::STATUS_ARCHIVED === $department->status ) {
			return null;
		}
		$company = $this->services->companies->get( $department->company_id );
		if ( $company && ! $company->invites_allowed() ) {
			return null;
		}

		return array( $invite, $company ? $company->invite_domains : array() );
	}

	/**
	 * Validates the fields like MemberAccounts::check_registration() and, when the e-mail is
	 * otherwise fine, that it is at one of the company's domains and of the link's domains.
	 *
	 * @param object   $invite          Link row.
	 * @param string[] $company_domains The company's e-mail domains; empty = any.
	 * @param array    $fields          first_name, last_name, email, position.
	 * @return void
	 * @throws InvalidFields With a message per invalid field.
	 */
	private function check_fields( object $invite, array $company_domains, array $fields ): void {
		$errors = array();
		try {
			$this->accounts()->check_registration( $fields );
		} catch ( InvalidFields $error ) {
			$errors = $error->get_fields();
		}
		$email = trim( (string) ( $fields['email'] ?? '' ) );
		if ( ! isset( $errors['email'] ) && ( ! Invites::email_in_domains( $company_domains, $email ) || ! Invites::allows_email( $invite, $email ) ) ) {
			$allowed         = self::allowed_domains( $invite, $company_domains );
			$errors['email'] = $allowed ? self::domain_message( $allowed ) : __( 'This link does not accept any e-mail address. Ask your manager for a new one.', 'kundeportal' );
		}
		if ( $errors ) {
			throw new InvalidFields( $errors );
		}
	}

	/**
	 * The domains a joining e-mail must be at: the company's and the link's (intersected when
	 * both have some); empty = any.
	 *
	 * @param object   $invite          Link row.
	 * @param string[] $company_domains The company's e-mail domains.
	 * @return string[]
	 */
	public static function allowed_domains( object $invite, array $company_domains ): array {
		$own = Invites::domains( $invite );
		if ( ! $company_domains ) {
			return $own;
		}

		return $own ? array_values( array_intersect( $own, $company_domains ) ) : $company_domains;
	}

	/**
	 * The field error for an e-mail outside the link's domains.
	 *
	 * @param string[] $domains Allowed domains.
	 * @return string
	 */
	public static function domain_message( array $domains ): string {
		return sprintf(
			/* translators: %s: allowed e-mail domains, e.g. "staut.no, example.com". */
			__( 'This link only accepts e-mail addresses at %s. Use your work e-mail address.', 'kundeportal' ),
			implode( ', ', array_map( static fn( string $domain ): string => '@' . $domain, $domains ) )
		);
	}

	/**
	 * Counts one attempt of the IP.
	 *
	 * @param string $ip Client IP.
	 * @return bool False when the IP is over the limit.
	 */
	private function count_attempt( string $ip ): bool {
		$key   = 'kundeportal_join_' . md5( $ip );
		$count = (int) get_transient( $key );
		if ( $count >= self::RATE_LIMIT ) {
			return false;
		}

		set_transient( $key, $count + 1, self::RATE_WINDOW );

		return true;
	}

	/**
	 * Replaces the My Account content with the join page when a token is in the URL.
	 *
	 * @param mixed $content Page content.
	 * @return mixed
	 */
	public function handle_the_content( $content ) {
		$token = $this->token();
		if ( '' === $token || ! function_exists( 'is_account_page' ) || ! is_account_page() || ! in_the_loop() ) {
			return $content;
		}

		return $this->render( $token );
	}

	/**
	 * The join page's HTML.
	 *
	 * @param string $token Token from the URL.
	 * @return string
	 */
	public function render( string $token ): string {
		$state = $this->result['state'] ?? 'form';
		if ( 'joined' === $state ) {
			return '<div class="woocommerce kundeportal-join"><p class="woocommerce-message">' . esc_html__( 'Welcome! Check your e-mail for a link to set your password.', 'kundeportal' ) . '</p></div>';
		}
		if ( 'limited' === $state ) {
			return '<div class="woocommerce kundeportal-join"><p class="woocommerce-error">' . esc_html__( 'Too many attempts. Please wait a few minutes and try again.', 'kundeportal' ) . '</p></div>';
		}
		$found = 'invalid' === $state ? null : $this->usable_invite( $token );
		if ( ! $found ) {
			return '<div class="woocommerce kundeportal-join"><h2>' . esc_html__( 'Registration link', 'kundeportal' ) . '</h2><p class="woocommerce-error">' . esc_html__( 'This registration link is no longer valid. Ask your manager for a new one.', 'kundeportal' ) . '</p></div>';
		}

		ob_start();
		JoinForm::print( $this->result['errors'] ?? array(), self::allowed_domains( $found[0], $found[1] ) );

		return (string) ob_get_clean();
	}

	/**
	 * The token in the URL, or ''.
	 *
	 * @return string
	 */
	private function token(): string {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- The token is the credential; the form POST has a nonce.
		return isset( $_GET[ self::QUERY_VAR ] ) ? sanitize_key( wp_unslash( $_GET[ self::QUERY_VAR ] ) ) : '';
	}

	/**
	 * The client's IP (REMOTE_ADDR only: forwarded headers can be forged).
	 *
	 * @return string
	 */
	private static function client_ip(): string {
		return sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ?? '' ) );
	}

	/**
	 * The user administration service.
	 *
	 * @return MemberAccounts
	 */
	private function accounts(): MemberAccounts {
		return new MemberAccounts( $this->services->members, $this->services->departments, $this->services->companies, $this->services->approval );
	}
}
