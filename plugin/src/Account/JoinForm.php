<?php
/**
 * The join form's markup.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Account;

use Kundeportal\Domain\MemberAccounts;

defined( 'ABSPATH' ) || exit;

/**
 * Prints the registration form (WooCommerce's form classes), with errors next to the fields.
 */
final class JoinForm {

	/**
	 * Prints the form.
	 *
	 * @param array<string, string> $errors  Message per field; 'form' for the whole form.
	 * @param string[]              $domains The link's allowed e-mail domains (shown as a hint); empty = any.
	 */
	public static function print( array $errors, array $domains = array() ): void {
		// phpcs:disable WordPress.Security.NonceVerification.Missing -- Re-filling the fields after a verified POST.
		echo '<div class="woocommerce kundeportal-join"><h2>' . esc_html__( 'Register as a user', 'kundeportal' ) . '</h2>';
		if ( isset( $errors['form'] ) ) {
			echo '<p class="woocommerce-error">' . esc_html( $errors['form'] ) . '</p>';
		}
		echo '<form method="post" class="woocommerce-form woocommerce-form-register register" novalidate>';
		$fields = array(
			'first_name' => array( __( 'First name', 'kundeportal' ), 'text', true, MemberAccounts::NAME_MAX_LENGTH ),
			'last_name'  => array( __( 'Last name', 'kundeportal' ), 'text', true, MemberAccounts::NAME_MAX_LENGTH ),
			'email'      => array( __( 'E-mail', 'kundeportal' ), 'email', true, 100 ),
			'position'   => array( __( 'Position (optional)', 'kundeportal' ), 'text', false, MemberAccounts::POSITION_MAX_LENGTH ),
		);
		foreach ( $fields as $key => list( $label, $type, $required, $max ) ) {
			$id    = 'kundeportal-join-' . $key;
			$value = sanitize_text_field( wp_unslash( $_POST[ $key ] ?? '' ) );
			printf(
				'<p class="form-row form-row-wide"><label for="%1$s">%2$s</label><input type="%3$s" class="input-text" name="%4$s" id="%1$s" value="%5$s" maxlength="%6$d"%7$s%8$s />',
				esc_attr( $id ),
				esc_html( $label ),
				esc_attr( $type ),
				esc_attr( $key ),
				esc_attr( $value ),
				(int) $max,
				$required ? ' required' : '',
				isset( $errors[ $key ] ) ? ' aria-invalid="true" aria-describedby="' . esc_attr( $id ) . '-error"' : ( 'email' === $key && $domains ? ' aria-describedby="' . esc_attr( $id ) . '-hint"' : '' ) // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- Fixed markup around an escaped id.
			);
			if ( isset( $errors[ $key ] ) ) {
				echo '<span class="kundeportal-join__error" id="' . esc_attr( $id . '-error' ) . '" role="alert">' . esc_html( $errors[ $key ] ) . '</span>';
			} elseif ( 'email' === $key && $domains ) {
				echo '<span class="kundeportal-join__hint description" id="' . esc_attr( $id . '-hint' ) . '">' . esc_html(
					sprintf(
						/* translators: %s: allowed e-mail domains, e.g. "@staut.no, @example.com". */
						__( 'Use your e-mail address at %s.', 'kundeportal' ),
						implode( ', ', array_map( static fn( string $domain ): string => '@' . $domain, $domains ) )
					)
				) . '</span>';
			}
			echo '</p>';
		}
		wp_nonce_field( JoinPage::NONCE );
		echo '<p><button type="submit" class="woocommerce-button button">' . esc_html__( 'Register', 'kundeportal' ) . '</button></p></form></div>';
		// phpcs:enable WordPress.Security.NonceVerification.Missing
	}
}
