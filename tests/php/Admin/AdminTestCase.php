<?php
/**
 * Base for tests of wp-admin screen handlers.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Admin;

use Kundeportal\Tests\TestCase;

/**
 * Loads wp-admin's template functions, makes wp_die() throw (message and status) and resets
 * the settings errors between tests.
 */
abstract class AdminTestCase extends TestCase {

	/**
	 * Loads wp-admin helpers, overrides wp_die().
	 */
	protected function set_up(): void {
		parent::set_up();
		require_once ABSPATH . 'wp-admin/includes/template.php';
		add_filter( 'wp_die_handler', array( $this, 'die_handler' ) );
		$GLOBALS['wp_settings_errors'] = array();
	}

	/**
	 * Removes the wp_die() override.
	 */
	protected function tear_down(): void {
		remove_filter( 'wp_die_handler', array( $this, 'die_handler' ) );
		parent::tear_down();
	}

	/**
	 * A wp_die() handler that throws with the response code.
	 *
	 * @return callable
	 */
	public function die_handler(): callable {
		return static function ( $message, $title = '', $args = array() ): void {
			throw new \RuntimeException( is_string( $message ) ? $message : 'wp_die', (int) ( $args['response'] ?? 500 ) );
		};
	}

	/**
	 * Logs in a new shop manager.
	 *
	 * @return int User id.
	 */
	protected function as_shop_manager(): int {
		$user_id = $this->make_user( array( 'role' => 'shop_manager' ) );
		wp_set_current_user( $user_id );

		return $user_id;
	}

	/**
	 * Asserts that the callback ends in wp_die() with the status.
	 *
	 * @param int      $status   Expected HTTP status.
	 * @param callable $callback Code under test.
	 * @return void
	 */
	protected function assert_dies( int $status, callable $callback ): void {
		try {
			$callback();
		} catch ( \RuntimeException $e ) {
			$this->assertSame( $status, $e->getCode(), $e->getMessage() );
			return;
		}
		$this->fail( 'wp_die() was not called' );
	}

	/**
	 * Codes of the settings errors of a page, in order.
	 *
	 * @param string $slug Page slug.
	 * @return string[]
	 */
	protected function notices( string $slug ): array {
		return wp_list_pluck( get_settings_errors( $slug ), 'code' );
	}
}
