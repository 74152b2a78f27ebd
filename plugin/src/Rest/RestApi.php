<?php
/**
 * Registers the kundeportal/v1 REST routes.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Rest;

use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the REST layer: builds the controllers and registers their routes.
 */
final class RestApi {

	/**
	 * Domain services shared by the controllers.
	 *
	 * @var Services
	 */
	private Services $services;

	/**
	 * Constructor. Adds no hooks; call register().
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( Services $services ) {
		$this->services = $services;
	}

	/**
	 * Hooks the route registration into rest_api_init.
	 */
	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'handle_rest_api_init' ) );
	}

	/**
	 * Registers the routes of every controller.
	 *
	 * @internal
	 */
	public function handle_rest_api_init(): void {
		foreach ( $this->controllers() as $controller ) {
			$controller->register_routes();
		}
	}

	/**
	 * The controllers of kundeportal/v1.
	 *
	 * @return BaseController[]
	 */
	public function controllers(): array {
		return array(
			new MeController( $this->services ),
			new DepartmentsController( $this->services ),
			new OrdersController( $this->services ),
			new MembersController( $this->services ),
			new InvitesController( $this->services ),
			new AssortmentListsController( $this->services ),
		);
	}
}
