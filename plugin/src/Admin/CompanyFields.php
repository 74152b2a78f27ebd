<?php
/**
 * Rows of the company settings form.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Admin;

use Kundeportal\Domain\Company;

defined( 'ABSPATH' ) || exit;

/**
 * Prints the form-table rows: name, approval, over-credit rule, credit period, default limit,
 * registration link policy and allowed e-mail domains.
 */
final class CompanyFields {

	/**
	 * Prints the rows with the given values.
	 *
	 * @param array $values Output of CompanyForm::values() or CompanyForm::typed().
	 * @return void
	 */
	public static function render( array $values ): void {
		$name = CompanyForm::FIELD;

		self::row( 'kundeportal-name', __( 'Name', 'kundeportal' ) );
		printf( '<input type="text" class="regular-text" id="kundeportal-name" name="%s[name]" value="%s" maxlength="190" required>', esc_attr( $name ), esc_attr( $values['name'] ) );
		self::end_row();

		self::row( 'kundeportal-approval', __( 'Approval', 'kundeportal' ) );
		printf( '<label><input type="checkbox" id="kundeportal-approval" name="%s[approval_required]" value="1"%s> %s</label>', esc_attr( $name ), checked( $values['approval_required'], true, false ), esc_html__( 'Every order from a member waits for a department manager', 'kundeportal' ) );
		self::end_row();

		self::row( 'kundeportal-over-credit', __( 'Orders over the credit', 'kundeportal' ) );
		self::select( 'kundeportal-over-credit', $name . '[over_credit]', CompanyForm::over_credit_options(), $values['over_credit'] );
		echo '<p class="description">' . esc_html__( 'Used when approval is off. Orders within the credit are charged and processed at once.', 'kundeportal' ) . '</p>';
		self::end_row();

		self::row( 'kundeportal-period', __( 'Credit period', 'kundeportal' ) );
		self::select( 'kundeportal-period', $name . '[credit_period]', CompanyForm::period_options(), $values['credit_period'] );
		echo '<p class="description">' . esc_html__( 'A member\'s credit limit applies per calendar year or month; "No limit" lets members order without a limit.', 'kundeportal' ) . '</p>';
		self::end_row();

		self::row( 'kundeportal-limit', __( 'Default credit limit', 'kundeportal' ) );
		printf( '<input type="text" inputmode="decimal" class="regular-text" id="kundeportal-limit" name="%s[default_credit_limit]" value="%s" aria-describedby="kundeportal-limit-description"> %s', esc_attr( $name ), esc_attr( $values['default_credit_limit'] ), esc_html( get_woocommerce_currency_symbol() ) );
		echo '<p class="description" id="kundeportal-limit-description">' . esc_html__( 'The credit limit new members get, e.g. 5000 or 5000,50.', 'kundeportal' ) . '</p>';
		self::end_row();

		self::row( 'kundeportal-invite-policy', __( 'Registration links', 'kundeportal' ) );
		self::select( 'kundeportal-invite-policy', $name . '[invite_policy]', CompanyForm::invite_policy_options(), (string) ( $values['invite_policy'] ?? Company::INVITES_MANAGERS ) );
		self::end_row();

		self::row( 'kundeportal-invite-domains', __( 'Allowed e-mail domains', 'kundeportal' ) );
		printf( '<input type="text" class="regular-text" id="kundeportal-invite-domains" name="%s[invite_domains]" value="%s" aria-describedby="kundeportal-invite-domains-description">', esc_attr( $name ), esc_attr( (string) ( $values['invite_domains'] ?? '' ) ) );
		echo '<p class="description" id="kundeportal-invite-domains-description">' . esc_html__( 'Every registration link of the company only accepts e-mail addresses at these domains, e.g. staut.no, example.com. Leave empty for no company-wide limit.', 'kundeportal' ) . '</p>';
		self::end_row();
	}

	/**
	 * Opens a row with its label.
	 *
	 * @param string $id    Field id.
	 * @param string $label Label.
	 * @return void
	 */
	private static function row( string $id, string $label ): void {
		printf( '<tr><th scope="row"><label for="%s">%s</label></th><td>', esc_attr( $id ), esc_html( $label ) );
	}

	/**
	 * Closes a row.
	 *
	 * @return void
	 */
	private static function end_row(): void {
		echo '</td></tr>';
	}

	/**
	 * Prints a select.
	 *
	 * @param string               $id       Field id.
	 * @param string               $name     Field name.
	 * @param array<string,string> $options  Value → label.
	 * @param string               $selected Selected value.
	 * @return void
	 */
	private static function select( string $id, string $name, array $options, string $selected ): void {
		printf( '<select id="%s" name="%s">', esc_attr( $id ), esc_attr( $name ) );
		foreach ( $options as $value => $label ) {
			printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( $selected, $value, false ), esc_html( $label ) );
		}
		echo '</select>';
	}
}
