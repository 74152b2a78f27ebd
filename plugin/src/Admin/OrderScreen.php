<?php
/**
 * The portal on WooCommerce's order screens in wp-admin.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Admin;

use Automattic\WooCommerce\Utilities\OrderUtil;
use Kundeportal\Domain\DomainException;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * A "Kundeportal" meta box on the order edit screen (company, department, approval state and,
 * while the order awaits approval, Approve / Cancel with a message) and Company / Department
 * columns in the orders list; both for HPOS and for legacy post storage.
 */
final class OrderScreen {

	/** The admin-post.php action of the decision form. */
	public const ACTION = 'kundeportal_order_decision';

	/** Id of the decision form, printed outside WooCommerce's order form. */
	private const FORM_ID = 'kundeportal-order-decision';

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( private Services $services ) {
	}

	/**
	 * Adds the hooks.
	 *
	 * @return void
	 */
	public function register(): void {
		add_action( 'add_meta_boxes', array( $this, 'handle_add_meta_boxes' ) );
		add_action( 'admin_post_' . self::ACTION, array( $this, 'handle_admin_post' ) );
		add_action( 'admin_notices', array( $this, 'handle_admin_notices' ) );
		add_action( 'admin_footer', array( $this, 'handle_admin_footer' ) );
		add_filter( 'manage_woocommerce_page_wc-orders_columns', array( $this, 'handle_columns' ) );
		add_filter( 'manage_edit-shop_order_columns', array( $this, 'handle_columns' ) );
		add_action( 'manage_woocommerce_page_wc-orders_custom_column', array( $this, 'handle_column' ), 10, 2 );
		add_action( 'manage_shop_order_posts_custom_column', array( $this, 'handle_column' ), 10, 2 );
	}

	/**
	 * Adds the meta box to the order edit screen of either storage.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_add_meta_boxes(): void {
		add_meta_box( 'kundeportal-order', __( 'Kundeportal', 'kundeportal' ), array( $this, 'render_meta_box' ), wc_get_page_screen_id( 'shop-order' ), 'side', 'high' );
	}

	/**
	 * Prints the meta box. Its fields belong to a form printed in the footer (HTML `form`
	 * attribute), because meta boxes sit inside WooCommerce's own order form.
	 *
	 * @param \WP_Post|\WC_Order $post_or_order Legacy post or HPOS order.
	 * @return void
	 */
	public function render_meta_box( $post_or_order ): void {
		$order = $post_or_order instanceof \WC_Order ? $post_or_order : wc_get_order( $post_or_order->ID ?? 0 );
		if ( ! $order instanceof \WC_Order ) {
			return;
		}

		$company    = $this->company_name( $order );
		$department = $this->department_name( $order );
		if ( '' === $company && '' === $department ) {
			echo '<p>' . esc_html__( 'Not a portal order.', 'kundeportal' ) . '</p>';
			return;
		}

		echo '<p><strong>' . esc_html__( 'Company', 'kundeportal' ) . ':</strong> ' . esc_html( $company ) . '<br>';
		echo '<strong>' . esc_html__( 'Department', 'kundeportal' ) . ':</strong> ' . esc_html( $department ) . '</p>';
		echo '<p class="kundeportal-approval-state">' . esc_html( $this->approval_state( $order ) ) . '</p>';

		if ( ! $order->has_status( Keys::STATUS_APPROVAL ) || ! self::can_decide() ) {
			return;
		}

		$form = self::FORM_ID;
		printf( '<input type="hidden" name="order_id" value="%d" form="%s">', (int) $order->get_id(), esc_attr( $form ) );
		printf( '<input type="hidden" name="action" value="%s" form="%s">', esc_attr( self::ACTION ), esc_attr( $form ) );
		printf(
			'<p><label for="kundeportal-message">%s</label><textarea id="kundeportal-message" name="kundeportal_message" rows="3" maxlength="1000" class="widefat" form="%s"></textarea></p>',
			esc_html__( 'Message to the orderer (optional)', 'kundeportal' ),
			esc_attr( $form )
		);
		printf(
			'<p><button type="submit" class="button button-primary" name="decision" value="approve" form="%1$s">%2$s</button> <button type="submit" class="button" name="decision" value="cancel" form="%1$s">%3$s</button></p>',
			esc_attr( $form ),
			esc_html__( 'Approve', 'kundeportal' ),
			esc_html__( 'Cancel the order', 'kundeportal' )
		);
		printf( '<input type="hidden" name="_kundeportal_nonce" value="%s" form="%s">', esc_attr( wp_create_nonce( self::ACTION . '_' . $order->get_id() ) ), esc_attr( $form ) );
	}

	/**
	 * Prints the (empty) decision form on the order edit screen, outside the order form.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_admin_footer(): void {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		if ( $screen && wc_get_page_screen_id( 'shop-order' ) === $screen->id ) {
			printf( '<form id="%s" method="post" action="%s"></form>', esc_attr( self::FORM_ID ), esc_url( admin_url( 'admin-post.php' ) ) );
		}
	}

	/**
	 * Handles the Approve / Cancel buttons, then redirects back to the order.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_admin_post(): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- decide() verifies the nonce.
		$url = $this->decide( wp_unslash( $_POST ), get_current_user_id() );
		wp_safe_redirect( $url );
		exit;
	}

	/**
	 * Checks capability and nonce, approves or cancels through the domain and returns the
	 * order screen's URL with a notice code.
	 *
	 * @param array $request    Unslashed request: order_id, decision, kundeportal_message, _kundeportal_nonce.
	 * @param int   $by_user_id Acting user.
	 * @return string Redirect URL.
	 */
	public function decide( array $request, int $by_user_id ): string {
		$order_id = absint( $request['order_id'] ?? 0 );
		$decision = sanitize_key( (string) ( $request['decision'] ?? '' ) );
		$nonce    = (string) ( $request['_kundeportal_nonce'] ?? '' );

		if ( ! self::can_decide() ) {
			wp_die( esc_html__( 'You are not allowed to approve orders.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}
		if ( ! wp_verify_nonce( $nonce, self::ACTION . '_' . $order_id ) ) {
			wp_die( esc_html__( 'The link has expired. Please reload the order and try again.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}

		$order = wc_get_order( $order_id );
		if ( ! $order instanceof \WC_Order || ! in_array( $decision, array( 'approve', 'cancel' ), true ) ) {
			return $this->back( $order_id, 'invalid' );
		}

		$message = (string) ( $request['kundeportal_message'] ?? '' );
		try {
			$result = 'approve' === $decision
				? $this->services->approval->approve( $order, $by_user_id, $message )
				: $this->services->approval->cancel( $order, $by_user_id, $message );
		} catch ( DomainException $e ) {
			return $this->back( $order_id, 'not-pending' );
		}

		return $this->back( $order_id, $result->already_done ? 'already' : ( 'approve' === $decision ? 'approved' : 'cancelled' ) );
	}

	/**
	 * Shows the outcome of a decision on the order screen.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_admin_notices(): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- Display only.
		$code     = isset( $_GET['kundeportal_notice'] ) ? sanitize_key( wp_unslash( $_GET['kundeportal_notice'] ) ) : '';
		$messages = array(
			'approved'    => array( 'success', __( 'The order was approved.', 'kundeportal' ) ),
			'cancelled'   => array( 'success', __( 'The order was cancelled.', 'kundeportal' ) ),
			'already'     => array( 'info', __( 'Nothing to do: this was already done.', 'kundeportal' ) ),
			'not-pending' => array( 'error', __( 'This order is not awaiting approval.', 'kundeportal' ) ),
			'invalid'     => array( 'error', __( 'The order or the action is invalid.', 'kundeportal' ) ),
		);
		if ( isset( $messages[ $code ] ) ) {
			printf( '<div class="notice notice-%s is-dismissible"><p>%s</p></div>', esc_attr( $messages[ $code ][0] ), esc_html( $messages[ $code ][1] ) );
		}
	}

	/**
	 * Adds Company and Department after the status column.
	 *
	 * @internal
	 * @param mixed $columns Column labels by key.
	 * @return array
	 */
	public function handle_columns( $columns ): array {
		$result = array();
		foreach ( (array) $columns as $key => $label ) {
			$result[ $key ] = $label;
			if ( 'order_status' === $key ) {
				$result['kundeportal_company']    = __( 'Company', 'kundeportal' );
				$result['kundeportal_department'] = __( 'Department', 'kundeportal' );
			}
		}
		$result['kundeportal_company']    ??= __( 'Company', 'kundeportal' );
		$result['kundeportal_department'] ??= __( 'Department', 'kundeportal' );

		return $result;
	}

	/**
	 * Prints a Company or Department cell.
	 *
	 * @internal
	 * @param string              $column        Column key.
	 * @param \WC_Order|int|mixed $order_or_id   HPOS order or legacy post id.
	 * @return void
	 */
	public function handle_column( $column, $order_or_id ): void {
		if ( 'kundeportal_company' !== $column && 'kundeportal_department' !== $column ) {
			return;
		}

		$order = $order_or_id instanceof \WC_Order ? $order_or_id : wc_get_order( (int) $order_or_id );
		if ( $order instanceof \WC_Order ) {
			echo esc_html( 'kundeportal_company' === $column ? $this->company_name( $order ) : $this->department_name( $order ) );
		}
	}

	/**
	 * "Awaiting approval", "Approved by X at T" or "Cancelled by X at T".
	 *
	 * @param \WC_Order $order Order.
	 * @return string
	 */
	public function approval_state( \WC_Order $order ): string {
		if ( $order->has_status( Keys::STATUS_APPROVAL ) ) {
			return __( 'Awaiting approval', 'kundeportal' );
		}

		$approved_by  = (int) $order->get_meta( Keys::META_APPROVED_BY );
		$cancelled_by = (int) $order->get_meta( Keys::META_CANCELLED_BY );
		if ( $approved_by > 0 ) {
			/* translators: 1: user's name, 2: date and time */
			return sprintf( __( 'Approved by %1$s at %2$s', 'kundeportal' ), $this->user_name( $approved_by ), $this->when( (string) $order->get_meta( Keys::META_APPROVED_AT ) ) );
		}
		if ( $cancelled_by > 0 ) {
			/* translators: 1: user's name, 2: date and time */
			return sprintf( __( 'Cancelled by %1$s at %2$s', 'kundeportal' ), $this->user_name( $cancelled_by ), $this->when( (string) $order->get_meta( Keys::META_CANCELLED_AT ) ) );
		}

		return __( 'No approval needed', 'kundeportal' );
	}

	/**
	 * Whether the current user may approve or cancel from wp-admin.
	 *
	 * @return bool
	 */
	private static function can_decide(): bool {
		return current_user_can( 'manage_woocommerce' ) || current_user_can( 'edit_shop_orders' );
	}

	/**
	 * The order screen's URL with a notice code.
	 *
	 * @param int    $order_id Order id.
	 * @param string $notice   Notice code.
	 * @return string
	 */
	private function back( int $order_id, string $notice ): string {
		$url = $order_id > 0 ? OrderUtil::get_order_admin_edit_url( $order_id ) : admin_url( 'admin.php?page=wc-orders' );

		return add_query_arg( 'kundeportal_notice', $notice, $url );
	}

	/**
	 * Company name from the order meta.
	 *
	 * @param \WC_Order $order Order.
	 * @return string
	 */
	private function company_name( \WC_Order $order ): string {
		$company = $this->services->companies->get( (int) $order->get_meta( Keys::META_COMPANY_ID ) );

		return $company ? $company->name : '';
	}

	/**
	 * Department name from the order meta.
	 *
	 * @param \WC_Order $order Order.
	 * @return string
	 */
	private function department_name( \WC_Order $order ): string {
		$department = $this->services->departments->get( (int) $order->get_meta( Keys::META_DEPARTMENT_ID ) );

		return $department ? $department->name : '';
	}

	/**
	 * A user's display name.
	 *
	 * @param int $user_id User id.
	 * @return string
	 */
	private function user_name( int $user_id ): string {
		$user = get_userdata( $user_id );

		/* translators: %d: user id */
		return $user ? $user->display_name : sprintf( __( 'user #%d', 'kundeportal' ), $user_id );
	}

	/**
	 * A stored GMT ISO time in the site's date and time format.
	 *
	 * @param string $gmt ISO 8601 GMT time.
	 * @return string
	 */
	private function when( string $gmt ): string {
		$time = strtotime( $gmt );

		return $time ? wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $time ) : '';
	}
}
