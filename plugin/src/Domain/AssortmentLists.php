<?php
/**
 * Assortment lists: which products a company's members may order.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- Own tables: no WordPress API exists; results are cached per request below.

/**
 * Lists per company ({prefix}kundeportal_assortment_lists), their products and variations
 * (assortment_list_items) and the lists assigned to members (member_lists).
 *
 * A member's effective lists are their own lists, or when they have none the company's
 * default lists. A member without effective lists is unrestricted; so are shop admins and
 * users who are no members. The allowed product ids are cached per request and the cache is
 * emptied on every write through this class.
 */
class AssortmentLists {

	/** Longest list name (the column is varchar(190)). */
	public const MAX_NAME = 190;

	/**
	 * Allowed product ids per user id, for this request (null = unrestricted).
	 *
	 * @var array<int, array<int, true>|null>
	 */
	private array $allowed = array();

	/**
	 * Constructor.
	 *
	 * @param Members $members Member repository.
	 */
	public function __construct( private Members $members ) {
	}

	/**
	 * One list.
	 *
	 * @param int $id List id.
	 * @return AssortmentList|null
	 */
	public function get( int $id ): ?AssortmentList {
		global $wpdb;

		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$wpdb->kundeportal_assortment_lists} WHERE id = %d", $id ) );

		return $row ? AssortmentList::from_row( $row ) : null;
	}

	/**
	 * The lists of a company, by name.
	 *
	 * @param int $company_id Company id.
	 * @return AssortmentList[]
	 */
	public function for_company( int $company_id ): array {
		global $wpdb;

		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$wpdb->kundeportal_assortment_lists} WHERE company_id = %d ORDER BY name, id", $company_id ) );

		return array_map( array( AssortmentList::class, 'from_row' ), (array) $rows );
	}

	/**
	 * Every list of every company, by company and name.
	 *
	 * @return AssortmentList[]
	 */
	public function all(): array {
		global $wpdb;

		$rows = $wpdb->get_results( "SELECT * FROM {$wpdb->kundeportal_assortment_lists} ORDER BY company_id, name, id" );

		return array_map( array( AssortmentList::class, 'from_row' ), (array) $rows );
	}

	/**
	 * Creates a list.
	 *
	 * @param int    $company_id Company id.
	 * @param string $name       Name (required, at most 190 characters).
	 * @param bool   $is_default Whether members without own lists get it.
	 * @return AssortmentList
	 * @throws DomainException When the name is empty or too long.
	 */
	public function create( int $company_id, string $name, bool $is_default = false ): AssortmentList {
		global $wpdb;

		$name = $this->check_name( $name );
		$wpdb->insert(
			$wpdb->kundeportal_assortment_lists,
			array(
				'company_id' => $company_id,
				'name'       => $name,
				'is_default' => $is_default ? 1 : 0,
				'created_at' => current_time( 'mysql', true ),
			),
			array( '%d', '%s', '%d', '%s' )
		);
		$this->flush();

		return $this->get( (int) $wpdb->insert_id );
	}

	/**
	 * Renames a list and/or changes its default flag.
	 *
	 * @param int   $id   List id.
	 * @param array $data Any of name (string), is_default (bool).
	 * @return AssortmentList|null Null when the list does not exist.
	 * @throws DomainException When the name is empty or too long.
	 */
	public function update( int $id, array $data ): ?AssortmentList {
		global $wpdb;

		$list = $this->get( $id );
		if ( ! $list ) {
			return null;
		}

		$name = array_key_exists( 'name', $data ) ? $this->check_name( (string) $data['name'] ) : $list->name;
		$wpdb->update(
			$wpdb->kundeportal_assortment_lists,
			array(
				'name'       => $name,
				'is_default' => ( $data['is_default'] ?? $list->is_default ) ? 1 : 0,
			),
			array( 'id' => $id ),
			array( '%s', '%d' ),
			array( '%d' )
		);
		$this->flush();

		return $this->get( $id );
	}

	/**
	 * Deletes a list, its items and its assignments to members.
	 *
	 * @param int $id List id.
	 * @return void
	 */
	public function delete( int $id ): void {
		global $wpdb;

		$wpdb->delete( $wpdb->kundeportal_member_lists, array( 'list_id' => $id ), array( '%d' ) );
		$wpdb->delete( $wpdb->kundeportal_assortment_list_items, array( 'list_id' => $id ), array( '%d' ) );
		$wpdb->delete( $wpdb->kundeportal_assortment_lists, array( 'id' => $id ), array( '%d' ) );
		$this->flush();
	}

	/**
	 * Product and variation ids on a list.
	 *
	 * @param int $list_id List id.
	 * @return int[]
	 */
	public function items( int $list_id ): array {
		global $wpdb;

		return array_map( 'intval', (array) $wpdb->get_col( $wpdb->prepare( "SELECT product_id FROM {$wpdb->kundeportal_assortment_list_items} WHERE list_id = %d ORDER BY product_id", $list_id ) ) );
	}

	/**
	 * Number of items per list.
	 *
	 * @param int[] $list_ids List ids.
	 * @return array<int, int> List id => number of products and variations.
	 */
	public function item_counts( array $list_ids ): array {
		global $wpdb;

		$list_ids = self::ids( $list_ids );
		$counts   = array_fill_keys( $list_ids, 0 );
		if ( ! $list_ids ) {
			return $counts;
		}

		$in   = implode( ',', $list_ids );
		$rows = $wpdb->get_results( "SELECT list_id, COUNT(*) AS n FROM {$wpdb->kundeportal_assortment_list_items} WHERE list_id IN ($in) GROUP BY list_id" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- $in is a list of integers.
		foreach ( (array) $rows as $row ) {
			$counts[ (int) $row->list_id ] = (int) $row->n;
		}

		return $counts;
	}

	/**
	 * Replaces the products and variations of a list. Ids that are no product or
	 * variation are dropped.
	 *
	 * @param int   $list_id     List id.
	 * @param int[] $product_ids Product or variation ids.
	 * @return int[] The ids stored.
	 */
	public function set_items( int $list_id, array $product_ids ): array {
		global $wpdb;

		$product_ids = self::ids( $product_ids );
		if ( $product_ids ) {
			$in          = implode( ',', $product_ids );
			$product_ids = array_map( 'intval', (array) $wpdb->get_col( "SELECT ID FROM {$wpdb->posts} WHERE ID IN ($in) AND post_type IN ('product','product_variation')" ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- $in is a list of integers.
		}

		$wpdb->delete( $wpdb->kundeportal_assortment_list_items, array( 'list_id' => $list_id ), array( '%d' ) );
		foreach ( $product_ids as $product_id ) {
			$wpdb->insert(
				$wpdb->kundeportal_assortment_list_items,
				array(
					'list_id'    => $list_id,
					'product_id' => $product_id,
				),
				array( '%d', '%d' )
			);
		}
		$this->flush();
		sort( $product_ids );

		return $product_ids;
	}

	/**
	 * The lists assigned to a member (their own, not the company defaults). Only lists of the
	 * member's current company count: assignments stay behind when a member is removed or moves
	 * to another company (wp-admin profile, re-added by another company), and must not follow them.
	 *
	 * @param int $user_id WordPress user id.
	 * @return int[] List ids, ascending.
	 */
	public function member_list_ids( int $user_id ): array {
		return $this->member_list_ids_of( array( $user_id ) )[ $user_id ] ?? array();
	}

	/**
	 * Own list ids of many members at once.
	 *
	 * @param int[] $user_ids WordPress user ids.
	 * @return array<int, int[]> User id => list ids.
	 */
	public function member_list_ids_of( array $user_ids ): array {
		global $wpdb;

		$user_ids = self::ids( $user_ids );
		$result   = array_fill_keys( $user_ids, array() );
		if ( ! $user_ids ) {
			return $result;
		}

		$in   = implode( ',', $user_ids );
		$rows = $wpdb->get_results( "SELECT ml.user_id, ml.list_id FROM {$wpdb->kundeportal_member_lists} ml INNER JOIN {$wpdb->kundeportal_assortment_lists} l ON l.id = ml.list_id INNER JOIN {$wpdb->kundeportal_members} m ON m.user_id = ml.user_id AND m.company_id = l.company_id WHERE ml.user_id IN ($in) ORDER BY ml.list_id" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- $in is a list of integers.
		foreach ( (array) $rows as $row ) {
			$result[ (int) $row->user_id ][] = (int) $row->list_id;
		}

		return $result;
	}

	/**
	 * Checks that every list exists and belongs to the company.
	 *
	 * @param mixed $list_ids   What was sent: an array of list ids.
	 * @param int   $company_id The member's company.
	 * @return int[] The list ids, unique and ascending.
	 * @throws InvalidFields `assortment_lists` when a list is unknown or of another company.
	 */
	public function check_for_company( $list_ids, int $company_id ): array {
		if ( ! is_array( $list_ids ) ) {
			throw new InvalidFields( array( 'assortment_lists' => __( 'Choose the assortment lists as a list of ids.', 'kundeportal' ) ) );
		}

		// Positive ids only: ids() runs absint(), which would turn -5 into list 5 and drop 0.
		$numeric = array_filter( $list_ids, static fn ( $id ): bool => ( is_int( $id ) || ( is_string( $id ) && ctype_digit( $id ) ) ) && (int) $id > 0 );
		$ids     = self::ids( $list_ids );
		$valid   = array_map( static fn ( AssortmentList $list ): int => $list->id, $this->for_company( $company_id ) );
		if ( count( $numeric ) !== count( $list_ids ) || array_diff( $ids, $valid ) ) {
			throw new InvalidFields( array( 'assortment_lists' => __( 'Choose assortment lists of the user\'s company.', 'kundeportal' ) ) );
		}

		return $ids;
	}

	/**
	 * Replaces a member's own lists; only lists of the member's company are accepted.
	 *
	 * @param int   $user_id  Active member.
	 * @param mixed $list_ids Array of list ids; empty = back to the company's default lists.
	 * @return int[] The member's list ids.
	 * @throws DomainException `member_not_found` (404) or invalid fields (400).
	 */
	public function assign( int $user_id, $list_ids ): array {
		global $wpdb;

		$member = $this->members->get( $user_id );
		if ( ! $member ) {
			throw new DomainException( 'member_not_found', __( 'The user does not exist.', 'kundeportal' ), 404 );
		}

		$ids = $this->check_for_company( $list_ids, $member->company_id );

		// Replace under a per-member lock: two saves at once interleaved their delete and inserts
		// (duplicate-key errors, or a mix of both requests' lists).
		$lock = 'kundeportal_member_lists_' . $user_id;
		if ( 1 !== (int) $wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, %d)', $lock, 10 ) ) ) {
			throw new DomainException( 'member_locked', __( 'Someone else is changing this user right now. Please try again.', 'kundeportal' ), 409 );
		}
		try {
			$wpdb->delete( $wpdb->kundeportal_member_lists, array( 'user_id' => $user_id ), array( '%d' ) );
			foreach ( $ids as $list_id ) {
				$wpdb->insert(
					$wpdb->kundeportal_member_lists,
					array(
						'user_id' => $user_id,
						'list_id' => $list_id,
					),
					array( '%d', '%d' )
				);
			}
		} finally {
			$wpdb->get_var( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', $lock ) );
		}
		$this->flush();

		return $ids;
	}

	/**
	 * The lists that decide what a user may order: their own, else the company's defaults.
	 *
	 * @param int $user_id WordPress user id.
	 * @return int[]|null Null when the user is unrestricted (shop admin, no member, no lists).
	 */
	public function effective_list_ids( int $user_id ): ?array {
		if ( $user_id <= 0 || user_can( $user_id, 'manage_woocommerce' ) ) {
			return null;
		}
		$member = $this->members->get( $user_id );
		if ( ! $member ) {
			return null;
		}

		$own = $this->member_list_ids( $user_id );
		if ( $own ) {
			return $own;
		}

		$defaults = array();
		foreach ( $this->for_company( $member->company_id ) as $list ) {
			if ( $list->is_default ) {
				$defaults[] = $list->id;
			}
		}

		return $defaults ? $defaults : null;
	}

	/**
	 * The product ids a user may see: listed products, every variation of a listed variable
	 * product, listed variations and their parent products (the parent is shown, but only the
	 * listed variations are allowed; a variation is allowed only when it or its parent is
	 * listed, which this set encodes because unlisted variations are never added).
	 *
	 * @param int $user_id WordPress user id.
	 * @return int[]|null Null when unrestricted; else the ids (possibly empty).
	 */
	public function allowed_product_ids( int $user_id ): ?array {
		$set = $this->allowed_set( $user_id );

		return null === $set ? null : array_keys( $set );
	}

	/**
	 * Whether the user may see and buy the product or variation (true when unrestricted).
	 *
	 * @param int $user_id    WordPress user id.
	 * @param int $product_id Product or variation id.
	 * @return bool
	 */
	public function allows( int $user_id, int $product_id ): bool {
		$set = $this->allowed_set( $user_id );

		return null === $set || isset( $set[ $product_id ] );
	}

	/**
	 * Whether the user is restricted to assortment lists.
	 *
	 * @param int $user_id WordPress user id.
	 * @return bool
	 */
	public function is_restricted( int $user_id ): bool {
		return null !== $this->allowed_set( $user_id );
	}

	/**
	 * Empties the per-request cache.
	 *
	 * @return void
	 */
	public function flush(): void {
		$this->allowed = array();
	}

	/**
	 * The allowed ids as a set, computed once per user and request.
	 *
	 * @param int $user_id WordPress user id.
	 * @return array<int, true>|null
	 */
	private function allowed_set( int $user_id ): ?array {
		if ( array_key_exists( $user_id, $this->allowed ) ) {
			return $this->allowed[ $user_id ];
		}

		$list_ids = $this->effective_list_ids( $user_id );
		if ( null === $list_ids ) {
			$this->allowed[ $user_id ] = null;
			return null;
		}

		$this->allowed[ $user_id ] = array_fill_keys( $this->expand( $list_ids ), true );

		return $this->allowed[ $user_id ];
	}

	/**
	 * Items of the lists with the variations of listed products and the parents of listed
	 * variations.
	 *
	 * @param int[] $list_ids List ids.
	 * @return int[]
	 */
	private function expand( array $list_ids ): array {
		global $wpdb;

		$list_ids = self::ids( $list_ids );
		if ( ! $list_ids ) {
			return array();
		}

		$in    = implode( ',', $list_ids );
		$items = array_map( 'intval', (array) $wpdb->get_col( "SELECT DISTINCT product_id FROM {$wpdb->kundeportal_assortment_list_items} WHERE list_id IN ($in)" ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- $in is a list of integers.
		if ( ! $items ) {
			return array();
		}

		$in       = implode( ',', $items );
		$children = (array) $wpdb->get_col( "SELECT ID FROM {$wpdb->posts} WHERE post_parent IN ($in) AND post_type = 'product_variation'" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- $in is a list of integers.
		$parents  = (array) $wpdb->get_col( "SELECT post_parent FROM {$wpdb->posts} WHERE ID IN ($in) AND post_type = 'product_variation'" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- $in is a list of integers.

		return array_values( array_unique( array_merge( $items, array_map( 'intval', $children ), array_map( 'intval', $parents ) ) ) );
	}

	/**
	 * Checks a list name.
	 *
	 * @param string $name Typed name.
	 * @return string Trimmed name.
	 * @throws InvalidFields `name` when empty or too long.
	 */
	private function check_name( string $name ): string {
		$name = trim( sanitize_text_field( $name ) );
		if ( '' === $name ) {
			throw new InvalidFields( array( 'name' => __( 'Enter a name for the assortment list.', 'kundeportal' ) ) );
		}
		if ( mb_strlen( $name ) > self::MAX_NAME ) {
			throw new InvalidFields( array( 'name' => __( 'The name of an assortment list can be at most 190 characters long.', 'kundeportal' ) ) );
		}

		return $name;
	}

	/**
	 * Positive unique integers.
	 *
	 * @param array $ids Anything.
	 * @return int[]
	 */
	private static function ids( array $ids ): array {
		$ids = array_values( array_unique( array_filter( array_map( 'absint', $ids ) ) ) );
		sort( $ids );

		return $ids;
	}
}
