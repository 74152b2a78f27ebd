<?php
/**
 * Tests of the Tracking box on the wp-admin order screen.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Admin;

use Kundeportal\Admin\TrackingBox;
use Kundeportal\Domain\Tracking;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Tests\TestCase;

/**
 * Rendering, saving with nonce and capability, Shipment Tracking read only, and the
 * carriers setting. Runs with HPOS on and off.
 */
final class TrackingBoxTest extends TestCase {

	/**
	 * Box under test.
	 *
	 * @var TrackingBox
	 */
	private TrackingBox $box;

	/**
	 * A shipped order.
	 *
	 * @var \WC_Order
	 */
	private \WC_Order $order;

	/**
	 * Shop admin.
	 *
	 * @var int
	 */
	private int $admin;

	/**
	 * Builds an order and an admin.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->box   = new TrackingBox( $this->plugin_services() );
		$this->admin = $this->make_user( array( 'role' => 'administrator' ) );
		$this->order = $this->make_order( $this->make_member( $this->make_department() ), array( array( $this->make_product( '268' ), 1 ) ), 'processing' );
	}

	/**
	 * Forgets the shop's own carriers.
	 */
	protected function tear_down(): void {
		delete_option( Keys::OPTION_TRACKING_CARRIERS );
		parent::tear_down();
	}

	/**
	 * The box's form fields as posted.
	 *
	 * @param string $number Tracking number.
	 * @param string $nonce  Nonce; default a valid one for the current user.
	 * @return array
	 */
	private function request( string $number, ?string $nonce = null ): array {
		return array(
			'kundeportal_tracking_carrier' => 'posten',
			'kundeportal_tracking_number'  => $number,
			'kundeportal_tracking_note'    => '1',
			'_kundeportal_tracking_nonce'  => $nonce ?? wp_create_nonce( TrackingBox::NONCE . '_' . $this->order->get_id() ),
		);
	}

	/**
	 * The box's HTML.
	 *
	 * @param \WC_Order $order Order.
	 * @return string
	 */
	private function render( \WC_Order $order ): string {
		ob_start();
		$this->box->render_meta_box( $order );

		return (string) ob_get_clean();
	}

	/**
	 * @testdox The box offers every carrier, a number field, the customer-note option and a nonce.
	 */
	public function test_render(): void {
		update_option( Keys::OPTION_TRACKING_CARRIERS, 'Helthjem | https://helthjem.no/sporing/{number}' );
		wp_set_current_user( $this->admin );

		$html = $this->render( $this->order );

		$this->assertStringContainsString( '<option value="posten"', $html );
		$this->assertStringContainsString( '<option value="postnord"', $html );
		$this->assertStringContainsString( '<option value="custom-helthjem"', $html );
		$this->assertStringContainsString( 'name="kundeportal_tracking_number"', $html );
		$this->assertStringContainsString( 'name="kundeportal_tracking_note"', $html );
		$this->assertStringContainsString( 'name="_kundeportal_tracking_nonce"', $html );
	}

	/**
	 * @testdox A shop admin saves carrier and number with a customer note; the box then shows them and the link.
	 */
	public function test_save(): void {
		wp_set_current_user( $this->admin );

		$this->assertTrue( $this->box->save( $this->order->get_id(), $this->request( '70722150' ) ) );

		$order = wc_get_order( $this->order->get_id() );
		$this->assertSame(
			array(
				'carrier' => 'posten',
				'number'  => '70722150',
			),
			$order->get_meta( Keys::META_TRACKING )
		);
		$this->assertCount( 1, $order->get_customer_order_notes() );
		$html = $this->render( $order );
		$this->assertStringContainsString( 'value="70722150"', $html );
		$this->assertStringContainsString( 'https://sporing.posten.no/sporing/70722150', $html );
	}

	/**
	 * @testdox A shop manager (edit_shop_orders) may save too.
	 */
	public function test_save_shop_manager(): void {
		wp_set_current_user( $this->make_user( array( 'role' => 'shop_manager' ) ) );

		$this->assertTrue( $this->box->save( $this->order->get_id(), $this->request( 'SM1' ) ) );
	}

	/**
	 * @testdox Without a valid nonce, or without the capability, nothing is saved.
	 */
	public function test_save_refused(): void {
		wp_set_current_user( $this->admin );
		$this->assertFalse( $this->box->save( $this->order->get_id(), $this->request( 'X1', 'bad-nonce' ) ) );
		$this->assertFalse( $this->box->save( $this->order->get_id() + 1, $this->request( 'X1' ) ), 'A nonce is bound to its order.' );

		wp_set_current_user( $this->make_user() );
		$this->assertFalse( $this->box->save( $this->order->get_id(), $this->request( 'X2' ) ) );

		$this->assertSame( '', wc_get_order( $this->order->get_id() )->get_meta( Keys::META_TRACKING ) );
	}

	/**
	 * @testdox With Shipment Tracking data the box is read only and saving leaves the order alone.
	 */
	public function test_shipment_tracking_read_only(): void {
		wp_set_current_user( $this->admin );
		$this->order->update_meta_data(
			Tracking::SHIPMENT_TRACKING_META,
			array(
				array(
					'tracking_provider' => 'postnord',
					'tracking_number'   => 'PN9',
				),
			)
		);
		$this->order->save();

		$html = $this->render( $this->order );

		$this->assertStringNotContainsString( 'name="kundeportal_tracking_number"', $html );
		$this->assertStringContainsString( 'https://tracking.postnord.com/no/?id=PN9', $html );
		$this->assertFalse( $this->box->save( $this->order->get_id(), $this->request( 'X3' ) ) );
	}

	/**
	 * @testdox The carriers setting keeps valid lines only; the Shipping tab gets a Tracking section.
	 */
	public function test_setting(): void {
		$this->assertSame(
			'Helthjem | https://helthjem.no/sporing/{number}',
			$this->box->sanitize_carriers( "Helthjem|https://helthjem.no/sporing/{number}\nNope | mailto:x@{number}" )
		);
		$this->assertArrayHasKey( TrackingBox::SECTION, $this->box->handle_sections( array() ) );
		$fields = $this->box->handle_settings( array(), TrackingBox::SECTION );
		$this->assertContains( Keys::OPTION_TRACKING_CARRIERS, array_column( $fields, 'id' ) );
		$this->assertSame( array( 'x' ), $this->box->handle_settings( array( 'x' ), 'options' ) );
	}
}
