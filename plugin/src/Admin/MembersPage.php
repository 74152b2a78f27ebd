<?php
/**
 * WooCommerce → Company members: search members across companies, move them, CSV.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Admin;

use Kundeportal\Domain\Department;
use Kundeportal\Domain\MemberMoves;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * The list (MembersTable) filtered by company, department and search text, with the bulk
 * action "Move to department" (each move checked by MemberMoves), and the CSV import screen
 * (action=import, MemberCsvScreen). POSTs run on the page's load hook and redirect back
 * with a notice.
 */
final class MembersPage {

	public const SLUG       = 'kundeportal-members';
	public const MOVE_NONCE = 'bulk-kundeportal_members';

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( private Services $services ) {
	}

	/**
	 * Adds the menu hook and the CSV handlers.
	 *
	 * @return void
	 */
	public function register(): void {
		add_action( 'admin_menu', array( $this, 'handle_admin_menu' ), 61 );
		( new MemberCsvScreen( $this->services ) )->register();
	}

	/**
	 * Adds the submenu under WooCommerce.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_admin_menu(): void {
		$hook = add_submenu_page(
			'woocommerce',
			__( 'Company members', 'kundeportal' ),
			__( 'Company members', 'kundeportal' ),
			CompaniesPage::CAPABILITY,
			self::SLUG,
			array( $this, 'render' )
		);
		if ( $hook ) {
			add_action( 'load-' . $hook, array( $this, 'handle_load' ) );
		}
	}

	/**
	 * URL of the screen with arguments.
	 *
	 * @param array $args Query arguments (company, department, s, action, import).
	 * @return string
	 */
	public static function url( array $args = array() ): string {
		return add_query_arg( array( 'page' => self::SLUG ) + array_filter( $args ), admin_url( 'admin.php' ) );
	}

	/**
	 * Runs a posted bulk move or CSV step and redirects.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_load(): void {
		if ( 'POST' !== sanitize_text_field( wp_unslash( $_SERVER['REQUEST_METHOD'] ?? '' ) ) ) {
			return;
		}
		// phpcs:disable WordPress.Security.NonceVerification -- The handlers verify their nonces.
		$post     = wp_unslash( $_POST );
		$redirect = isset( $post['kundeportal_import'] )
			? ( new MemberCsvScreen( $this->services ) )->handle( $post, (array) ( $_FILES['csv'] ?? array() ) ) // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- PHP's upload entry: only its error, size and temporary path are used, the name is sanitized.
			: $this->move( $post );
		// phpcs:enable WordPress.Security.NonceVerification
		if ( null !== $redirect ) {
			set_transient( 'settings_errors', get_settings_errors(), 30 );
			wp_safe_redirect( $redirect );
			exit;
		}
	}

	/**
	 * Moves the selected members to the target department (bulk action "move").
	 *
	 * @param array $post Unslashed $_POST: action/action2, users[], target_department, _wpnonce, filters.
	 * @return string|null Redirect URL; null when the POST is no move.
	 */
	public function move( array $post ): ?string {
		$action = (string) ( $post['action'] ?? '-1' );
		$action = '-1' !== $action ? $action : (string) ( $post['action2'] ?? '-1' );
		if ( 'move' !== $action ) {
			return null;
		}
		if ( ! current_user_can( CompaniesPage::CAPABILITY ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to move users.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}
		if ( ! wp_verify_nonce( (string) ( $post['_wpnonce'] ?? '' ), self::MOVE_NONCE ) ) {
			wp_die( esc_html__( 'The link you followed has expired. Reload the page and try again.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}

		$redirect = self::url(
			array(
				'company'          => absint( $post['company'] ?? 0 ),
				'department'       => absint( $post['department'] ?? 0 ),
				's'                => sanitize_text_field( (string) ( $post['s'] ?? '' ) ),
				'settings-updated' => 'true',
			)
		);
		$users    = array_filter( array_map( 'absint', (array) ( $post['users'] ?? array() ) ) );
		if ( ! $users ) {
			add_settings_error( self::SLUG, 'kundeportal_no_users', __( 'Select the users to move.', 'kundeportal' ), 'error' );
			return $redirect;
		}

		$result = ( new MemberMoves( $this->services->members, $this->services->departments ) )->move_many( $users, absint( $post['target_department'] ?? 0 ) );
		if ( $result['moved'] ) {
			$count = count( $result['moved'] );
			/* translators: %d: number of users. */
			add_settings_error( self::SLUG, 'kundeportal_moved', sprintf( _n( '%d user moved.', '%d users moved.', $count, 'kundeportal' ), $count ), 'success' );
		}
		if ( $result['unchanged'] ) {
			$count = count( $result['unchanged'] );
			/* translators: %d: number of users. */
			add_settings_error( self::SLUG, 'kundeportal_unchanged', sprintf( _n( '%d user was already in the department.', '%d users were already in the department.', $count, 'kundeportal' ), $count ), 'info' );
		}
		foreach ( $result['errors'] as $user_id => $message ) {
			$user = get_userdata( $user_id );
			/* translators: 1: user's name or id, 2: reason. */
			add_settings_error( self::SLUG, 'kundeportal_move_' . $user_id, sprintf( __( '%1$s was not moved: %2$s', 'kundeportal' ), $user ? $user->display_name : '#' . $user_id, $message ), 'error' );
		}

		return $redirect;
	}

	/**
	 * Prints the list or the import screen.
	 *
	 * @return void
	 */
	public function render(): void {
		if ( ! current_user_can( CompaniesPage::CAPABILITY ) ) {
			return;
		}
		echo '<div class="wrap">';
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- Read-only screen selection.
		if ( 'import' === sanitize_key( wp_unslash( $_GET['action'] ?? '' ) ) ) {
			( new MemberCsvScreen( $this->services ) )->render();
		} else {
			$this->render_list();
		}
		echo '</div>';
	}

	/**
	 * Filters, table and bulk move.
	 *
	 * @return void
	 */
	private function render_list(): void {
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- Read-only filters.
		$company_id    = absint( $_GET['company'] ?? 0 );
		$department_id = absint( $_GET['department'] ?? 0 );
		$search        = sanitize_text_field( wp_unslash( $_GET['s'] ?? '' ) );
		// phpcs:enable WordPress.Security.NonceVerification.Recommended

		$companies = array();
		foreach ( $this->services->companies->all() as $company ) {
			$companies[ $company->id ] = $company->name;
		}
		$departments = array();
		foreach ( $this->services->departments->all() as $department ) {
			$departments[ $department->id ] = $department;
		}
		$scope = array_keys(
			array_filter(
				$departments,
				static fn ( $department ): bool => ( ! $company_id || $department->company_id === $company_id ) && ( ! $department_id || $department->id === $department_id )
			)
		);

		echo '<h1 class="wp-heading-inline">' . esc_html__( 'Company members', 'kundeportal' ) . '</h1> ';
		echo '<a class="page-title-action" href="' . esc_url(
			self::url(
				array(
					'action'  => 'import',
					'company' => $company_id,
				)
			)
		) . '">' . esc_html__( 'Import CSV', 'kundeportal' ) . '</a>';
		if ( $company_id && isset( $companies[ $company_id ] ) ) {
			echo ' <a class="page-title-action" href="' . esc_url( MemberCsvScreen::export_url( $company_id ) ) . '">' . esc_html__( 'Export CSV', 'kundeportal' ) . '</a>';
		}
		echo '<hr class="wp-header-end">';
		settings_errors( self::SLUG );

		echo '<form method="get" class="kundeportal-members-filters">';
		echo '<input type="hidden" name="page" value="' . esc_attr( self::SLUG ) . '">';
		echo '<label for="kundeportal-filter-company">' . esc_html__( 'Company', 'kundeportal' ) . '</label> ';
		echo '<select name="company" id="kundeportal-filter-company"><option value="">' . esc_html__( 'All companies', 'kundeportal' ) . '</option>';
		foreach ( $companies as $id => $name ) {
			echo '<option value="' . esc_attr( (string) $id ) . '"' . selected( $id, $company_id, false ) . '>' . esc_html( $name ) . '</option>';
		}
		echo '</select> <label for="kundeportal-filter-department">' . esc_html__( 'Department', 'kundeportal' ) . '</label> ';
		echo '<select name="department" id="kundeportal-filter-department"><option value="">' . esc_html__( 'All departments', 'kundeportal' ) . '</option>';
		foreach ( $departments as $department ) {
			if ( ! $company_id || $department->company_id === $company_id ) {
				$label = $company_id ? $department->name : ( $companies[ $department->company_id ] ?? '' ) . ' – ' . $department->name;
				if ( Department::STATUS_ACTIVE !== $department->status ) {
					/* translators: %s: department name. */
					$label = sprintf( __( '%s (archived)', 'kundeportal' ), $label );
				}
				echo '<option value="' . esc_attr( (string) $department->id ) . '"' . selected( $department->id, $department_id, false ) . '>' . esc_html( $label ) . '</option>';
			}
		}
		echo '</select> <label for="kundeportal-filter-search">' . esc_html__( 'Name, e-mail or position', 'kundeportal' ) . '</label> ';
		echo '<input type="search" name="s" id="kundeportal-filter-search" value="' . esc_attr( $search ) . '"> ';
		submit_button( __( 'Search', 'kundeportal' ), 'secondary', '', false );
		echo '</form>';

		$table = new MembersTable( $departments, $companies, $scope );
		$table->prepare_items();
		echo '<form method="post">';
		foreach ( array(
			'company'    => $company_id,
			'department' => $department_id,
		) as $name => $value ) {
			echo '<input type="hidden" name="' . esc_attr( $name ) . '" value="' . esc_attr( (string) $value ) . '">';
		}
		echo '<input type="hidden" name="s" value="' . esc_attr( $search ) . '">';
		$table->display();
		echo '</form>';
	}
}
