<?php
/**
 * WooCommerce → Kundeportal: the companies and their approval and credit settings.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Admin;

use Kundeportal\Domain\Company;
use Kundeportal\Domain\DomainException;
use Kundeportal\Domain\Money;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * A list of companies and an edit form per company (and one for a new company). Saving runs
 * on the page's load hook: capability and nonce first, then every field is checked; errors
 * show as settings errors above the form, which keeps the typed values. Success redirects
 * (post/redirect/get) with a notice.
 */
final class CompaniesPage {

	public const SLUG       = 'kundeportal';
	public const CAPABILITY = 'manage_woocommerce';
	public const NONCE      = 'kundeportal_save_company';

	/**
	 * Typed values after a failed save, shown again instead of the stored ones.
	 *
	 * @var array|null
	 */
	private ?array $typed = null;

	/**
	 * The assortment lists section of the company form.
	 *
	 * @var AssortmentListsSection
	 */
	private AssortmentListsSection $assortment_lists;

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( private Services $services ) {
		$this->assortment_lists = new AssortmentListsSection( $services );
	}

	/**
	 * Adds the menu hook.
	 *
	 * @return void
	 */
	public function register(): void {
		add_action( 'admin_menu', array( $this, 'handle_admin_menu' ), 60 );
		( new DepartmentsSection( $this->services ) )->register();
		( new MembersPage( $this->services ) )->register();
	}

	/**
	 * Adds the submenu under WooCommerce and the save handler on its load hook.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_admin_menu(): void {
		$hook = add_submenu_page(
			'woocommerce',
			__( 'Kundeportal companies', 'kundeportal' ),
			__( 'Kundeportal', 'kundeportal' ),
			self::CAPABILITY,
			self::SLUG,
			array( $this, 'render' )
		);
		if ( $hook ) {
			add_action( 'load-' . $hook, array( $this, 'handle_load' ) );
		}
	}

	/**
	 * Saves a posted form; on success redirects back to the form with a notice.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_load(): void {
		$this->assortment_lists->handle_load();
		if ( 'POST' !== sanitize_text_field( wp_unslash( $_SERVER['REQUEST_METHOD'] ?? '' ) ) ) {
			return;
		}

		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- save() verifies the nonce.
		$post     = wp_unslash( $_POST );
		$redirect = AssortmentListsSection::is_mine( $post ) ? $this->assortment_lists->save( $post ) : $this->save( $post );
		if ( null !== $redirect ) {
			set_transient( 'settings_errors', get_settings_errors(), 30 );
			wp_safe_redirect( $redirect );
			exit;
		}
	}

	/**
	 * Checks capability, nonce and fields, then creates or updates the company.
	 *
	 * @param array $post Unslashed $_POST.
	 * @return string|null Where to redirect after a successful save; null when the form has
	 *                     errors (added as settings errors; the typed values are kept).
	 */
	public function save( array $post ): ?string {
		$company_id = absint( $post['company_id'] ?? 0 );
		if ( ! current_user_can( self::CAPABILITY ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to change company settings.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}
		if ( ! wp_verify_nonce( (string) ( $post['_wpnonce'] ?? '' ), self::NONCE . '_' . $company_id ) ) {
			wp_die( esc_html__( 'The link you followed has expired. Reload the page and try again.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}

		$company = $company_id ? $this->services->companies->get( $company_id ) : null;
		if ( $company_id && ! $company ) {
			wp_die( esc_html__( 'The company does not exist.', 'kundeportal' ), '', array( 'response' => 404 ) );
		}

		$this->typed = CompanyForm::typed( wp_slash( (array) ( $post[ CompanyForm::FIELD ] ?? array() ) ) );
		$parsed      = CompanyForm::parse( $this->typed );
		foreach ( $parsed['errors'] as $field => $message ) {
			add_settings_error( self::SLUG, 'kundeportal_' . $field, $message, 'error' );
		}
		if ( $parsed['errors'] ) {
			return null;
		}

		try {
			$company = $company
				? $this->services->companies->update( $company->id, $parsed['data'] )
				: $this->services->companies->create( $parsed['data'] );
		} catch ( DomainException $e ) {
			add_settings_error( self::SLUG, 'kundeportal_' . $e->get_error_code(), $e->getMessage(), 'error' );
			return null;
		}

		$this->typed = null;
		add_settings_error( self::SLUG, 'kundeportal_saved', __( 'Company settings saved.', 'kundeportal' ), 'success' );

		return add_query_arg( 'settings-updated', 'true', self::edit_url( $company->id ) );
	}

	/**
	 * Prints the list or the edit form.
	 *
	 * @return void
	 */
	public function render(): void {
		if ( ! current_user_can( self::CAPABILITY ) ) {
			return;
		}

		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- Read-only screen selection.
		$action     = sanitize_key( wp_unslash( $_GET['action'] ?? '' ) );
		$company_id = absint( $_GET['company'] ?? 0 );
		// phpcs:enable WordPress.Security.NonceVerification.Recommended

		echo '<div class="wrap">';
		if ( 'edit' === $action ) {
			$this->render_form( $company_id );
		} else {
			$this->render_list();
		}
		echo '</div>';
	}

	/**
	 * URL of a company's form (0 = new company).
	 *
	 * @param int $company_id Company id.
	 * @return string
	 */
	public static function edit_url( int $company_id ): string {
		return add_query_arg(
			array(
				'page'    => self::SLUG,
				'action'  => 'edit',
				'company' => $company_id,
			),
			admin_url( 'admin.php' )
		);
	}

	/**
	 * The table of companies.
	 *
	 * @return void
	 */
	private function render_list(): void {
		$periods = CompanyForm::period_options();
		echo '<h1 class="wp-heading-inline">' . esc_html__( 'Companies', 'kundeportal' ) . '</h1> ';
		echo '<a class="page-title-action" href="' . esc_url( self::edit_url( 0 ) ) . '">' . esc_html__( 'Add company', 'kundeportal' ) . '</a>';
		echo '<hr class="wp-header-end">';
		settings_errors( self::SLUG );
		echo '<table class="wp-list-table widefat fixed striped"><thead><tr>';
		foreach ( array( __( 'Name', 'kundeportal' ), __( 'Approval', 'kundeportal' ), __( 'Orders over the credit', 'kundeportal' ), __( 'Credit period', 'kundeportal' ), __( 'Default credit limit', 'kundeportal' ), __( 'Registration links', 'kundeportal' ) ) as $heading ) {
			echo '<th scope="col">' . esc_html( $heading ) . '</th>';
		}
		echo '</tr></thead><tbody>';

		$companies = $this->services->companies->all();
		if ( ! $companies ) {
			echo '<tr><td colspan="6">' . esc_html__( 'No companies yet.', 'kundeportal' ) . '</td></tr>';
		}
		foreach ( $companies as $company ) {
			echo '<tr><td class="column-primary"><strong><a class="row-title" href="' . esc_url( self::edit_url( $company->id ) ) . '">' . esc_html( $company->name ) . '</a></strong></td>';
			echo '<td>' . esc_html( $company->approval_required ? __( 'Every order', 'kundeportal' ) : __( 'Off', 'kundeportal' ) ) . '</td>';
			echo '<td>' . esc_html( CompanyForm::over_credit_options()[ $company->over_credit ] ?? $company->over_credit ) . '</td>';
			echo '<td>' . esc_html( $periods[ $company->credit_period ] ?? $company->credit_period ) . '</td>';
			echo '<td>' . wp_kses_post( wc_price( Money::from_minor( $company->default_credit_limit ) ) ) . '</td>';
			$links = $company->invites_allowed() ? __( 'Managers', 'kundeportal' ) : __( 'Off', 'kundeportal' );
			if ( $company->invite_domains ) {
				$links .= ' (' . implode( ', ', $company->invite_domains ) . ')';
			}
			echo '<td>' . esc_html( $links ) . '</td></tr>';
		}
		echo '</tbody></table>';
	}

	/**
	 * The edit form of one company (or a new one).
	 *
	 * @param int $company_id Company id; 0 for a new company.
	 * @return void
	 */
	private function render_form( int $company_id ): void {
		$company = $company_id ? $this->services->companies->get( $company_id ) : null;
		if ( $company_id && ! $company ) {
			echo '<h1>' . esc_html__( 'Companies', 'kundeportal' ) . '</h1><div class="notice notice-error"><p>' . esc_html__( 'The company does not exist.', 'kundeportal' ) . '</p></div>';
			return;
		}

		$values = $this->typed ?? CompanyForm::values( $company );
		$title  = $company ? $company->name : __( 'Add company', 'kundeportal' );
		echo '<h1>' . esc_html( $title ) . '</h1>';
		settings_errors( self::SLUG );
		echo '<p><a href="' . esc_url( admin_url( 'admin.php?page=' . self::SLUG ) ) . '">' . esc_html__( '← All companies', 'kundeportal' ) . '</a></p>';
		echo '<form method="post" action="' . esc_url( self::edit_url( $company_id ) ) . '" novalidate>';
		wp_nonce_field( self::NONCE . '_' . $company_id );
		echo '<input type="hidden" name="company_id" value="' . esc_attr( (string) $company_id ) . '">';
		echo '<table class="form-table" role="presentation"><tbody>';
		CompanyFields::render( $values );
		echo '</tbody></table>';
		submit_button( $company ? __( 'Save changes', 'kundeportal' ) : __( 'Add company', 'kundeportal' ) );
		echo '</form>';
		if ( $company ) {
			( new DepartmentsSection( $this->services ) )->render( $company );
			$this->assortment_lists->render( $company );
		}
	}
}
