<?php
/**
 * Field validation errors of a form.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Domain;

defined( 'ABSPATH' ) || exit;

/**
 * One or more fields of a request are invalid; carries a translated message per field so
 * the UI can show each next to its field (REST: 400 with data.params).
 */
class InvalidFields extends DomainException {

	/**
	 * Constructor.
	 *
	 * @param array<string, string> $fields Field name => translated message.
	 */
	public function __construct( private array $fields ) {
		parent::__construct( 'invalid_fields', __( 'Some fields need your attention.', 'kundeportal' ), 400 );
	}

	/**
	 * Field name => translated message.
	 *
	 * @return array<string, string>
	 */
	public function get_fields(): array {
		return $this->fields;
	}
}
