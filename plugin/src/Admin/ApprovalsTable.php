<?php
/**
 * The table of WooCommerce → Awaiting approval.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Admin;

use Automattic\WooCommerce\Utilities\OrderUtil;
use Kundeportal\Domain\Credit;
use Kundeportal\Domain\Money;
use Kundeportal\Domain\OrderMetaQuery;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

if ( ! class_exists( '\WP_List_Table' ) ) {
	require_once ABSPATH . 'wp-admin/includes/class-wp-list-table.php';
}

/**
 * Orders in status kp-approval of all companies, oldest first, 20 a page, through the WC
 * CRUD API (HPOS and posts). Columns: date, order, company, department, orderer, items,
 * total, the orderer's credit left, and the decision (message, Approve, Cancel).
 */
final class ApprovalsTable extends \WP_List_Table {

	/** Rows per page. */
	public const PER_PAGE = 20;

	/** GET parameter of the company filter. */
	public const COMPANY = 'kundeportal_company';

	/**
	 * Names already looked up: "company:ID" / "department:ID" => name.
	 *
	 * @var array<string, string>
	 */
	private array $names = array();

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( private Services $services ) {
		parent::__construct(
			array(
				'singular' => 'kundeportal-approval',
				'plural'   => 'kundeportal-approvals',
				'ajax'     => false,
				'screen'   => 'woocommerce_page_' . ApprovalsPage::SLUG,
			)
		);
	}

	/**
	 * Loads one page of orders awaiting approval, oldest first.
	 *
	 * @return void
	 */
	public function prepare_items(): void {
		$this->_column_headers = array( $this->get_columns(), array(), array(), 'order' );

		$result      = wc_get_orders( self::query_args( $this->get_pagenum(), $this->selected_company() ) );
		$this->items = $result->orders;
		$this->set_pagination_args(
			array(
				'total_items' => (int) $result->total,
				'total_pages' => (int) $result->max_num_pages,
				'per_page'    => self::PER_PAGE,
			)
		);
	}

	/**
	 * The wc_get_orders() arguments of a page.
	 *
	 * @param int $page       1-based page.
	 * @param int $company_id Only this company's orders; 0 for all.
	 * @return array
	 */
	public static function query_args( int $page, int $company_id = 0 ): array {
		$args = array(
			'type'     => 'shop_order',
			'status'   => array( 'wc-' . Keys::STATUS_APPROVAL ),
			'orderby'  => 'date',
			'order'    => 'ASC',
			'limit'    => self::PER_PAGE,
			'page'     => max( 1, $page ),
			'paginate' => true,
		);

		return $company_id > 0 ? $args + OrderMetaQuery::args( Keys::META_COMPANY_ID, $company_id ) : $args;
	}

	/**
	 * The company dropdown above the table.
	 *
	 * @param string $which top|bottom.
	 * @return void
	 */
	protected function extra_tablenav( $which ): void {
		$companies = $this->services->companies->all();
		if ( 'top' !== $which || count( $companies ) < 2 ) {
			return;
		}

		$selected = $this->selected_company();
		echo '<div class="alignleft actions">';
		printf( '<label class="screen-reader-text" for="%1$s">%2$s</label><select name="%1$s" id="%1$s">', esc_attr( self::COMPANY ), esc_html__( 'Filter by company', 'kundeportal' ) );
		printf( '<option value="">%s</option>', esc_html__( 'All companies', 'kundeportal' ) );
		foreach ( $companies as $company ) {
			printf( '<option value="%d"%s>%s</option>', (int) $company->id, selected( $selected, $company->id, false ), esc_html( $company->name ) );
		}
		echo '</select>';
		submit_button( __( 'Filter', 'kundeportal' ), '', 'kundeportal_filter', false );
		echo '</div>';
	}

	/**
	 * The company chosen in the filter (0 = all).
	 *
	 * @return int
	 */
	private function selected_company(): int {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- Read-only list filter.
		return isset( $_GET[ self::COMPANY ] ) ? absint( wp_unslash( $_GET[ self::COMPANY ] ) ) : 0;
	}

	/**
	 * Column labels.
	 *
	 * @return array<string, string>
	 */
	public function get_columns(): array {
		return array(
			'date'        => __( 'Date', 'kundeportal' ),
			'order'       => __( 'Order', 'kundeportal' ),
			'company'     => __( 'Company', 'kundeportal' ),
			'department'  => __( 'Department', 'kundeportal' ),
			'orderer'     => __( 'Orderer', 'kundeportal' ),
			'items'       => __( 'Items', 'kundeportal' ),
			'total'       => __( 'Total', 'kundeportal' ),
			'credit_left' => __( 'Credit left', 'kundeportal' ),
			'decision'    => __( 'Approve or cancel on behalf', 'kundeportal' ),
		);
	}

	/**
	 * The empty state.
	 *
	 * @return void
	 */
	public function no_items(): void {
		esc_html_e( 'No orders are awaiting approval.', 'kundeportal' );
	}

	/**
	 * Date the order was placed.
	 *
	 * @param \WC_Order $item Order.
	 * @return string
	 */
	public function column_date( $item ): string {
		$date = $item->get_date_created();
		if ( ! $date ) {
			return '';
		}

		return sprintf(
			'<time datetime="%s">%s</time>',
			esc_attr( $date->date( 'c' ) ),
			esc_html( wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $date->getTimestamp() ) )
		);
	}

	/**
	 * Order number, linked to the order screen.
	 *
	 * @param \WC_Order $item Order.
	 * @return string
	 */
	public function column_order( $item ): string {
		return sprintf(
			'<a href="%s"><strong>#%s</strong></a>',
			esc_url( OrderUtil::get_order_admin_edit_url( $item->get_id() ) ),
			esc_html( (string) $item->get_order_number() )
		);
	}

	/**
	 * Company name.
	 *
	 * @param \WC_Order $item Order.
	 * @return string
	 */
	public function column_company( $item ): string {
		return esc_html( $this->name( 'company', (int) $item->get_meta( Keys::META_COMPANY_ID ) ) );
	}

	/**
	 * Department name.
	 *
	 * @param \WC_Order $item Order.
	 * @return string
	 */
	public function column_department( $item ): string {
		return esc_html( $this->name( 'department', (int) $item->get_meta( Keys::META_DEPARTMENT_ID ) ) );
	}

	/**
	 * Orderer's name, linked to their profile.
	 *
	 * @param \WC_Order $item Order.
	 * @return string
	 */
	public function column_orderer( $item ): string {
		$user = $item->get_customer_id() ? get_userdata( $item->get_customer_id() ) : false;
		if ( ! $user ) {
			return esc_html( $item->get_formatted_billing_full_name() );
		}

		return sprintf( '<a href="%s">%s</a>', esc_url( get_edit_user_link( $user->ID ) ), esc_html( $user->display_name ) );
	}

	/**
	 * The lines, "2 × Name", one a line.
	 *
	 * @param \WC_Order $item Order.
	 * @return string
	 */
	public function column_items( $item ): string {
		$lines = array();
		foreach ( $item->get_items( 'line_item' ) as $line ) {
			/* translators: 1: quantity, 2: product name */
			$lines[] = esc_html( sprintf( __( '%1$d × %2$s', 'kundeportal' ), (int) $line->get_quantity(), $line->get_name() ) );
		}

		return implode( '<br>', $lines );
	}

	/**
	 * Order total.
	 *
	 * @param \WC_Order $item Order.
	 * @return string
	 */
	public function column_total( $item ): string {
		return wp_kses_post( wc_price( (float) $item->get_total(), array( 'currency' => $item->get_currency() ) ) );
	}

	/**
	 * The orderer's credit left now, and after approving this order.
	 *
	 * @param \WC_Order $item Order.
	 * @return string
	 */
	public function column_credit_left( $item ): string {
		$user_id = $item->get_customer_id();
		if ( ! $user_id || ! $this->services->members->get( $user_id ) ) {
			return esc_html__( 'Not a member', 'kundeportal' );
		}

		$left = $this->services->credit->member_left( $user_id );
		if ( Credit::UNLIMITED === $left ) {
			return esc_html__( 'No limit', 'kundeportal' );
		}

		$after = $left - Money::to_minor( $item->get_total() );

		return sprintf(
			'%1$s<br><span class="%2$s">%3$s</span>',
			wp_kses_post( wc_price( (float) Money::from_minor( $left ) ) ),
			$after < 0 ? 'kundeportal-over-credit' : 'description',
			/* translators: %s: amount of credit left after approving the order */
			wp_kses_post( sprintf( __( 'After approval: %s', 'kundeportal' ), wc_price( (float) Money::from_minor( $after ) ) ) )
		);
	}

	/**
	 * Message field and Approve / Cancel buttons, belonging to the row's form (ApprovalsPage).
	 *
	 * @param \WC_Order $item Order.
	 * @return string
	 */
	public function column_decision( $item ): string {
		$form   = ApprovalsPage::form_id( $item );
		$field  = 'kundeportal-approval-message-' . $item->get_id();
		$number = (string) $item->get_order_number();

		return sprintf(
			'<label for="%1$s">%2$s</label><textarea id="%1$s" name="message" rows="2" maxlength="1000" class="widefat" form="%3$s"></textarea>'
			. '<p><button type="submit" class="button button-primary" name="decision" value="approve" form="%3$s" aria-label="%4$s">%5$s</button> '
			. '<button type="submit" class="button" name="decision" value="cancel" form="%3$s" aria-label="%6$s">%7$s</button></p>',
			esc_attr( $field ),
			esc_html__( 'Message to the orderer (optional)', 'kundeportal' ),
			esc_attr( $form ),
			/* translators: %s: order number */
			esc_attr( sprintf( __( 'Approve order #%s', 'kundeportal' ), $number ) ),
			esc_html__( 'Approve', 'kundeportal' ),
			/* translators: %s: order number */
			esc_attr( sprintf( __( 'Cancel order #%s', 'kundeportal' ), $number ) ),
			esc_html__( 'Cancel', 'kundeportal' )
		);
	}

	/**
	 * A company or department name, looked up once.
	 *
	 * @param string $type company|department.
	 * @param int    $id   Id.
	 * @return string
	 */
	private function name( string $type, int $id ): string {
		$key = $type . ':' . $id;
		if ( ! isset( $this->names[ $key ] ) ) {
			$entity              = 'company' === $type ? $this->services->companies->get( $id ) : $this->services->departments->get( $id );
			$this->names[ $key ] = $entity ? $entity->name : '';
		}

		return $this->names[ $key ];
	}
}
