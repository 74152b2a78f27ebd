<?php
/**
 * Demo orders placed through the running site's checkout.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Cli;

use Kundeportal\Domain\Money;
use Kundeportal\Domain\OrderMetaQuery;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * Places the guide's orders as the employees would: log in over HTTP, fill the cart and
 * check out through the Store API with the company-account gateway. Then the dates are set
 * to the guide's, and one earlier order of this year is approved so the figures are not zero.
 */
final class DemoOrders {

	/** Order meta marking a seeded order; the value is the key in orders(). */
	public const META_SEED = '_kundeportal_seed';

	/**
	 * Constructor.
	 *
	 * @param Services       $services Domain services.
	 * @param StoreApiClient $client   HTTP client for the site.
	 * @param \Closure       $say      Prints one progress line.
	 */
	public function __construct( private Services $services, private StoreApiClient $client, private \Closure $say ) {
	}

	/**
	 * Orders to seed: key => orderer, lines (SKU => quantity), site-time date, expected total, approve.
	 *
	 * @return array<string, array{0: string, 1: array<string, int>, 2: string, 3: int, 4: bool}>
	 */
	private function orders(): array {
		$year    = (int) wp_date( 'Y' );
		$earlier = max( strtotime( "{$year}-01-02 10:00:00" ), time() - 30 * DAY_IN_SECONDS );

		return array(
			'fredrika-approved'   => array(
				'fredrika',
				array(
					'65138362-2199-5'       => 1,
					DemoCatalog::GLOVES_SKU => 1,
				),
				wp_date( 'Y-m-d H:i:s', $earlier ),
				153300,
				true,
			),
			'fredrika-2025-05-05' => array(
				'fredrika',
				array_fill_keys( array_keys( DemoCatalog::WORKWEAR ), 1 ),
				'2025-05-05 10:12:00',
				471800,
				false,
			),
			'navn-2025-01-13'     => array( 'navn', array( DemoCatalog::GLOVES_SKU => 1 ), '2025-01-13 09:41:00', 26800, false ),
		);
	}

	/**
	 * Places the orders that do not exist yet.
	 *
	 * @param array<string, int> $users    User ids by login.
	 * @param array<string, int> $products Product/variation ids by SKU.
	 * @return void
	 */
	public function ensure( array $users, array $products ): void {
		foreach ( $this->orders() as $key => list( $login, $lines, $date, $total, $approve ) ) {
			$existing = $this->find( $key );
			if ( $existing ) {
				( $this->say )( "Order {$key} exists (#{$existing->get_id()}, {$existing->get_status()})" );
				continue;
			}

			$order = $this->checkout( $login, $lines, $products );
			$order->set_date_created( $date );
			$order->update_meta_data( self::META_SEED, $key );
			$order->save();
			$placed = Money::to_minor( $order->get_total() );
			( $this->say )( "Order {$key} placed by {$login} through the Store API: #{$order->get_id()}, total {$order->get_total()}, status {$order->get_status()}" );
			if ( $placed !== $total ) {
				( $this->say )( 'WARNING: expected total ' . Money::from_minor( $total ) . ' (taxes or shipping configured?)' );
			}

			if ( $approve ) {
				$this->approve( $order, $users['leder.alnabru'] );
			}
		}
	}

	/**
	 * The billing and shipping address of a demo employee, as WC_Customer props.
	 *
	 * @param string $first      First name.
	 * @param string $last       Last name.
	 * @param string $email      E-mail.
	 * @param string $department Department name (part of the address).
	 * @return array<string, string>
	 */
	public static function address( string $first, string $last, string $email, string $department ): array {
		$fields = array(
			'first_name' => $first,
			'last_name'  => $last,
			'company'    => 'Staut Arbeidsklær AS, ' . $department,
			'address_1'  => str_contains( $department, 'Skjetten' ) ? 'Hvamveien 4' : 'Alnabruveien 10',
			'city'       => str_contains( $department, 'Skjetten' ) ? 'Skjetten' : 'Oslo',
			'postcode'   => str_contains( $department, 'Skjetten' ) ? '2013' : '0668',
			'country'    => 'NO',
		);
		$props  = array(
			'billing_email' => $email,
			'billing_phone' => '+47 22 00 00 00',
		);
		foreach ( $fields as $name => $value ) {
			$props[ 'billing_' . $name ]  = $value;
			$props[ 'shipping_' . $name ] = $value;
		}

		return $props;
	}

	/**
	 * Logs in as the user and checks out the lines; returns the new order.
	 *
	 * @param string             $login    Login.
	 * @param array<string, int> $lines    Quantities by SKU.
	 * @param array<string, int> $products Ids by SKU.
	 * @return \WC_Order
	 */
	private function checkout( string $login, array $lines, array $products ): \WC_Order {
		$this->client->login( $login, 'kundeportal' );
		$this->client->store( 'DELETE', 'cart/items' );
		foreach ( $lines as $sku => $quantity ) {
			$this->client->store(
				'POST',
				'cart/add-item',
				array(
					'id'       => $products[ $sku ],
					'quantity' => $quantity,
				)
			);
		}

		$customer = new \WC_Customer( (int) get_user_by( 'login', $login )->ID );
		$result   = $this->client->store(
			'POST',
			'checkout',
			array(
				'billing_address'  => $customer->get_billing(),
				'shipping_address' => $customer->get_shipping(),
				'payment_method'   => Keys::GATEWAY_ID,
			)
		);

		return wc_get_order( (int) $result['order_id'] );
	}

	/**
	 * Approves the order as the manager through the Approval service.
	 *
	 * @param \WC_Order $order      Order awaiting approval.
	 * @param int       $manager_id Approving manager.
	 * @return void
	 */
	private function approve( \WC_Order $order, int $manager_id ): void {
		wp_set_current_user( $manager_id );
		$result = $this->services->approval->approve( $order, $manager_id, 'Godkjent. God tur på jobb!' );
		wp_set_current_user( 0 );
		( $this->say )( "Order #{$order->get_id()} approved by leder.alnabru: status {$result->order->get_status()}, credit charged" );
	}

	/**
	 * A seeded order by key.
	 *
	 * @param string $key Key from orders().
	 * @return \WC_Order|null
	 */
	private function find( string $key ): ?\WC_Order {
		$orders = wc_get_orders(
			array(
				'limit'  => 1,
				'status' => 'any',
			) + OrderMetaQuery::args( self::META_SEED, $key )
		);

		return $orders[0] ?? null;
	}
}
