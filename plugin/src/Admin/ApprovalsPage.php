<?php
/**
 * WooCommerce → Awaiting approval: every company's orders waiting for a manager.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Admin;

use Kundeportal\Domain\DomainException;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * A submenu under WooCommerce with a count bubble, listing the orders in status kp-approval
 * of all companies, oldest first (ApprovalsTable). Each row has a message field and Approve /
 * Cancel buttons; the shop admin decides on behalf of the company through Domain\Approval,
 * whose order note records who decided, what and the message. Decisions post back to the
 * page (load hook): capability and a per-order nonce first, then post/redirect/get.
 *
 * TODO(#5): server-rendered (WP_List_Table) rather than a React/DataViews screen on the REST
 * routes; the REST order object has no company yet.
 */
final class ApprovalsPage {

	public const SLUG       = 'kundeportal-approvals';
	public const CAPABILITY = 'manage_woocommerce';
	public const NONCE      = 'kundeportal_approval_decision';

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( private Services $services ) {
	}

	/**
	 * Adds the menu hook.
	 *
	 * @return void
	 */
	public function register(): void {
		add_action( 'admin_menu', array( $this, 'handle_admin_menu' ), 61 );
	}

	/**
	 * Adds the submenu (with the number of waiting orders) and the decision handler.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_admin_menu(): void {
		$count = current_user_can( self::CAPABILITY ) ? self::count() : 0;
		$title = __( 'Awaiting approval', 'kundeportal' );
		if ( $count > 0 ) {
			$title .= sprintf( ' <span class="awaiting-mod count-%1$d"><span class="pending-count">%2$s</span></span>', $count, esc_html( number_format_i18n( $count ) ) );
		}

		$hook = add_submenu_page(
			'woocommerce',
			__( 'Orders awaiting approval', 'kundeportal' ),
			$title,
			self::CAPABILITY,
			self::SLUG,
			array( $this, 'render' )
		);
		if ( $hook ) {
			add_action( 'load-' . $hook, array( $this, 'handle_load' ) );
		}
	}

	/**
	 * Number of orders awaiting approval (all companies).
	 *
	 * @return int
	 */
	public static function count(): int {
		return (int) wc_orders_count( Keys::STATUS_APPROVAL );
	}

	/**
	 * Runs a posted decision and redirects back to the list with a notice.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_load(): void {
		if ( 'POST' !== sanitize_text_field( wp_unslash( $_SERVER['REQUEST_METHOD'] ?? '' ) ) ) {
			return;
		}

		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- decide() verifies the nonce.
		wp_safe_redirect( $this->decide( wp_unslash( $_POST ), get_current_user_id() ) );
		exit;
	}

	/**
	 * Checks capability and nonce, approves or cancels on behalf of the company through the
	 * domain and returns the list's URL with a notice code and the order id.
	 *
	 * @param array $request    Unslashed request: order_id, decision (approve|cancel), message, _wpnonce,
	 *                          and paged / kundeportal_company to return to the same list.
	 * @param int   $by_user_id Acting shop admin.
	 * @return string Redirect URL.
	 */
	public function decide( array $request, int $by_user_id ): string {
		$order_id = absint( $request['order_id'] ?? 0 );
		$decision = sanitize_key( (string) ( $request['decision'] ?? '' ) );

		if ( ! current_user_can( self::CAPABILITY ) ) {
			wp_die( esc_html__( 'You are not allowed to approve orders.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}
		if ( ! wp_verify_nonce( (string) ( $request['_wpnonce'] ?? '' ), self::NONCE . '_' . $order_id ) ) {
			wp_die( esc_html__( 'The link has expired. Please reload the page and try again.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}

		$order = wc_get_order( $order_id );
		if ( ! $order instanceof \WC_Order || ! in_array( $decision, array( 'approve', 'cancel' ), true ) || (int) $order->get_meta( Keys::META_DEPARTMENT_ID ) <= 0 ) {
			return $this->back( $order_id, 'invalid', $request );
		}

		$message = is_scalar( $request['message'] ?? null ) ? (string) $request['message'] : '';
		try {
			$result = 'approve' === $decision
				? $this->services->approval->approve( $order, $by_user_id, $message )
				: $this->services->approval->cancel( $order, $by_user_id, $message );
		} catch ( DomainException $e ) {
			return $this->back( $order_id, 'order_locked' === $e->get_error_code() ? 'locked' : 'not-pending', $request );
		}

		return $this->back( $order_id, $result->already_done ? 'already' : ( 'approve' === $decision ? 'approved' : 'cancelled' ), $request );
	}

	/**
	 * Prints the page: notices, the table and one decision form per row.
	 *
	 * @internal
	 * @return void
	 */
	public function render(): void {
		if ( ! current_user_can( self::CAPABILITY ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to access this page.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}

		$table = new ApprovalsTable( $this->services );
		$table->prepare_items();

		echo '<style>.kundeportal-approvals .column-decision{width:24%}.kundeportal-approvals .column-date{width:10%}.kundeportal-approvals .kundeportal-over-credit{color:#b32d2e;font-weight:600}</style>';
		echo '<div class="wrap kundeportal-approvals">';
		echo '<h1 class="wp-heading-inline">' . esc_html__( 'Orders awaiting approval', 'kundeportal' ) . '</h1>';
		echo '<hr class="wp-header-end">';
		$this->notice();
		echo '<p>' . esc_html__( 'Orders of all companies that wait for a manager, oldest first. Approving or cancelling here acts on behalf of the company: the order note records your name and message, and the orderer gets the usual e-mail.', 'kundeportal' ) . '</p>';
		echo '<form method="get">';
		printf( '<input type="hidden" name="page" value="%s">', esc_attr( self::SLUG ) );
		$table->display();
		echo '</form>';
		foreach ( $table->items as $order ) {
			if ( $order instanceof \WC_Order ) {
				$this->print_form( $order, $table->get_pagenum() );
			}
		}
		echo '</div>';
	}

	/**
	 * The empty decision form of a row; the row's fields and buttons point to it (HTML `form`
	 * attribute), since forms cannot nest inside the table's paging form.
	 *
	 * @param \WC_Order $order Order.
	 * @param int       $paged Current page of the list.
	 * @return void
	 */
	private function print_form( \WC_Order $order, int $paged ): void {
		printf(
			'<form id="%1$s" method="post" action="%2$s"><input type="hidden" name="order_id" value="%3$d"><input type="hidden" name="paged" value="%4$d">',
			esc_attr( self::form_id( $order ) ),
			esc_url( admin_url( 'admin.php?page=' . self::SLUG ) ),
			(int) $order->get_id(),
			(int) $paged
		);
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- Read-only list filter, carried over.
		$company = isset( $_GET[ ApprovalsTable::COMPANY ] ) ? absint( wp_unslash( $_GET[ ApprovalsTable::COMPANY ] ) ) : 0;
		if ( $company > 0 ) {
			printf( '<input type="hidden" name="%s" value="%d">', esc_attr( ApprovalsTable::COMPANY ), (int) $company );
		}
		wp_nonce_field( self::NONCE . '_' . $order->get_id(), '_wpnonce', false );
		echo '</form>';
	}

	/**
	 * Id of a row's decision form.
	 *
	 * @param \WC_Order $order Order.
	 * @return string
	 */
	public static function form_id( \WC_Order $order ): string {
		return 'kundeportal-approval-' . $order->get_id();
	}

	/**
	 * Shows the outcome of the last decision.
	 *
	 * @return void
	 */
	private function notice(): void {
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- Display only.
		$code     = isset( $_GET['kundeportal_notice'] ) ? sanitize_key( wp_unslash( $_GET['kundeportal_notice'] ) ) : '';
		$order_id = isset( $_GET['order_id'] ) ? absint( $_GET['order_id'] ) : 0;
		// phpcs:enable WordPress.Security.NonceVerification.Recommended

		$order  = $order_id ? wc_get_order( $order_id ) : null;
		$number = $order instanceof \WC_Order ? (string) $order->get_order_number() : (string) $order_id;
		$notice = self::notice_text( $code, $number );
		if ( $notice ) {
			printf( '<div class="notice notice-%s is-dismissible" role="status"><p>%s</p></div>', esc_attr( $notice[0] ), esc_html( $notice[1] ) );
		}
	}

	/**
	 * Type and text of a notice code.
	 *
	 * @param string $code   Notice code from the redirect.
	 * @param string $number Order number.
	 * @return array{0:string,1:string}|null
	 */
	public static function notice_text( string $code, string $number ): ?array {
		$messages = array(
			/* translators: %s: order number */
			'approved'    => array( 'success', __( 'Order #%s was approved on behalf of the company.', 'kundeportal' ) ),
			/* translators: %s: order number */
			'cancelled'   => array( 'success', __( 'Order #%s was cancelled on behalf of the company.', 'kundeportal' ) ),
			/* translators: %s: order number */
			'already'     => array( 'info', __( 'Nothing to do: order #%s was already handled.', 'kundeportal' ) ),
			/* translators: %s: order number */
			'not-pending' => array( 'error', __( 'Order #%s is no longer awaiting approval.', 'kundeportal' ) ),
			/* translators: %s: order number */
			'locked'      => array( 'error', __( 'Order #%s is being handled by someone else right now. Try again in a moment.', 'kundeportal' ) ),
			/* translators: %s: order number */
			'invalid'     => array( 'error', __( 'Order #%s or the action is invalid.', 'kundeportal' ) ),
		);

		return isset( $messages[ $code ] ) ? array( $messages[ $code ][0], sprintf( $messages[ $code ][1], $number ) ) : null;
	}

	/**
	 * The list's URL with a notice code, the order id and the page the decision came from.
	 *
	 * @param int    $order_id Order id.
	 * @param string $notice   Notice code.
	 * @param array  $request  Request (for paged).
	 * @return string
	 */
	private function back( int $order_id, string $notice, array $request ): string {
		$args  = array(
			'page'               => self::SLUG,
			'kundeportal_notice' => $notice,
			'order_id'           => $order_id,
		);
		$paged = absint( $request['paged'] ?? 0 );
		if ( $paged > 1 ) {
			$args['paged'] = $paged;
		}
		$company = absint( $request[ ApprovalsTable::COMPANY ] ?? 0 );
		if ( $company > 0 ) {
			$args[ ApprovalsTable::COMPANY ] = $company;
		}

		return add_query_arg( $args, admin_url( 'admin.php' ) );
	}
}
