<?php
/**
 * CSV import of a company's members: parse, check every row (dry run), apply.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.CodeAnalysis.AssignmentInCondition -- parse() reads the text through an in-memory stream (php://memory), never a file.

/**
 * The file has a header row with the columns of MemberExport (email, first_name, last_name,
 * department, position, credit_limit, status; only email is required, the order is free,
 * comma or semicolon separated, UTF-8 with or without BOM; Windows-1252 is converted).
 *
 * Plan() checks each row against the database and writes nothing: per row the action
 * (create = new membership, possibly a new customer account; update = changes to a member of
 * this company; skip = nothing to do, or errors) and a translated message per error.
 * Apply() carries out the rows without errors; running the same file again changes nothing
 * (every row is then "skip"). Empty cells keep what is stored (credit: the company's default
 * for new members).
 * Rows with status "removed" are skipped: removing people disables their login and cancels
 * their orders, which stays a deliberate action in the portal.
 */
class MemberImport {

	public const COLUMNS = array( 'email', 'first_name', 'last_name', 'department', 'position', 'credit_limit', 'status' );

	/** Largest accepted file in bytes (500 KB). */
	public const MAX_BYTES = 512000;

	/**
	 * Most data rows per file; larger imports are split by the shop admin.
	 * TODO(#5): apply larger files in batches through Action Scheduler instead of one request.
	 */
	public const MAX_ROWS = 500;

	public const ACTION_CREATE = 'create';
	public const ACTION_UPDATE = 'update';
	public const ACTION_SKIP   = 'skip';

	/** Longest credit limit: 12 digits before the decimals. */
	private const MAX_DIGITS = 12;

	/**
	 * Constructor.
	 *
	 * @param Members        $members     Member repository.
	 * @param Departments    $departments Department repository.
	 * @param MemberAccounts $accounts    Creates customers and memberships.
	 */
	public function __construct(
		private Members $members,
		private Departments $departments,
		private MemberAccounts $accounts
	) {
	}

	/**
	 * Reads the CSV text into rows.
	 *
	 * @param string $csv File contents.
	 * @return array<int, array{line:int, cells:array<string,string>}> Rows with
	 *         their row number in the file (the header is row 1) and the cells by column name.
	 * @throws DomainException When the file is too large, empty, has too many rows or no email column.
	 */
	public static function parse( string $csv ): array {
		if ( strlen( $csv ) > self::MAX_BYTES ) {
			throw new DomainException(
				'file_too_large',
				/* translators: %s: largest file size, e.g. "500 KB". */
				sprintf( __( 'The file is too large. Upload at most %s.', 'kundeportal' ), size_format( self::MAX_BYTES ) ),
				413
			);
		}
		if ( str_starts_with( $csv, "\xEF\xBB\xBF" ) ) {
			$csv = substr( $csv, 3 );
		}
		if ( ! mb_check_encoding( $csv, 'UTF-8' ) ) {
			$csv = mb_convert_encoding( $csv, 'UTF-8', 'Windows-1252' );
		}
		if ( '' === trim( $csv ) ) {
			throw new DomainException( 'empty_file', __( 'The file is empty.', 'kundeportal' ), 400 );
		}

		$first_line = strtok( $csv, "\r\n" );
		$delimiter  = substr_count( (string) $first_line, ';' ) > substr_count( (string) $first_line, ',' ) ? ';' : ',';
		$handle     = fopen( 'php://memory', 'r+' );
		fwrite( $handle, $csv );
		rewind( $handle );

		$header = fgetcsv( $handle, null, $delimiter, '"', '' );
		$header = array_map( static fn ( $name ): string => str_replace( array( ' ', '-' ), '_', strtolower( trim( (string) $name ) ) ), (array) $header );
		if ( ! in_array( 'email', $header, true ) ) {
			fclose( $handle );
			throw new DomainException(
				'missing_columns',
				/* translators: %s: the expected column names, comma separated. */
				sprintf( __( 'The first row must name the columns, at least "email". Expected columns: %s.', 'kundeportal' ), implode( ', ', self::COLUMNS ) ),
				400
			);
		}

		$rows = array();
		$line = 1;
		while ( false !== ( $record = fgetcsv( $handle, null, $delimiter, '"', '' ) ) ) {
			++$line;
			if ( array( null ) === $record || '' === trim( implode( '', $record ) ) ) {
				continue;
			}
			if ( count( $rows ) >= self::MAX_ROWS ) {
				fclose( $handle );
				throw new DomainException(
					'too_many_rows',
					/* translators: %d: most rows per file. */
					sprintf( __( 'The file has too many rows. Import at most %d users per file.', 'kundeportal' ), self::MAX_ROWS ),
					413
				);
			}
			$cells = array();
			foreach ( $header as $index => $name ) {
				if ( in_array( $name, self::COLUMNS, true ) && ! isset( $cells[ $name ] ) ) {
					$cells[ $name ] = self::unescape( trim( (string) ( $record[ $index ] ?? '' ) ) );
				}
			}
			$rows[] = array(
				'line'  => $line,
				'cells' => $cells,
			);
		}
		fclose( $handle );

		if ( ! $rows ) {
			throw new DomainException( 'empty_file', __( 'The file has no users below the header row.', 'kundeportal' ), 400 );
		}

		return $rows;
	}

	/**
	 * Checks every row against the database; writes nothing.
	 *
	 * @param Company $company Company the file is for.
	 * @param array   $rows    Output of parse().
	 * @return array<int, array{line:int, email:string, action:string, errors:array<string,string>, note:string, user_id:int, data:array<string,mixed>}>
	 */
	public function plan( Company $company, array $rows ): array {
		$departments = array();
		foreach ( $this->departments->for_company( $company->id ) as $department ) {
			$departments[ mb_strtolower( $department->name ) ] ??= $department;
		}

		$seen = array();
		$plan = array();
		foreach ( $rows as $row ) {
			$plan[] = $this->plan_row( $company, $row, $departments, $seen );
		}

		return $plan;
	}

	/**
	 * Carries out the rows of a plan that have no errors.
	 *
	 * @param Company $company Company.
	 * @param array   $plan    Output of plan() for this company.
	 * @return array{created:int, updated:int, skipped:int, failed:array<int,string>} Failed: message by row number.
	 */
	public function apply( Company $company, array $plan ): array {
		$result = array(
			'created' => 0,
			'updated' => 0,
			'skipped' => 0,
			'failed'  => array(),
		);

		foreach ( $plan as $row ) {
			if ( $row['errors'] || self::ACTION_SKIP === $row['action'] ) {
				++$result['skipped'];
				continue;
			}
			$data = $row['data'];
			try {
				if ( self::ACTION_CREATE === $row['action'] ) {
					$this->accounts->create(
						array(
							'first_name'    => $data['first_name'],
							'last_name'     => $data['last_name'],
							'email'         => $row['email'],
							'department_id' => $data['department_id'],
							'credit_limit'  => $data['credit_limit'],
							'position'      => $data['position'] ?? '',
							'address'       => 'private',
						),
						array( (int) $data['department_id'] )
					);
					++$result['created'];
					continue;
				}

				$member = $this->members->get( $row['user_id'] );
				if ( ! $member || $member->company_id !== $company->id ) {
					$result['failed'][ $row['line'] ] = __( 'The user left the company after the file was checked.', 'kundeportal' );
					continue;
				}
				$this->update_names( $row['user_id'], $data );
				$this->members->update( $row['user_id'], array_intersect_key( $data, array_flip( array( 'department_id', 'position', 'credit_limit' ) ) ) );
				++$result['updated'];
			} catch ( InvalidFields $e ) {
				$result['failed'][ $row['line'] ] = implode( ' ', $e->get_fields() );
			} catch ( DomainException $e ) {
				$result['failed'][ $row['line'] ] = $e->getMessage();
			}
		}

		return $result;
	}

	/**
	 * Number of rows of a plan that would create or update a member.
	 *
	 * @param array $plan Output of plan().
	 * @return int
	 */
	public static function valid_count( array $plan ): int {
		return count( array_filter( $plan, static fn ( array $row ): bool => ! $row['errors'] && self::ACTION_SKIP !== $row['action'] ) );
	}

	/**
	 * Parses a credit limit in kroner ("2500.00", "2 500,5", "2500") to minor units.
	 *
	 * @param string $text Cell text.
	 * @return int|null Minor units, or null when it is no valid amount.
	 */
	public static function parse_credit( string $text ): ?int {
		$decimals = Money::decimals();
		$text     = str_replace( array( "\u{00A0}", "\u{202F}", ' ' ), '', $text );
		if ( ! preg_match( '/^(\d+)(?:[.,](\d*))?$/', $text, $parts ) ) {
			return null;
		}
		$fraction = rtrim( $parts[2] ?? '', '0' );
		if ( strlen( $fraction ) > $decimals || strlen( ltrim( $parts[1], '0' ) ) > self::MAX_DIGITS ) {
			return null;
		}

		return Money::to_minor( $parts[1] . '.' . $fraction, $decimals );
	}

	/**
	 * Removes the quote MemberExport puts before cells starting with =, +, -, @, tab or CR.
	 *
	 * @param string $value Cell text.
	 * @return string
	 */
	public static function unescape( string $value ): string {
		return preg_match( "/^'[=+\\-@\t\r]/", $value ) ? substr( $value, 1 ) : $value;
	}

	/**
	 * Checks one row.
	 *
	 * @param Company                   $company     Company.
	 * @param array                     $row         Parsed row.
	 * @param array<string, Department> $departments Company departments by lower-case name.
	 * @param array<string, int>        $seen        Row number by lower-case e-mail so far.
	 * @return array
	 */
	private function plan_row( Company $company, array $row, array $departments, array &$seen ): array {
		$cells  = $row['cells'];
		$email  = (string) ( $cells['email'] ?? '' );
		$errors = array();
		$data   = array();
		$note   = '';

		if ( '' === $email ) {
			$errors['invalid_email'] = __( 'Enter an e-mail address.', 'kundeportal' );
		} elseif ( ! is_email( $email ) ) {
			$errors['invalid_email'] = __( 'Enter a valid e-mail address, like name@example.com.', 'kundeportal' );
		} elseif ( isset( $seen[ strtolower( $email ) ] ) ) {
			/* translators: %d: row number of the first row with the e-mail address. */
			$errors['duplicate_email'] = sprintf( __( 'The e-mail address is already on row %d of the file.', 'kundeportal' ), $seen[ strtolower( $email ) ] );
		} else {
			$seen[ strtolower( $email ) ] = $row['line'];
		}

		$status = strtolower( (string) ( $cells['status'] ?? '' ) );
		if ( ! in_array( $status, array( '', Member::STATUS_ACTIVE, Member::STATUS_REMOVED ), true ) ) {
			$errors['invalid_status'] = __( 'The status must be "active", "removed" or empty.', 'kundeportal' );
		}

		$department_name = (string) ( $cells['department'] ?? '' );
		if ( '' !== $department_name ) {
			// Stored names have single spaces (Departments::check_name); spreadsheets add doubles and no-break spaces.
			$department = $departments[ mb_strtolower( trim( (string) preg_replace( '/\s+/u', ' ', $department_name ) ) ) ] ?? null;
			if ( ! $department ) {
				/* translators: %s: department name from the file. */
				$errors['unknown_department'] = sprintf( __( 'The company has no department called "%s".', 'kundeportal' ), $department_name );
			} elseif ( Department::STATUS_ACTIVE !== $department->status ) {
				/* translators: %s: department name. */
				$errors['archived_department'] = sprintf( __( 'The department "%s" is archived.', 'kundeportal' ), $department->name );
			} else {
				$data['department_id'] = $department->id;
			}
		}

		$credit = (string) ( $cells['credit_limit'] ?? '' );
		if ( '' !== $credit ) {
			$minor = self::parse_credit( $credit );
			if ( null === $minor ) {
				$errors['invalid_credit'] = sprintf(
					/* translators: %d: number of decimals of the shop's prices. */
					__( 'The credit limit must be an amount of 0 or more in kroner with at most %d decimals, like 2500.00.', 'kundeportal' ),
					Money::decimals()
				);
			} else {
				$data['credit_limit'] = $minor;
			}
		}

		foreach ( array( 'first_name', 'last_name' ) as $field ) {
			$value = sanitize_text_field( (string) ( $cells[ $field ] ?? '' ) );
			if ( mb_strlen( $value ) > MemberAccounts::NAME_MAX_LENGTH ) {
				/* translators: %d: maximum number of characters. */
				$errors['invalid_name'] = sprintf( __( 'First and last name can have at most %d characters each.', 'kundeportal' ), MemberAccounts::NAME_MAX_LENGTH );
			} elseif ( '' !== $value ) {
				$data[ $field ] = $value;
			}
		}
		$position = sanitize_text_field( (string) ( $cells['position'] ?? '' ) );
		if ( mb_strlen( $position ) > MemberAccounts::POSITION_MAX_LENGTH ) {
			/* translators: %d: maximum number of characters. */
			$errors['invalid_position'] = sprintf( __( 'The position can have at most %d characters.', 'kundeportal' ), MemberAccounts::POSITION_MAX_LENGTH );
		} elseif ( '' !== $position ) {
			$data['position'] = $position;
		}

		$user    = ! isset( $errors['invalid_email'] ) ? get_user_by( 'email', $email ) : false;
		$user_id = $user ? $user->ID : 0;
		$member  = $user ? $this->members->get( $user->ID ) : null;
		$action  = $member ? self::ACTION_UPDATE : self::ACTION_CREATE;

		if ( $member && $member->company_id !== $company->id ) {
			$errors['other_company'] = __( 'This e-mail address belongs to a user of another company.', 'kundeportal' );
		} elseif ( $user && ! $member && ( ( $user->roles && array( 'customer' ) !== array_values( (array) $user->roles ) ) || user_can( $user, 'manage_woocommerce' ) ) ) {
			$errors['cannot_add_user'] = __( 'An account with this e-mail address already exists and cannot be added.', 'kundeportal' );
		}

		if ( self::ACTION_CREATE === $action && ! $errors && Member::STATUS_REMOVED !== $status ) {
			$data['first_name'] ??= $user ? (string) $user->first_name : '';
			$data['last_name']  ??= $user ? (string) $user->last_name : '';
			if ( '' === $data['first_name'] || '' === $data['last_name'] ) {
				$errors['invalid_name'] = __( 'New users need a first and a last name.', 'kundeportal' );
			}
			if ( ! isset( $data['department_id'] ) ) {
				$errors['unknown_department'] = __( 'New users need a department.', 'kundeportal' );
			}
			$data['credit_limit'] ??= null;
		}

		if ( $errors ) {
			$action = self::ACTION_SKIP;
		} elseif ( Member::STATUS_REMOVED === $status ) {
			$action = self::ACTION_SKIP;
			$note   = __( 'Status "removed": not imported. Delete users in the portal or on the members screen.', 'kundeportal' );
		} elseif ( $member ) {
			$data = $this->changes( $member, $user, $data );
			if ( ! $data ) {
				$action = self::ACTION_SKIP;
				$note   = __( 'No changes.', 'kundeportal' );
			}
		}

		return array(
			'line'    => $row['line'],
			'email'   => $email,
			'action'  => $action,
			'errors'  => $errors,
			'note'    => $note,
			'user_id' => $user_id,
			'data'    => $data,
		);
	}

	/**
	 * The fields of a row that differ from the stored member and user.
	 *
	 * @param Member   $member Stored member.
	 * @param \WP_User $user   Their user.
	 * @param array    $data   Checked fields of the row.
	 * @return array
	 */
	private function changes( Member $member, \WP_User $user, array $data ): array {
		$stored = array(
			'department_id' => $member->department_id,
			'credit_limit'  => $member->credit_limit,
			'position'      => $member->position,
			'first_name'    => (string) $user->first_name,
			'last_name'     => (string) $user->last_name,
		);

		return array_filter(
			$data,
			static fn ( $value, string $key ): bool => ! array_key_exists( $key, $stored ) || $stored[ $key ] !== $value,
			ARRAY_FILTER_USE_BOTH
		);
	}

	/**
	 * Writes changed first/last names to the WordPress user (and the billing names).
	 *
	 * @param int   $user_id User id.
	 * @param array $data    Changes.
	 * @return void
	 */
	private function update_names( int $user_id, array $data ): void {
		$names = array_intersect_key( $data, array_flip( array( 'first_name', 'last_name' ) ) );
		if ( ! $names ) {
			return;
		}
		wp_update_user( array( 'ID' => $user_id ) + $names );
		foreach ( $names as $key => $value ) {
			update_user_meta( $user_id, 'billing_' . $key, $value );
		}
	}
}
