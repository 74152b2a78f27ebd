<?php
/**
 * Uninstall: keeps all data unless the shop opted in to removal, either with
 * define( 'KUNDEPORTAL_REMOVE_ALL_DATA', true ) in wp-config.php or the option
 * kundeportal_remove_data_on_uninstall = 'yes'. Orders stay; only our meta on them goes.
 *
 * @package Kundeportal
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- Dropping our own tables and meta on uninstall.

if ( ! ( defined( 'KUNDEPORTAL_REMOVE_ALL_DATA' ) && KUNDEPORTAL_REMOVE_ALL_DATA ) && 'yes' !== get_option( 'kundeportal_remove_data_on_uninstall' ) ) {
	return;
}

global $wpdb;

// Same list as Kundeportal\Install\Installer::TABLES (the plugin is not loaded during uninstall).
foreach ( array( 'companies', 'departments', 'department_managers', 'members', 'credit_ledger', 'invites', 'assortment_lists', 'assortment_list_items' ) as $kundeportal_table ) {
	$wpdb->query( 'DROP TABLE IF EXISTS ' . esc_sql( $wpdb->prefix . 'kundeportal_' . $kundeportal_table ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery.SchemaChange -- Fixed names.
}

$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( 'kundeportal_' ) . '%' ) );
$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name = %s", 'woocommerce_kundeportal_account_settings' ) );
$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->postmeta} WHERE meta_key LIKE %s", $wpdb->esc_like( '_kundeportal_' ) . '%' ) );

$kundeportal_orders_meta = $wpdb->prefix . 'wc_orders_meta';
if ( $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $kundeportal_orders_meta ) ) === $kundeportal_orders_meta ) {
	$wpdb->query( $wpdb->prepare( 'DELETE FROM ' . esc_sql( $kundeportal_orders_meta ) . ' WHERE meta_key LIKE %s', $wpdb->esc_like( '_kundeportal_' ) . '%' ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- Table name escaped.
}

wp_cache_flush();
