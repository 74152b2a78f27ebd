<?php
/**
 * CSV import (dry run, then apply) and export of a company's members in wp-admin.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Admin;

use Kundeportal\Domain\Company;
use Kundeportal\Domain\DomainException;
use Kundeportal\Domain\MemberAccounts;
use Kundeportal\Domain\MemberExport;
use Kundeportal\Domain\MemberImport;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * Import in two steps on the Company members screen (action=import):
 * 1. upload: the file is checked (size, rows, columns) and stored as text in a transient
 *    under a random id (never on local disk, so any PHP node can read it), then the screen shows
 *    the dry-run report of every row; nothing is written.
 * 2. apply ("Import N valid rows"): the stored file is read again and exactly its valid rows
 *    are carried out; the transient is deleted. The id is bound to the uploading user and a
 *    nonce of its own.
 * Export streams the CSV through admin-post.php (action kundeportal_export_members).
 */
final class MemberCsvScreen {

	public const EXPORT_ACTION = 'kundeportal_export_members';
	public const UPLOAD_NONCE  = 'kundeportal_import_upload';
	public const APPLY_NONCE   = 'kundeportal_import_apply_';
	public const TRANSIENT     = 'kundeportal_import_';

	/** How long an uploaded file waits for "Import": one hour. */
	private const TTL = HOUR_IN_SECONDS;

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( private Services $services ) {
	}

	/**
	 * Adds the export handler.
	 *
	 * @return void
	 */
	public function register(): void {
		add_action( 'admin_post_' . self::EXPORT_ACTION, array( $this, 'handle_export' ) );
	}

	/**
	 * URL that downloads a company's members.
	 *
	 * @param int $company_id Company id.
	 * @return string
	 */
	public static function export_url( int $company_id ): string {
		return wp_nonce_url(
			add_query_arg(
				array(
					'action'  => self::EXPORT_ACTION,
					'company' => $company_id,
				),
				admin_url( 'admin-post.php' )
			),
			self::EXPORT_ACTION . '_' . $company_id
		);
	}

	/**
	 * Streams the CSV of a company's members.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_export(): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- export_company() verifies it.
		$company = $this->export_company( wp_unslash( $_GET ) );
		nocache_headers();
		header( 'Content-Type: text/csv; charset=utf-8' );
		header( 'Content-Disposition: attachment; filename="' . MemberExport::filename( $company ) . '"' );
		header( 'X-Content-Type-Options: nosniff' );
		$output = fopen( 'php://output', 'w' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- The response body.
		( new MemberExport() )->write( $company, $output );
		fclose( $output ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- The response body.
		exit;
	}

	/**
	 * Checks capability and nonce of an export request.
	 *
	 * @param array $get Unslashed $_GET: company, _wpnonce.
	 * @return Company
	 */
	public function export_company( array $get ): Company {
		$company_id = absint( $get['company'] ?? 0 );
		if ( ! current_user_can( CompaniesPage::CAPABILITY ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to export users.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}
		if ( ! wp_verify_nonce( (string) ( $get['_wpnonce'] ?? '' ), self::EXPORT_ACTION . '_' . $company_id ) ) {
			wp_die( esc_html__( 'The link you followed has expired. Reload the page and try again.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}
		$company = $this->services->companies->get( $company_id );
		if ( ! $company ) {
			wp_die( esc_html__( 'The company does not exist.', 'kundeportal' ), '', array( 'response' => 404 ) );
		}

		return $company;
	}

	/**
	 * Runs a posted step: upload (check and store) or apply.
	 *
	 * @param array $post Unslashed $_POST: kundeportal_import (upload|apply), company, import, _wpnonce.
	 * @param array $file The $_FILES['csv'] entry (upload only).
	 * @return string|null Where to redirect; null to show the form again with the errors.
	 */
	public function handle( array $post, array $file ): ?string {
		if ( ! current_user_can( CompaniesPage::CAPABILITY ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to import users.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}

		return 'apply' === ( $post['kundeportal_import'] ?? '' ) ? $this->apply( $post ) : $this->upload( $post, $file );
	}

	/**
	 * Step 1: checks the upload, stores it and redirects to its report.
	 *
	 * @param array $post Unslashed $_POST.
	 * @param array $file Upload entry: tmp_name, size, error, name.
	 * @return string|null
	 */
	private function upload( array $post, array $file ): ?string {
		if ( ! wp_verify_nonce( (string) ( $post['_wpnonce'] ?? '' ), self::UPLOAD_NONCE ) ) {
			wp_die( esc_html__( 'The link you followed has expired. Reload the page and try again.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}
		$company = $this->services->companies->get( absint( $post['company'] ?? 0 ) );
		if ( ! $company ) {
			add_settings_error( MembersPage::SLUG, 'kundeportal_company', __( 'Choose the company the users belong to.', 'kundeportal' ), 'error' );
			return null;
		}

		try {
			$csv = $this->read_upload( $file );
			MemberImport::parse( $csv );
		} catch ( DomainException $e ) {
			add_settings_error( MembersPage::SLUG, 'kundeportal_' . $e->get_error_code(), $e->getMessage(), 'error' );
			return null;
		}

		$id = strtolower( wp_generate_password( 24, false ) );
		set_transient(
			self::TRANSIENT . $id,
			array(
				'company_id' => $company->id,
				'user_id'    => get_current_user_id(),
				'name'       => sanitize_file_name( (string) ( $file['name'] ?? '' ) ),
				'csv'        => $csv,
			),
			self::TTL
		);

		return MembersPage::url(
			array(
				'action' => 'import',
				'import' => $id,
			)
		);
	}

	/**
	 * Step 2: imports the valid rows of the stored file.
	 *
	 * @param array $post Unslashed $_POST.
	 * @return string
	 */
	private function apply( array $post ): string {
		$id = sanitize_key( (string) ( $post['import'] ?? '' ) );
		if ( ! wp_verify_nonce( (string) ( $post['_wpnonce'] ?? '' ), self::APPLY_NONCE . $id ) ) {
			wp_die( esc_html__( 'The link you followed has expired. Reload the page and try again.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}
		$stored  = $this->stored( $id );
		$company = $stored ? $this->services->companies->get( $stored['company_id'] ) : null;
		if ( ! $stored || ! $company ) {
			add_settings_error( MembersPage::SLUG, 'kundeportal_import_expired', __( 'The uploaded file is no longer available. Upload it again.', 'kundeportal' ), 'error' );
			return MembersPage::url( array( 'action' => 'import' ) );
		}
		delete_transient( self::TRANSIENT . $id );

		$import = $this->import();
		try {
			$result = $import->apply( $company, $import->plan( $company, MemberImport::parse( $stored['csv'] ) ) );
		} catch ( DomainException $e ) {
			add_settings_error( MembersPage::SLUG, 'kundeportal_' . $e->get_error_code(), $e->getMessage(), 'error' );
			return MembersPage::url( array( 'action' => 'import' ) );
		}

		add_settings_error(
			MembersPage::SLUG,
			'kundeportal_imported',
			sprintf(
				/* translators: 1: company name, 2: users created, 3: users updated, 4: rows skipped. */
				__( 'Import for %1$s done: %2$d created, %3$d updated, %4$d skipped.', 'kundeportal' ),
				$company->name,
				$result['created'],
				$result['updated'],
				$result['skipped']
			),
			$result['failed'] ? 'warning' : 'success'
		);
		foreach ( $result['failed'] as $line => $message ) {
			/* translators: 1: row number, 2: reason. */
			add_settings_error( MembersPage::SLUG, 'kundeportal_import_row_' . $line, sprintf( __( 'Row %1$d was not imported: %2$s', 'kundeportal' ), $line, $message ), 'error' );
		}

		return MembersPage::url(
			array(
				'company'          => $company->id,
				'settings-updated' => 'true',
			)
		);
	}

	/**
	 * Prints the upload form, or the report of a stored file.
	 *
	 * @return void
	 */
	public function render(): void {
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- Read-only screen selection; the id is checked against the user.
		$id         = sanitize_key( wp_unslash( $_GET['import'] ?? '' ) );
		$company_id = absint( $_GET['company'] ?? 0 );
		// phpcs:enable WordPress.Security.NonceVerification.Recommended

		echo '<h1>' . esc_html__( 'Import users from CSV', 'kundeportal' ) . '</h1>';
		settings_errors( MembersPage::SLUG );
		echo '<p><a href="' . esc_url( MembersPage::url() ) . '">' . esc_html__( '← Company members', 'kundeportal' ) . '</a></p>';

		if ( '' !== $id ) {
			$stored  = $this->stored( $id );
			$company = $stored ? $this->services->companies->get( $stored['company_id'] ) : null;
			if ( $stored && $company ) {
				$this->render_report( $id, $stored, $company );
				return;
			}
			echo '<div class="notice notice-error"><p>' . esc_html__( 'The uploaded file is no longer available. Upload it again.', 'kundeportal' ) . '</p></div>';
		}
		$this->render_upload( $company_id );
	}

	/**
	 * The upload form.
	 *
	 * @param int $company_id Preselected company.
	 * @return void
	 */
	private function render_upload( int $company_id ): void {
		echo '<p>' . esc_html(
			sprintf(
				/* translators: 1: column names, 2: largest file size, 3: most rows. */
				__( 'Upload a CSV file (UTF-8, comma or semicolon separated) with a header row and the columns %1$s, like the export. Only email is required; new users also need first_name, last_name and department. Empty cells keep what is stored. At most %2$s and %3$d rows. You see what will happen to each row before anything is imported; new users get an e-mail to set their password.', 'kundeportal' ),
				implode( ', ', MemberImport::COLUMNS ),
				size_format( MemberImport::MAX_BYTES ),
				MemberImport::MAX_ROWS
			)
		) . '</p>';
		echo '<form method="post" enctype="multipart/form-data" action="' . esc_url( MembersPage::url( array( 'action' => 'import' ) ) ) . '">';
		wp_nonce_field( self::UPLOAD_NONCE );
		echo '<input type="hidden" name="kundeportal_import" value="upload">';
		echo '<input type="hidden" name="MAX_FILE_SIZE" value="' . esc_attr( (string) MemberImport::MAX_BYTES ) . '">';
		echo '<table class="form-table" role="presentation"><tbody>';
		echo '<tr><th scope="row"><label for="kundeportal-import-company">' . esc_html__( 'Company', 'kundeportal' ) . '</label></th><td>';
		echo '<select name="company" id="kundeportal-import-company" required><option value="">' . esc_html__( '— Choose —', 'kundeportal' ) . '</option>';
		foreach ( $this->services->companies->all() as $company ) {
			echo '<option value="' . esc_attr( (string) $company->id ) . '"' . selected( $company->id, $company_id, false ) . '>' . esc_html( $company->name ) . '</option>';
		}
		echo '</select></td></tr>';
		echo '<tr><th scope="row"><label for="kundeportal-import-file">' . esc_html__( 'CSV file', 'kundeportal' ) . '</label></th><td>';
		echo '<input type="file" name="csv" id="kundeportal-import-file" accept=".csv,text/csv" required></td></tr>';
		echo '</tbody></table>';
		submit_button( __( 'Check file', 'kundeportal' ) );
		echo '</form>';
	}

	/**
	 * The dry-run report and the import button.
	 *
	 * @param string  $id      Import id.
	 * @param array   $stored  Stored upload.
	 * @param Company $company Company.
	 * @return void
	 */
	private function render_report( string $id, array $stored, Company $company ): void {
		$import = $this->import();
		try {
			$plan = $import->plan( $company, MemberImport::parse( $stored['csv'] ) );
		} catch ( DomainException $e ) {
			echo '<div class="notice notice-error"><p>' . esc_html( $e->getMessage() ) . '</p></div>';
			return;
		}
		$valid   = MemberImport::valid_count( $plan );
		$invalid = count( array_filter( $plan, static fn ( array $row ): bool => (bool) $row['errors'] ) );
		$labels  = array(
			MemberImport::ACTION_CREATE => __( 'Create', 'kundeportal' ),
			MemberImport::ACTION_UPDATE => __( 'Update', 'kundeportal' ),
			MemberImport::ACTION_SKIP   => __( 'Skip', 'kundeportal' ),
		);

		/* translators: 1: file name, 2: company name. */
		echo '<h2>' . esc_html( sprintf( __( 'Check of %1$s for %2$s', 'kundeportal' ), $stored['name'], $company->name ) ) . '</h2>';
		echo '<p class="kundeportal-import-summary">' . esc_html(
			sprintf(
				/* translators: 1: rows in the file, 2: rows to import, 3: rows with errors. */
				__( '%1$d rows: %2$d will be imported, %3$d have errors and will be skipped. Nothing has been imported yet.', 'kundeportal' ),
				count( $plan ),
				$valid,
				$invalid
			)
		) . '</p>';

		echo '<table class="wp-list-table widefat fixed striped kundeportal-import-report"><thead><tr>';
		foreach ( array( __( 'Row', 'kundeportal' ), __( 'E-mail', 'kundeportal' ), __( 'Action', 'kundeportal' ), __( 'Errors and notes', 'kundeportal' ) ) as $heading ) {
			echo '<th scope="col">' . esc_html( $heading ) . '</th>';
		}
		echo '</tr></thead><tbody>';
		foreach ( $plan as $row ) {
			echo '<tr class="' . esc_attr( $row['errors'] ? 'kundeportal-import-error' : 'kundeportal-import-' . $row['action'] ) . '">';
			echo '<td>' . esc_html( (string) $row['line'] ) . '</td><td>' . esc_html( $row['email'] ) . '</td>';
			echo '<td>' . esc_html( $labels[ $row['action'] ] ?? $row['action'] ) . '</td><td>';
			if ( $row['errors'] ) {
				echo '<ul style="margin:0">';
				foreach ( $row['errors'] as $message ) {
					echo '<li class="kundeportal-error-text" style="color:#b32d2e">' . esc_html( $message ) . '</li>';
				}
				echo '</ul>';
			} else {
				echo esc_html( $row['note'] );
			}
			echo '</td></tr>';
		}
		echo '</tbody></table>';

		echo '<form method="post" action="' . esc_url( MembersPage::url( array( 'action' => 'import' ) ) ) . '">';
		wp_nonce_field( self::APPLY_NONCE . $id );
		echo '<input type="hidden" name="kundeportal_import" value="apply"><input type="hidden" name="import" value="' . esc_attr( $id ) . '">';
		echo '<p class="submit">';
		/* translators: %d: number of rows. */
		submit_button( sprintf( _n( 'Import %d valid row', 'Import %d valid rows', $valid, 'kundeportal' ), $valid ), 'primary', 'submit', false, $valid ? null : array( 'disabled' => 'disabled' ) );
		echo ' <a class="button" href="' . esc_url(
			MembersPage::url(
				array(
					'action'  => 'import',
					'company' => $company->id,
				)
			)
		) . '">' . esc_html__( 'Upload another file', 'kundeportal' ) . '</a></p>';
		echo '</form>';
	}

	/**
	 * Reads an uploaded file as text.
	 *
	 * @param array $file Upload entry.
	 * @return string
	 * @throws DomainException When the upload failed or is too large.
	 */
	private function read_upload( array $file ): string {
		$error = (int) ( $file['error'] ?? UPLOAD_ERR_NO_FILE );
		if ( in_array( $error, array( UPLOAD_ERR_INI_SIZE, UPLOAD_ERR_FORM_SIZE ), true ) || (int) ( $file['size'] ?? 0 ) > MemberImport::MAX_BYTES ) {
			/* translators: %s: largest file size, e.g. "500 KB". */
			throw new DomainException( 'file_too_large', sprintf( __( 'The file is too large. Upload at most %s.', 'kundeportal' ), size_format( MemberImport::MAX_BYTES ) ), 413 );
		}
		if ( UPLOAD_ERR_NO_FILE === $error ) {
			throw new DomainException( 'no_file', __( 'Choose a CSV file to upload.', 'kundeportal' ), 400 );
		}
		$path = (string) ( $file['tmp_name'] ?? '' );
		if ( UPLOAD_ERR_OK !== $error || '' === $path || ! is_uploaded_file( $path ) ) {
			throw new DomainException( 'upload_failed', __( 'The file could not be uploaded. Try again.', 'kundeportal' ), 400 );
		}

		return (string) file_get_contents( $path ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- PHP's temporary upload file, read once.
	}

	/**
	 * The stored upload of the current user.
	 *
	 * @param string $id Import id.
	 * @return array|null
	 */
	private function stored( string $id ): ?array {
		$stored = '' !== $id ? get_transient( self::TRANSIENT . $id ) : false;
		if ( ! is_array( $stored ) || (int) ( $stored['user_id'] ?? 0 ) !== get_current_user_id() ) {
			return null;
		}

		return $stored;
	}

	/**
	 * The import service.
	 *
	 * @return MemberImport
	 */
	private function import(): MemberImport {
		return new MemberImport(
			$this->services->members,
			$this->services->departments,
			new MemberAccounts( $this->services->members, $this->services->departments, $this->services->companies, $this->services->approval )
		);
	}
}
