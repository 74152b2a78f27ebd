<?php
/**
 * CSV export of a company's members.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- Own tables joined with users: no WordPress API exists.

/**
 * Writes the members of a company (every status) in the import format, in batches so a large
 * company streams without holding every row in memory. Credit is in kroner with the store's
 * decimals and a dot ("2500.00"). Cells that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab or CR) get a leading quote; MemberImport removes it again.
 */
class MemberExport {

	private const BATCH = 500;

	/**
	 * Writes the header and every member of the company to a stream.
	 *
	 * @param Company  $company Company.
	 * @param resource $handle  Writable stream (php://output when downloading).
	 * @return int Number of members written.
	 */
	public function write( Company $company, $handle ): int {
		fputcsv( $handle, MemberImport::COLUMNS, ',', '"', '' );

		$count  = 0;
		$offset = 0;
		do {
			$rows = $this->rows( $company, $offset, self::BATCH );
			foreach ( $rows as $row ) {
				fputcsv( $handle, array_map( array( self::class, 'cell' ), $row ), ',', '"', '' );
				++$count;
			}
			$offset += self::BATCH;
			$full    = count( $rows ) === self::BATCH;
		} while ( $full );

		return $count;
	}

	/**
	 * One batch of export rows, by e-mail.
	 *
	 * @param Company $company Company.
	 * @param int     $offset  First row.
	 * @param int     $limit   Rows.
	 * @return array<int, array<int, string>> Cells in the order of MemberImport::COLUMNS.
	 */
	public function rows( Company $company, int $offset, int $limit ): array {
		global $wpdb;

		$results = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT u.user_email, COALESCE(fn.meta_value, '') AS first_name, COALESCE(ln.meta_value, '') AS last_name,
					COALESCE(d.name, '') AS department, m.position, m.credit_limit, m.status
				FROM {$wpdb->kundeportal_members} m
				INNER JOIN {$wpdb->users} u ON u.ID = m.user_id
				LEFT JOIN {$wpdb->kundeportal_departments} d ON d.id = m.department_id
				LEFT JOIN {$wpdb->usermeta} fn ON fn.user_id = m.user_id AND fn.meta_key = 'first_name'
				LEFT JOIN {$wpdb->usermeta} ln ON ln.user_id = m.user_id AND ln.meta_key = 'last_name'
				WHERE m.company_id = %d ORDER BY u.user_email, m.user_id LIMIT %d OFFSET %d",
				$company->id,
				$limit,
				$offset
			)
		);

		return array_map(
			static fn ( object $row ): array => array(
				(string) $row->user_email,
				(string) $row->first_name,
				(string) $row->last_name,
				(string) $row->department,
				(string) $row->position,
				Money::from_minor( (int) $row->credit_limit ),
				(string) $row->status,
			),
			(array) $results
		);
	}

	/**
	 * Escapes a cell against CSV/formula injection.
	 *
	 * @param string $value Cell text.
	 * @return string
	 */
	public static function cell( string $value ): string {
		return '' !== $value && false !== strpbrk( $value[0], "=+-@\t\r" ) ? "'" . $value : $value;
	}

	/**
	 * File name of a company's export, e.g. "staut-arbeidsklaer-as-members-2026-12-04.csv".
	 *
	 * @param Company $company Company.
	 * @return string
	 */
	public static function filename( Company $company ): string {
		$slug = sanitize_title( $company->name );

		return ( '' !== $slug ? $slug : 'company-' . $company->id ) . '-members-' . gmdate( 'Y-m-d' ) . '.csv';
	}
}
