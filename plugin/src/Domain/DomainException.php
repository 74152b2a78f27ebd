<?php
/**
 * Typed domain error.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

/**
 * A rule of the domain was broken. Carries a machine code (without the kundeportal_ prefix),
 * a translated message and the HTTP status REST should answer with.
 */
class DomainException extends \RuntimeException {

	/**
	 * Machine-readable reason, e.g. `order_not_pending`.
	 *
	 * @var string
	 */
	private string $error_code;

	/**
	 * HTTP status for REST.
	 *
	 * @var int
	 */
	private int $status;

	/**
	 * Constructor.
	 *
	 * @param string $code    Machine-readable reason, e.g. `order_not_pending`.
	 * @param string $message Translated message for the user.
	 * @param int    $status  HTTP status (400, 404, 409, ...).
	 */
	public function __construct( string $code, string $message, int $status = 400 ) {
		parent::__construct( $message );
		$this->error_code = $code;
		$this->status     = $status;
	}

	/**
	 * Machine-readable reason (PHP's getCode() is an int, so this has its own name).
	 *
	 * @return string
	 */
	public function get_error_code(): string {
		return $this->error_code;
	}

	/**
	 * HTTP status for REST.
	 *
	 * @return int
	 */
	public function get_status(): int {
		return $this->status;
	}
}
