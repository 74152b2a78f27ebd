<?php
/**
 * The company settings form: reading and checking what the shop admin typed.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Admin;

use Kundeportal\Domain\Company;
use Kundeportal\Domain\InvalidFields;
use Kundeportal\Domain\Invites;
use Kundeportal\Domain\Money;

defined( 'ABSPATH' ) || exit;

/**
 * Turns the posted form into the fields Companies::create()/update() take, collecting a
 * translated error per bad field. Money is parsed from text (wc_format_decimal), never
 * through a float.
 */
final class CompanyForm {

	/** Name of the posted field group: kundeportal_company[name] etc. */
	public const FIELD = 'kundeportal_company';

	/** Longest accepted amount: 12 digits before the decimals. */
	private const MAX_DIGITS = 12;

	/**
	 * What the form shows: a company's values, or the typed values after a failed save.
	 *
	 * @param Company|null $company Company being edited; null for a new one.
	 * @return array{name:string,approval_required:bool,over_credit:string,credit_period:string,default_credit_limit:string,invite_policy:string,invite_domains:string}
	 */
	public static function values( ?Company $company ): array {
		return array(
			'name'                 => $company ? $company->name : '',
			'approval_required'    => $company ? $company->approval_required : false,
			'over_credit'          => $company ? $company->over_credit : Company::OVER_CREDIT_REFUSE,
			'credit_period'        => $company ? $company->credit_period : Company::PERIOD_YEAR,
			'default_credit_limit' => wc_format_localized_price( Money::from_minor( $company ? $company->default_credit_limit : 0 ) ),
			'invite_policy'        => $company ? $company->invite_policy : Company::INVITES_MANAGERS,
			'invite_domains'       => $company ? implode( ', ', $company->invite_domains ) : '',
		);
	}

	/**
	 * The typed values as strings (unslashed), for showing them again.
	 *
	 * @param array $posted The kundeportal_company array from $_POST (slashed).
	 * @return array{name:string,approval_required:bool,over_credit:string,credit_period:string,default_credit_limit:string,invite_policy?:string,invite_domains?:string}
	 */
	public static function typed( array $posted ): array {
		$posted = wp_unslash( $posted );
		$text   = static fn ( string $key ): string => is_scalar( $posted[ $key ] ?? null ) ? trim( (string) $posted[ $key ] ) : '';

		$typed = array(
			'name'                 => sanitize_text_field( $text( 'name' ) ),
			'approval_required'    => '' !== $text( 'approval_required' ),
			'over_credit'          => $text( 'over_credit' ),
			'credit_period'        => $text( 'credit_period' ),
			'default_credit_limit' => sanitize_text_field( $text( 'default_credit_limit' ) ),
		);
		// The registration link fields only when posted, so older forms keep the stored values.
		foreach ( array( 'invite_policy', 'invite_domains' ) as $key ) {
			if ( array_key_exists( $key, $posted ) ) {
				$typed[ $key ] = sanitize_text_field( $text( $key ) );
			}
		}

		return $typed;
	}

	/**
	 * Checks the typed values.
	 *
	 * @param array $typed Output of typed().
	 * @return array{data:array<string,mixed>,errors:array<string,string>} Fields for the
	 *         repository, and a translated message per bad field (keyed by field).
	 */
	public static function parse( array $typed ): array {
		$errors = array();
		if ( '' === $typed['name'] ) {
			$errors['name'] = __( 'Enter the company name.', 'kundeportal' );
		} elseif ( mb_strlen( $typed['name'] ) > 190 ) {
			$errors['name'] = __( 'The company name can be at most 190 characters long.', 'kundeportal' );
		}
		if ( ! array_key_exists( $typed['over_credit'], self::over_credit_options() ) ) {
			$errors['over_credit'] = __( 'Choose what happens to orders over the credit.', 'kundeportal' );
		}
		if ( ! array_key_exists( $typed['credit_period'], self::period_options() ) ) {
			$errors['credit_period'] = __( 'Choose a credit period: year, month or no limit.', 'kundeportal' );
		}

		$limit = self::parse_amount( $typed['default_credit_limit'] );
		if ( is_string( $limit ) ) {
			$errors['default_credit_limit'] = $limit;
		}
		$invites = array();
		if ( isset( $typed['invite_policy'] ) ) {
			$invites['invite_policy'] = $typed['invite_policy'];
			if ( ! array_key_exists( $typed['invite_policy'], self::invite_policy_options() ) ) {
				$errors['invite_policy'] = __( 'Choose who may create registration links.', 'kundeportal' );
			}
		}
		if ( isset( $typed['invite_domains'] ) ) {
			try {
				$invites['invite_domains'] = Invites::normalize_domains( $typed['invite_domains'] );
			} catch ( InvalidFields $error ) {
				$errors['invite_domains'] = (string) ( $error->get_fields()['allowed_domains'] ?? $error->getMessage() );
			}
		}

		return array(
			'data'   => array(
				'name'                 => $typed['name'],
				'approval_required'    => $typed['approval_required'],
				'over_credit'          => $typed['over_credit'],
				'credit_period'        => $typed['credit_period'],
				'default_credit_limit' => is_int( $limit ) ? $limit : 0,
			) + $invites,
			'errors' => $errors,
		);
	}

	/**
	 * Parses an amount typed in the shop's format ("5 000,50", "5000.50") to minor units.
	 *
	 * @param string $text Typed amount.
	 * @return int|string Minor units, or a translated error message.
	 */
	public static function parse_amount( string $text ): int|string {
		$decimals = Money::decimals();
		$text     = str_replace( array( "\u{00A0}", "\u{202F}", ' ', wc_get_price_thousand_separator() ), '', $text );
		if ( '' === $text ) {
			return __( 'Enter the default credit limit (0 or more).', 'kundeportal' );
		}
		if ( ! preg_match( '/^[0-9.,]+$/', $text ) ) {
			return __( 'The default credit limit must be a number of 0 or more, like 5000 or 5000,50.', 'kundeportal' );
		}

		$number = wc_format_decimal( $text );
		if ( ! preg_match( '/^(\d+)(?:\.(\d*))?$/', $number, $parts ) ) {
			return __( 'The default credit limit must be a number of 0 or more, like 5000 or 5000,50.', 'kundeportal' );
		}
		if ( strlen( rtrim( $parts[2] ?? '', '0' ) ) > $decimals ) {
			/* translators: %d: number of decimals the shop's prices have, e.g. 2 */
			return sprintf( _n( 'The default credit limit can have at most %d decimal.', 'The default credit limit can have at most %d decimals.', $decimals, 'kundeportal' ), $decimals );
		}
		if ( strlen( ltrim( $parts[1], '0' ) ) > self::MAX_DIGITS ) {
			return __( 'The default credit limit is too large.', 'kundeportal' );
		}

		return Money::to_minor( $parts[1] . '.' . rtrim( $parts[2] ?? '', '0' ), $decimals );
	}

	/**
	 * Over-credit rule choices.
	 *
	 * @return array<string,string>
	 */
	public static function over_credit_options(): array {
		return array(
			Company::OVER_CREDIT_REFUSE   => __( 'Refuse the order at checkout', 'kundeportal' ),
			Company::OVER_CREDIT_APPROVAL => __( 'Send the order to approval', 'kundeportal' ),
		);
	}

	/**
	 * Registration link policy choices.
	 *
	 * @return array<string,string>
	 */
	public static function invite_policy_options(): array {
		return array(
			Company::INVITES_MANAGERS => __( 'Department managers may create links', 'kundeportal' ),
			Company::INVITES_OFF      => __( 'Off: nobody may create links, existing links stop working', 'kundeportal' ),
		);
	}

	/**
	 * Credit period choices.
	 *
	 * @return array<string,string>
	 */
	public static function period_options(): array {
		return array(
			Company::PERIOD_YEAR  => __( 'Per calendar year', 'kundeportal' ),
			Company::PERIOD_MONTH => __( 'Per calendar month', 'kundeportal' ),
			Company::PERIOD_NONE  => __( 'No limit', 'kundeportal' ),
		);
	}
}
