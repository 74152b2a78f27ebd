<?php
/**
 * Company repository.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- Own tables: no WordPress API exists; reads stay fresh for credit checks.

/**
 * Reads and writes companies ({prefix}kundeportal_companies).
 */
class Companies {

	/** Fields create() and update() take. */
	public const FIELDS = array( 'name', 'approval_required', 'credit_period', 'default_credit_limit', 'over_credit', 'invite_policy', 'invite_domains' );

	/**
	 * Company by id.
	 *
	 * @param int $id Company id.
	 * @return Company|null
	 */
	public function get( int $id ): ?Company {
		global $wpdb;

		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$wpdb->kundeportal_companies} WHERE id = %d", $id ) );

		return $row ? Company::from_row( $row ) : null;
	}

	/**
	 * First company with exactly this name (used by the seeder to stay idempotent).
	 *
	 * @param string $name Company name.
	 * @return Company|null
	 */
	public function find_by_name( string $name ): ?Company {
		global $wpdb;

		$row = $wpdb->get_row(
			$wpdb->prepare( "SELECT * FROM {$wpdb->kundeportal_companies} WHERE name = %s ORDER BY id LIMIT 1", $name )
		);

		return $row ? Company::from_row( $row ) : null;
	}

	/**
	 * All companies, by name.
	 *
	 * @return Company[]
	 */
	public function all(): array {
		global $wpdb;

		$rows = $wpdb->get_results( "SELECT * FROM {$wpdb->kundeportal_companies} ORDER BY name, id" );

		return array_map( array( Company::class, 'from_row' ), (array) $rows );
	}

	/**
	 * Creates a company.
	 *
	 * @param array $data name (required), approval_required (bool), credit_period (year|month|none),
	 *                    default_credit_limit (minor units), over_credit (refuse|approval),
	 *                    invite_policy (managers|off), invite_domains (string[] or text).
	 * @return Company
	 * @throws DomainException When the name is empty or the period unknown.
	 */
	public function create( array $data ): Company {
		global $wpdb;

		$row               = $this->validate( $data + array( 'name' => '' ) );
		$row['created_at'] = current_time( 'mysql', true );
		$wpdb->insert( $wpdb->kundeportal_companies, $row, array( '%s', '%d', '%s', '%d', '%s', '%s', '%s', '%s' ) );

		return $this->get( (int) $wpdb->insert_id );
	}

	/**
	 * Updates the given fields of a company.
	 *
	 * @param int   $id   Company id.
	 * @param array $data Any of the fields create() takes.
	 * @return Company|null Null when the company does not exist.
	 * @throws DomainException When a value is invalid.
	 */
	public function update( int $id, array $data ): ?Company {
		global $wpdb;

		$current = $this->get( $id );
		if ( ! $current ) {
			return null;
		}

		$row = $this->validate( array_intersect_key( $data, array_flip( self::FIELDS ) ) + (array) $current );
		$wpdb->update( $wpdb->kundeportal_companies, $row, array( 'id' => $id ), array( '%s', '%d', '%s', '%d', '%s', '%s', '%s' ), array( '%d' ) );

		return $this->get( $id );
	}

	/**
	 * Normalises input into a row (name, approval_required, credit_period, default_credit_limit,
	 * over_credit, invite_policy, invite_domains).
	 *
	 * @param array $data Input.
	 * @return array
	 * @throws DomainException When the name is empty or the period or over-credit rule unknown.
	 */
	private function validate( array $data ): array {
		$name   = trim( (string) $data['name'] );
		$period = (string) ( $data['credit_period'] ?? Company::PERIOD_YEAR );
		$over   = (string) ( $data['over_credit'] ?? Company::OVER_CREDIT_REFUSE );

		if ( '' === $name ) {
			throw new DomainException( 'invalid_company', __( 'The company needs a name.', 'kundeportal' ), 400 );
		}
		if ( ! in_array( $period, array( Company::PERIOD_YEAR, Company::PERIOD_MONTH, Company::PERIOD_NONE ), true ) ) {
			throw new DomainException( 'invalid_company', __( 'The credit period must be year, month or none.', 'kundeportal' ), 400 );
		}

		if ( ! in_array( $over, array( Company::OVER_CREDIT_REFUSE, Company::OVER_CREDIT_APPROVAL ), true ) ) {
			throw new DomainException( 'invalid_company', __( 'Orders over the credit must be refused or sent to approval.', 'kundeportal' ), 400 );
		}
		$policy = (string) ( $data['invite_policy'] ?? Company::INVITES_MANAGERS );
		if ( ! in_array( $policy, array( Company::INVITES_MANAGERS, Company::INVITES_OFF ), true ) ) {
			throw new DomainException( 'invalid_company', __( 'Registration links must be allowed for managers or turned off.', 'kundeportal' ), 400 );
		}
		$domains = Invites::normalize_domains( $data['invite_domains'] ?? null );

		return array(
			'name'                 => $name,
			'approval_required'    => empty( $data['approval_required'] ) ? 0 : 1,
			'credit_period'        => $period,
			'default_credit_limit' => max( 0, (int) ( $data['default_credit_limit'] ?? 0 ) ),
			'over_credit'          => $over,
			'invite_policy'        => $policy,
			'invite_domains'       => $domains ? implode( ',', $domains ) : null,
		);
	}
}
