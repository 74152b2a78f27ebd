<?php
/**
 * Runs worker processes at the same moment.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests;

/**
 * Starts tests/php/fixtures/worker.php several times, released together once all have
 * loaded WordPress, and collects their JSON answers.
 */
final class Parallel {

	/**
	 * Runs the workers and returns their decoded outputs in start order.
	 *
	 * @param array<int, string[]> $commands Worker arguments after the barrier, one list per worker.
	 * @return array<int, array<string, mixed>>
	 */
	public static function run( array $commands ): array {
		$barrier = sys_get_temp_dir() . '/kundeportal-barrier-' . uniqid();
		mkdir( $barrier );
		$processes = array();
		foreach ( $commands as $arguments ) {
			$command     = array_merge( array( PHP_BINARY, __DIR__ . '/fixtures/worker.php', $barrier, (string) count( $commands ) ), $arguments );
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

		array_map( 'unlink', glob( $barrier . '/*' ) );
		rmdir( $barrier );

		return $results;
	}
}
