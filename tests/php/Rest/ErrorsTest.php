<?php
/**
 * Tests of the REST exception mapper.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Rest;

use Kundeportal\Domain\DomainException;
use Kundeportal\Rest\Errors;
use Kundeportal\Tests\TestCase;

/**
 * Errors::from_throwable() for domain and unexpected exceptions.
 */
final class ErrorsTest extends TestCase {

	/**
	 * @testdox A domain exception keeps its code (prefixed), message and status.
	 */
	public function test_domain_exception(): void {
		$error = Errors::from_throwable( new DomainException( 'order_not_pending', 'Not pending.', 409 ) );

		$this->assertSame( 'kundeportal_order_not_pending', $error->get_error_code() );
		$this->assertSame( 'Not pending.', $error->get_error_message() );
		$this->assertSame( array( 'status' => 409 ), $error->get_error_data() );
	}

	/**
	 * @testdox Any other exception is a generic 500 without its message, and is logged.
	 */
	public function test_unexpected_exception(): void {
		$logged = array();
		$spy    = static function ( $message ) use ( &$logged ) {
			$logged[] = $message;
			return $message;
		};
		add_filter( 'woocommerce_logger_log_message', $spy );

		$error = Errors::from_throwable( new \LogicException( 'password=hunter2' ) );
		remove_filter( 'woocommerce_logger_log_message', $spy );

		$this->assertSame( 'kundeportal_internal_error', $error->get_error_code() );
		$this->assertSame( array( 'status' => 500 ), $error->get_error_data() );
		$this->assertStringNotContainsString( 'hunter2', $error->get_error_message() );
		$this->assertNotEmpty( $logged );
		$this->assertStringContainsString( 'LogicException', $logged[0] );
	}
}
