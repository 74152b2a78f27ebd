<?php
/**
 * The wp-admin back office for shop admins.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Admin;

use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * Wires the shop admin's screens: WooCommerce → Awaiting approval, the Company / Department
 * filters of the orders list, the Kundeportal section of user profiles and the Users list
 * columns and filter. (The companies page and the order screen are wired in Plugin.)
 */
final class BackOffice {

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( private Services $services ) {
	}

	/**
	 * Adds every screen's hooks.
	 *
	 * @return void
	 */
	public function register(): void {
		( new ApprovalsPage( $this->services ) )->register();
		( new OrderListFilters( $this->services ) )->register();
		( new UserProfile( $this->services ) )->register();
		( new UsersList( $this->services ) )->register();
	}
}
