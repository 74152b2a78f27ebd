<?php
/**
 * WooCommerce → Kundeportal → a company: its assortment lists.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Admin;

use Kundeportal\Domain\AssortmentList;
use Kundeportal\Domain\Company;
use Kundeportal\Domain\DomainException;
use Kundeportal\Domain\InvalidFields;
use Kundeportal\Services;

defined( 'ABSPATH' ) || exit;

/**
 * The "Assortment lists" section under a company's settings: a table of the company's lists
 * (name, default, number of products, members) with edit and delete, and a form to add or
 * edit a list: name, default flag and products/variations picked with WooCommerce's own
 * product search (wc-enhanced-select, woocommerce_json_search_products_and_variations).
 * Posts are checked for capability (manage_woocommerce) and a nonce per company; errors show
 * as settings errors above the page, with the typed values kept.
 */
final class AssortmentListsSection {

	/** Name of the posted field group: kundeportal_assortment[name] etc. */
	public const FIELD = 'kundeportal_assortment';

	/** Nonce action prefix; the company id follows. */
	public const NONCE = 'kundeportal_assortment_';

	/** Anchor of the section. */
	public const ANCHOR = 'kundeportal-assortment-lists';

	/**
	 * Typed values after a failed save.
	 *
	 * @var array{list_id:int,name:string,is_default:bool,product_ids:int[]}|null
	 */
	private ?array $typed = null;

	/**
	 * Constructor.
	 *
	 * @param Services $services Domain services.
	 */
	public function __construct( private Services $services ) {
	}

	/**
	 * Whether a post is meant for this section.
	 *
	 * @param array $post Unslashed $_POST.
	 * @return bool
	 */
	public static function is_mine( array $post ): bool {
		return isset( $post[ self::FIELD ] ) && is_array( $post[ self::FIELD ] );
	}

	/**
	 * On the page's load hook: asks for WooCommerce's product search scripts.
	 *
	 * @return void
	 */
	public function handle_load(): void {
		add_action( 'admin_enqueue_scripts', array( $this, 'handle_admin_enqueue_scripts' ), 20 );
	}

	/**
	 * Enqueues the enhanced select (selectWoo + product search) and WooCommerce's admin styles.
	 *
	 * @internal
	 * @return void
	 */
	public function handle_admin_enqueue_scripts(): void {
		wp_enqueue_script( 'wc-enhanced-select' );
		wp_enqueue_style( 'woocommerce_admin_styles' );
	}

	/**
	 * Saves or deletes a list.
	 *
	 * @param array $post Unslashed $_POST.
	 * @return string|null Where to redirect after success; null when the form has errors.
	 */
	public function save( array $post ): ?string {
		$company_id = absint( $post['company_id'] ?? 0 );
		if ( ! current_user_can( CompaniesPage::CAPABILITY ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to change assortment lists.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}
		if ( ! wp_verify_nonce( (string) ( $post['_wpnonce'] ?? '' ), self::NONCE . $company_id ) ) {
			wp_die( esc_html__( 'The link you followed has expired. Reload the page and try again.', 'kundeportal' ), '', array( 'response' => 403 ) );
		}
		$company = $this->services->companies->get( $company_id );
		if ( ! $company ) {
			wp_die( esc_html__( 'The company does not exist.', 'kundeportal' ), '', array( 'response' => 404 ) );
		}

		$fields  = (array) $post[ self::FIELD ];
		$list_id = absint( $fields['list_id'] ?? 0 );
		$list    = $list_id ? $this->services->assortment_lists->get( $list_id ) : null;
		if ( $list_id && ( ! $list || $list->company_id !== $company->id ) ) {
			add_settings_error( CompaniesPage::SLUG, 'kundeportal_list_not_found', __( 'The assortment list does not exist.', 'kundeportal' ), 'error' );
			return null;
		}

		$lists = $this->services->assortment_lists;
		if ( 'delete' === ( $fields['action'] ?? '' ) && $list ) {
			$lists->delete( $list->id );
			/* translators: %s: name of the assortment list. */
			add_settings_error( CompaniesPage::SLUG, 'kundeportal_list_deleted', sprintf( __( 'Assortment list "%s" deleted.', 'kundeportal' ), $list->name ), 'success' );

			return $this->url( $company->id );
		}

		$this->typed = array(
			'list_id'     => $list_id,
			'name'        => is_scalar( $fields['name'] ?? null ) ? sanitize_text_field( (string) $fields['name'] ) : '',
			'is_default'  => ! empty( $fields['is_default'] ),
			'product_ids' => array_values( array_filter( array_map( 'absint', (array) ( $fields['product_ids'] ?? array() ) ) ) ),
		);

		try {
			$data  = array(
				'name'       => $this->typed['name'],
				'is_default' => $this->typed['is_default'],
			);
			$saved = $list ? $lists->update( $list->id, $data ) : $lists->create( $company->id, $data['name'], $data['is_default'] );
			$lists->set_items( $saved->id, $this->typed['product_ids'] );
		} catch ( InvalidFields $e ) {
			foreach ( $e->get_fields() as $field => $message ) {
				add_settings_error( CompaniesPage::SLUG, 'kundeportal_list_' . $field, $message, 'error' );
			}
			return null;
		} catch ( DomainException $e ) {
			add_settings_error( CompaniesPage::SLUG, 'kundeportal_' . $e->get_error_code(), $e->getMessage(), 'error' );
			return null;
		}

		$this->typed = null;
		/* translators: %s: name of the assortment list. */
		add_settings_error( CompaniesPage::SLUG, 'kundeportal_list_saved', sprintf( __( 'Assortment list "%s" saved.', 'kundeportal' ), $saved->name ), 'success' );

		return $this->url( $company->id );
	}

	/**
	 * Prints the section for a company.
	 *
	 * @param Company $company Company being edited.
	 * @return void
	 */
	public function render( Company $company ): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- Read-only selection of the list to edit.
		$editing = absint( $_GET['list'] ?? 0 );
		$lists   = $this->services->assortment_lists->for_company( $company->id );
		$counts  = $this->services->assortment_lists->item_counts( array_map( static fn ( AssortmentList $list ): int => $list->id, $lists ) );

		echo '<hr><h2 id="' . esc_attr( self::ANCHOR ) . '">' . esc_html__( 'Assortment lists', 'kundeportal' ) . '</h2>';
		echo '<p class="description">' . esc_html__( 'A member with assortment lists can only see and order the products on them. Members without own lists get the default lists; with no default lists they can order everything.', 'kundeportal' ) . '</p>';
		echo '<table class="wp-list-table widefat fixed striped kundeportal-assortment-lists"><thead><tr>';
		foreach ( array( __( 'Name', 'kundeportal' ), __( 'Default', 'kundeportal' ), __( 'Products', 'kundeportal' ), __( 'Actions', 'kundeportal' ) ) as $heading ) {
			echo '<th scope="col">' . esc_html( $heading ) . '</th>';
		}
		echo '</tr></thead><tbody>';
		if ( ! $lists ) {
			echo '<tr><td colspan="4">' . esc_html__( 'No assortment lists yet.', 'kundeportal' ) . '</td></tr>';
		}
		foreach ( $lists as $list ) {
			echo '<tr><td class="column-primary"><strong>' . esc_html( $list->name ) . '</strong></td>';
			echo '<td>' . esc_html( $list->is_default ? __( 'Yes', 'kundeportal' ) : __( 'No', 'kundeportal' ) ) . '</td>';
			echo '<td>' . esc_html( number_format_i18n( $counts[ $list->id ] ?? 0 ) ) . '</td><td>';
			/* translators: %s: name of the assortment list. */
			echo '<a class="button button-small" href="' . esc_url( $this->url( $company->id, $list->id ) ) . '" aria-label="' . esc_attr( sprintf( __( 'Edit %s', 'kundeportal' ), $list->name ) ) . '">' . esc_html__( 'Edit', 'kundeportal' ) . '</a> ';
			echo '<form method="post" action="' . esc_url( CompaniesPage::edit_url( $company->id ) ) . '" style="display:inline" onsubmit="return window.confirm(this.dataset.confirm);" data-confirm="' . esc_attr__( 'Delete this assortment list? Members who have it lose it.', 'kundeportal' ) . '">';
			$this->hidden_fields( $company->id, $list->id );
			echo '<input type="hidden" name="' . esc_attr( self::FIELD ) . '[action]" value="delete">';
			/* translators: %s: name of the assortment list. */
			echo '<button type="submit" class="button button-small button-link-delete" aria-label="' . esc_attr( sprintf( __( 'Delete %s', 'kundeportal' ), $list->name ) ) . '">' . esc_html__( 'Delete', 'kundeportal' ) . '</button>';
			echo '</form></td></tr>';
		}
		echo '</tbody></table>';

		$list = null;
		foreach ( $lists as $candidate ) {
			if ( $candidate->id === $editing ) {
				$list = $candidate;
			}
		}
		$this->render_form( $company, $list );
	}

	/**
	 * The add / edit form.
	 *
	 * @param Company             $company Company.
	 * @param AssortmentList|null $list    List being edited, null to add one.
	 * @return void
	 */
	private function render_form( Company $company, ?AssortmentList $list ): void {
		$values = $this->typed ?? array(
			'list_id'     => $list ? $list->id : 0,
			'name'        => $list ? $list->name : '',
			'is_default'  => $list ? $list->is_default : false,
			'product_ids' => $list ? $this->services->assortment_lists->items( $list->id ) : array(),
		);
		if ( $this->typed && $values['list_id'] ) {
			$list = $this->services->assortment_lists->get( $values['list_id'] );
		}

		echo '<h3>' . esc_html( $list ? sprintf( /* translators: %s: name of the assortment list. */ __( 'Edit assortment list "%s"', 'kundeportal' ), $list->name ) : __( 'Add assortment list', 'kundeportal' ) ) . '</h3>';
		echo '<form method="post" action="' . esc_url( CompaniesPage::edit_url( $company->id ) ) . '" class="kundeportal-assortment-form" novalidate>';
		$this->hidden_fields( $company->id, $list ? $list->id : 0 );
		echo '<input type="hidden" name="' . esc_attr( self::FIELD ) . '[action]" value="save">';
		echo '<table class="form-table" role="presentation"><tbody>';

		echo '<tr><th scope="row"><label for="kundeportal-list-name">' . esc_html__( 'List name', 'kundeportal' ) . '</label></th><td>';
		echo '<input type="text" class="regular-text" id="kundeportal-list-name" name="' . esc_attr( self::FIELD ) . '[name]" value="' . esc_attr( $values['name'] ) . '" maxlength="190" required></td></tr>';

		echo '<tr><th scope="row">' . esc_html__( 'Default list', 'kundeportal' ) . '</th><td><label for="kundeportal-list-default">';
		echo '<input type="checkbox" id="kundeportal-list-default" name="' . esc_attr( self::FIELD ) . '[is_default]" value="1"' . checked( $values['is_default'], true, false ) . '> ';
		echo esc_html__( 'Members without own lists get this list', 'kundeportal' ) . '</label></td></tr>';

		echo '<tr><th scope="row"><label for="kundeportal-list-products">' . esc_html__( 'Products and variations', 'kundeportal' ) . '</label></th><td>';
		echo '<select class="wc-product-search" multiple="multiple" style="width: 100%; max-width: 40em;" id="kundeportal-list-products" name="' . esc_attr( self::FIELD ) . '[product_ids][]" data-placeholder="' . esc_attr__( 'Search for a product or variation…', 'kundeportal' ) . '" data-action="woocommerce_json_search_products_and_variations">';
		foreach ( $values['product_ids'] as $product_id ) {
			$product = wc_get_product( $product_id );
			if ( $product ) {
				echo '<option value="' . esc_attr( (string) $product_id ) . '" selected="selected">' . esc_html( wp_strip_all_tags( $product->get_formatted_name() ) ) . '</option>';
			}
		}
		echo '</select>';
		echo '<p class="description">' . esc_html__( 'A variable product allows all its variations; a single variation allows only that variation.', 'kundeportal' ) . '</p></td></tr>';
		echo '</tbody></table>';
		submit_button( $list ? __( 'Save assortment list', 'kundeportal' ) : __( 'Add assortment list', 'kundeportal' ), 'secondary' );
		if ( $list ) {
			echo '<p><a href="' . esc_url( $this->url( $company->id ) ) . '">' . esc_html__( 'Cancel editing', 'kundeportal' ) . '</a></p>';
		}
		echo '</form>';
	}

	/**
	 * Nonce, company and list id.
	 *
	 * @param int $company_id Company id.
	 * @param int $list_id    List id, 0 for a new list.
	 * @return void
	 */
	private function hidden_fields( int $company_id, int $list_id ): void {
		echo '<input type="hidden" name="_wpnonce" value="' . esc_attr( wp_create_nonce( self::NONCE . $company_id ) ) . '">';
		echo '<input type="hidden" name="company_id" value="' . esc_attr( (string) $company_id ) . '">';
		echo '<input type="hidden" name="' . esc_attr( self::FIELD ) . '[list_id]" value="' . esc_attr( (string) $list_id ) . '">';
	}

	/**
	 * The company page at this section (optionally editing a list).
	 *
	 * @param int $company_id Company id.
	 * @param int $list_id    List to edit, 0 for none.
	 * @return string
	 */
	private function url( int $company_id, int $list_id = 0 ): string {
		$args = array( 'settings-updated' => 'true' );
		if ( $list_id ) {
			$args = array( 'list' => $list_id );
		}

		return add_query_arg( $args, CompaniesPage::edit_url( $company_id ) ) . '#' . self::ANCHOR;
	}
}
