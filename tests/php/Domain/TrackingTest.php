<?php
/**
 * Tests of the tracking domain.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Domain;

use Kundeportal\Domain\DomainException;
use Kundeportal\Domain\Tracking;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Tests\TestCase;

/**
 * Presets, the shop's own carriers, links, saving, and the Shipment Tracking extension's meta.
 */
final class TrackingTest extends TestCase {

	/**
	 * Domain under test.
	 *
	 * @var Tracking
	 */
	private Tracking $tracking;

	/**
	 * An order.
	 *
	 * @var \WC_Order
	 */
	private \WC_Order $order;

	/**
	 * Builds an order.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->tracking = new Tracking();
		$department     = $this->make_department();
		$this->order    = $this->make_order( $this->make_member( $department ), array( array( $this->make_product( '268' ), 1 ) ), 'processing' );
	}

	/**
	 * Forgets the shop's own carriers.
	 */
	protected function tear_down(): void {
		delete_option( Keys::OPTION_TRACKING_CARRIERS );
		parent::tear_down();
	}

	/**
	 * @testdox The presets link to Posten and PostNord with the number URL-encoded.
	 */
	public function test_presets(): void {
		$presets = Tracking::presets();

		$this->assertSame( 'https://sporing.posten.no/sporing/70722150123456789', Tracking::link( $presets['posten']['url'], '70722150123456789' ) );
		$this->assertSame( 'https://tracking.postnord.com/no/?id=AB%2012%2F3%26x%3D1', Tracking::link( $presets['postnord']['url'], 'AB 12/3&x=1' ) );
		$this->assertSame( array( 'posten', 'postnord' ), array_keys( $this->tracking->carriers() ) );
	}

	/**
	 * @testdox URL patterns must be http(s) URLs containing {number}.
	 */
	public function test_pattern_validation(): void {
		$this->assertTrue( Tracking::is_valid_pattern( 'https://helthjem.no/sporing/{number}' ) );
		$this->assertTrue( Tracking::is_valid_pattern( 'http://example.test/t?id={number}&lang=no' ) );
		$this->assertFalse( Tracking::is_valid_pattern( 'https://helthjem.no/sporing/' ) );
		$this->assertFalse( Tracking::is_valid_pattern( 'javascript:alert({number})' ) );
		$this->assertFalse( Tracking::is_valid_pattern( 'ftp://example.test/{number}' ) );
		$this->assertFalse( Tracking::is_valid_pattern( '/sporing/{number}' ) );
		$this->assertFalse( Tracking::is_valid_pattern( 'https://example.test/"onmouseover="{number}' ) );
	}

	/**
	 * @testdox The shop's own carriers come from the setting, one "Name | URL" a line; bad lines are left out.
	 */
	public function test_custom_carriers(): void {
		$parsed = Tracking::parse_carriers( "Helthjem | https://helthjem.no/sporing/{number}\nBroken | https://x.test/\n\n | https://y.test/{number}\nDHL Express|https://dhl.test/?n={number}" );

		$this->assertSame( array( 'custom-helthjem', 'custom-dhl-express' ), array_keys( $parsed['carriers'] ) );
		$this->assertSame( array( 'Broken | https://x.test/', '| https://y.test/{number}' ), $parsed['invalid'] );
		$this->assertSame( 'DHL Express | https://dhl.test/?n={number}', $parsed['lines'][1] );

		update_option( Keys::OPTION_TRACKING_CARRIERS, implode( "\n", $parsed['lines'] ) );
		$carriers = $this->tracking->carriers();
		$this->assertSame( array( 'posten', 'postnord', 'custom-helthjem', 'custom-dhl-express' ), array_keys( $carriers ) );

		$this->tracking->save( $this->order, 'custom-helthjem', 'HH 1' );
		$item = $this->tracking->for_order( wc_get_order( $this->order->get_id() ) )[0];
		$this->assertSame( 'Helthjem', $item['carrier_name'] );
		$this->assertSame( 'https://helthjem.no/sporing/HH%201', $item['url'] );
	}

	/**
	 * @testdox Saving stores carrier and number as order meta, optionally with a customer note; an empty number removes it.
	 */
	public function test_save(): void {
		$this->assertTrue( $this->tracking->save( $this->order, 'postnord', ' 00370712345 ', true ) );

		$order = wc_get_order( $this->order->get_id() );
		$this->assertSame(
			array(
				'carrier' => 'postnord',
				'number'  => '00370712345',
			),
			$order->get_meta( Keys::META_TRACKING )
		);
		$notes = array_map( static fn( $note ) => $note->comment_content, $order->get_customer_order_notes() );
		$this->assertContains( 'Shipped with PostNord: 00370712345', $notes );
		$this->assertFalse( $this->tracking->save( $order, 'postnord', '00370712345', true ), 'Saving the same again changes nothing.' );
		$this->assertCount( 1, wc_get_order( $order->get_id() )->get_customer_order_notes() );

		$this->assertTrue( $this->tracking->save( $order, '', '' ) );
		$this->assertSame( array(), $this->tracking->for_order( wc_get_order( $order->get_id() ) ) );
	}

	/**
	 * @testdox An unknown carrier or a too long number is refused.
	 */
	public function test_save_invalid(): void {
		try {
			$this->tracking->save( $this->order, 'ups', '1Z999' );
			$this->fail( 'An unknown carrier must be refused.' );
		} catch ( DomainException $error ) {
			$this->assertSame( 'invalid_tracking', $error->get_error_code() );
			$this->assertSame( 400, $error->get_status() );
		}

		$this->expectException( DomainException::class );
		$this->tracking->save( $this->order, 'posten', str_repeat( '1', Tracking::NUMBER_MAX_LENGTH + 1 ) );
	}

	/**
	 * @testdox Shipment Tracking items win over the portal's own: custom links, preset links for known providers, none for others.
	 */
	public function test_shipment_tracking(): void {
		$this->tracking->save( $this->order, 'posten', 'OWN' );
		$order = wc_get_order( $this->order->get_id() );
		$order->update_meta_data(
			Tracking::SHIPMENT_TRACKING_META,
			array(
				array(
					'tracking_provider'        => 'bring',
					'custom_tracking_provider' => '',
					'tracking_number'          => 'CS111',
					'custom_tracking_link'     => '',
				),
				array(
					'tracking_provider'        => '',
					'custom_tracking_provider' => 'Helthjem',
					'tracking_number'          => 'HH2',
					'custom_tracking_link'     => 'https://helthjem.no/sporing/HH2',
				),
				array(
					'tracking_provider'        => 'fedex',
					'custom_tracking_provider' => '',
					'tracking_number'          => 'FX3',
					'custom_tracking_link'     => 'javascript:alert(1)',
				),
				array(
					'tracking_provider' => 'bring',
					'tracking_number'   => '',
				),
				'garbage',
			)
		);
		$order->save();

		$items = $this->tracking->for_order( wc_get_order( $order->get_id() ) );

		$this->assertTrue( $this->tracking->has_shipment_tracking( $order ) );
		$this->assertCount( 3, $items );
		$this->assertSame( array( 'shipment_tracking' ), array_values( array_unique( array_column( $items, 'source' ) ) ) );
		$this->assertSame( 'Posten/Bring', $items[0]['carrier_name'] );
		$this->assertSame( 'https://sporing.posten.no/sporing/CS111', $items[0]['url'] );
		$this->assertSame( 'Helthjem', $items[1]['carrier_name'] );
		$this->assertSame( 'https://helthjem.no/sporing/HH2', $items[1]['url'] );
		$this->assertSame( 'Fedex', $items[2]['carrier_name'] );
		$this->assertNull( $items[2]['url'] );
	}

	/**
	 * @testdox An order without tracking has none.
	 */
	public function test_none(): void {
		$this->assertSame( array(), $this->tracking->for_order( $this->order ) );
		$this->assertFalse( $this->tracking->has_shipment_tracking( $this->order ) );
	}
}
