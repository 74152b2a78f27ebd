<?php
/**
 * Versioned schema installer.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Install;

use Kundeportal\Infrastructure\Keys;

defined( 'ABSPATH' ) || exit;

/**
 * Creates and upgrades the plugin's tables with dbDelta. Safe to run again at any time.
 */
final class Installer {

	/** Bump when the schema below changes; maybe_upgrade() then re-runs dbDelta. */
	public const DB_VERSION = '4';

	/** Table names without prefixes, in creation order. */
	public const TABLES = array(
		'companies',
		'departments',
		'department_managers',
		'members',
		'credit_ledger',
		'invites',
		'assortment_lists',
		'assortment_list_items',
		'member_lists',
		'department_addresses',
	);

	/**
	 * Full table name, e.g. wp_kundeportal_members.
	 *
	 * @param string $name Short name from TABLES.
	 * @return string
	 */
	public static function table( string $name ): string {
		global $wpdb;

		return $wpdb->prefix . 'kundeportal_' . $name;
	}

	/**
	 * Publishes the table names on $wpdb (e.g. $wpdb->kundeportal_members), the way core and
	 * WooCommerce do, so they follow switch_to_blog() and read cleanly in queries.
	 *
	 * @return void
	 */
	public static function register_tables(): void {
		global $wpdb;

		foreach ( self::TABLES as $name ) {
			$property          = 'kundeportal_' . $name;
			$wpdb->{$property} = self::table( $name );
			if ( ! in_array( $property, $wpdb->tables, true ) ) {
				$wpdb->tables[] = $property;
			}
		}
	}

	/**
	 * Runs install() when the stored schema version differs from DB_VERSION.
	 *
	 * @return bool Whether the schema was (re)installed.
	 */
	public static function maybe_upgrade(): bool {
		if ( self::DB_VERSION === get_option( Keys::OPTION_DB_VERSION ) ) {
			return false;
		}

		self::install();

		return true;
	}

	/**
	 * Creates or updates all tables and records the schema version.
	 *
	 * @return void
	 */
	public static function install(): void {
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		self::register_tables();

		dbDelta( self::schema() );

		update_option( Keys::OPTION_DB_VERSION, self::DB_VERSION, true );
	}

	/**
	 * CREATE TABLE statements in dbDelta's format (two spaces after PRIMARY KEY, one key a line).
	 *
	 * @return string[]
	 */
	public static function schema(): array {
		global $wpdb;

		$collate = $wpdb->get_charset_collate();
		$t       = array_combine( self::TABLES, array_map( array( self::class, 'table' ), self::TABLES ) );

		return array(
			"CREATE TABLE {$t['companies']} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
name varchar(190) NOT NULL,
approval_required tinyint(1) NOT NULL DEFAULT 0,
credit_period varchar(10) NOT NULL DEFAULT 'year',
default_credit_limit bigint(20) NOT NULL DEFAULT 0,
over_credit varchar(10) NOT NULL DEFAULT 'refuse',
invite_policy varchar(20) NOT NULL DEFAULT 'managers',
invite_domains text NULL,
created_at datetime NOT NULL,
PRIMARY KEY  (id),
KEY name (name)
) $collate;",
			"CREATE TABLE {$t['departments']} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
company_id bigint(20) unsigned NOT NULL,
name varchar(190) NOT NULL,
status varchar(20) NOT NULL DEFAULT 'active',
created_at datetime NOT NULL,
PRIMARY KEY  (id),
KEY company_id (company_id)
) $collate;",
			"CREATE TABLE {$t['department_managers']} (
department_id bigint(20) unsigned NOT NULL,
user_id bigint(20) unsigned NOT NULL,
PRIMARY KEY  (department_id,user_id),
KEY user_id (user_id)
) $collate;",
			"CREATE TABLE {$t['members']} (
user_id bigint(20) unsigned NOT NULL,
company_id bigint(20) unsigned NOT NULL,
department_id bigint(20) unsigned NOT NULL,
position varchar(190) NOT NULL DEFAULT '',
credit_limit bigint(20) NOT NULL DEFAULT 0,
status varchar(20) NOT NULL DEFAULT 'active',
created_at datetime NOT NULL,
PRIMARY KEY  (user_id),
KEY department_id (department_id),
KEY company_id (company_id)
) $collate;",
			"CREATE TABLE {$t['credit_ledger']} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
company_id bigint(20) unsigned NOT NULL,
department_id bigint(20) unsigned NOT NULL,
user_id bigint(20) unsigned NOT NULL,
order_id bigint(20) unsigned NOT NULL,
type varchar(10) NOT NULL,
amount bigint(20) NOT NULL,
created_at datetime NOT NULL,
PRIMARY KEY  (id),
UNIQUE KEY order_type (order_id,type),
KEY user_created (user_id,created_at),
KEY department_created (department_id,created_at),
KEY company_id (company_id)
) $collate;",
			"CREATE TABLE {$t['invites']} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
department_id bigint(20) unsigned NOT NULL,
token_hash char(64) NOT NULL,
created_by bigint(20) unsigned NOT NULL DEFAULT 0,
status varchar(20) NOT NULL DEFAULT 'active',
max_uses int(10) unsigned DEFAULT NULL,
uses int(10) unsigned NOT NULL DEFAULT 0,
allowed_domains text NULL,
expires_at datetime DEFAULT NULL,
created_at datetime NOT NULL,
PRIMARY KEY  (id),
UNIQUE KEY token_hash (token_hash),
KEY department_id (department_id)
) $collate;",
			"CREATE TABLE {$t['assortment_lists']} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
company_id bigint(20) unsigned NOT NULL,
name varchar(190) NOT NULL,
is_default tinyint(1) NOT NULL DEFAULT 0,
created_at datetime NOT NULL,
PRIMARY KEY  (id),
KEY company_id (company_id)
) $collate;",
			"CREATE TABLE {$t['assortment_list_items']} (
list_id bigint(20) unsigned NOT NULL,
product_id bigint(20) unsigned NOT NULL,
PRIMARY KEY  (list_id,product_id),
KEY product_id (product_id)
) $collate;",
			"CREATE TABLE {$t['member_lists']} (
user_id bigint(20) unsigned NOT NULL,
list_id bigint(20) unsigned NOT NULL,
PRIMARY KEY  (user_id,list_id),
KEY list_id (list_id)
) $collate;",
			"CREATE TABLE {$t['department_addresses']} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
department_id bigint(20) unsigned NOT NULL,
label varchar(100) NOT NULL DEFAULT '',
first_name varchar(100) NOT NULL DEFAULT '',
last_name varchar(100) NOT NULL DEFAULT '',
company varchar(190) NOT NULL DEFAULT '',
address_1 varchar(190) NOT NULL DEFAULT '',
address_2 varchar(190) NOT NULL DEFAULT '',
postcode varchar(20) NOT NULL DEFAULT '',
city varchar(100) NOT NULL DEFAULT '',
country char(2) NOT NULL DEFAULT '',
phone varchar(40) NOT NULL DEFAULT '',
created_at datetime NOT NULL,
PRIMARY KEY  (id),
KEY department_id (department_id)
) $collate;",
		);
	}
}
