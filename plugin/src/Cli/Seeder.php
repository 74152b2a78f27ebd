<?php
/**
 * Demo data for the local shop.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Cli;

use Kundeportal\Domain\Company;
use Kundeportal\Domain\Department;
use Kundeportal\Domain\DomainException;
use Kundeportal\Infrastructure\Keys;
use Kundeportal\Plugin;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * Seeds the sample data of MISSION.md: Staut Arbeidsklær AS with two departments, its people,
 * the guide's products and orders placed through the real Store API checkout over HTTP.
 * Idempotent: whatever exists is left alone. Run: php tests/env/wp.php seed / wp kundeportal seed.
 */
final class Seeder {

	private const PASSWORD = 'kundeportal';

	/** Login => first, last, department key, position, credit limit (NOK), manager of department. */
	private const PEOPLE = array(
		'leder.alnabru'  => array( 'Lise', 'Leder', 'alnabru', 'Avdelingsleder', 5000, true ),
		'leder.skjetten' => array( 'Stein', 'Skjetten', 'skjetten', 'Avdelingsleder', 5000, true ),
		'fredrika'       => array( 'Fredrika', 'Fredriksen', 'alnabru', '', 8000, false ),
		'reggis'         => array( 'Reggis', 'Reggea', 'skjetten', 'Reggimester', 0, false ),
		'navn'           => array( 'Navn', 'Navnesen', 'skjetten', '', 10000, false ),
	);

	/** Login, first and last name of the demo company admin (all departments of the company). */
	private const COMPANY_ADMIN = array( 'innkjop', 'Ingrid', 'Innkjøp' );

	/**
	 * Domain services.
	 *
	 * @var Services
	 */
	private Services $services;

	/**
	 * Constructor.
	 *
	 * @param Services|null $services Domain services; default the plugin's.
	 */
	public function __construct( ?Services $services = null ) {
		$this->services = $services ?? Plugin::services();
	}

	/**
	 * Seeds everything that is missing. Exits with status 1 when the site is unreachable.
	 *
	 * @return void
	 */
	public function run(): void {
		$client = new StoreApiClient( untrailingslashit( home_url() ) );
		$reason = $client->unreachable_reason();
		if ( '' !== $reason ) {
			$this->fail( 'The site ' . home_url() . ' is not reachable over HTTP (' . $reason . '); nothing seeded. Start it: bash tests/env/stack.sh start' );
		}

		try {
			$company     = $this->company();
			$departments = array(
				'alnabru'  => $this->department( $company, 'avd Alnabru' ),
				'skjetten' => $this->department( $company, 'avd Skjetten' ),
			);
			$users       = $this->people( $departments );
			$products    = ( new DemoCatalog( fn ( string $line ) => $this->say( $line ) ) )->ensure();
			$this->company_admin( $company, $departments['alnabru'] );
			( new DemoOrders( $this->services, $client, fn ( string $line ) => $this->say( $line ) ) )->ensure( $users, $products );
			$this->addresses( $departments );
		} catch ( DomainException $e ) {
			$this->fail( $e->getMessage() );
		}

		$this->say( 'Done. Logins (password "' . self::PASSWORD . '"): ' . implode( ', ', array_merge( array_keys( self::PEOPLE ), array( self::COMPANY_ADMIN[0] ) ) ) );
	}

	/**
	 * WP-CLI entry: `wp kundeportal seed`.
	 *
	 * @internal
	 * @return void
	 */
	public function cli(): void {
		$this->run();
	}

	/**
	 * The company, created when missing.
	 *
	 * @return Company
	 */
	private function company(): Company {
		$name    = 'Staut Arbeidsklær AS';
		$company = $this->services->companies->find_by_name( $name );
		if ( $company ) {
			$this->say( "Company {$name} exists (#{$company->id})" );
			return $company;
		}

		$company = $this->services->companies->create(
			array(
				'name'                 => $name,
				'approval_required'    => true,
				'credit_period'        => Company::PERIOD_YEAR,
				'default_credit_limit' => 500000,
			)
		);
		$this->say( "Company {$name} created (#{$company->id}): approval on, yearly credit, default limit 5000" );

		return $company;
	}

	/**
	 * A department of the company, created when missing.
	 *
	 * @param Company $company Company.
	 * @param string  $name    Department name.
	 * @return Department
	 */
	private function department( Company $company, string $name ): Department {
		$department = $this->services->departments->find_by_name( $company->id, $name );
		if ( ! $department ) {
			$department = $this->services->departments->create( $company->id, $name );
			$this->say( "Department {$name} created (#{$department->id})" );
		}

		return $department;
	}

	/**
	 * Delivery addresses of the demo departments, added when missing (matched by label).
	 *
	 * @param array<string, Department> $departments Departments by key.
	 * @return void
	 */
	private function addresses( array $departments ): void {
		$demo = array(
			'alnabru'  => array(
				array(
					'label'     => 'Hovedlager Alnabru',
					'company'   => 'Staut Arbeidsklær AS',
					'address_1' => 'Alnaveien 12',
					'postcode'  => '0668',
					'city'      => 'Oslo',
					'country'   => 'NO',
					'phone'     => '22 30 40 50',
				),
				array(
					'label'     => 'Verksted',
					'company'   => 'Staut Arbeidsklær AS',
					'address_1' => 'Strømsveien 266',
					'postcode'  => '0668',
					'city'      => 'Oslo',
					'country'   => 'NO',
				),
			),
			'skjetten' => array(
				array(
					'label'     => 'Lager Skjetten',
					'company'   => 'Staut Arbeidsklær AS',
					'address_1' => 'Hvamsvingen 9',
					'postcode'  => '2013',
					'city'      => 'Skjetten',
					'country'   => 'NO',
				),
			),
		);

		foreach ( $demo as $key => $addresses ) {
			$department = $departments[ $key ] ?? null;
			if ( ! $department ) {
				continue;
			}
			$labels = array_map( static fn ( $address ) => $address->label, $this->services->department_addresses->for_department( $department->id ) );
			foreach ( $addresses as $address ) {
				if ( ! in_array( $address['label'], $labels, true ) ) {
					$this->services->department_addresses->create( $department->id, $address );
					$this->say( "Address {$address['label']} added to {$department->name}" );
				}
			}
		}
	}

	/**
	 * Users, memberships and the manager role; returns user ids by login.
	 *
	 * @param array<string, Department> $departments Departments by key.
	 * @return array<string, int>
	 */
	private function people( array $departments ): array {
		$ids = array();
		foreach ( self::PEOPLE as $login => list( $first, $last, $department_key, $position, $limit, $manager ) ) {
			$department    = $departments[ $department_key ];
			$ids[ $login ] = $this->user( $login, $first, $last, $department );
			if ( ! $this->services->members->find( $ids[ $login ] ) ) {
				$this->services->members->add( $ids[ $login ], $department->id, $position, $limit * 100 );
				$this->say( "{$first} {$last} is a member of {$department->name} (credit {$limit})" );
			}
			if ( $manager && ! in_array( $ids[ $login ], $this->services->departments->managers( $department->id ), true ) ) {
				$this->services->departments->add_manager( $department->id, $ids[ $login ] );
				$this->say( "{$first} {$last} manages {$department->name}" );
			}
		}

		return $ids;
	}

	/**
	 * The demo company admin (user meta Keys::META_COMPANY_ADMIN), created when missing.
	 *
	 * @param Company    $company Company they administer.
	 * @param Department $address Department whose address they get.
	 * @return void
	 */
	private function company_admin( Company $company, Department $address ): void {
		list( $login, $first, $last ) = self::COMPANY_ADMIN;

		$user_id = $this->user( $login, $first, $last, $address );
		if ( (int) get_user_meta( $user_id, Keys::META_COMPANY_ADMIN, true ) !== $company->id ) {
			update_user_meta( $user_id, Keys::META_COMPANY_ADMIN, $company->id );
			$this->say( "{$first} {$last} administers {$company->name}" );
		}
	}

	/**
	 * A customer with billing address, created when missing.
	 *
	 * @param string     $login      Login.
	 * @param string     $first      First name.
	 * @param string     $last       Last name.
	 * @param Department $department Department (for the address).
	 * @return int User id.
	 */
	private function user( string $login, string $first, string $last, Department $department ): int {
		$user = get_user_by( 'login', $login );
		if ( $user ) {
			$this->say( "User {$login} exists (#{$user->ID})" );
			return $user->ID;
		}

		$email   = $login . '@staut.example';
		$user_id = wp_insert_user(
			array(
				'user_login'   => $login,
				'user_pass'    => self::PASSWORD,
				'user_email'   => $email,
				'first_name'   => $first,
				'last_name'    => $last,
				'display_name' => "{$first} {$last}",
				'role'         => 'customer',
			)
		);
		if ( is_wp_error( $user_id ) ) {
			$this->fail( "Creating user {$login} failed: " . $user_id->get_error_message() );
		}

		$customer = new \WC_Customer( $user_id );
		$customer->set_props( DemoOrders::address( $first, $last, $email, $department->name ) );
		$customer->save();
		$this->say( "User {$login} ({$first} {$last}, {$email}) created" );

		return $user_id;
	}

	/**
	 * Prints a progress line.
	 *
	 * @param string $line Text.
	 * @return void
	 */
	private function say( string $line ): void {
		if ( defined( 'WP_CLI' ) && WP_CLI && class_exists( 'WP_CLI' ) ) {
			\WP_CLI::log( $line );
			return;
		}
		echo '    ' . $line . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- CLI output.
	}

	/**
	 * Prints an error and exits with status 1.
	 *
	 * @param string $message Text.
	 * @return void Never returns.
	 */
	private function fail( string $message ): void {
		if ( defined( 'WP_CLI' ) && WP_CLI && class_exists( 'WP_CLI' ) ) {
			\WP_CLI::error( $message );
		}
		fwrite( STDERR, 'ERROR: ' . $message . "\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_read_fwrite -- CLI output.
		exit( 1 );
	}
}
