<?php
/**
 * GET|POST /departments/{id}/addresses, GET|PATCH|DELETE /departments/{id}/addresses/{address_id}.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Rest;

use Kundeportal\Domain\Department;
use Kundeportal\Domain\DepartmentAddress;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The delivery addresses of a department. Managers of the department and shop admins read
 * and write; active members of the department only read (they pick one at checkout).
 * Logged out 401; a member writing 403; anyone else, a missing department or an address of
 * another department 404; invalid fields 400 `kundeportal_invalid_fields` with data.params.
 */
final class DepartmentAddressesController extends BaseController {

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$this->rest_base = 'departments/(?P<id>\d+)/addresses';

		$department = self::id_arg( __( 'Department id.', 'kundeportal' ) );
		$address    = $department + array(
			'address_id' => array(
				'description' => __( 'Address id.', 'kundeportal' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
		);

		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				'args'   => $department,
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => $this->context_args(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => self::write_args(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<address_id>\d+)',
			array(
				'args'   => $address,
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => $this->context_args(),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'update_item_permissions_check' ),
					'args'                => self::write_args(),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_item' ),
					'permission_callback' => array( $this, 'delete_item_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Logged in (401); a manager of the department, a shop admin or an active member of it (404).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		$logged_in = $this->check_logged_in();
		if ( true !== $logged_in ) {
			return $logged_in;
		}

		return $this->run( fn() => $this->can_read( $request ) ? true : Errors::department_not_found() );
	}

	/**
	 * Readers of the department (401/404) who also manage it (403).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		$readable = $this->get_items_permissions_check( $request );
		if ( true !== $readable ) {
			return $readable;
		}

		return $this->run( fn() => $this->can_write( $request ) ? true : Errors::forbidden() );
	}

	/**
	 * Readers of the department (401/404), and the address must be one of it (404).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		$readable = $this->get_items_permissions_check( $request );
		if ( true !== $readable ) {
			return $readable;
		}

		return $this->run( fn() => $this->address( $request ) ? true : self::address_not_found() );
	}

	/**
	 * Managers of the department (401/404/403), and the address must be one of it (404).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		$readable = $this->get_item_permissions_check( $request );
		if ( true !== $readable ) {
			return $readable;
		}

		return $this->run( fn() => $this->can_write( $request ) ? true : Errors::forbidden() );
	}

	/**
	 * Same as changing the address.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function delete_item_permissions_check( $request ) {
		return $this->update_item_permissions_check( $request );
	}

	/**
	 * The department's addresses, by label.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		return $this->run(
			function () use ( $request ) {
				$items = array();
				foreach ( $this->services->department_addresses->for_department( (int) $request['id'] ) as $address ) {
					$items[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $address, $request ) );
				}

				return $this->with_pagination( rest_ensure_response( $items ), count( $items ), 1 );
			}
		);
	}

	/**
	 * One address.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		return $this->run(
			function () use ( $request ) {
				$address = $this->address( $request );

				return $address ? $this->prepare_item_for_response( $address, $request ) : self::address_not_found();
			}
		);
	}

	/**
	 * Adds an address to the department.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error 201 with the address.
	 */
	public function create_item( $request ) {
		return $this->run(
			function () use ( $request ) {
				$address  = $this->services->department_addresses->create( (int) $request['id'], $this->body( $request ) );
				$response = $this->prepare_item_for_response( $address, $request );
				$response->set_status( 201 );
				$response->header( 'Location', rest_url( sprintf( '%s/departments/%d/addresses/%d', $this->namespace, $address->department_id, $address->id ) ) );

				return $response;
			}
		);
	}

	/**
	 * Changes the fields sent; the others keep their value.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		return $this->run(
			function () use ( $request ) {
				$address = $this->address( $request );
				if ( ! $address ) {
					return self::address_not_found();
				}

				return $this->prepare_item_for_response( $this->services->department_addresses->update( $address, $this->body( $request ) ), $request );
			}
		);
	}

	/**
	 * Deletes the address; orders shipped to it keep their copy.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error `{ deleted, previous }`.
	 */
	public function delete_item( $request ) {
		return $this->run(
			function () use ( $request ) {
				$address = $this->address( $request );
				if ( ! $address ) {
					return self::address_not_found();
				}

				$previous = $this->prepare_item_for_response( $address, $request )->get_data();
				$this->services->department_addresses->delete( $address );

				return rest_ensure_response(
					array(
						'deleted'  => true,
						'previous' => $previous,
					)
				);
			}
		);
	}

	/**
	 * Shapes an address.
	 *
	 * @param DepartmentAddress $item    Address.
	 * @param WP_REST_Request   $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$created = '' !== $item->created_at ? get_date_from_gmt( $item->created_at, DATE_ATOM ) : '';
		$data    = array_merge(
			array(
				'id'            => $item->id,
				'department_id' => $item->department_id,
			),
			$item->fields(),
			array( 'created_at' => $created )
		);

		return rest_ensure_response( $this->filter_response_by_context( $data, $request['context'] ?? 'view' ) );
	}

	/**
	 * JSON schema of an address.
	 *
	 * @return array
	 */
	public function get_item_schema(): array {
		if ( ! $this->schema ) {
			$this->schema = Schema::root(
				'kundeportal_department_address',
				array(
					'id'            => Schema::field( 'integer', __( 'Address id.', 'kundeportal' ) ),
					'department_id' => Schema::field( 'integer', __( 'Department id.', 'kundeportal' ) ),
					'label'         => Schema::field( 'string', __( 'Name of the address, e.g. "Main warehouse".', 'kundeportal' ) ),
					'first_name'    => Schema::field( 'string', __( 'Recipient\'s first name.', 'kundeportal' ) ),
					'last_name'     => Schema::field( 'string', __( 'Recipient\'s last name.', 'kundeportal' ) ),
					'company'       => Schema::field( 'string', __( 'Company.', 'kundeportal' ) ),
					'address_1'     => Schema::field( 'string', __( 'Street address.', 'kundeportal' ) ),
					'address_2'     => Schema::field( 'string', __( 'Second address line.', 'kundeportal' ) ),
					'postcode'      => Schema::field( 'string', __( 'Postcode.', 'kundeportal' ) ),
					'city'          => Schema::field( 'string', __( 'City.', 'kundeportal' ) ),
					'country'       => Schema::field( 'string', __( 'Country code (ISO 3166-1 alpha-2).', 'kundeportal' ) ),
					'phone'         => Schema::field( 'string', __( 'Phone.', 'kundeportal' ) ),
					'created_at'    => Schema::field( 'string', __( 'When the address was added, ISO 8601 in site time.', 'kundeportal' ), array( 'format' => 'date-time' ) ),
				)
			);
		}

		return $this->add_additional_fields_schema( $this->schema );
	}

	/**
	 * Body of POST and PATCH. Required fields and formats are checked in the domain, so every
	 * field error comes back at once, translated, in data.params.
	 *
	 * @return array
	 */
	private static function write_args(): array {
		$descriptions = array(
			'label'      => __( 'Name of the address (required, at most 100 characters).', 'kundeportal' ),
			'first_name' => __( 'Recipient\'s first name.', 'kundeportal' ),
			'last_name'  => __( 'Recipient\'s last name.', 'kundeportal' ),
			'company'    => __( 'Company.', 'kundeportal' ),
			'address_1'  => __( 'Street address (required).', 'kundeportal' ),
			'address_2'  => __( 'Second address line.', 'kundeportal' ),
			'postcode'   => __( 'Postcode (required; 4 digits in Norway).', 'kundeportal' ),
			'city'       => __( 'City (required).', 'kundeportal' ),
			'country'    => __( 'Country code known to WooCommerce (required), e.g. NO.', 'kundeportal' ),
			'phone'      => __( 'Phone.', 'kundeportal' ),
		);

		$args = array();
		foreach ( $descriptions as $field => $description ) {
			$args[ $field ] = array(
				'description' => $description,
				'type'        => 'string',
			);
		}

		return $args;
	}

	/**
	 * The address fields sent in the body.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array
	 */
	private function body( WP_REST_Request $request ): array {
		$params = $request->get_json_params() ?? $request->get_body_params();

		return array_intersect_key( is_array( $params ) ? $params : array(), array_flip( DepartmentAddress::FIELDS ) );
	}

	/**
	 * The request's department when it exists.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return Department|null
	 */
	private function department( WP_REST_Request $request ): ?Department {
		return $this->services->departments->get( (int) $request['id'] );
	}

	/**
	 * Whether the current user manages the request's department (shop admins: any).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return bool
	 */
	private function can_write( WP_REST_Request $request ): bool {
		$department = $this->department( $request );

		return $department && in_array( $department->id, $this->managed_department_ids(), true );
	}

	/**
	 * Whether the current user may read the department's addresses: they manage it, or they
	 * are an active member of it.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return bool
	 */
	private function can_read( WP_REST_Request $request ): bool {
		if ( $this->can_write( $request ) ) {
			return true;
		}

		$department = $this->department( $request );
		$member     = $this->services->members->get( get_current_user_id() );

		return $department && $member && $member->department_id === $department->id;
	}

	/**
	 * The request's address if it belongs to the request's department.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return DepartmentAddress|null
	 */
	private function address( WP_REST_Request $request ): ?DepartmentAddress {
		return $this->services->department_addresses->get_in_department( (int) $request['id'], (int) $request['address_id'] );
	}

	/**
	 * The address does not exist or belongs to another department.
	 *
	 * @return WP_Error
	 */
	private static function address_not_found(): WP_Error {
		return new WP_Error(
			'kundeportal_address_not_found',
			__( 'Address not found.', 'kundeportal' ),
			array( 'status' => 404 )
		);
	}
}
