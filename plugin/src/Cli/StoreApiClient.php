<?php
/**
 * Minimal HTTP client for placing orders through the running site.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Cli;

use Kundeportal\Domain\DomainException;

defined( 'ABSPATH' ) || exit;

/**
 * Logs in at wp-login.php with cookies and talks to the Store API the way the checkout block
 * does (X-WP-Nonce for the login, the Store API's Nonce header for cart writes).
 */
final class StoreApiClient {

	/**
	 * Cookies by name.
	 *
	 * @var array<string, string>
	 */
	private array $cookies = array();

	/**
	 * REST nonce of the logged-in user.
	 *
	 * @var string
	 */
	private string $rest_nonce = '';

	/**
	 * Store API nonce (response header "Nonce").
	 *
	 * @var string
	 */
	private string $store_nonce = '';

	/**
	 * Constructor.
	 *
	 * @param string $base Site URL without trailing slash, e.g. http://localhost:8888.
	 */
	public function __construct( private string $base ) {
	}

	/**
	 * Why the site cannot be used, or '' when wp-login.php answers 200.
	 *
	 * @return string
	 */
	public function unreachable_reason(): string {
		$response = wp_remote_get( $this->base . '/wp-login.php', array( 'timeout' => 30 ) );
		if ( is_wp_error( $response ) ) {
			return $response->get_error_message();
		}
		$code = (int) wp_remote_retrieve_response_code( $response );

		/* translators: %d: HTTP status code */
		return 200 === $code ? '' : sprintf( __( 'wp-login.php answered HTTP %d', 'kundeportal' ), $code );
	}

	/**
	 * Logs in and fetches the REST and Store API nonces.
	 *
	 * @param string $login    User login.
	 * @param string $password Password.
	 * @return void
	 * @throws DomainException `seed_http` when the login fails.
	 */
	public function login( string $login, string $password ): void {
		$this->cookies = array( 'wordpress_test_cookie' => 'WP Cookie check' );
		$response      = $this->request(
			'POST',
			'/wp-login.php',
			array(
				'log'         => $login,
				'pwd'         => $password,
				'wp-submit'   => 'Log In',
				'redirect_to' => $this->base . '/',
				'testcookie'  => '1',
			)
		);
		if ( ! preg_grep( '/^wordpress_logged_in_/', array_keys( $this->cookies ) ) ) {
			/* translators: 1: user login, 2: HTTP status */
			throw new DomainException( 'seed_http', sprintf( __( 'Login as %1$s failed (HTTP %2$d).', 'kundeportal' ), $login, (int) wp_remote_retrieve_response_code( $response ) ), 500 );
		}

		$this->rest_nonce = trim( (string) wp_remote_retrieve_body( $this->request( 'GET', '/wp-admin/admin-ajax.php?action=rest-nonce' ) ) );
		$this->store( 'GET', 'cart' );
	}

	/**
	 * Calls a Store API route (below /wp-json/wc/store/v1/) with a JSON body.
	 *
	 * @param string $method HTTP method.
	 * @param string $route  e.g. "cart/add-item".
	 * @param array  $body   JSON body for writes.
	 * @return array Decoded response.
	 * @throws DomainException `seed_http` on any status >= 400.
	 */
	public function store( string $method, string $route, array $body = array() ): array {
		$response = $this->request( $method, '/wp-json/wc/store/v1/' . $route, $body, true );
		$code     = (int) wp_remote_retrieve_response_code( $response );
		$data     = json_decode( (string) wp_remote_retrieve_body( $response ), true );
		$nonce    = (string) wp_remote_retrieve_header( $response, 'nonce' );
		if ( '' !== $nonce ) {
			$this->store_nonce = $nonce;
		}
		if ( $code >= 400 || ! is_array( $data ) ) {
			/* translators: 1: route, 2: HTTP status, 3: error message */
			throw new DomainException( 'seed_http', sprintf( __( 'Store API %1$s answered HTTP %2$d: %3$s', 'kundeportal' ), $route, $code, $data['message'] ?? '' ), 500 );
		}

		return $data;
	}

	/**
	 * Sends a request with the cookie jar and keeps the cookies it sets.
	 *
	 * @param string $method HTTP method.
	 * @param string $path   Path below the site URL.
	 * @param array  $body   Form fields, or the JSON body when $json.
	 * @param bool   $json   Send JSON and the nonce headers.
	 * @return array WordPress HTTP API response.
	 * @throws DomainException `seed_http` when the request fails.
	 */
	private function request( string $method, string $path, array $body = array(), bool $json = false ): array {
		$headers = array();
		if ( $json ) {
			$headers = array_filter(
				array(
					'Content-Type' => 'application/json',
					'X-WP-Nonce'   => $this->rest_nonce,
					'Nonce'        => $this->store_nonce,
				)
			);
		}

		$response = wp_remote_request(
			$this->base . $path,
			array(
				'method'      => $method,
				'timeout'     => 60,
				'redirection' => 0,
				'headers'     => $headers,
				'cookies'     => $this->cookies,
				'body'        => 'GET' === $method ? null : ( $json ? wp_json_encode( (object) $body ) : $body ),
			)
		);
		if ( is_wp_error( $response ) ) {
			throw new DomainException( 'seed_http', $response->get_error_message(), 500 );
		}

		foreach ( (array) wp_remote_retrieve_cookies( $response ) as $cookie ) {
			if ( $cookie->expires && $cookie->expires < time() ) {
				unset( $this->cookies[ $cookie->name ] );
			} else {
				$this->cookies[ $cookie->name ] = $cookie->value;
			}
		}

		return $response;
	}
}
