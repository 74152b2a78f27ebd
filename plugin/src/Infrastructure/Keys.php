<?php
/**
 * Names of options, order meta and statuses used across the plugin.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Infrastructure;

defined( 'ABSPATH' ) || exit;

/**
 * One place for every option, meta key and status slug, so a grep finds all uses.
 */
final class Keys {

	/** Schema version of our tables, compared with Installer::DB_VERSION. */
	public const OPTION_DB_VERSION = 'kundeportal_db_version';

	/** Plugin version that last ran; a change triggers a rewrite flush. */
	public const OPTION_VERSION = 'kundeportal_version';

	/** Set on activation: flush rewrite rules on the next init, after endpoints exist. */
	public const OPTION_FLUSH_REWRITE = 'kundeportal_flush_rewrite_rules';

	/** Hash of the My Account endpoints at the last rewrite flush; a change triggers one. */
	public const OPTION_ENDPOINTS = 'kundeportal_account_endpoints';

	/** Uninstall removes data only when this option is 'yes' (or KUNDEPORTAL_REMOVE_ALL_DATA). */
	public const OPTION_REMOVE_DATA = 'kundeportal_remove_data_on_uninstall';

	/** Page whose content the Help tab shows (WooCommerce → Settings → Advanced); 0 = the built-in guide. */
	public const OPTION_HELP_PAGE_ID = 'kundeportal_help_page_id';

	/** Order meta: company of the orderer at checkout. */
	public const META_COMPANY_ID = '_kundeportal_company_id';

	/** Order meta: department of the orderer at checkout. */
	public const META_DEPARTMENT_ID = '_kundeportal_department_id';

	/** Order meta: user id of the manager who approved. */
	public const META_APPROVED_BY = '_kundeportal_approved_by';

	/** Order meta: GMT timestamp of the approval. */
	public const META_APPROVED_AT = '_kundeportal_approved_at';

	/** Order meta: user id of the manager who cancelled. */
	public const META_CANCELLED_BY = '_kundeportal_cancelled_by';

	/** Order meta: GMT timestamp of the cancellation. */
	public const META_CANCELLED_AT = '_kundeportal_cancelled_at';

	/** Order meta: the manager's message, set just before a status change and removed after it. */
	public const META_LAST_MESSAGE = '_kundeportal_last_message';

	/** Order meta: e-mail events already sent for the order (event => GMT time), so each goes once. */
	public const META_MAILED = '_kundeportal_mailed';

	/** Order status (without the wc- prefix) of orders waiting for a manager. */
	public const STATUS_APPROVAL = 'kp-approval';

	/** User meta: id of the company the user is a company admin of. */
	public const META_COMPANY_ADMIN = '_kundeportal_company_admin';

	/** Payment gateway id. */
	public const GATEWAY_ID = 'kundeportal_account';
}
