<?php
/**
 * Company and Department in wp-admin's Users list, with a company filter.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Admin;

use Kundeportal\Domain\Member;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.NonceVerification.Recommended -- List filters are read-only GET parameters.

/**
 * Adds Company and Department columns (of the user's active membership) to users.php and a
 * company dropdown above the list that shows only the company's active members.
 */
final class UsersList {

	/** GET parameter of the company filter. */
	public const COMPANY = 'kundeportal_company';

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
		add_filter( 'manage_users_columns', array( $this, 'handle_columns' ) );
		add_filter( 'manage_users_custom_column', array( $this, 'handle_column' ), 10, 3 );
		add_action( 'restrict_manage_users', array( $this, 'handle_restrict_manage_users' ) );
		add_action( 'pre_get_users', array( $this, 'handle_pre_get_users' ) );
	}

	/**
	 * Adds Company and Department before the posts count.
	 *
	 * @internal
	 * @param mixed $columns Column labels by key.
	 * @return array
	 */
	public function handle_columns( $columns ): array {
		$columns = (array) $columns;
		$result  = array();
		foreach ( $columns as $key => $label ) {
			if ( 'posts' === $key ) {
				$result['kundeportal_company']    = __( 'Company', 'kundeportal' );
				$result['kundeportal_department'] = __( 'Department', 'kundeportal' );
			}
			$result[ $key ] = $label;
		}
		$result['kundeportal_company']    ??= __( 'Company', 'kundeportal' );
		$result['kundeportal_department'] ??= __( 'Department', 'kundeportal' );

		return $result;
	}

	/**
	 * The Company or Department cell of a user.
	 *
	 * @internal
	 * @param mixed $output  Cell so far.
	 * @param mixed $column  Column key.
	 * @param mixed $user_id User id.
	 * @return string
	 */
	public function handle_column( $output, $column, $user_id ): string {
		if ( 'kundeportal_company' !== $column && 'kundeportal_department' !== $column ) {
			return (string) $output;
		}

		$member = $this->services->members->get( (int) $user_id );
		if ( ! $member ) {
			return '';
		}

		$entity = 'kundeportal_company' === $column ? $this->services->companies->get( $member->company_id ) : $this->services->departments->get( $member->department_id );

		return $entity ? esc_html( $entity->name ) : '';
	}

	/**
	 * Prints the company dropdown and its button above the list.
	 *
	 * @internal
	 * @param mixed $which top|bottom.
	 * @return void
	 */
	public function handle_restrict_manage_users( $which = 'top' ): void {
		$companies = $this->services->companies->all();
		if ( 'top' !== $which || ! $companies ) {
			return;
		}

		$selected = $this->selected();
		echo '<div class="alignleft actions">';
		printf( '<label class="screen-reader-text" for="%1$s">%2$s</label><select name="%1$s" id="%1$s">', esc_attr( self::COMPANY ), esc_html__( 'Filter by company', 'kundeportal' ) );
		printf( '<option value="">%s</option>', esc_html__( 'All companies', 'kundeportal' ) );
		foreach ( $companies as $company ) {
			printf( '<option value="%d"%s>%s</option>', (int) $company->id, selected( $selected, $company->id, false ), esc_html( $company->name ) );
		}
		echo '</select>';
		submit_button( __( 'Filter', 'kundeportal' ), '', 'kundeportal_filter', false );
		echo '</div>';
	}

	/**
	 * Limits the users list to the chosen company's active members.
	 *
	 * @internal
	 * @param \WP_User_Query $query Query.
	 * @return void
	 */
	public function handle_pre_get_users( $query ): void {
		global $pagenow;

		$company_id = $this->selected();
		if ( ! $query instanceof \WP_User_Query || ! is_admin() || 'users.php' !== $pagenow || $company_id <= 0 ) {
			return;
		}

		$this->apply_company_filter( $query, $company_id );
	}

	/**
	 * Sets the query's include list to the company's active members (none: no user matches).
	 *
	 * @param \WP_User_Query $query      Query.
	 * @param int            $company_id Company id.
	 * @return void
	 */
	public function apply_company_filter( \WP_User_Query $query, int $company_id ): void {
		$ids      = $this->member_ids( $company_id );
		$included = array_filter( array_map( 'intval', (array) $query->get( 'include' ) ) );
		if ( $included ) {
			$ids = array_values( array_intersect( $ids, $included ) );
		}

		$query->set( 'include', $ids ? $ids : array( 0 ) );
	}

	/**
	 * User ids of the company's active members.
	 *
	 * @param int $company_id Company id.
	 * @return int[]
	 */
	public function member_ids( int $company_id ): array {
		global $wpdb;

		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- Own table; no WordPress API exists.
		$ids = $wpdb->get_col(
			$wpdb->prepare(
				"SELECT user_id FROM {$wpdb->kundeportal_members} WHERE company_id = %d AND status = %s ORDER BY user_id",
				$company_id,
				Member::STATUS_ACTIVE
			)
		);

		return array_map( 'intval', (array) $ids );
	}

	/**
	 * The company chosen in the filter (0 = none).
	 *
	 * @return int
	 */
	private function selected(): int {
		return isset( $_GET[ self::COMPANY ] ) ? absint( wp_unslash( $_GET[ self::COMPANY ] ) ) : 0;
	}
}
