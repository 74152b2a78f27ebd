<?php
/**
 * Tests of POST /kundeportal/v1/orders/{id}/approve and /cancel.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Rest;

use Kundeportal\Tests\RestTestCase;

/**
 * Approving and cancelling through OrdersController: outcomes, idempotency and refusals.
 */
final class OrderActionsTest extends RestTestCase {

	use PortalFixtures;

	/**
	 * Builds the portal.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();
	}

	/**
	 * @testdox A manager approves a pending order: 200, processing, lines in the answer.
	 */
	public function test_approve(): void {
		$order = $this->create_order( 'employee_a' );

		$response = $this->call( 'POST', '/orders/' . $order->get_id() . '/approve', 'manager_a' );

		$data = $response->get_data();
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'processing', $data['status'] );
		$this->assertSame( 'processing', wc_get_order( $order->get_id() )->get_status() );
		$this->assertCount( 2, $data['lines'] );
		$this->assertSame( $data['credit_left_after'], $this->plugin_services()->credit->member_left( $this->ids['employee_a'] ) );
		$this->assert_matches_schema( $data, '/kundeportal/v1/orders/(?P<id>\d+)/approve' );
	}

	/**
	 * @testdox Approving twice: the second call is a 200 no-op with the same state and one charge.
	 */
	public function test_approve_twice(): void {
		$order = $this->create_order( 'employee_a' );
		$path  = '/orders/' . $order->get_id() . '/approve';

		$first  = $this->call( 'POST', $path, 'manager_a', array( 'message' => 'OK' ) );
		$left   = $this->plugin_services()->credit->member_left( $this->ids['employee_a'] );
		$second = $this->call( 'POST', $path, 'manager_a', array( 'message' => 'OK' ) );

		$this->assertSame( 200, $second->get_status() );
		$this->assertSame( $first->get_data(), $second->get_data() );
		$this->assertSame( $left, $this->plugin_services()->credit->member_left( $this->ids['employee_a'] ) );
		$this->assertCount( 1, $this->customer_notes( $order->get_id() ) );
	}

	/**
	 * @testdox Approving sends one e-mail to the orderer (order approved, not WooCommerce's processing e-mail) and WooCommerce's new-order e-mail to the shop, once.
	 */
	public function test_approve_sends_woocommerce_emails(): void {
		$order = $this->create_order( 'employee_a' );
		$path  = '/orders/' . $order->get_id() . '/approve';
		$to    = get_userdata( $this->ids['employee_a'] )->user_email;
		$shop  = WC()->mailer()->get_emails()['WC_Email_New_Order']->get_recipient();

		$this->mails = array();
		$this->call( 'POST', $path, 'manager_a' );
		$this->call( 'POST', $path, 'manager_a' );

		$recipients = array_map( static fn( array $mail ): string => (string) $mail['to'], $this->mails );
		$this->assertSame( 1, count( array_keys( $recipients, $to, true ) ), (string) wp_json_encode( $recipients ) );
		$this->assertSame( 1, count( array_keys( $recipients, $shop, true ) ), (string) wp_json_encode( $recipients ) );
		$subjects = array_column( $this->mails, 'subject' );
		$this->assertCount( 0, preg_grep( '/has been received/', $subjects ), (string) wp_json_encode( $subjects ) );
	}

	/**
	 * @testdox A manager who is also a member cannot approve their own order (403), but cancel it.
	 */
	public function test_manager_own_order(): void {
		$this->plugin_services()->members->add( $this->ids['manager_a'], $this->ids['dep_a'], 'Avdelingsleder', 500000 );
		$order = $this->create_order( 'manager_a' );

		$approve = $this->call( 'POST', '/orders/' . $order->get_id() . '/approve', 'manager_a' );
		$cancel  = $this->call( 'POST', '/orders/' . $order->get_id() . '/cancel', 'manager_a' );

		$this->assert_rest_error( 403, 'kundeportal_forbidden', $approve );
		$this->assertSame( 200, $cancel->get_status() );
	}

	/**
	 * @testdox The message reaches the orderer as typed: "<" and "&" stay, tags go, 1000 characters fit.
	 */
	public function test_message_as_typed(): void {
		$order   = $this->create_order( 'employee_a' );
		$message = str_repeat( 'a', 994 ) . ' < & >';

		$response = $this->call( 'POST', '/orders/' . $order->get_id() . '/approve', 'manager_a', array( 'message' => $message ) );
		$tagged   = $this->create_order( 'employee_a' );
		$this->call( 'POST', '/orders/' . $tagged->get_id() . '/cancel', 'manager_a', array( 'message' => 'Hei <b>du</b><script>x()</script>' ) );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( $message, $this->customer_notes( $order->get_id() )[0]->content );
		$this->assertSame( 'Hei du', $this->customer_notes( $tagged->get_id() )[0]->content );
	}

	/**
	 * @testdox A shop admin may approve any department's order.
	 */
	public function test_approve_shop_admin(): void {
		$order = $this->create_order( 'employee_b' );

		$response = $this->call( 'POST', '/orders/' . $order->get_id() . '/approve', 'admin' );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'processing', $response->get_data()['status'] );
	}

	/**
	 * @testdox Cancelling with a message: 200, cancelled, and the message is a customer note.
	 */
	public function test_cancel_with_message(): void {
		$order = $this->create_order( 'employee_a' );

		$response = $this->call( 'POST', '/orders/' . $order->get_id() . '/cancel', 'manager_a', array( 'message' => "Feil størrelse.\nBestill 88." ) );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'cancelled', $response->get_data()['status'] );
		$notes = $this->customer_notes( $order->get_id() );
		$this->assertCount( 1, $notes );
		$this->assertSame( "Feil størrelse.\nBestill 88.", $notes[0]->content );
		$this->assert_matches_schema( $response->get_data(), '/kundeportal/v1/orders/(?P<id>\d+)/cancel' );
	}

	/**
	 * @testdox Approving a cancelled order and cancelling a processing one are 409 order_not_pending.
	 */
	public function test_not_pending(): void {
		$cancelled  = $this->create_order( 'employee_a', 'cancelled' );
		$processing = $this->create_order( 'employee_a', 'processing' );

		$approve = $this->call( 'POST', '/orders/' . $cancelled->get_id() . '/approve', 'manager_a' );
		$cancel  = $this->call( 'POST', '/orders/' . $processing->get_id() . '/cancel', 'manager_a' );

		$this->assert_rest_error( 409, 'kundeportal_order_not_pending', $approve );
		$this->assert_rest_error( 409, 'kundeportal_order_not_pending', $cancel );
		$this->assertSame( 'processing', wc_get_order( $processing->get_id() )->get_status() );
	}

	/**
	 * @testdox Approving after a cancel is 409 and changes nothing.
	 */
	public function test_approve_after_cancel(): void {
		$order = $this->create_order( 'employee_a' );
		$this->call( 'POST', '/orders/' . $order->get_id() . '/cancel', 'manager_a' );

		$response = $this->call( 'POST', '/orders/' . $order->get_id() . '/approve', 'manager_a' );

		$this->assert_rest_error( 409, 'kundeportal_order_not_pending', $response );
		$this->assertSame( 'cancelled', wc_get_order( $order->get_id() )->get_status() );
	}

	/**
	 * @testdox The orderer may not approve or cancel their own order: 403.
	 */
	public function test_own_order_forbidden(): void {
		$order = $this->create_order( 'employee_a' );

		$approve = $this->call( 'POST', '/orders/' . $order->get_id() . '/approve', 'employee_a' );
		$cancel  = $this->call( 'POST', '/orders/' . $order->get_id() . '/cancel', 'employee_a' );

		$this->assert_rest_error( 403, 'kundeportal_forbidden', $approve );
		$this->assert_rest_error( 403, 'kundeportal_forbidden', $cancel );
		$this->assertSame( 'kp-approval', wc_get_order( $order->get_id() )->get_status() );
	}

	/**
	 * @testdox Another department's manager, another employee and a missing order all get 404.
	 */
	public function test_outside_scope(): void {
		$order = $this->create_order( 'employee_a' );

		foreach ( array( 'approve', 'cancel' ) as $action ) {
			$path = '/orders/' . $order->get_id() . '/' . $action;
			$this->assert_rest_error( 404, 'kundeportal_order_not_found', $this->call( 'POST', $path, 'manager_b' ) );
			$this->assert_rest_error( 404, 'kundeportal_order_not_found', $this->call( 'POST', $path, 'employee_b' ) );
			$this->assert_rest_error( 404, 'kundeportal_order_not_found', $this->call( 'POST', '/orders/999999/' . $action, 'manager_a' ) );
		}
		$this->assertSame( 'kp-approval', wc_get_order( $order->get_id() )->get_status() );
	}

	/**
	 * @testdox Approving or cancelling logged out is 401.
	 */
	public function test_logged_out(): void {
		$order = $this->create_order( 'employee_a' );

		$approve = $this->call( 'POST', '/orders/' . $order->get_id() . '/approve', null );
		$cancel  = $this->call( 'POST', '/orders/' . $order->get_id() . '/cancel', null );

		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $approve );
		$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $cancel );
	}

	/**
	 * @testdox A message over 1000 characters or of the wrong type is 400 and changes nothing.
	 */
	public function test_bad_message(): void {
		$order = $this->create_order( 'employee_a' );

		$long  = $this->call( 'POST', '/orders/' . $order->get_id() . '/approve', 'manager_a', array( 'message' => str_repeat( 'ø', 1001 ) ) );
		$array = $this->call( 'POST', '/orders/' . $order->get_id() . '/cancel', 'manager_a', array( 'message' => array( 'x' ) ) );
		$ok    = $this->call( 'POST', '/orders/' . $order->get_id() . '/approve', 'manager_a', array( 'message' => str_repeat( 'ø', 1000 ) ) );

		$this->assert_rest_error( 400, 'rest_invalid_param', $long );
		$this->assert_rest_error( 400, 'rest_invalid_param', $array );
		$this->assertSame( 200, $ok->get_status() );
	}

	/**
	 * Customer notes of an order.
	 *
	 * @param int $order_id Order id.
	 * @return \stdClass[]
	 */
	private function customer_notes( int $order_id ): array {
		return wc_get_order_notes(
			array(
				'order_id' => $order_id,
				'type'     => 'customer',
			)
		);
	}
}
