<?php
/**
 * Shared base of the kundeportal/v1 controllers.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Rest;

use Kundeportal\Services;
use Throwable;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * Namespace, services, exception mapping and the small lookups every controller needs.
 */
abstract class BaseController extends WP_REST_Controller {

	/**
	 * Domain services.
	 *
	 * @var Services
	 */
	protected Services $services;

	/**
	 * Company names already looked up in this request, by company id.
	 *
	 * @var array<int, string>
	 */
	private array $company_names = array();

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( Services $services ) {
		$this->namespace = 'kundeportal/v1';
		$this->services  = $services;
	}

	/**
	 * Registers one endpoint below the controller's base. The permission callback is the
	 * callback's name plus "_permissions_check".
	 *
	 * @param string $path     Path after the base, e.g. "/(?P<id>\d+)".
	 * @param string $methods  HTTP method(s), a WP_REST_Server constant.
	 * @param string $callback Method name, e.g. "get_items".
	 * @param array  $args     Arguments of this endpoint.
	 * @param array  $common   Arguments shared with other methods of the route (path params).
	 */
	protected function add_route( string $path, string $methods, string $callback, array $args, array $common = array() ): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . $path,
			array(
				'args'   => $common,
				array(
					'methods'             => $methods,
					'callback'            => array( $this, $callback ),
					'permission_callback' => array( $this, $callback . '_permissions_check' ),
					'args'                => $args,
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * The path argument "id".
	 *
	 * @param string $description What the id identifies.
	 * @return array
	 */
	protected static function id_arg( string $description ): array {
		return array(
			'id' => array(
				'description' => $description,
				'type'        => 'integer',
				'minimum'     => 1,
			),
		);
	}

	/**
	 * The "context" argument, default view.
	 *
	 * @return array
	 */
	protected function context_args(): array {
		return array( 'context' => $this->get_context_param( array( 'default' => 'view' ) ) );
	}

	/**
	 * Runs a route callback and turns anything it throws into a WP_Error.
	 *
	 * @param callable $callback Returns a response, data, true or a WP_Error.
	 * @return mixed What the callback returned, or the mapped WP_Error.
	 */
	protected function run( callable $callback ) {
		$this->company_names = array();

		try {
			return $callback();
		} catch ( Throwable $error ) {
			return Errors::from_throwable( $error );
		}
	}

	/**
	 * The 401 for anonymous callers, or true when someone is logged in.
	 *
	 * @return true|WP_Error
	 */
	protected function check_logged_in() {
		return is_user_logged_in() ? true : Errors::not_logged_in();
	}

	/**
	 * Ids of the departments the current user manages (every department for shop admins).
	 *
	 * @return int[]
	 */
	protected function managed_department_ids(): array {
		return array_map( 'intval', $this->services->scope->managed_department_ids( get_current_user_id() ) );
	}

	/**
	 * A company's name, looked up once per request.
	 *
	 * @param int $company_id Company id.
	 * @return string Empty when the company is gone.
	 */
	protected function company_name( int $company_id ): string {
		if ( ! isset( $this->company_names[ $company_id ] ) ) {
			$company = $this->services->companies->get( $company_id );

			$this->company_names[ $company_id ] = $company ? (string) $company->name : '';
		}

		return $this->company_names[ $company_id ];
	}

	/**
	 * Adds X-WP-Total and X-WP-TotalPages to a collection response.
	 *
	 * @param WP_REST_Response $response Response.
	 * @param int              $total    Number of items over all pages.
	 * @param int              $pages    Number of pages.
	 * @return WP_REST_Response
	 */
	protected function with_pagination( WP_REST_Response $response, int $total, int $pages ): WP_REST_Response {
		$response->header( 'X-WP-Total', (string) $total );
		$response->header( 'X-WP-TotalPages', (string) max( 1, $pages ) );

		return $response;
	}
}
