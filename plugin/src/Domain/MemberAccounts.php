<?php
/**
 * Adding, changing and deleting portal users (WordPress user + membership).
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

use Kundeportal\Infrastructure\Keys;

defined( 'ABSPATH' ) || exit;

/**
 * A manager's user administration. New people become WordPress customers and get
 * WooCommerce's new-account e-mail with a set-password link; existing customers who belong to
 * no company are added as they are. Deleting ends the membership, blocks the login (user
 * meta checked by Account\LoginGate), ends sessions and cancels pending orders; orders stay.
 */
class MemberAccounts {

	public const NAME_MAX_LENGTH     = 20;
	public const POSITION_MAX_LENGTH = 60;

	/** Most digits of a credit limit before the decimal point, as in wp-admin and the CSV import. */
	public const CREDIT_MAX_DIGITS = 12;

	/**
	 * User meta set when a manager deleted the user: the login is refused while it is set.
	 */
	public const META_LOGIN_DISABLED = '_kundeportal_login_disabled';

	/** User meta: the account existed before it joined the portal (a manager added a shop customer). */
	public const META_EXISTING_ACCOUNT = '_kundeportal_existing_account';

	/**
	 * Constructor.
	 *
	 * @param Members     $members     Member repository.
	 * @param Departments $departments Department repository.
	 * @param Companies   $companies   Company repository.
	 * @param Approval    $approval    Approval (cancels pending orders).
	 */
	public function __construct(
		private Members $members,
		private Departments $departments,
		private Companies $companies,
		private Approval $approval
	) {
	}

	/**
	 * Adds a user to a department: a new customer account (with the set-password e-mail), or
	 * an existing customer who is in no company.
	 *
	 * @param array $data  first_name, last_name, email, department_id, credit_limit (int|null),
	 *                     position, address ("private" or an address id of the department).
	 * @param int[] $scope Department ids the acting user manages.
	 * @return Member
	 * @throws InvalidFields With a message per invalid field.
	 */
	public function create( array $data, array $scope ): Member {
		// Plain text, checked as it will be stored (WordPress strips tags from user names anyway).
		$first    = trim( sanitize_text_field( (string) ( $data['first_name'] ?? '' ) ) );
		$last     = trim( sanitize_text_field( (string) ( $data['last_name'] ?? '' ) ) );
		$email    = trim( (string) ( $data['email'] ?? '' ) );
		$position = trim( sanitize_text_field( (string) ( $data['position'] ?? '' ) ) );
		$errors   = array();

		$this->check_name( 'first_name', $first, $errors );
		$this->check_name( 'last_name', $last, $errors );
		$this->check_position( $position, $errors );
		$department = $this->check_department( $data['department_id'] ?? null, $scope, null, $errors );
		$this->check_credit( $data['credit_limit'] ?? null, false, $errors );

		// The user's own address ("private") or one of the chosen department's addresses.
		$address       = trim( (string) ( $data['address'] ?? '' ) );
		$addresses     = new DepartmentAddresses();
		$department_to = null;
		if ( '' === $address ) {
			$errors['address'] = __( 'Choose an address.', 'kundeportal' );
		} elseif ( 'private' !== $address ) {
			$department_to = $department && ctype_digit( $address ) ? $addresses->get_in_department( $department->id, (int) $address ) : null;
			if ( ! $department_to ) {
				$errors['address'] = __( 'Choose one of the addresses in the list.', 'kundeportal' );
			}
		}

		$existing = null;
		if ( '' === $email ) {
			$errors['email'] = __( 'Enter an e-mail address.', 'kundeportal' );
		} elseif ( ! is_email( $email ) ) {
			$errors['email'] = __( 'Enter a valid e-mail address, like name@example.com.', 'kundeportal' );
		} else {
			$existing = get_user_by( 'email', $email );
			$refusal  = $existing ? $this->existing_user_refusal( $existing, $department ) : '';
			if ( '' !== $refusal ) {
				$errors['email'] = $refusal;
			}
		}

		if ( $errors ) {
			throw new InvalidFields( $errors );
		}

		$credit = null === ( $data['credit_limit'] ?? null ) ? null : (int) $data['credit_limit'];

		if ( $existing ) {
			// A login the portal blocked earlier is the portal's own account coming back; any
			// other existing account was the customer's before and stays theirs after deletion.
			if ( ! self::is_login_disabled( $existing->ID ) ) {
				update_user_meta( $existing->ID, self::META_EXISTING_ACCOUNT, gmdate( 'c' ) );
			}
			delete_user_meta( $existing->ID, self::META_LOGIN_DISABLED );
			if ( ! in_array( 'customer', (array) $existing->roles, true ) ) {
				$existing->add_role( 'customer' );
			}

			$addresses->set_default_for_user( $existing->ID, $department_to ? $department_to->id : 0 );

			return $this->members->add( $existing->ID, $department->id, $position, $credit );
		}

		$user_id = $this->create_customer( $email, $first, $last );
		$addresses->set_default_for_user( $user_id, $department_to ? $department_to->id : 0 );

		return $this->members->add( $user_id, $department->id, $position, $credit );
	}

	/**
	 * Registers a new person through a department's registration link: always a new customer
	 * account (an existing e-mail is refused, so nobody can pull someone else's account into a
	 * company), with the company's default credit and the set-password e-mail.
	 *
	 * @param array $data          first_name, last_name, email, position.
	 * @param int   $department_id Department of the link.
	 * @return Member
	 * @throws InvalidFields With a message per invalid field.
	 */
	public function register( array $data, int $department_id ): Member {
		$fields = $this->check_registration( $data );

		return $this->members->add( $this->create_customer( $fields['email'], $fields['first_name'], $fields['last_name'] ), $department_id, $fields['position'] );
	}

	/**
	 * Validates a registration: names, position, a valid e-mail that has no account yet.
	 *
	 * @param array $data first_name, last_name, email, position.
	 * @return array<string, string> The trimmed fields.
	 * @throws InvalidFields With a message per invalid field.
	 */
	public function check_registration( array $data ): array {
		$fields = array();
		foreach ( array( 'first_name', 'last_name', 'email', 'position' ) as $key ) {
			$fields[ $key ] = trim( 'email' === $key ? (string) ( $data[ $key ] ?? '' ) : sanitize_text_field( (string) ( $data[ $key ] ?? '' ) ) );
		}
		$errors = array();

		$this->check_name( 'first_name', $fields['first_name'], $errors );
		$this->check_name( 'last_name', $fields['last_name'], $errors );
		$this->check_position( $fields['position'], $errors );
		if ( '' === $fields['email'] ) {
			$errors['email'] = __( 'Enter an e-mail address.', 'kundeportal' );
		} elseif ( ! is_email( $fields['email'] ) ) {
			$errors['email'] = __( 'Enter a valid e-mail address, like name@example.com.', 'kundeportal' );
		} elseif ( email_exists( $fields['email'] ) ) {
			$errors['email'] = __( 'An account with this e-mail address already exists. Log in, or ask your manager to add you.', 'kundeportal' );
		}
		if ( $errors ) {
			throw new InvalidFields( $errors );
		}

		return $fields;
	}

	/**
	 * Changes position, department or credit limit of a member in scope.
	 *
	 * @param Member $member Active member.
	 * @param array  $data   Any of position, department_id, credit_limit.
	 * @param int[]  $scope  Department ids the acting user manages.
	 * @return Member
	 * @throws InvalidFields With a message per invalid field.
	 */
	public function update( Member $member, array $data, array $scope ): Member {
		$errors  = array();
		$changes = array();

		if ( array_key_exists( 'position', $data ) ) {
			$changes['position'] = trim( sanitize_text_field( (string) $data['position'] ) );
			$this->check_position( $changes['position'], $errors );
		}
		if ( array_key_exists( 'department_id', $data ) ) {
			$department = $this->check_department( $data['department_id'], $scope, $member->company_id, $errors, $member->department_id );
			if ( $department ) {
				$changes['department_id'] = $department->id;
			}
		}
		if ( array_key_exists( 'credit_limit', $data ) ) {
			$this->check_credit( $data['credit_limit'], true, $errors );
			$changes['credit_limit'] = (int) $data['credit_limit'];
		}

		if ( $errors ) {
			throw new InvalidFields( $errors );
		}

		return $this->members->update( $member->user_id, $changes ) ?? $member;
	}

	/**
	 * Deletes a user from the portal: membership removed, login blocked and sessions ended
	 * (unless the account existed before it joined: then it stays a plain shop customer),
	 * orders awaiting approval cancelled with a note to the orderer. Orders are kept.
	 *
	 * @param Member $member     Active member.
	 * @param int    $by_user_id Acting manager.
	 * @return int[] Ids of the cancelled orders.
	 * @throws DomainException `cannot_delete_self` (409) when a user deletes themselves.
	 */
	public function delete( Member $member, int $by_user_id ): array {
		if ( $member->user_id === $by_user_id ) {
			throw new DomainException( 'cannot_delete_self', __( 'You cannot delete your own user. Ask another manager or the shop.', 'kundeportal' ), 409 );
		}

		$this->members->remove( $member->user_id );
		if ( '' !== (string) get_user_meta( $member->user_id, self::META_EXISTING_ACCOUNT, true ) ) {
			// The shop customer's own account, added by a manager: it leaves the company but
			// keeps its login (a manager must not be able to lock a customer out of the shop).
			delete_user_meta( $member->user_id, self::META_EXISTING_ACCOUNT );
		} else {
			update_user_meta( $member->user_id, self::META_LOGIN_DISABLED, gmdate( 'c' ) );
			\WP_Session_Tokens::get_instance( $member->user_id )->destroy_all();
		}

		$cancelled = array();
		$orders    = wc_get_orders(
			array(
				'customer_id' => $member->user_id,
				'status'      => array( 'wc-' . Keys::STATUS_APPROVAL ),
				'limit'       => -1,
				'type'        => 'shop_order',
			)
		);
		foreach ( $orders as $order ) {
			$this->approval->cancel(
				$order,
				$by_user_id,
				__( 'Your user account in the customer portal was deleted, so this order was cancelled.', 'kundeportal' )
			);
			$cancelled[] = $order->get_id();
		}

		return $cancelled;
	}

	/**
	 * Whether a manager deleted this user (their login is refused).
	 *
	 * @param int $user_id User id.
	 * @return bool
	 */
	public static function is_login_disabled( int $user_id ): bool {
		return $user_id > 0 && '' !== (string) get_user_meta( $user_id, self::META_LOGIN_DISABLED, true );
	}

	/**
	 * Why an existing account with the e-mail cannot be added ('' when it can).
	 *
	 * @param \WP_User        $user       Account with the e-mail.
	 * @param Department|null $department Target department, if valid.
	 * @return string Translated message, or ''.
	 */
	private function existing_user_refusal( \WP_User $user, ?Department $department ): string {
		$membership = $this->members->get( $user->ID );
		if ( $membership ) {
			return $department && $membership->company_id === $department->company_id
				? __( 'This person is already a user in your company.', 'kundeportal' )
				: __( 'This e-mail address belongs to a user of another company.', 'kundeportal' );
		}

		$roles = (array) $user->roles;
		if ( ( $roles && array( 'customer' ) !== array_values( $roles ) ) || user_can( $user, 'manage_woocommerce' ) ) {
			return __( 'An account with this e-mail address already exists and cannot be added.', 'kundeportal' );
		}

		return '';
	}

	/**
	 * Creates the customer account; WooCommerce sends its new-account e-mail, which carries the
	 * set-password link because the password was generated.
	 *
	 * @param string $email E-mail.
	 * @param string $first First name.
	 * @param string $last  Last name.
	 * @return int User id.
	 * @throws InvalidFields When WooCommerce refuses the account.
	 */
	private function create_customer( string $email, string $first, string $last ): int {
		$user_id = wc_create_new_customer(
			$email,
			'',
			'',
			array(
				'first_name'   => $first,
				'last_name'    => $last,
				'display_name' => trim( $first . ' ' . $last ),
			)
		);
		if ( is_wp_error( $user_id ) ) {
			throw new InvalidFields( array( 'email' => wp_strip_all_tags( $user_id->get_error_message() ) ) );
		}

		update_user_meta( $user_id, 'billing_first_name', $first );
		update_user_meta( $user_id, 'billing_last_name', $last );
		update_user_meta( $user_id, 'billing_email', $email );

		return (int) $user_id;
	}

	/**
	 * Checks a first or last name: required, at most NAME_MAX_LENGTH characters.
	 *
	 * @param string $field  first_name|last_name.
	 * @param string $value  Trimmed value.
	 * @param array  $errors Collected errors.
	 */
	private function check_name( string $field, string $value, array &$errors ): void {
		if ( '' === $value ) {
			$errors[ $field ] = 'first_name' === $field ? __( 'Enter the first name.', 'kundeportal' ) : __( 'Enter the last name.', 'kundeportal' );
		} elseif ( mb_strlen( $value ) > self::NAME_MAX_LENGTH ) {
			/* translators: %d: maximum number of characters. */
			$errors[ $field ] = sprintf( __( 'Use at most %d characters.', 'kundeportal' ), self::NAME_MAX_LENGTH );
		}
	}

	/**
	 * Checks a position: at most POSITION_MAX_LENGTH characters.
	 *
	 * @param string $value  Trimmed value.
	 * @param array  $errors Collected errors.
	 */
	private function check_position( string $value, array &$errors ): void {
		if ( mb_strlen( $value ) > self::POSITION_MAX_LENGTH ) {
			/* translators: %d: maximum number of characters. */
			$errors['position'] = sprintf( __( 'Use at most %d characters.', 'kundeportal' ), self::POSITION_MAX_LENGTH );
		}
	}

	/**
	 * Checks a department id: required, in scope, active, and (when given) in the company.
	 *
	 * @param mixed    $value      Department id.
	 * @param int[]    $scope      Department ids the acting user manages.
	 * @param int|null $company_id Company the department must belong to.
	 * @param array    $errors     Collected errors.
	 * @param int      $current    The member's current department (may stay even when archived).
	 * @return Department|null
	 */
	private function check_department( $value, array $scope, ?int $company_id, array &$errors, int $current = 0 ): ?Department {
		$id         = is_numeric( $value ) ? (int) $value : 0;
		$department = $id > 0 && in_array( $id, $scope, true ) ? $this->departments->get( $id ) : null;

		if ( $department && Department::STATUS_ARCHIVED === $department->status && $department->id !== $current ) {
			$errors['department_id'] = __( 'This department is archived and cannot get new users.', 'kundeportal' );

			return null;
		}

		if ( $department && ( null === $company_id || $department->company_id === $company_id ) && ( Department::STATUS_ACTIVE === $department->status || $department->id === $current ) ) {
			return $department;
		}

		$errors['department_id'] = $id > 0 ? __( 'Choose one of your departments.', 'kundeportal' ) : __( 'Choose a department.', 'kundeportal' );

		return null;
	}

	/**
	 * Checks a credit limit in minor units: a whole number, zero or more.
	 *
	 * @param mixed $value    Value; null means "the company's default" unless required.
	 * @param bool  $required Whether null is an error.
	 * @param array $errors   Collected errors.
	 */
	private function check_credit( $value, bool $required, array &$errors ): void {
		if ( null === $value && ! $required ) {
			return;
		}
		if ( ! is_int( $value ) || $value < 0 ) {
			$errors['credit_limit'] = __( 'Enter a credit limit of 0 or more.', 'kundeportal' );
		} elseif ( $value >= ( 10 ** self::CREDIT_MAX_DIGITS ) * ( 10 ** Money::decimals() ) ) {
			// Also catches 1e30, which the REST API casts to a meaningless integer, and keeps sums exact in JavaScript.
			/* translators: %d: most digits. */
			$errors['credit_limit'] = sprintf( __( 'The credit limit can have at most %d digits before the decimal point.', 'kundeportal' ), self::CREDIT_MAX_DIGITS );
		}
	}
}
