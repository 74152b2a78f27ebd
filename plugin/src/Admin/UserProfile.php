<?php
/**
 * The "Kundeportal" section of a user's profile in wp-admin.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Admin;

use Kundeportal\Domain\Company;
use Kundeportal\Domain\Department;
use Kundeportal\Domain\DomainException;
use Kundeportal\Domain\Member;
use Kundeportal\Domain\MemberAccounts;
use Kundeportal\Domain\Money;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * On user-edit.php and profile.php, for users who may edit users: company, department,
 * position, credit limit, membership status, the departments the user manages, and the
 * company the user is a company admin of (user meta _kundeportal_company_admin). WordPress
 * checks the profile form's nonce; the fields are checked and saved on
 * user_profile_update_errors, so a bad value shows as a profile error and nothing of ours
 * is saved while any error is present.
 */
final class UserProfile {

	/** Name of the posted field array. */
	public const FIELD = 'kundeportal';

	/** Capability needed to see and change the section. */
	public const CAPABILITY = 'edit_users';

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
		add_action( 'show_user_profile', array( $this, 'render' ) );
		add_action( 'edit_user_profile', array( $this, 'render' ) );
		add_action( 'user_profile_update_errors', array( $this, 'handle_update_errors' ), 10, 3 );
	}

	/**
	 * Checks and saves the posted section when a profile is updated.
	 *
	 * @internal
	 * @param \WP_Error $errors Errors of the profile form.
	 * @param bool      $update Whether an existing user is updated (false on user-new.php).
	 * @param object    $user   User data; ID is set on updates.
	 * @return void
	 */
	public function handle_update_errors( $errors, $update, $user ): void {
		// WordPress verified the profile form's nonce (update-user_{id}) before this hook.
		// phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized, WordPress.Security.NonceVerification.Missing -- parse() checks each field.
		$posted = isset( $_POST[ self::FIELD ] ) && is_array( $_POST[ self::FIELD ] ) ? wp_unslash( $_POST[ self::FIELD ] ) : null;
		if ( ! $update || null === $posted || ! $errors instanceof \WP_Error || empty( $user->ID ) ) {
			return;
		}

		$result = $this->save( (int) $user->ID, $posted, $errors->has_errors() );
		foreach ( $result->get_error_codes() as $code ) {
			$errors->add( $code, (string) $result->get_error_message( $code ) );
		}
	}

	/**
	 * Checks the posted values and, when all are valid (and $dry_run is false), saves them.
	 *
	 * @param int   $user_id User being edited.
	 * @param array $posted  Unslashed fields: company_id, department_id, position, credit_limit,
	 *                       status (active|removed), managed (department ids), company_admin.
	 * @param bool  $dry_run Only check (the profile form already has errors).
	 * @return \WP_Error Empty when saved; one error per bad field otherwise.
	 */
	public function save( int $user_id, array $posted, bool $dry_run = false ): \WP_Error {
		$errors = new \WP_Error();
		if ( ! current_user_can( self::CAPABILITY ) || ! current_user_can( 'edit_user', $user_id ) ) {
			$errors->add( 'kundeportal_forbidden', __( 'Sorry, you are not allowed to change the Kundeportal settings of this user.', 'kundeportal' ) );
			return $errors;
		}

		$data = $this->parse( $posted, $user_id, $errors );
		if ( $errors->has_errors() || $dry_run ) {
			return $errors;
		}

		try {
			$this->save_membership( $user_id, $data );
		} catch ( DomainException $e ) {
			$errors->add( 'kundeportal_' . $e->get_error_code(), $e->getMessage() );
			return $errors;
		}
		$this->save_managed( $user_id, $data['managed'] );
		if ( $data['company_admin'] > 0 ) {
			update_user_meta( $user_id, Keys::META_COMPANY_ADMIN, $data['company_admin'] );
		} else {
			delete_user_meta( $user_id, Keys::META_COMPANY_ADMIN );
		}

		return $errors;
	}

	/**
	 * Checks the posted values.
	 *
	 * @param array     $posted  Unslashed fields.
	 * @param int       $user_id User being edited.
	 * @param \WP_Error $errors  Collects one error per bad field.
	 * @return array{company_id:int,department:?Department,position:string,credit_limit:?int,status:string,managed:int[],company_admin:int}
	 */
	private function parse( array $posted, int $user_id, \WP_Error $errors ): array {
		$text = static fn ( string $key ): string => is_scalar( $posted[ $key ] ?? null ) ? trim( (string) $posted[ $key ] ) : '';

		$status = $text( 'status' );
		if ( ! in_array( $status, array( Member::STATUS_ACTIVE, Member::STATUS_REMOVED ), true ) ) {
			$errors->add( 'kundeportal_status', __( 'Choose a membership status: active or removed.', 'kundeportal' ) );
		}

		$company_id = absint( $text( 'company_id' ) );
		if ( $company_id > 0 && ! $this->services->companies->get( $company_id ) ) {
			$errors->add( 'kundeportal_company', __( 'The company does not exist.', 'kundeportal' ) );
		}

		$department_id = absint( $text( 'department_id' ) );
		$department    = $department_id > 0 ? $this->services->departments->get( $department_id ) : null;
		if ( $department_id > 0 && ! $department ) {
			$errors->add( 'kundeportal_department', __( 'The department does not exist.', 'kundeportal' ) );
		} elseif ( $department && $company_id > 0 && $department->company_id !== $company_id ) {
			$errors->add( 'kundeportal_department', __( 'The department belongs to another company. Choose a department of the chosen company.', 'kundeportal' ) );
		} elseif ( $department && Department::STATUS_ACTIVE !== $department->status && Member::STATUS_ACTIVE === $status && $this->services->members->get( $user_id )?->department_id !== $department->id ) {
			// Like the portal, CSV import and moves: archived departments take no new users.
			$errors->add( 'kundeportal_department', __( 'This department is archived and cannot get new users.', 'kundeportal' ) );
		} elseif ( ! $department && Member::STATUS_ACTIVE === $status && ( $company_id > 0 || $this->services->members->get( $user_id ) ) ) {
			$errors->add( 'kundeportal_department', __( 'Choose the member\'s department, or set the membership to removed.', 'kundeportal' ) );
		}

		$position = sanitize_text_field( $text( 'position' ) );
		if ( mb_strlen( $position ) > MemberAccounts::POSITION_MAX_LENGTH ) {
			/* translators: %d: maximum number of characters. */
			$errors->add( 'kundeportal_position', sprintf( __( 'The position can be at most %d characters long.', 'kundeportal' ), MemberAccounts::POSITION_MAX_LENGTH ) );
		}

		$credit_limit = null;
		if ( '' !== $text( 'credit_limit' ) ) {
			$parsed = CompanyForm::parse_amount( $text( 'credit_limit' ) );
			if ( is_int( $parsed ) ) {
				$credit_limit = $parsed;
			} else {
				$errors->add( 'kundeportal_credit_limit', __( 'The credit limit must be a number of 0 or more, like 5000 or 5000,50 (empty: the company\'s default).', 'kundeportal' ) );
			}
		}

		$managed = array();
		foreach ( (array) ( $posted['managed'] ?? array() ) as $value ) {
			$value = is_scalar( $value ) ? trim( (string) $value ) : 'invalid';
			if ( '' === $value ) {
				continue; // The hidden empty value that lets "none" be posted.
			}
			$id = ctype_digit( $value ) ? (int) $value : 0;
			if ( $id > 0 && $this->services->departments->get( $id ) ) {
				$managed[] = $id;
			} else {
				$errors->add( 'kundeportal_managed', __( 'One of the departments to manage does not exist.', 'kundeportal' ) );
			}
		}

		$company_admin = absint( $text( 'company_admin' ) );
		if ( $company_admin > 0 && ! $this->services->companies->get( $company_admin ) ) {
			$errors->add( 'kundeportal_company_admin', __( 'The company to be company admin of does not exist.', 'kundeportal' ) );
		}

		return array(
			'company_id'    => $company_id,
			'department'    => $department,
			'position'      => $position,
			'credit_limit'  => $credit_limit,
			'status'        => $status,
			'managed'       => array_values( array_unique( $managed ) ),
			'company_admin' => $company_admin,
		);
	}

	/**
	 * Adds, moves, updates or removes the membership.
	 *
	 * @param int   $user_id User id.
	 * @param array $data    Output of parse().
	 * @return void
	 * @throws DomainException From the member repository.
	 */
	private function save_membership( int $user_id, array $data ): void {
		$members = $this->services->members;
		$current = $members->get( $user_id );

		if ( Member::STATUS_REMOVED === $data['status'] ) {
			if ( $current ) {
				$members->remove( $user_id );
			}
			return;
		}

		$department = $data['department'];
		if ( ! $department instanceof Department ) {
			return;
		}

		$limit = $data['credit_limit'];
		if ( $current && $current->company_id === $department->company_id ) {
			$company = $this->services->companies->get( $department->company_id );
			$members->update(
				$user_id,
				array(
					'department_id' => $department->id,
					'position'      => $data['position'],
					'credit_limit'  => $limit ?? ( $company ? $company->default_credit_limit : 0 ),
				)
			);
			return;
		}

		$members->add( $user_id, $department->id, $data['position'], $limit );
	}

	/**
	 * Makes the user manager of exactly the given departments.
	 *
	 * @param int   $user_id User id.
	 * @param int[] $managed Department ids.
	 * @return void
	 */
	private function save_managed( int $user_id, array $managed ): void {
		$departments = $this->services->departments;
		$current     = array_map( static fn ( Department $d ): int => $d->id, $departments->managed_by( $user_id ) );

		foreach ( array_diff( $managed, $current ) as $id ) {
			$departments->add_manager( (int) $id, $user_id );
		}
		foreach ( array_diff( $current, $managed ) as $id ) {
			$departments->remove_manager( (int) $id, $user_id );
		}
	}

	/**
	 * Prints the section.
	 *
	 * @param \WP_User $user User being edited.
	 * @return void
	 */
	public function render( $user ): void {
		if ( ! $user instanceof \WP_User || ! current_user_can( self::CAPABILITY ) || ! current_user_can( 'edit_user', $user->ID ) ) {
			return;
		}

		$member    = $this->services->members->find( $user->ID );
		$active    = $member && Member::STATUS_ACTIVE === $member->status;
		$companies = $this->services->companies->all();
		$groups    = $this->departments_by_company();
		$managed   = array_map( static fn ( Department $d ): int => $d->id, $this->services->departments->managed_by( $user->ID ) );
		$admin_of  = (int) get_user_meta( $user->ID, Keys::META_COMPANY_ADMIN, true );
		$name      = self::FIELD;
		$position  = $member ? $member->position : '';
		$limit     = $member ? wc_format_localized_price( Money::from_minor( $member->credit_limit ) ) : '';

		echo '<h2 id="kundeportal">' . esc_html__( 'Kundeportal', 'kundeportal' ) . '</h2>';
		echo '<table class="form-table" role="presentation"><tbody>';

		$this->row( 'kundeportal-company', __( 'Company', 'kundeportal' ) );
		$this->company_select( 'kundeportal-company', $name . '[company_id]', $companies, $member ? $member->company_id : 0, __( '— Not a member —', 'kundeportal' ) );
		echo '</td></tr>';

		$this->row( 'kundeportal-department', __( 'Department', 'kundeportal' ) );
		printf( '<select id="kundeportal-department" name="%s">', esc_attr( $name . '[department_id]' ) );
		printf( '<option value="">%s</option>', esc_html__( '— None —', 'kundeportal' ) );
		$this->department_options( $companies, $groups, $member ? array( $member->department_id ) : array() );
		echo '</select>';
		echo '<p class="description">' . esc_html__( 'The department must belong to the company.', 'kundeportal' ) . '</p></td></tr>';

		$this->row( 'kundeportal-position', __( 'Position', 'kundeportal' ) );
		printf( '<input type="text" id="kundeportal-position" name="%s" value="%s" maxlength="%d" class="regular-text">', esc_attr( $name . '[position]' ), esc_attr( $position ), (int) MemberAccounts::POSITION_MAX_LENGTH );
		echo '</td></tr>';

		$this->row( 'kundeportal-credit-limit', __( 'Credit limit', 'kundeportal' ) );
		printf(
			'<input type="text" inputmode="decimal" id="kundeportal-credit-limit" name="%s" value="%s" class="regular-text" aria-describedby="kundeportal-credit-limit-description">',
			esc_attr( $name . '[credit_limit]' ),
			esc_attr( $limit )
		);
		echo '<p class="description" id="kundeportal-credit-limit-description">' . esc_html__( 'Per credit period of the company. Empty: the company\'s default limit.', 'kundeportal' ) . '</p></td></tr>';

		$this->row( 'kundeportal-status', __( 'Membership', 'kundeportal' ) );
		printf( '<select id="kundeportal-status" name="%s">', esc_attr( $name . '[status]' ) );
		printf( '<option value="%s"%s>%s</option>', esc_attr( Member::STATUS_ACTIVE ), selected( $active || ! $member, true, false ), esc_html__( 'Active', 'kundeportal' ) );
		printf( '<option value="%s"%s>%s</option>', esc_attr( Member::STATUS_REMOVED ), selected( $member && ! $active, true, false ), esc_html__( 'Removed', 'kundeportal' ) );
		echo '</select></td></tr>';

		$this->row( 'kundeportal-managed', __( 'Department manager of', 'kundeportal' ) );
		printf( '<select id="kundeportal-managed" name="%s" multiple size="6" aria-describedby="kundeportal-managed-description">', esc_attr( $name . '[managed][]' ) );
		$this->department_options( $companies, $groups, $managed );
		echo '</select>';
		printf( '<input type="hidden" name="%s" value="">', esc_attr( $name . '[managed][]' ) );
		echo '<p class="description" id="kundeportal-managed-description">' . esc_html__( 'Hold Ctrl (Cmd on a Mac) to choose several departments.', 'kundeportal' ) . '</p></td></tr>';

		$this->row( 'kundeportal-company-admin', __( 'Company admin', 'kundeportal' ) );
		$this->company_select( 'kundeportal-company-admin', $name . '[company_admin]', $companies, $admin_of, __( '— No —', 'kundeportal' ) );
		echo '</td></tr>';

		echo '</tbody></table>';
	}

	/**
	 * Opens a form table row with its label.
	 *
	 * @param string $id    Field id.
	 * @param string $label Label.
	 * @return void
	 */
	private function row( string $id, string $label ): void {
		printf( '<tr><th scope="row"><label for="%s">%s</label></th><td>', esc_attr( $id ), esc_html( $label ) );
	}

	/**
	 * A company dropdown.
	 *
	 * @param string    $id        Field id.
	 * @param string    $name      Field name.
	 * @param Company[] $companies Companies.
	 * @param int       $selected  Selected company id.
	 * @param string    $none      Label of the empty choice.
	 * @return void
	 */
	private function company_select( string $id, string $name, array $companies, int $selected, string $none ): void {
		printf( '<select id="%s" name="%s">', esc_attr( $id ), esc_attr( $name ) );
		printf( '<option value="">%s</option>', esc_html( $none ) );
		foreach ( $companies as $company ) {
			printf( '<option value="%d"%s>%s</option>', (int) $company->id, selected( $selected, $company->id, false ), esc_html( $company->name ) );
		}
		echo '</select>';
	}

	/**
	 * Department options grouped by company.
	 *
	 * @param Company[]                $companies Companies.
	 * @param array<int, Department[]> $groups    Departments by company id.
	 * @param int[]                    $selected  Selected department ids.
	 * @return void
	 */
	private function department_options( array $companies, array $groups, array $selected ): void {
		foreach ( $companies as $company ) {
			if ( empty( $groups[ $company->id ] ) ) {
				continue;
			}
			printf( '<optgroup label="%s">', esc_attr( $company->name ) );
			foreach ( $groups[ $company->id ] as $department ) {
				printf(
					'<option value="%d"%s>%s</option>',
					(int) $department->id,
					in_array( $department->id, $selected, true ) ? ' selected="selected"' : '',
					esc_html( $department->name )
				);
			}
			echo '</optgroup>';
		}
	}

	/**
	 * All departments by company id.
	 *
	 * @return array<int, Department[]>
	 */
	private function departments_by_company(): array {
		$groups = array();
		foreach ( $this->services->departments->all() as $department ) {
			$groups[ $department->company_id ][] = $department;
		}

		return $groups;
	}
}
