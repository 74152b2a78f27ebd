<?php
/**
 * Builders for the JSON schemas of the kundeportal/v1 responses.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Rest;

defined( 'ABSPATH' ) || exit;

/**
 * Small helpers so every response field is declared the same way: read-only, view and
 * edit context, closed objects (additionalProperties false).
 */
final class Schema {

	/**
	 * A read-only field.
	 *
	 * @param string|string[] $type        JSON type(s).
	 * @param string          $description Description.
	 * @param array           $extra       More keywords (enum, format, items...).
	 * @return array
	 */
	public static function field( $type, string $description, array $extra = array() ): array {
		return array_merge(
			array(
				'description' => $description,
				'type'        => $type,
				'context'     => array( 'view', 'edit' ),
				'readonly'    => true,
			),
			$extra
		);
	}

	/**
	 * A read-only integer amount of money in minor units.
	 *
	 * @param string $description What the amount is, ending with "in minor units".
	 * @return array
	 */
	public static function money( string $description ): array {
		return self::field( 'integer', $description );
	}

	/**
	 * A closed read-only object.
	 *
	 * @param string|string[] $type        'object' or array( 'object', 'null' ).
	 * @param string          $description Description.
	 * @param array           $properties  Property schemas.
	 * @return array
	 */
	public static function object( $type, string $description, array $properties ): array {
		return self::field(
			$type,
			$description,
			array(
				'properties'           => $properties,
				'additionalProperties' => false,
			)
		);
	}

	/**
	 * A read-only array of closed objects.
	 *
	 * @param string $description Description.
	 * @param array  $properties  Property schemas of each item.
	 * @return array
	 */
	public static function list_of( string $description, array $properties ): array {
		return self::field(
			'array',
			$description,
			array(
				'items' => array(
					'type'                 => 'object',
					'properties'           => $properties,
					'additionalProperties' => false,
				),
			)
		);
	}

	/**
	 * The root of an item schema.
	 *
	 * @param string $title      Schema title.
	 * @param array  $properties Property schemas.
	 * @return array
	 */
	public static function root( string $title, array $properties ): array {
		return array(
			'$schema'              => 'http://json-schema.org/draft-04/schema#',
			'title'                => $title,
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => $properties,
		);
	}
}
