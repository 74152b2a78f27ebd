<?php
/**
 * Tests of the portal's WooCommerce e-mails.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Email;

use Kundeportal\Domain\Department;
use Kundeportal\Domain\Money;
use Kundeportal\Email\ApprovalEmails;
use Kundeportal\Email\AwaitingApprovalEmail;
use Kundeportal\Email\OrderApprovedEmail;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Tests\TestCase;

/**
 * Awaiting approval (managers), approved / changed / cancelled (orderer): recipients, subject,
 * contents, one e-mail per event whichever way the status changes.
 */
final class ApprovalEmailsTest extends TestCase {

	/**
	 * Department of the orderer.
	 *
	 * @var Department
	 */
	private Department $department;

	/**
	 * Orderer (limit 8000).
	 *
	 * @var int
	 */
	private int $employee;

	/**
	 * Managers of the department.
	 *
	 * @var int[]
	 */
	private array $managers;

	/**
	 * Product at 1039.
	 *
	 * @var \WC_Product_Simple
	 */
	private \WC_Product_Simple $product;

	/**
	 * Builds a department with an employee, two managers and a product.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->department = $this->make_department();
		$this->employee   = $this->make_member( $this->department, 800000 );
		$this->managers   = array( $this->make_manager( $this->department ), $this->make_manager( $this->department ) );
		$this->product    = $this->make_product( '1039' );
	}

	/**
	 * @testdox The four e-mails are WooCommerce e-mails (WooCommerce → Settings → Emails) with their templates in the plugin
	 */
	public function test_registered(): void {
		$emails = WC()->mailer()->get_emails();

		foreach ( ApprovalEmails::EMAILS as $key => $class ) {
			$this->assertInstanceOf( $class, $emails[ $key ] ?? null );
			$this->assertSame( strtolower( $key ), sanitize_title( $key ), 'the settings section must survive sanitize_title()' );
			$this->assertFileExists( $emails[ $key ]->template_base . $emails[ $key ]->template_html );
			$this->assertFileExists( $emails[ $key ]->template_base . $emails[ $key ]->template_plain );
		}
		$this->assertTrue( $emails['Kundeportal_Order_Approved'] instanceof OrderApprovedEmail && $emails['Kundeportal_Order_Approved']->is_customer_email() );
		$this->assertFalse( $emails['Kundeportal_Awaiting_Approval']->is_customer_email() );
	}

	/**
	 * @testdox An order entering "Awaiting approval" mails all managers of its department once: orderer, total, credit after approval, link to the order
	 */
	public function test_awaiting_approval(): void {
		$order = $this->make_order( $this->employee, array( array( $this->product, 2 ) ) );

		$mails = $this->mails_with( 'awaits your approval' );
		$this->assertCount( 1, $mails, $this->subjects() );
		$to = array_map( 'trim', explode( ',', (string) $mails[0]['to'] ) );
		sort( $to );
		$expected = array_map( static fn( int $id ): string => get_userdata( $id )->user_email, $this->managers );
		sort( $expected );
		$this->assertSame( $expected, $to );
		$this->assertStringContainsString( '#' . $order->get_order_number(), $mails[0]['subject'] );

		$body = (string) $mails[0]['message'];
		$left = $this->plugin_services()->credit->member_left( $this->employee ) - 207800;
		$this->assertStringContainsString( esc_html( get_userdata( $this->employee )->display_name ), $body );
		$this->assertStringContainsString( $this->text( wc_price( 2078 ) ), $this->text( $body ) );
		$this->assertStringContainsString( $this->text( wc_price( (float) Money::from_minor( $left ) ) ), $this->text( $body ) );
		$this->assertStringContainsString( esc_url( AwaitingApprovalEmail::order_url( $order ) ), $body );
		$this->assertStringContainsString( 'pending-orders', AwaitingApprovalEmail::order_url( $order ) );
		$this->assertStringContainsString( 'order=' . $order->get_id(), AwaitingApprovalEmail::order_url( $order ) );
		$this->assertStringContainsString( $this->product->get_sku(), $body );
		$this->assertStringNotContainsString( 'exceeds', $body );
		$this->assertCount( 0, $this->mails_to( 'orderer@example.test' ) );
	}

	/**
	 * @testdox An order over the orderer's credit says so in the managers' e-mail, with the negative credit
	 */
	public function test_awaiting_approval_over_credit(): void {
		$this->make_order( $this->employee, array( array( $this->product, 8 ) ) );

		$mails = $this->mails_with( 'awaits your approval' );
		$this->assertCount( 1, $mails, $this->subjects() );
		$this->assertStringContainsString( 'exceeds the orderer', $mails[0]['message'] );
		$this->assertStringContainsString( $this->text( wc_price( -312 ) ), $this->text( $mails[0]['message'] ) );
	}

	/**
	 * @testdox Approving with a message: the orderer gets one e-mail (approved, message, total), the message stays a customer note, the shop gets "New order"; a second approve sends nothing
	 */
	public function test_approved_once(): void {
		$order = $this->make_order( $this->employee, array( array( $this->product, 1 ) ) );
		$this->mails = array();

		$this->plugin_services()->approval->approve( $order, $this->managers[0], 'Husk hjelm & vernesko.' );
		$this->plugin_services()->approval->approve( $order, $this->managers[0], 'Husk hjelm & vernesko.' );

		$mails = $this->mails_to( 'orderer@example.test' );
		$this->assertCount( 1, $mails, $this->subjects() );
		$this->assertStringContainsString( 'has been approved', $mails[0]['subject'] );
		$this->assertStringContainsString( 'Husk hjelm &amp; vernesko.', $mails[0]['message'] );
		$this->assertStringContainsString( $this->text( wc_price( 1039 ) ), $this->text( $mails[0]['message'] ) );
		$this->assertCount( 1, $this->mails_with( 'New order' ), $this->subjects() );
		$this->assertCount( 2, $this->mails, $this->subjects() );

		$notes = wc_get_order_notes(
			array(
				'order_id' => $order->get_id(),
				'type'     => 'customer',
			)
		);
		$this->assertSame( array( 'Husk hjelm & vernesko.' ), array_column( $notes, 'content' ) );
		$this->assertSame( '', (string) wc_get_order( $order->get_id() )->get_meta( Keys::META_LAST_MESSAGE ) );
	}

	/**
	 * @testdox A plain status change to processing (wp-admin, WC REST API) sends the approved e-mail too, once, even if it happens twice
	 */
	public function test_approved_by_status_change(): void {
		$order = $this->make_order( $this->employee, array( array( $this->product, 1 ) ) );
		$this->mails = array();

		$order->update_status( 'processing' );
		$order->update_status( Keys::STATUS_APPROVAL );
		$order->update_status( 'processing' );

		$mails = $this->mails_to( 'orderer@example.test' );
		$this->assertCount( 1, $mails, $this->subjects() );
		$this->assertStringContainsString( 'has been approved', $mails[0]['subject'] );
		$this->assertStringNotContainsString( 'Message from your manager', $mails[0]['message'] );
		$this->assertCount( 0, $this->mails_with( 'has been received' ), $this->subjects() );
	}

	/**
	 * @testdox Approving through the WooCommerce REST API (PUT /wc/v3/orders/<id> status processing) sends the approved e-mail once
	 */
	public function test_approved_by_wc_rest_api(): void {
		$order = $this->make_order( $this->employee, array( array( $this->product, 1 ) ) );
		wp_set_current_user( $this->make_user( array( 'role' => 'administrator' ) ) );
		$this->mails = array();

		foreach ( array( 1, 2 ) as $attempt ) {
			$request = new \WP_REST_Request( 'PUT', '/wc/v3/orders/' . $order->get_id() );
			$request->set_body_params( array( 'status' => 'processing' ) );
			$response = rest_do_request( $request );
			$this->assertSame( 200, $response->get_status(), "attempt {$attempt}: " . wp_json_encode( $response->get_data() ) );
		}

		$mails = $this->mails_to( 'orderer@example.test' );
		$this->assertCount( 1, $mails, $this->subjects() );
		$this->assertStringContainsString( 'has been approved', $mails[0]['subject'] );
	}

	/**
	 * @testdox Cancelling mails the orderer once with the message; a plain status change to cancelled mails too
	 */
	public function test_cancelled(): void {
		$order = $this->make_order( $this->employee, array( array( $this->product, 1 ) ) );
		$other = $this->make_order( $this->employee, array( array( $this->product, 1 ) ) );
		$this->mails = array();

		$this->plugin_services()->approval->cancel( $order, $this->managers[0], 'Feil størrelse.' );
		$this->plugin_services()->approval->cancel( $order, $this->managers[0], 'Feil størrelse.' );
		$other->update_status( 'cancelled' );

		$mails = $this->mails_to( 'orderer@example.test' );
		$this->assertCount( 2, $mails, $this->subjects() );
		$this->assertStringContainsString( '#' . $order->get_order_number() . ' has been cancelled', $mails[0]['subject'] );
		$this->assertStringContainsString( 'Feil størrelse.', $mails[0]['message'] );
		$this->assertStringContainsString( '#' . $other->get_order_number() . ' has been cancelled', $mails[1]['subject'] );
	}

	/**
	 * @testdox Each line change mails the orderer once: what changed, the message (also kept as a customer note) and the new total
	 */
	public function test_changed(): void {
		$order = $this->make_order( $this->employee, array( array( $this->product, 1 ) ) );
		$this->mails = array();

		do_action( 'kundeportal_order_changed', $order, $this->managers[0], 'Safety Bukser: quantity 1 → 2', 'To par er bedre.' );
		do_action( 'kundeportal_order_changed', $order, $this->managers[0], 'Safety Bukser: quantity 2 → 3', '' );

		$mails = $this->mails_to( 'orderer@example.test' );
		$this->assertCount( 2, $mails, $this->subjects() );
		$this->assertStringContainsString( 'has been changed', $mails[0]['subject'] );
		$this->assertStringContainsString( 'Safety Bukser: quantity 1 → 2', $mails[0]['message'] );
		$this->assertStringContainsString( 'To par er bedre.', $mails[0]['message'] );
		$this->assertStringContainsString( $this->text( wc_price( 1039 ) ), $this->text( $mails[0]['message'] ) );
		$this->assertStringNotContainsString( 'Message from your manager', $mails[1]['message'] );
		$this->assertCount( 1, wc_get_order_notes( array( 'order_id' => $order->get_id(), 'type' => 'customer' ) ) );
	}

	/**
	 * @testdox A quantity change through the line editor mails the orderer once with the new total and the message
	 */
	public function test_changed_by_line_editor(): void {
		$order = $this->make_order( $this->employee, array( array( $this->product, 1 ) ) );
		$items = $order->get_items();
		$this->mails = array();

		$this->plugin_services()->line_editor->set_quantity( $order, (int) array_key_first( $items ), 2, $this->managers[0], 'Ett par til.' );

		$mails = $this->mails_to( 'orderer@example.test' );
		$this->assertCount( 1, $mails, $this->subjects() );
		$this->assertStringContainsString( 'has been changed', $mails[0]['subject'] );
		$this->assertStringContainsString( 'Ett par til.', $mails[0]['message'] );
		$this->assertStringContainsString( $this->text( wc_price( 2078 ) ), $this->text( $mails[0]['message'] ) );
	}

	/**
	 * @testdox A theme overrides a template with woocommerce/emails/<name> in its folder
	 */
	public function test_theme_override(): void {
		$theme = get_temp_dir() . 'kundeportal-theme-' . $this->unique();
		wp_mkdir_p( $theme . '/woocommerce/emails' );
		file_put_contents( $theme . '/woocommerce/emails/kundeportal-order-update.php', '<?php echo "Theme says hi to order #" . $order->get_order_number();' ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		// locate_template() reads the theme folder from this global; WooCommerce caches locations.
		$stylesheet                    = $GLOBALS['wp_stylesheet_path'] ?? null;
		$GLOBALS['wp_stylesheet_path'] = $theme; // phpcs:ignore WordPress.WP.GlobalVariablesOverride
		wp_cache_flush();
		$order       = $this->make_order( $this->employee, array( array( $this->product, 1 ) ) );
		$this->mails = array();

		try {
			$this->plugin_services()->approval->approve( $order, $this->managers[0], '' );
		} finally {
			$GLOBALS['wp_stylesheet_path'] = $stylesheet; // phpcs:ignore WordPress.WP.GlobalVariablesOverride
			wp_cache_flush();
			wp_delete_file( $theme . '/woocommerce/emails/kundeportal-order-update.php' );
		}

		$mails = $this->mails_to( 'orderer@example.test' );
		$this->assertCount( 1, $mails, $this->subjects() );
		$this->assertStringContainsString( 'Theme says hi to order #' . $order->get_order_number(), $mails[0]['message'] );
	}

	/**
	 * @testdox An e-mail switched off in WooCommerce's settings is not sent
	 */
	public function test_disabled(): void {
		add_filter( 'woocommerce_email_enabled_' . OrderApprovedEmail::ID, '__return_false' );
		$order = $this->make_order( $this->employee, array( array( $this->product, 1 ) ) );
		$this->mails = array();

		$this->plugin_services()->approval->approve( $order, $this->managers[0], 'Hei' );
		remove_filter( 'woocommerce_email_enabled_' . OrderApprovedEmail::ID, '__return_false' );

		$this->assertCount( 0, $this->mails_to( 'orderer@example.test' ), $this->subjects() );
	}

	/**
	 * Captured mails to an address.
	 *
	 * @param string $address E-mail address.
	 * @return array
	 */
	private function mails_to( string $address ): array {
		return array_values( array_filter( $this->mails, static fn ( array $mail ): bool => in_array( $address, (array) $mail['to'], true ) ) );
	}

	/**
	 * Captured mails whose subject contains a text.
	 *
	 * @param string $text Text.
	 * @return array
	 */
	private function mails_with( string $text ): array {
		return array_values( array_filter( $this->mails, static fn ( array $mail ): bool => str_contains( (string) $mail['subject'], $text ) ) );
	}

	/**
	 * Text of HTML as a reader sees it (no tags, entities decoded, no-break spaces as spaces).
	 *
	 * @param string $html HTML.
	 * @return string
	 */
	private function text( string $html ): string {
		return str_replace( "\u{a0}", ' ', html_entity_decode( wp_strip_all_tags( $html ), ENT_QUOTES, 'UTF-8' ) );
	}

	/**
	 * Subjects and recipients of the captured mails, for failure messages.
	 *
	 * @return string
	 */
	private function subjects(): string {
		return (string) wp_json_encode( array_map( static fn ( array $mail ): string => $mail['to'] . ': ' . $mail['subject'], $this->mails ) );
	}
}
