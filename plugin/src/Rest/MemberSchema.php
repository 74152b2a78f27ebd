<?php
/**
 * Schema and arguments of the /members routes.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Rest;

use Kundeportal\Domain\MemberDirectory;

defined( 'ABSPATH' ) || exit;

/**
 * The member object (list item; GET /members/{id} adds recent_orders) and the arguments.
 * Field rules (required, lengths, scope) are checked by Domain\MemberAccounts so every field
 * error comes back at once, translated, in data.params.
 */
final class MemberSchema {

	/**
	 * The member item schema.
	 *
	 * @return array
	 */
	public static function get(): array {
		$order = array(
			'id'           => Schema::field( 'integer', __( 'Order id.', 'kundeportal' ) ),
			'number'       => Schema::field( 'string', __( 'Order number as shown to customers.', 'kundeportal' ) ),
			'date_created' => Schema::field( 'string', __( 'Date the order was placed, ISO 8601 in site time.', 'kundeportal' ), array( 'format' => 'date-time' ) ),
			'status'       => Schema::field( 'string', __( 'Order status without the "wc-" prefix.', 'kundeportal' ) ),
			'total'        => Schema::money( __( 'Order total, in minor units.', 'kundeportal' ) ),
		);

		return Schema::root(
			'kundeportal_member',
			array(
				'user_id'          => Schema::field( 'integer', __( 'WordPress user id.', 'kundeportal' ) ),
				'first_name'       => Schema::field( 'string', __( 'First name.', 'kundeportal' ) ),
				'last_name'        => Schema::field( 'string', __( 'Last name.', 'kundeportal' ) ),
				'name'             => Schema::field( 'string', __( 'Full name.', 'kundeportal' ) ),
				'email'            => Schema::field( 'string', __( 'E-mail address.', 'kundeportal' ), array( 'format' => 'email' ) ),
				'position'         => Schema::field( 'string', __( 'Position (job title).', 'kundeportal' ) ),
				'department'       => Schema::object(
					'object',
					__( 'Department of the member.', 'kundeportal' ),
					array(
						'id'   => Schema::field( 'integer', __( 'Department id.', 'kundeportal' ) ),
						'name' => Schema::field( 'string', __( 'Department name.', 'kundeportal' ) ),
					)
				),
				'assortment_lists' => Schema::field( 'array', __( 'Ids of the member\'s own assortment lists (none: the company\'s default lists apply).', 'kundeportal' ), array( 'items' => array( 'type' => 'integer' ) ) ),
				'credit_limit'     => Schema::money( __( 'Credit limit per credit period, in minor units.', 'kundeportal' ) ),
				'credit_left'      => Schema::money( __( 'Credit left this period, in minor units.', 'kundeportal' ) ),
				'order_count'      => Schema::field( 'integer', __( 'Number of orders in the departments in scope (not cancelled, failed or refunded).', 'kundeportal' ) ),
				'total_spent'      => Schema::money( __( 'Sum of those orders, in minor units.', 'kundeportal' ) ),
				'recent_orders'    => Schema::list_of( __( 'The five newest orders (single member only).', 'kundeportal' ), $order ),
			)
		);
	}

	/**
	 * Query arguments of GET /members.
	 *
	 * @param array $context The context argument.
	 * @return array
	 */
	public static function collection_args( array $context ): array {
		return $context + array(
			'search'     => array(
				'description' => __( 'Text to find in name, e-mail or position.', 'kundeportal' ),
				'type'        => 'string',
				'default'     => '',
				'maxLength'   => 100,
			),
			'department' => array(
				'description' => __( 'Only members of this department.', 'kundeportal' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'default'     => 0,
			),
			'orderby'    => array(
				'description' => __( 'Sort by.', 'kundeportal' ),
				'type'        => 'string',
				'enum'        => MemberDirectory::ORDERBY,
				'default'     => 'name',
			),
			'order'      => array(
				'description' => __( 'Sort direction.', 'kundeportal' ),
				'type'        => 'string',
				'enum'        => array( 'asc', 'desc' ),
				'default'     => 'asc',
			),
			'page'       => array(
				'description' => __( 'Page, 1-based.', 'kundeportal' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'default'     => 1,
			),
			'per_page'   => array(
				'description' => __( 'Members per page.', 'kundeportal' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => 100,
				'default'     => 20,
			),
		);
	}

	/**
	 * Body of POST /members. Required fields are checked in the domain (per-field messages).
	 *
	 * @return array
	 */
	public static function create_args(): array {
		return array(
			'first_name' => self::string_arg( __( 'First name (required, at most 20 characters).', 'kundeportal' ) ),
			'last_name'  => self::string_arg( __( 'Last name (required, at most 20 characters).', 'kundeportal' ) ),
			'email'      => self::string_arg( __( 'E-mail address (required, unique).', 'kundeportal' ) ),
			'address'    => self::string_arg( __( 'Delivery address: "private" (department addresses come later).', 'kundeportal' ) ),
		) + self::update_args();
	}

	/**
	 * Body of PATCH /members/{id} (and the shared fields of POST).
	 *
	 * @return array
	 */
	public static function update_args(): array {
		return array(
			'position'      => self::string_arg( __( 'Position (at most 60 characters).', 'kundeportal' ) ),
			'department_id' => array(
				'description' => __( 'Department id, one the caller manages.', 'kundeportal' ),
				'type'        => array( 'integer', 'null' ),
			),
			'credit_limit'  => array(
				'description' => __( 'Credit limit in minor units (0 or more); POST: default the company\'s.', 'kundeportal' ),
				'type'        => array( 'integer', 'null' ),
			),
		) + array(
			'assortment_lists' => array(
				'description' => __( 'Ids of assortment lists of the member\'s company; empty: the company\'s default lists.', 'kundeportal' ),
				'type'        => 'array',
				'items'       => array( 'type' => 'integer' ),
			),
		);
	}

	/**
	 * A string body argument.
	 *
	 * @param string $description Description.
	 * @return array
	 */
	private static function string_arg( string $description ): array {
		return array(
			'description' => $description,
			'type'        => 'string',
		);
	}
}
