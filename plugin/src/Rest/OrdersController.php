<?php
/**
 * GET /orders, GET /orders/{id}, POST /orders/{id}/approve and /orders/{id}/cancel,
 * PATCH and DELETE /orders/{id}/lines/{item_id}.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Rest;

use WC_Order;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Orders in the user's scope. Managers (and shop admins) see the orders of the departments
 * they manage; other members see their own orders. Anyone may see their own order. An order
 * the user cannot see, or that does not exist, is 404 `kundeportal_order_not_found`.
 * Approve and cancel need a manager of the order's department or a shop admin: 404 for
 * orders the user cannot see, 403 `kundeportal_forbidden` for the user's own order.
 * Editing lines needs the same as cancelling.
 */
final class OrdersController extends BaseController {

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$this->rest_base = 'orders';
		$id_arg          = self::id_arg( __( 'Order id.', 'kundeportal' ) );

		$this->add_route( '', WP_REST_Server::READABLE, 'get_items', $this->get_collection_params() );
		$this->add_route( '/(?P<id>\d+)', WP_REST_Server::READABLE, 'get_item', $this->context_args(), $id_arg );
		$this->add_route( '/(?P<id>\d+)/approve', WP_REST_Server::CREATABLE, 'approve_item', OrderSchema::action_args(), $id_arg );
		$this->add_route( '/(?P<id>\d+)/cancel', WP_REST_Server::CREATABLE, 'cancel_item', OrderSchema::action_args(), $id_arg );

		$line_args = $id_arg + array(
			'item_id' => array(
				'description' => __( 'Line item id of the order.', 'kundeportal' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
		);
		$this->add_route( '/(?P<id>\d+)/lines/(?P<item_id>\d+)', WP_REST_Server::EDITABLE, 'update_line', OrderSchema::line_update_args(), $line_args );
		$this->add_route( '/(?P<id>\d+)/lines/(?P<item_id>\d+)', WP_REST_Server::DELETABLE, 'delete_line', OrderSchema::line_message_args(), $line_args );
	}

	/**
	 * Logged in (401) with a portal role: manager, shop admin or member (403).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		$logged_in = $this->check_logged_in();
		if ( true !== $logged_in ) {
			return $logged_in;
		}

		return $this->run(
			function () {
				if ( $this->managed_department_ids() || $this->services->members->get( get_current_user_id() ) ) {
					return true;
				}

				return Errors::forbidden();
			}
		);
	}

	/**
	 * Logged in (401) and the order visible to the user (404 otherwise).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		$logged_in = $this->check_logged_in();
		if ( true !== $logged_in ) {
			return $logged_in;
		}

		return $this->run(
			fn() => $this->visible_order( $request ) ? true : Errors::order_not_found()
		);
	}

	/**
	 * Visible order (401/404) that the user may approve (403 for their own order, unless a
	 * shop admin: nobody approves their own spending).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function approve_item_permissions_check( $request ) {
		return $this->action_permission( $request, array( $this->services->scope, 'can_approve_order' ) );
	}

	/**
	 * Visible order (401/404) that the user manages (403 for an employee's own order).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function cancel_item_permissions_check( $request ) {
		return $this->action_permission( $request, array( $this->services->scope, 'can_manage_order' ) );
	}

	/**
	 * Like cancel: a visible order (401/404) that the user manages (403).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function update_line_permissions_check( $request ) {
		return $this->cancel_item_permissions_check( $request );
	}

	/**
	 * Like cancel: a visible order (401/404) that the user manages (403).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function delete_line_permissions_check( $request ) {
		return $this->cancel_item_permissions_check( $request );
	}

	/**
	 * The order must be visible (401/404); then $rule( user id, order ) decides (403).
	 *
	 * @param WP_REST_Request $request Request.
	 * @param callable        $rule    Scope rule.
	 * @return true|\WP_Error
	 */
	private function action_permission( WP_REST_Request $request, callable $rule ) {
		$visible = $this->get_item_permissions_check( $request );
		if ( true !== $visible ) {
			return $visible;
		}

		return $this->run(
			function () use ( $request, $rule ) {
				$order = $this->visible_order( $request );

				return $order && $rule( get_current_user_id(), $order ) ? true : Errors::forbidden();
			}
		);
	}

	/**
	 * One page of orders in scope, newest first unless order=asc.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function get_items( $request ) {
		return $this->run(
			function () use ( $request ) {
				$filter = OrderQuery::filter_for( $this->services, get_current_user_id(), $request );
				if ( is_wp_error( $filter ) ) {
					return $filter;
				}

				$result    = OrderQuery::find( $filter );
				$presenter = new OrderPresenter( $this->services );
				$items     = array();

				foreach ( $result->orders as $order ) {
					$data    = $this->filter_response_by_context( $presenter->summary( $order ), $request['context'] ?? 'view' );
					$items[] = $data;
				}

				return $this->with_pagination( rest_ensure_response( $items ), $result->total, $result->max_num_pages );
			}
		);
	}

	/**
	 * One order with its lines.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function get_item( $request ) {
		return $this->run(
			function () use ( $request ) {
				$order = $this->visible_order( $request );

				return $order ? $this->prepare_item_for_response( $order, $request ) : Errors::order_not_found();
			}
		);
	}

	/**
	 * Approves a pending order. Approving it again changes nothing and returns the order.
	 *
	 * @param WP_REST_Request $request Request with an optional message to the orderer.
	 * @return \WP_REST_Response|\WP_Error 409 kundeportal_order_not_pending for other orders.
	 */
	public function approve_item( $request ) {
		return $this->act( $request, 'approve' );
	}

	/**
	 * Cancels a pending order; the message reaches the orderer as a customer note.
	 *
	 * @param WP_REST_Request $request Request with an optional message to the orderer.
	 * @return \WP_REST_Response|\WP_Error 409 kundeportal_order_not_pending for other orders.
	 */
	public function cancel_item( $request ) {
		return $this->act( $request, 'cancel' );
	}

	/**
	 * Sets a line's quantity; the answer is the whole order with its new totals.
	 *
	 * @param WP_REST_Request $request Request with quantity and an optional message.
	 * @return \WP_REST_Response|\WP_Error 404 kundeportal_line_not_found, 409 kundeportal_order_not_pending.
	 */
	public function update_line( $request ) {
		return $this->edit_line(
			$request,
			fn( WC_Order $order ) => $this->services->line_editor->set_quantity( $order, (int) $request['item_id'], (int) $request['quantity'], get_current_user_id(), (string) $request['message'] )
		);
	}

	/**
	 * Removes a line; the answer is the whole order with its new totals.
	 *
	 * @param WP_REST_Request $request Request with an optional message.
	 * @return \WP_REST_Response|\WP_Error 404 kundeportal_line_not_found, 409 kundeportal_last_line or kundeportal_order_not_pending.
	 */
	public function delete_line( $request ) {
		return $this->edit_line(
			$request,
			fn( WC_Order $order ) => $this->services->line_editor->delete_line( $order, (int) $request['item_id'], get_current_user_id(), (string) $request['message'] )
		);
	}

	/**
	 * Runs a LineEditor change on the request's order and answers with the order.
	 *
	 * @param WP_REST_Request $request Request.
	 * @param callable        $change  Receives the order, returns it changed.
	 * @return \WP_REST_Response|\WP_Error
	 */
	private function edit_line( WP_REST_Request $request, callable $change ) {
		return $this->run(
			function () use ( $request, $change ) {
				$order = $this->visible_order( $request );
				if ( ! $order ) {
					return Errors::order_not_found();
				}

				return $this->prepare_item_for_response( $change( $order ), $request );
			}
		);
	}

	/**
	 * Runs an Approval action and answers with the order as it is now.
	 *
	 * @param WP_REST_Request $request Request.
	 * @param string          $action  approve|cancel.
	 * @return \WP_REST_Response|\WP_Error
	 */
	private function act( WP_REST_Request $request, string $action ) {
		return $this->run(
			function () use ( $request, $action ) {
				$order = $this->visible_order( $request );
				if ( ! $order ) {
					return Errors::order_not_found();
				}

				$this->services->approval->{$action}( $order, get_current_user_id(), (string) $request['message'] );

				$order = wc_get_order( $order->get_id() );

				return $order instanceof WC_Order ? $this->prepare_item_for_response( $order, $request ) : Errors::order_not_found();
			}
		);
	}

	/**
	 * Shapes one order with its lines.
	 *
	 * @param WC_Order        $item    Order.
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$data = ( new OrderPresenter( $this->services ) )->detail( $item );
		$data = $this->filter_response_by_context( $data, $request['context'] ?? 'view' );

		return rest_ensure_response( $data );
	}

	/**
	 * The order of the request if the current user may see it: a manager of its
	 * department, a shop admin, or its orderer.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WC_Order|null
	 */
	private function visible_order( WP_REST_Request $request ): ?WC_Order {
		$order = wc_get_order( (int) $request['id'] );

		if ( $order instanceof WC_Order && $this->services->scope->can_view_order( get_current_user_id(), $order ) ) {
			return $order;
		}

		return null;
	}

	/**
	 * Query arguments of GET /orders.
	 *
	 * @return array
	 */
	public function get_collection_params(): array {
		return OrderSchema::collection_args( $this->context_args() );
	}

	/**
	 * JSON schema of the order object.
	 *
	 * @return array
	 */
	public function get_item_schema(): array {
		if ( ! $this->schema ) {
			$this->schema = OrderSchema::get();
		}

		return $this->add_additional_fields_schema( $this->schema );
	}
}
