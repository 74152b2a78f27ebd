<?php
/**
 * The table of the Company members screen.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Admin;

use Kundeportal\Domain\Department;
use Kundeportal\Domain\MemberDirectory;
use Kundeportal\Domain\Money;

defined( 'ABSPATH' ) || exit;

if ( ! class_exists( '\WP_List_Table' ) ) {
	require_once ABSPATH . 'wp-admin/includes/class-wp-list-table.php';
}

/**
 * Active members of every company (or one company / department), searched by name, e-mail or
 * position through MemberDirectory (one query per page), with a bulk action that moves the
 * selected members to another department.
 */
final class MembersTable extends \WP_List_Table {

	public const PER_PAGE = 20;

	/**
	 * Constructor.
	 *
	 * @param array<int, Department> $departments Every department, by id.
	 * @param array<int, string>     $companies   Company names by id.
	 * @param int[]                  $scope       Department ids to list.
	 */
	public function __construct( private array $departments, private array $companies, private array $scope ) {
		parent::__construct(
			array(
				'singular' => 'kundeportal_member',
				'plural'   => 'kundeportal_members',
				'ajax'     => false,
				'screen'   => 'kundeportal-members',
			)
		);
	}

	/**
	 * Loads the page of members.
	 *
	 * @return void
	 */
	public function prepare_items(): void {
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- Read-only list arguments.
		$search  = sanitize_text_field( wp_unslash( $_REQUEST['s'] ?? '' ) );
		$orderby = sanitize_key( wp_unslash( $_REQUEST['orderby'] ?? 'name' ) );
		$order   = 'desc' === sanitize_key( wp_unslash( $_REQUEST['order'] ?? '' ) ) ? 'desc' : 'asc';
		// phpcs:enable WordPress.Security.NonceVerification.Recommended
		if ( ! in_array( $orderby, MemberDirectory::ORDERBY, true ) ) {
			$orderby = 'name';
		}

		$result      = ( new MemberDirectory() )->search( $this->scope, $search, $orderby, $order, $this->get_pagenum(), self::PER_PAGE );
		$this->items = $result->rows;
		$this->set_pagination_args(
			array(
				'total_items' => $result->total,
				'per_page'    => self::PER_PAGE,
			)
		);
		$this->_column_headers = array( $this->get_columns(), array(), $this->get_sortable_columns(), 'name' );
	}

	/**
	 * Columns.
	 *
	 * @return array<string, string>
	 */
	public function get_columns(): array {
		return array(
			'cb'           => '<input type="checkbox">',
			'name'         => __( 'Name', 'kundeportal' ),
			'email'        => __( 'E-mail', 'kundeportal' ),
			'company'      => __( 'Company', 'kundeportal' ),
			'department'   => __( 'Department', 'kundeportal' ),
			'position'     => __( 'Position', 'kundeportal' ),
			'credit_limit' => __( 'Credit limit', 'kundeportal' ),
			'order_count'  => __( 'Orders', 'kundeportal' ),
		);
	}

	/**
	 * Sortable columns.
	 *
	 * @return array<string, array{0:string,1:bool}>
	 */
	protected function get_sortable_columns(): array {
		return array(
			'name'         => array( 'name', false ),
			'credit_limit' => array( 'credit_limit', false ),
			'order_count'  => array( 'order_count', true ),
		);
	}

	/**
	 * Bulk actions.
	 *
	 * @return array<string, string>
	 */
	protected function get_bulk_actions(): array {
		return array( 'move' => __( 'Move to department', 'kundeportal' ) );
	}

	/**
	 * The target department select next to the bulk actions.
	 *
	 * @param string $which top|bottom.
	 * @return void
	 */
	protected function extra_tablenav( $which ): void {
		if ( 'top' !== $which ) {
			return;
		}
		echo '<div class="alignleft actions">';
		echo '<label for="kundeportal-target-department">' . esc_html__( 'Target department', 'kundeportal' ) . '</label> ';
		echo '<select name="target_department" id="kundeportal-target-department"><option value="">' . esc_html__( '— Choose —', 'kundeportal' ) . '</option>';
		$by_company = array();
		foreach ( $this->departments as $department ) {
			if ( Department::STATUS_ACTIVE === $department->status ) {
				$by_company[ $department->company_id ][] = $department;
			}
		}
		foreach ( $by_company as $company_id => $departments ) {
			echo '<optgroup label="' . esc_attr( $this->companies[ $company_id ] ?? '' ) . '">';
			foreach ( $departments as $department ) {
				echo '<option value="' . esc_attr( (string) $department->id ) . '">' . esc_html( $department->name ) . '</option>';
			}
			echo '</optgroup>';
		}
		echo '</select></div>';
	}

	/**
	 * Message when nothing matches.
	 *
	 * @return void
	 */
	public function no_items(): void {
		esc_html_e( 'No users found.', 'kundeportal' );
	}

	/**
	 * Checkbox column.
	 *
	 * @param object $item Row.
	 * @return string
	 */
	protected function column_cb( $item ): string {
		$name = $this->name_of( $item );

		return '<label class="screen-reader-text" for="kundeportal-member-' . esc_attr( (string) $item->user_id ) . '">'
			/* translators: %s: user's name. */
			. esc_html( sprintf( __( 'Select %s', 'kundeportal' ), $name ) ) . '</label>'
			. '<input type="checkbox" name="users[]" id="kundeportal-member-' . esc_attr( (string) $item->user_id ) . '" value="' . esc_attr( (string) $item->user_id ) . '">';
	}

	/**
	 * Name column with a link to the WordPress user.
	 *
	 * @param object $item Row.
	 * @return string
	 */
	protected function column_name( $item ): string {
		return '<strong><a href="' . esc_url( get_edit_user_link( (int) $item->user_id ) ) . '">' . esc_html( $this->name_of( $item ) ) . '</a></strong>';
	}

	/**
	 * Other columns.
	 *
	 * @param object $item        Row.
	 * @param string $column_name Column.
	 * @return string
	 */
	protected function column_default( $item, $column_name ): string {
		$department = $this->departments[ (int) $item->department_id ] ?? null;

		return match ( $column_name ) {
			'email'        => esc_html( (string) $item->email ),
			'company'      => esc_html( $department ? ( $this->companies[ $department->company_id ] ?? '' ) : '' ),
			'department'   => esc_html( $department ? $department->name : '' ),
			'position'     => esc_html( (string) $item->position ),
			'credit_limit' => wp_kses_post( wc_price( Money::from_minor( (int) $item->credit_limit ) ) ),
			'order_count'  => esc_html( number_format_i18n( (int) $item->order_count ) ),
			default        => '',
		};
	}

	/**
	 * Name shown for a row.
	 *
	 * @param object $item Row.
	 * @return string
	 */
	private function name_of( object $item ): string {
		$name = trim( $item->first_name . ' ' . $item->last_name );

		return '' !== $name ? $name : (string) $item->display_name;
	}
}
