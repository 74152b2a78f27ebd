<?php
/**
 * Base test case for REST routes.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests;

/**
 * Sends requests through the real REST server (rest_get_server()->dispatch()) as a given
 * user, and checks responses against the schema their route declares.
 */
abstract class RestTestCase extends TestCase {

	/**
	 * Dispatches a request as the user (0 = logged out).
	 *
	 * @param int    $user_id User id, 0 for logged out.
	 * @param string $method  HTTP method.
	 * @param string $route   Full route, e.g. "/kundeportal/v1/me".
	 * @param array  $params  Query params (GET) or JSON body (other methods).
	 * @return \WP_REST_Response
	 */
	protected function dispatch_as( int $user_id, string $method, string $route, array $params = array() ): \WP_REST_Response {
		wp_set_current_user( $user_id );

		$request = new \WP_REST_Request( $method, $route );
		if ( 'GET' === $method ) {
			$request->set_query_params( $params );
		} else {
			$request->set_header( 'content-type', 'application/json' );
			$request->set_body( (string) wp_json_encode( $params ) );
		}

		return rest_get_server()->dispatch( $request );
	}

	/**
	 * Asserts that the response data conforms to the schema of the route that answered it;
	 * for a list, every item is checked against the item schema.
	 *
	 * @param \WP_REST_Response $response Response of dispatch_as().
	 * @return void
	 */
	protected function assert_response_matches_schema( \WP_REST_Response $response ): void {
		$route   = (string) $response->get_matched_route();
		$options = rest_get_server()->get_route_options( $route );
		$this->assertIsArray( $options, "No route options for {$route}" );
		$this->assertArrayHasKey( 'schema', $options, "Route {$route} declares no schema" );

		$schema = call_user_func( $options['schema'] );
		$data   = $response->get_data();
		$items  = is_array( $data ) && array_is_list( $data ) && 'array' !== ( $schema['type'] ?? '' ) ? $data : array( $data );

		foreach ( $items as $item ) {
			$valid = rest_validate_value_from_schema( $item, $schema, 'response' );
			$this->assertTrue( true === $valid, is_wp_error( $valid ) ? $valid->get_error_message() : '' );
		}
	}
}
