<?php
/**
 * What the Help tab shows: the page the shop admin chose, or the built-in guide.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Account;

use Kundeportal\Infrastructure\Keys;

defined( 'ABSPATH' ) || exit;

/**
 * Resolves the Help tab's content. The shop admin picks a page under WooCommerce → Settings →
 * Advanced → Page setup; without one (or with an unpublished one) the portal's own short guide
 * shows, in the site's language.
 */
final class HelpContent {

	/**
	 * The chosen help page, if it is published and not the My Account page itself.
	 *
	 * @return \WP_Post|null
	 */
	public function page(): ?\WP_Post {
		$page_id = absint( get_option( Keys::OPTION_HELP_PAGE_ID, 0 ) );
		if ( ! $page_id || wc_get_page_id( 'myaccount' ) === $page_id ) {
			return null;
		}

		$page = get_post( $page_id );

		return $page instanceof \WP_Post && 'page' === $page->post_type && 'publish' === $page->post_status ? $page : null;
	}

	/**
	 * The tab's HTML: the page's content through the_content, or the built-in guide.
	 *
	 * @param bool $for_manager Whether to include the manager's part of the built-in guide.
	 * @return string
	 */
	public function html( bool $for_manager ): string {
		$page = $this->page();
		if ( ! $page ) {
			return $this->guide( $for_manager );
		}

		$title = '<h2 class="kundeportal-help__title">' . esc_html( get_the_title( $page ) ) . '</h2>';

		// Core's the_content filters (blocks, shortcodes, kses'd at save) turn the page into HTML.
		return $title . apply_filters( 'the_content', $page->post_content ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- Core's filter.
	}

	/**
	 * The built-in guide: sections of a heading and steps.
	 *
	 * @param bool $for_manager Whether to include the manager's sections.
	 * @return string
	 */
	private function guide( bool $for_manager ): string {
		$sections = array(
			__( 'Ordering', 'kundeportal' ) => array(
				__( 'Add the workwear you need to the cart and go to the checkout.', 'kundeportal' ),
				__( 'Pay with "Company account". Your credit left is shown on the dashboard.', 'kundeportal' ),
				__( 'If your company approves orders, your order waits until your manager approves it. You get an e-mail when it is approved, changed or cancelled.', 'kundeportal' ),
			),
		);
		if ( $for_manager ) {
			$sections[ __( 'Approving orders', 'kundeportal' ) ] = array(
				__( 'Open "Pending orders" (also shown on the dashboard) and expand an order to see its lines.', 'kundeportal' ),
				__( 'Change a quantity or remove a line with ✖. A red row means the order is over the orderer\'s credit.', 'kundeportal' ),
				__( 'Approve, or cancel the order. You can send the orderer a message either way.', 'kundeportal' ),
			);
			$sections[ __( 'Users', 'kundeportal' ) ]            = array(
				__( 'Under "Users" you search your departments\' users, change their credit limit, position and department, and add or delete users.', 'kundeportal' ),
				__( 'A deleted user can no longer log in; their orders are kept.', 'kundeportal' ),
				__( 'On the dashboard, "Create a registration link" gives a link your employees can use to register into the department themselves.', 'kundeportal' ),
			);
		}
		$sections[ __( 'Forgot your password?', 'kundeportal' ) ] = array(
			__( 'Use "Lost your password?" on the login page. The e-mail may land in your spam folder.', 'kundeportal' ),
		);

		return $this->render_sections( $sections );
	}

	/**
	 * Prints heading + ordered list per section.
	 *
	 * @param array<string, string[]> $sections Heading => steps.
	 * @return string
	 */
	private function render_sections( array $sections ): string {
		$html = '';
		foreach ( $sections as $heading => $steps ) {
			$html .= '<h2 class="kundeportal-help__heading">' . esc_html( $heading ) . '</h2><ol class="kundeportal-help__steps">';
			foreach ( $steps as $step ) {
				$html .= '<li>' . esc_html( $step ) . '</li>';
			}
			$html .= '</ol>';
		}

		return $html;
	}
}
