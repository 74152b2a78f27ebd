<?php
/**
 * The departments of a company on its wp-admin edit screen.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Admin;

use Kundeportal\Domain\Company;
use Kundeportal\Domain\Department;
use Kundeportal\Domain\DepartmentAddresses;
use Kundeportal\Domain\DepartmentEditor;
use Kundeportal\Domain\DomainException;
use Kundeportal\Domain\InvalidFields;
use Kundeportal\Domain\Member;
use Kundeportal\Domain\MemberExport;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * Lists the company's departments with their members and managers, and posts small forms to
 * admin-post.php (action kundeportal_department, field op): create, rename, archive, restore,
 * add_manager (e-mail address or username, checked on the server), remove_manager,
 * add_address and remove_address (department delivery addresses). Every
 * handler checks the capability and the company's nonce first, then redirects back to the
 * company with a notice (post/redirect/get).
 */
final class DepartmentsSection {

	public const ACTION = 'kundeportal_department';
	public const NONCE  = 'kundeportal_department';
	public const ANCHOR = 'kundeportal-departments';

	/** Transient prefix (+ user id) of the typed address after a failed add. */
	private const TYPED = 'kundeportal_address_typed_';

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( private Services $services ) {
	}

	/**
	 * Adds the admin-post handler.
	 *
	 * @return void
	 */
	public function register(): void {
		add_action( 'admin_post_' . self::ACTION, array( $this, 'handle_post' ) );
	}

	/**
	 * Runs a posted change and redirects back to the company.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_post(): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- handle() verifies the nonce.
		$redirect = $this->handle( wp_unslash( $_POST ) );
		set_transient( 'settings_errors', get_settings_errors(), 30 );
		wp_safe_redirect( $redirect );
		exit;
	}

	/**
	 * Checks capability and nonce, then runs the operation; the outcome is a settings error
	 * (notice) of the companies page.
	 *
	 * @param array $post Unslashed $_POST: company_id, op, department_id, name, manager, user_id, _wpnonce.
	 * @return string Where to redirect.
	 */
	public function handle( array $post ): string {
		$company_id = absint( $post['company_id'] ?? 0 );
		if ( ! current_user_can( CompaniesPage::CAPABILITY ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to change departments.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}
		if ( ! wp_verify_nonce( (string) ( $post['_wpnonce'] ?? '' ), self::NONCE . '_' . $company_id ) ) {
			wp_die( esc_html__( 'The link you followed has expired. Reload the page and try again.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}
		$company = $this->services->companies->get( $company_id );
		if ( ! $company ) {
			wp_die( esc_html__( 'The company does not exist.', 'kundeportal' ), '', array( 'response' => 404 ) );
		}

		try {
			$this->run( $company, sanitize_key( (string) ( $post['op'] ?? '' ) ), $post );
		} catch ( InvalidFields $e ) {
			foreach ( $e->get_fields() as $field => $message ) {
				add_settings_error( CompaniesPage::SLUG, 'kundeportal_address_' . $field, $message, 'error' );
			}
			// Shown again in the add-address form after the redirect.
			$typed = array_intersect_key( $post, array_flip( array( 'department_id', 'label', 'address_1', 'postcode', 'city', 'country' ) ) );
			set_transient( self::TYPED . get_current_user_id(), array_map( static fn( $value ): string => is_scalar( $value ) ? sanitize_text_field( (string) $value ) : '', $typed ), 60 );
		} catch ( DomainException $e ) {
			add_settings_error( CompaniesPage::SLUG, 'kundeportal_' . $e->get_error_code(), esc_html( $e->getMessage() ), 'error' );
		}

		return add_query_arg( 'settings-updated', 'true', CompaniesPage::edit_url( $company->id ) ) . '#' . self::ANCHOR;
	}

	/**
	 * Runs one operation and adds its success notice.
	 *
	 * @param Company $company Company.
	 * @param string  $op      Operation.
	 * @param array   $post    Posted fields.
	 * @return void
	 * @throws DomainException With a translated message when the change is not allowed.
	 */
	private function run( Company $company, string $op, array $post ): void {
		$editor = new DepartmentEditor( $this->services->departments, $this->services->members, $this->services->invites );
		if ( 'create' === $op ) {
			$department = $editor->create( $company, (string) ( $post['name'] ?? '' ) );
			/* translators: %s: department name. */
			$this->notice( sprintf( __( 'Department "%s" created.', 'kundeportal' ), $department->name ) );
			return;
		}

		$department = $this->services->departments->get( absint( $post['department_id'] ?? 0 ) );
		if ( ! $department || $department->company_id !== $company->id ) {
			throw new DomainException( 'department_not_found', __( 'The department does not exist.', 'kundeportal' ), 404 );
		}

		switch ( $op ) {
			case 'rename':
				$renamed = $editor->rename( $department, (string) ( $post['name'] ?? '' ) );
				/* translators: 1: old department name, 2: new department name. */
				$this->notice( sprintf( __( 'Department "%1$s" renamed to "%2$s".', 'kundeportal' ), $department->name, $renamed->name ) );
				break;
			case 'archive':
				$editor->archive( $department );
				/* translators: %s: department name. */
				$this->notice( sprintf( __( 'Department "%s" archived. Its orders and history are kept.', 'kundeportal' ), $department->name ) );
				break;
			case 'restore':
				$editor->restore( $department );
				/* translators: %s: department name. */
				$this->notice( sprintf( __( 'Department "%s" is active again.', 'kundeportal' ), $department->name ) );
				break;
			case 'add_manager':
				$user = $editor->add_manager( $department, (string) ( $post['manager'] ?? '' ) );
				/* translators: 1: user's name, 2: department name. */
				$this->notice( sprintf( __( '%1$s now manages "%2$s".', 'kundeportal' ), $user->display_name, $department->name ) );
				break;
			case 'remove_manager':
				$user_id = absint( $post['user_id'] ?? 0 );
				$user    = get_userdata( $user_id );
				if ( ! $user || ! $editor->remove_manager( $department, $user_id ) ) {
					throw new DomainException( 'manager_not_found', __( 'This user is no manager of the department.', 'kundeportal' ), 404 );
				}
				/* translators: 1: user's name, 2: department name. */
				$this->notice( sprintf( __( '%1$s no longer manages "%2$s".', 'kundeportal' ), $user->display_name, $department->name ) );
				break;
			case 'add_address':
				$fields  = array_intersect_key( $post, array_flip( array( 'label', 'address_1', 'postcode', 'city', 'country' ) ) );
				$address = $this->services->department_addresses->create( $department->id, $fields );
				/* translators: 1: address label, 2: department name. */
				$this->notice( sprintf( __( 'Address "%1$s" added to "%2$s".', 'kundeportal' ), $address->label, $department->name ) );
				break;
			case 'remove_address':
				$address = $this->services->department_addresses->get_in_department( $department->id, absint( $post['address_id'] ?? 0 ) );
				if ( ! $address ) {
					throw new DomainException( 'address_not_found', __( 'The address does not exist.', 'kundeportal' ), 404 );
				}
				$this->services->department_addresses->delete( $address );
				/* translators: 1: address label, 2: department name. */
				$this->notice( sprintf( __( 'Address "%1$s" removed from "%2$s".', 'kundeportal' ), $address->label, $department->name ) );
				break;
			default:
				throw new DomainException( 'invalid_operation', __( 'Unknown action.', 'kundeportal' ), 400 );
		}
	}

	/**
	 * Prints the departments of a company with their forms.
	 *
	 * @param Company $company Company.
	 * @return void
	 */
	public function render( Company $company ): void {
		$departments = $this->services->departments->for_company( $company->id );

		echo '<h2 id="' . esc_attr( self::ANCHOR ) . '">' . esc_html__( 'Departments', 'kundeportal' ) . '</h2>';
		echo '<p>' . esc_html__( 'Archived departments keep their orders and history but take no new users. Move the users of a department on the Company members screen before archiving it.', 'kundeportal' ) . '</p>';
		echo '<table class="wp-list-table widefat fixed striped kundeportal-departments"><thead><tr>';
		foreach ( array( __( 'Department', 'kundeportal' ), __( 'Status', 'kundeportal' ), __( 'Users', 'kundeportal' ), __( 'Managers', 'kundeportal' ), __( 'Actions', 'kundeportal' ) ) as $heading ) {
			echo '<th scope="col">' . esc_html( $heading ) . '</th>';
		}
		echo '</tr></thead><tbody>';
		if ( ! $departments ) {
			echo '<tr><td colspan="5">' . esc_html__( 'No departments yet.', 'kundeportal' ) . '</td></tr>';
		}
		foreach ( $departments as $department ) {
			$this->render_row( $company, $department );
		}
		echo '</tbody></table>';
		$this->render_suggestions( $company );

		echo '<p class="kundeportal-member-links"><a href="' . esc_url( MembersPage::url( array( 'company' => $company->id ) ) ) . '">' . esc_html__( 'Users of this company', 'kundeportal' ) . '</a> | ';
		echo '<a href="' . esc_url(
			MembersPage::url(
				array(
					'action'  => 'import',
					'company' => $company->id,
				)
			)
		) . '">' . esc_html__( 'Import users (CSV)', 'kundeportal' ) . '</a> | ';
		echo '<a href="' . esc_url( MemberCsvScreen::export_url( $company->id ) ) . '">' . esc_html__( 'Export users (CSV)', 'kundeportal' ) . '</a></p>';

		echo '<h3>' . esc_html__( 'Add department', 'kundeportal' ) . '</h3>';
		$this->open_form( $company, 'create' );
		echo '<label for="kundeportal-new-department">' . esc_html__( 'Name', 'kundeportal' ) . '</label> ';
		echo '<input type="text" id="kundeportal-new-department" name="name" class="regular-text" maxlength="' . esc_attr( (string) DepartmentEditor::NAME_MAX_LENGTH ) . '" required> ';
		submit_button( __( 'Add department', 'kundeportal' ), 'secondary', 'submit', false );
		echo '</form>';
		$this->render_addresses( $company, $departments );
	}

	/**
	 * One department row.
	 *
	 * @param Company    $company    Company.
	 * @param Department $department Department.
	 * @return void
	 */
	private function render_row( Company $company, Department $department ): void {
		$active  = Department::STATUS_ACTIVE === $department->status;
		$members = count( $this->services->members->in_department( $department->id ) );
		$field   = 'kundeportal-department-' . $department->id;

		echo '<tr data-department="' . esc_attr( (string) $department->id ) . '"><td>';
		$this->open_form( $company, 'rename', $department );
		/* translators: %s: department name. */
		echo '<label class="screen-reader-text" for="' . esc_attr( $field ) . '-name">' . esc_html( sprintf( __( 'Name of %s', 'kundeportal' ), $department->name ) ) . '</label>';
		echo '<input type="text" id="' . esc_attr( $field ) . '-name" name="name" value="' . esc_attr( $department->name ) . '" maxlength="' . esc_attr( (string) DepartmentEditor::NAME_MAX_LENGTH ) . '" required> ';
		submit_button( __( 'Rename', 'kundeportal' ), 'small', 'submit', false );
		echo '</form></td>';

		echo '<td>' . esc_html( $active ? __( 'Active', 'kundeportal' ) : __( 'Archived', 'kundeportal' ) ) . '</td>';
		echo '<td><a href="' . esc_url(
			MembersPage::url(
				array(
					'company'    => $company->id,
					'department' => $department->id,
				)
			)
		) . '">' . esc_html( number_format_i18n( $members ) ) . '</a></td><td>';

		$managers = array_filter( array_map( 'get_userdata', $this->services->departments->managers( $department->id ) ) );
		if ( $managers ) {
			echo '<ul class="kundeportal-managers">';
			foreach ( $managers as $user ) {
				echo '<li>';
				$this->open_form( $company, 'remove_manager', $department );
				echo '<input type="hidden" name="user_id" value="' . esc_attr( (string) $user->ID ) . '">';
				echo esc_html( $user->display_name . ' (' . $user->user_email . ') ' );
				/* translators: 1: user's name, 2: department name. */
				echo '<button type="submit" class="button-link button-link-delete" aria-label="' . esc_attr( sprintf( __( 'Remove %1$s as manager of %2$s', 'kundeportal' ), $user->display_name, $department->name ) ) . '">' . esc_html__( 'Remove', 'kundeportal' ) . '</button>';
				echo '</form></li>';
			}
			echo '</ul>';
		}
		$this->open_form( $company, 'add_manager', $department );
		/* translators: %s: department name. */
		echo '<label class="screen-reader-text" for="' . esc_attr( $field ) . '-manager">' . esc_html( sprintf( __( 'E-mail address or username of a new manager of %s', 'kundeportal' ), $department->name ) ) . '</label>';
		echo '<input type="text" id="' . esc_attr( $field ) . '-manager" name="manager" list="kundeportal-manager-suggestions" placeholder="' . esc_attr__( 'E-mail or username', 'kundeportal' ) . '" autocomplete="off" required> ';
		submit_button( __( 'Add manager', 'kundeportal' ), 'small', 'submit', false );
		echo '</form></td><td>';

		$this->open_form( $company, $active ? 'archive' : 'restore', $department );
		submit_button( $active ? __( 'Archive', 'kundeportal' ) : __( 'Restore', 'kundeportal' ), 'small', 'submit', false, $active && $members ? array( 'disabled' => 'disabled' ) : null );
		echo '</form></td></tr>';
	}

	/**
	 * The delivery addresses of each department, with a remove button each and one form to add
	 * an address to a department. Field errors come back as notices after the redirect, and
	 * the typed values stay in the form.
	 *
	 * @param Company      $company     Company.
	 * @param Department[] $departments Its departments.
	 * @return void
	 */
	private function render_addresses( Company $company, array $departments ): void {
		$active = array_filter( $departments, static fn( Department $department ): bool => Department::STATUS_ACTIVE === $department->status );
		if ( ! $departments ) {
			return;
		}
		echo '<h3 id="kundeportal-department-addresses">' . esc_html__( 'Delivery addresses', 'kundeportal' ) . '</h3>';
		echo '<ul class="kundeportal-department-addresses">';
		foreach ( $departments as $department ) {
			$addresses = $this->services->department_addresses->for_department( $department->id );
			echo '<li><strong>' . esc_html( $department->name ) . '</strong>';
			if ( ! $addresses ) {
				echo ': ' . esc_html__( 'no addresses', 'kundeportal' );
			}
			echo '<ul>';
			foreach ( $addresses as $address ) {
				echo '<li data-address="' . esc_attr( (string) $address->id ) . '">';
				$this->open_form( $company, 'remove_address', $department );
				echo '<input type="hidden" name="address_id" value="' . esc_attr( (string) $address->id ) . '">';
				echo esc_html( sprintf( '%s: %s, %s %s, %s ', $address->label, $address->address_1, $address->postcode, $address->city, $address->country ) );
				/* translators: 1: address label, 2: department name. */
				echo '<button type="submit" class="button-link button-link-delete" aria-label="' . esc_attr( sprintf( __( 'Remove address %1$s of %2$s', 'kundeportal' ), $address->label, $department->name ) ) . '">' . esc_html__( 'Remove', 'kundeportal' ) . '</button>';
				echo '</form></li>';
			}
			echo '</ul></li>';
		}
		echo '</ul>';
		if ( ! $active ) {
			return;
		}

		$typed = get_transient( self::TYPED . get_current_user_id() );
		$typed = is_array( $typed ) ? $typed : array();
		delete_transient( self::TYPED . get_current_user_id() );
		echo '<h4>' . esc_html__( 'Add address', 'kundeportal' ) . '</h4>';
		echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" class="kundeportal-address-form">';
		echo '<input type="hidden" name="action" value="' . esc_attr( self::ACTION ) . '"><input type="hidden" name="op" value="add_address">';
		echo '<input type="hidden" name="company_id" value="' . esc_attr( (string) $company->id ) . '">';
		echo '<input type="hidden" name="_wpnonce" value="' . esc_attr( wp_create_nonce( self::NONCE . '_' . $company->id ) ) . '">';
		echo '<table class="form-table" role="presentation"><tbody>';
		echo '<tr><th scope="row"><label for="kundeportal-address-department">' . esc_html__( 'Department', 'kundeportal' ) . '</label></th><td><select id="kundeportal-address-department" name="department_id">';
		foreach ( $active as $department ) {
			echo '<option value="' . esc_attr( (string) $department->id ) . '"' . selected( (string) ( $typed['department_id'] ?? '' ), (string) $department->id, false ) . '>' . esc_html( $department->name ) . '</option>';
		}
		echo '</select></td></tr>';
		$fields = array(
			'label'     => __( 'Label', 'kundeportal' ),
			'address_1' => __( 'Street address', 'kundeportal' ),
			'postcode'  => __( 'Postcode', 'kundeportal' ),
			'city'      => __( 'City', 'kundeportal' ),
		);
		foreach ( $fields as $key => $label ) {
			$id = 'kundeportal-address-' . str_replace( '_', '-', $key );
			echo '<tr><th scope="row"><label for="' . esc_attr( $id ) . '">' . esc_html( $label ) . '</label></th><td><input type="text" class="regular-text" id="' . esc_attr( $id ) . '" name="' . esc_attr( $key ) . '" value="' . esc_attr( (string) ( $typed[ $key ] ?? '' ) ) . '" required></td></tr>';
		}
		echo '<tr><th scope="row"><label for="kundeportal-address-country">' . esc_html__( 'Country', 'kundeportal' ) . '</label></th><td><select id="kundeportal-address-country" name="country">';
		$base = (string) ( $typed['country'] ?? ( function_exists( 'WC' ) && WC()->countries ? WC()->countries->get_base_country() : 'NO' ) );
		foreach ( DepartmentAddresses::countries() as $code => $name ) {
			echo '<option value="' . esc_attr( (string) $code ) . '"' . selected( $base, (string) $code, false ) . '>' . esc_html( html_entity_decode( (string) $name ) ) . '</option>';
		}
		echo '</select></td></tr></tbody></table>';
		submit_button( __( 'Add address', 'kundeportal' ), 'secondary', 'submit', false );
		echo '</form>';
	}

	/**
	 * A datalist of the company's active users, offered in the "add manager" fields.
	 *
	 * @param Company $company Company.
	 * @return void
	 */
	private function render_suggestions( Company $company ): void {
		echo '<datalist id="kundeportal-manager-suggestions">';
		foreach ( ( new MemberExport() )->rows( $company, 0, 200 ) as $row ) {
			if ( Member::STATUS_ACTIVE === $row[6] ) {
				echo '<option value="' . esc_attr( $row[0] ) . '">' . esc_html( trim( $row[1] . ' ' . $row[2] ) ) . '</option>';
			}
		}
		echo '</datalist>';
	}

	/**
	 * Opens a form posting one operation.
	 *
	 * @param Company         $company    Company.
	 * @param string          $op         Operation.
	 * @param Department|null $department Department it acts on.
	 * @return void
	 */
	private function open_form( Company $company, string $op, ?Department $department = null ): void {
		echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" class="kundeportal-inline-form" style="display:inline">';
		echo '<input type="hidden" name="action" value="' . esc_attr( self::ACTION ) . '">';
		echo '<input type="hidden" name="op" value="' . esc_attr( $op ) . '">';
		echo '<input type="hidden" name="company_id" value="' . esc_attr( (string) $company->id ) . '">';
		if ( $department ) {
			echo '<input type="hidden" name="department_id" value="' . esc_attr( (string) $department->id ) . '">';
		}
		echo '<input type="hidden" name="_wpnonce" value="' . esc_attr( wp_create_nonce( self::NONCE . '_' . $company->id ) ) . '">';
	}

	/**
	 * Adds a success notice.
	 *
	 * @param string $message Translated message.
	 * @return void
	 */
	private function notice( string $message ): void {
		// settings_errors() prints messages as HTML; department names are text.
		add_settings_error( CompaniesPage::SLUG, 'kundeportal_department_saved', esc_html( $message ), 'success' );
	}
}
