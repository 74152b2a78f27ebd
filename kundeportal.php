<?php
/**
 * Plugin Name:          Kundeportal
 * Description:          B2B customer portal in My Account: companies, departments, credit limits and order approval.
 * Version:              0.1.0
 * Requires at least:    6.9
 * Requires PHP:         8.1
 * Requires Plugins:     woocommerce
 * WC requires at least: 9.0
 * WC tested up to:      11.0
 * Author:               Kundeportal
 * License:              GPL-2.0-or-later
 * Text Domain:          kundeportal
 * Domain Path:          /languages
 *
 * @package Kundeportal
 */

defined( 'ABSPATH' ) || exit;

define( 'KUNDEPORTAL_VERSION', '0.1.0' );
define( 'KUNDEPORTAL_FILE', __FILE__ );

require __DIR__ . '/plugin/bootstrap.php';
