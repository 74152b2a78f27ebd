<?php
/**
 * Tests of PATCH and DELETE /kundeportal/v1/orders/{id}/lines/{item_id}.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Rest;

use Kundeportal\Infrastructure\Keys;
use Kundeportal\Tests\Parallel;
use Kundeportal\Tests\RestTestCase;

/**
 * Editing the lines of a pending order: totals, stock, notes, the change action, refusals.
 */
final class OrderLinesTest extends RestTestCase {

	use PortalFixtures;

	/** The route as registered, for schema checks. */
	private const ROUTE = '/kundeportal/v1/orders/(?P<id>\d+)/lines/(?P<item_id>\d+)';

	/**
	 * Safety trousers at 1039, 50 in stock.
	 *
	 * @var \WC_Product_Simple
	 */
	private \WC_Product_Simple $trousers;

	/**
	 * Jacket at 268, 50 in stock.
	 *
	 * @var \WC_Product_Simple
	 */
	private \WC_Product_Simple $jacket;

	/**
	 * Changes seen through the kundeportal_order_changed action.
	 *
	 * @var array<int, array>
	 */
	private array $changes = array();

	/**
	 * Builds the portal and the products.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();
		$this->trousers = $this->make_product( '1039' );
		$this->jacket   = $this->make_product( '268' );
		$this->changes  = array();
		add_action(
			'kundeportal_order_changed',
			function ( $order, $by, $description, $message ) {
				$this->changes[] = array( $order->get_id(), $by, $description, $message );
			},
			10,
			4
		);
	}

	/**
	 * Removes the action.
	 */
	protected function tear_down(): void {
		remove_all_actions( 'kundeportal_order_changed' );
		parent::tear_down();
	}

	/**
	 * @testdox Raising and lowering a quantity: totals, items, credit and held stock follow; a note each; no charge.
	 */
	public function test_quantity_up_and_down(): void {
		$order = $this->order();
		$item  = $this->item_of( $order, $this->trousers );
		$this->assertSame( 49, $this->stock_of( $this->trousers ) );

		$up = $this->call( 'PATCH', $this->path( $order, $item ), 'manager_a', array( 'quantity' => 2, 'message' => 'Du trenger to.' ) );

		$data = $up->get_data();
		$this->assertSame( 200, $up->get_status(), (string) wp_json_encode( $data ) );
		$this->assertSame( 234600, $data['total'] );
		$this->assertSame( 3, $data['item_count'] );
		$this->assertSame( $this->plugin_services()->credit->member_left( $this->ids['employee_a'] ) - 234600, $data['credit_left_after'] );
		$this->assertSame( array( 2, 1 ), array_column( $data['lines'], 'quantity' ) );
		$this->assertSame( 207800, $data['lines'][0]['total'] );
		$this->assertSame( 103900, $data['lines'][0]['price'] );
		$this->assertSame( '2346.00', wc_get_order( $order->get_id() )->get_total() );
		$this->assertSame( 48, $this->stock_of( $this->trousers ) );
		$this->assertSame( 49, $this->stock_of( $this->jacket ) );
		$this->assertSame( 'kp-approval', $data['status'] );
		$this->assertSame( 0, $this->ledger_rows( $order->get_id() ) );
		$this->assert_matches_schema( $data, self::ROUTE );

		$latest = $this->note_containing( $order->get_id(), ': quantity 1 → 2.' );
		$this->assertStringContainsString( 'changed ' . $this->trousers->get_name() . ': quantity 1 → 2.', $latest );
		$this->assertStringContainsString( get_userdata( $this->ids['manager_a'] )->display_name, $latest );
		$this->assertStringContainsString( 'Du trenger to.', $latest );
		$this->assertSame( array( array( $order->get_id(), $this->ids['manager_a'], $this->trousers->get_name() . ': quantity 1 → 2', 'Du trenger to.' ) ), $this->changes );

		$down = $this->call( 'PATCH', $this->path( $order, $item ), 'manager_a', array( 'quantity' => 1 ) );

		$this->assertSame( 200, $down->get_status() );
		$this->assertSame( 130700, $down->get_data()['total'] );
		$this->assertSame( 49, $this->stock_of( $this->trousers ) );
		$this->assertCount( 2, $this->notes_containing( $order->get_id(), ': quantity ' ) );
		$this->assertSame( 0, $this->ledger_rows( $order->get_id() ) );
	}

	/**
	 * @testdox Setting the same quantity changes nothing: no note, no action, same stock.
	 */
	public function test_same_quantity(): void {
		$order = $this->order();
		$notes = count( $this->notes( $order->get_id() ) );

		$response = $this->call( 'PATCH', $this->path( $order, $this->item_of( $order, $this->trousers ) ), 'manager_a', array( 'quantity' => 1 ) );

		$this->assertSame( 200, $response->get_status() );
		$this->assertCount( $notes, $this->notes( $order->get_id() ) );
		$this->assertCount( 0, $this->notes_containing( $order->get_id(), ': quantity ' ) );
		$this->assertSame( array(), $this->changes );
		$this->assertSame( 49, $this->stock_of( $this->trousers ) );
	}

	/**
	 * @testdox Deleting a line gives its stock back and lowers the total; the last line is refused with 409 last_line.
	 */
	public function test_delete_and_last_line(): void {
		$order = $this->order( 3 );

		$response = $this->call( 'DELETE', $this->path( $order, $this->item_of( $order, $this->jacket ) ), 'manager_a', array( 'message' => 'Ikke på lager.' ) );

		$data = $response->get_data();
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $data ) );
		$this->assertSame( 311700, $data['total'] );
		$this->assertCount( 1, $data['lines'] );
		$this->assertSame( 50, $this->stock_of( $this->jacket ) );
		$this->assertSame( 47, $this->stock_of( $this->trousers ) );
		$this->assert_matches_schema( $data, self::ROUTE );
		$this->assertStringContainsString( 'removed ' . $this->jacket->get_name() . ' (quantity 1).', $this->note_containing( $order->get_id(), ' removed ' ) );
		$this->assertSame( 'Ikke på lager.', $this->changes[0][3] );

		$last = $this->call( 'DELETE', $this->path( $order, $this->item_of( $order, $this->trousers ) ), 'manager_a' );

		$this->assert_rest_error( 409, 'kundeportal_last_line', $last );
		$this->assertSame( 'An order needs at least one line. Cancel the order instead.', $last->get_data()['message'] );
		$this->assertSame( 47, $this->stock_of( $this->trousers ) );
		$this->assertCount( 1, wc_get_order( $order->get_id() )->get_items() );
	}

	/**
	 * @testdox Approving after an edit charges the new total and keeps the edited stock.
	 */
	public function test_approve_after_edit(): void {
		$order = $this->order();
		$left  = $this->plugin_services()->credit->member_left( $this->ids['employee_a'] );
		$this->call( 'PATCH', $this->path( $order, $this->item_of( $order, $this->trousers ) ), 'manager_a', array( 'quantity' => 2 ) );

		$approved = $this->call( 'POST', '/orders/' . $order->get_id() . '/approve', 'manager_a' );

		$this->assertSame( 200, $approved->get_status() );
		$this->assertSame( $left - 234600, $this->plugin_services()->credit->member_left( $this->ids['employee_a'] ) );
		$this->assertSame( 48, $this->stock_of( $this->trousers ) );
	}

	/**
	 * @testdox Editing an order that is not awaiting approval is 409 order_not_pending and changes nothing.
	 */
	public function test_not_pending(): void {
		$order = $this->order( 1, 'processing' );
		$item  = $this->item_of( $order, $this->trousers );

		$this->assert_rest_error( 409, 'kundeportal_order_not_pending', $this->call( 'PATCH', $this->path( $order, $item ), 'manager_a', array( 'quantity' => 2 ) ) );
		$this->assert_rest_error( 409, 'kundeportal_order_not_pending', $this->call( 'DELETE', $this->path( $order, $item ), 'manager_a' ) );
		$this->assertSame( 1, wc_get_order( $order->get_id() )->get_item( $item )->get_quantity() );
		$this->assertSame( 49, $this->stock_of( $this->trousers ) );
	}

	/**
	 * @testdox Logged out 401; the orderer 403; another department's manager, another employee and a missing order 404.
	 */
	public function test_access(): void {
		$order = $this->order();
		$path  = $this->path( $order, $this->item_of( $order, $this->trousers ) );
		$body  = array( 'quantity' => 2 );

		foreach ( array( 'PATCH', 'DELETE' ) as $method ) {
			$this->assert_rest_error( 401, 'kundeportal_not_logged_in', $this->call( $method, $path, null, $body ) );
			$this->assert_rest_error( 403, 'kundeportal_forbidden', $this->call( $method, $path, 'employee_a', $body ) );
			$this->assert_rest_error( 404, 'kundeportal_order_not_found', $this->call( $method, $path, 'manager_b', $body ) );
			$this->assert_rest_error( 404, 'kundeportal_order_not_found', $this->call( $method, $path, 'employee_b', $body ) );
			$this->assert_rest_error( 404, 'kundeportal_order_not_found', $this->call( $method, '/orders/999999/lines/1', 'manager_a', $body ) );
		}

		$this->assertSame( 49, $this->stock_of( $this->trousers ) );
		$this->assertSame( 200, $this->call( 'PATCH', $path, 'admin', $body )->get_status(), 'a shop admin may edit' );
	}

	/**
	 * @testdox A line of another order or an unknown line is 404 line_not_found.
	 */
	public function test_line_not_found(): void {
		$order = $this->order();
		$other = $this->order();
		$item  = $this->item_of( $other, $this->trousers );

		$this->assert_rest_error( 404, 'kundeportal_line_not_found', $this->call( 'PATCH', '/orders/' . $order->get_id() . '/lines/' . $item, 'manager_a', array( 'quantity' => 2 ) ) );
		$this->assert_rest_error( 404, 'kundeportal_line_not_found', $this->call( 'DELETE', '/orders/' . $order->get_id() . '/lines/' . $item, 'manager_a' ) );
		$this->assert_rest_error( 404, 'kundeportal_line_not_found', $this->call( 'PATCH', '/orders/' . $order->get_id() . '/lines/99999999', 'manager_a', array( 'quantity' => 2 ) ) );
		$this->assertSame( 1, wc_get_order( $other->get_id() )->get_item( $item )->get_quantity() );
		$this->assertSame( 48, $this->stock_of( $this->trousers ) );
	}

	/**
	 * @testdox Quantities 0, -1, 1.5, "x", 10000 or none, and a message over 1000 characters, are 400 and change nothing.
	 */
	public function test_bad_args(): void {
		$order = $this->order();
		$path  = $this->path( $order, $this->item_of( $order, $this->trousers ) );

		foreach ( array( 0, -1, 1.5, '1.5', 'x', 10000, '' ) as $quantity ) {
			$response = $this->call( 'PATCH', $path, 'manager_a', array( 'quantity' => $quantity ) );
			$this->assertSame( 400, $response->get_status(), (string) wp_json_encode( $quantity ) );
			$this->assertSame( 'rest_invalid_param', $response->get_data()['code'] );
		}
		$this->assertSame( 400, $this->call( 'PATCH', $path, 'manager_a' )->get_status(), 'quantity missing' );
		$this->assertSame( 400, $this->call( 'PATCH', $path, 'manager_a', array( 'quantity' => 2, 'message' => str_repeat( 'x', 1001 ) ) )->get_status() );
		$this->assertSame( 400, $this->call( 'DELETE', $path, 'manager_a', array( 'message' => str_repeat( 'x', 1001 ) ) )->get_status() );

		$this->assertSame( 130700, (int) round( (float) wc_get_order( $order->get_id() )->get_total() * 100 ) );
		$this->assertSame( 49, $this->stock_of( $this->trousers ) );
		$this->assertSame( 9999, $this->call( 'PATCH', $path, 'manager_a', array( 'quantity' => 9999 ) )->get_data()['lines'][0]['quantity'] );
	}

	/**
	 * @testdox Two processes setting the same line to 3 and to 5 at once: the stock held equals the final quantity.
	 */
	public function test_parallel_quantities(): void {
		$order = $this->order();
		$item  = $this->item_of( $order, $this->trousers );
		$base  = array( 'set-quantity', (string) $order->get_id(), (string) $this->ids['manager_a'], (string) $item );

		$results = Parallel::run( array( array_merge( $base, array( '3' ) ), array_merge( $base, array( '5' ) ) ) );
		wp_cache_flush();

		$this->assertSame( array( 3, 5 ), $this->sorted( array_column( $results, 'quantity' ) ), (string) wp_json_encode( $results ) );
		$final = (int) wc_get_order( $order->get_id() )->get_item( $item )->get_quantity();
		$this->assertContains( $final, array( 3, 5 ) );
		$this->assertSame( 50 - $final, $this->stock_of( $this->trousers ) );
		$this->assertSame( $final * 1039 + 268, (int) wc_get_order( $order->get_id() )->get_total() );
	}

	/**
	 * A pending order of employee_a: trousers × $trousers, jacket × 1.
	 *
	 * @param int    $trousers Quantity of trousers.
	 * @param string $status   Status.
	 * @return \WC_Order
	 */
	private function order( int $trousers = 1, string $status = Keys::STATUS_APPROVAL ): \WC_Order {
		return $this->make_order( $this->ids['employee_a'], array( array( $this->trousers, $trousers ), array( $this->jacket, 1 ) ), $status );
	}

	/**
	 * The id of the order's line for a product.
	 *
	 * @param \WC_Order   $order   Order.
	 * @param \WC_Product $product Product.
	 * @return int
	 */
	private function item_of( \WC_Order $order, \WC_Product $product ): int {
		foreach ( $order->get_items() as $id => $item ) {
			if ( $item->get_product_id() === $product->get_id() ) {
				return (int) $id;
			}
		}

		return 0;
	}

	/**
	 * Path of a line.
	 *
	 * @param \WC_Order $order   Order.
	 * @param int       $item_id Line item id.
	 * @return string
	 */
	private function path( \WC_Order $order, int $item_id ): string {
		return '/orders/' . $order->get_id() . '/lines/' . $item_id;
	}

	/**
	 * Order notes, newest first.
	 *
	 * @param int $order_id Order id.
	 * @return array
	 */
	private function notes( int $order_id ): array {
		return wc_get_order_notes( array( 'order_id' => $order_id ) );
	}

	/**
	 * Contents of the order notes that contain $text.
	 *
	 * @param int    $order_id Order id.
	 * @param string $text     Text.
	 * @return string[]
	 */
	private function notes_containing( int $order_id, string $text ): array {
		$contents = array_map( static fn( $note ): string => (string) $note->content, $this->notes( $order_id ) );

		return array_values( array_filter( $contents, static fn( string $content ): bool => str_contains( $content, $text ) ) );
	}

	/**
	 * The one order note that contains $text.
	 *
	 * @param int    $order_id Order id.
	 * @param string $text     Text.
	 * @return string
	 */
	private function note_containing( int $order_id, string $text ): string {
		$found = $this->notes_containing( $order_id, $text );
		$this->assertCount( 1, $found, $text );

		return $found[0];
	}

	/**
	 * Ledger rows of an order.
	 *
	 * @param int $order_id Order id.
	 * @return int
	 */
	private function ledger_rows( int $order_id ): int {
		global $wpdb;

		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->kundeportal_credit_ledger} WHERE order_id = %d", $order_id ) );
	}

	/**
	 * Values sorted ascending.
	 *
	 * @param array $values Values.
	 * @return array
	 */
	private function sorted( array $values ): array {
		sort( $values );

		return $values;
	}
}
