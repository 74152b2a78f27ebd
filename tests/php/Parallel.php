<?php
/**
 * Runs worker processes at the same moment.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests;

/**
 * Starts tests/php/fixtures/worker.php several times, all released at one instant, and
 * collects their JSON answers.
 */
final class Parallel {

	/**
	 * Runs the workers and returns their decoded outputs in start order.
	 *
	 * @param array<int, string[]> $commands Worker arguments after <start_at>, one list per worker.
	 * @return array<int, array<string, mixed>>
	 */
	public static function run( array $commands ): array {
		$start_at  = sprintf( '%.3F', microtime( true ) + 2.5 );
		$processes = array();
		foreach ( $commands as $arguments ) {
			$command     = array_merge( array( PHP_BINARY, __DIR__ . '/fixtures/worker.php', $start_at ), $arguments );
			$pipes       = array();
			$process     = proc_open( $command, array( 1 => array( 'pipe', 'w' ), 2 => array( 'pipe', 'w' ) ), $pipes );
			$processes[] = array( $process, $pipes );
		}

		$results = array();
		foreach ( $processes as list( $process, $pipes ) ) {
			$out = stream_get_contents( $pipes[1] );
			$err = stream_get_contents( $pipes[2] );
			fclose( $pipes[1] );
			fclose( $pipes[2] );
			proc_close( $process );
			$lines     = array_filter( explode( "\n", trim( (string) $out ) ) );
			$decoded   = json_decode( (string) end( $lines ), true );
			$results[] = is_array( $decoded ) ? $decoded : array( 'crash' => $out . $err );
		}

		return $results;
	}
}
