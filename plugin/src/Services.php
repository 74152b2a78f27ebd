<?php
/**
 * Hand-wired service holder.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal;

use Kundeportal\Domain\Approval;
use Kundeportal\Domain\AssortmentLists;
use Kundeportal\Domain\Companies;
use Kundeportal\Domain\Credit;
use Kundeportal\Domain\Departments;
use Kundeportal\Domain\Invites;
use Kundeportal\Domain\LineEditor;
use Kundeportal\Domain\Members;
use Kundeportal\Domain\OrderLock;
use Kundeportal\Domain\Scope;

defined( 'ABSPATH' ) || exit;

/**
 * The domain services, built once in the composition root (Plugin) and handed to REST,
 * My Account and checkout code. Building them has no side effects.
 */
final class Services {

	/**
	 * Company repository.
	 *
	 * @var Companies
	 */
	public readonly Companies $companies;

	/**
	 * Department repository.
	 *
	 * @var Departments
	 */
	public readonly Departments $departments;

	/**
	 * Member repository.
	 *
	 * @var Members
	 */
	public readonly Members $members;

	/**
	 * Credit service.
	 *
	 * @var Credit
	 */
	public readonly Credit $credit;

	/**
	 * Access scope.
	 *
	 * @var Scope
	 */
	public readonly Scope $scope;

	/**
	 * Order approval.
	 *
	 * @var Approval
	 */
	public readonly Approval $approval;

	/**
	 * Line editing of pending orders.
	 *
	 * @var LineEditor
	 */
	public readonly LineEditor $line_editor;

	/**
	 * Registration links.
	 *
	 * @var Invites
	 */
	public readonly Invites $invites;

	/**
	 * Assortment lists (which products members may order).
	 *
	 * @var AssortmentLists
	 */
	public readonly AssortmentLists $assortment_lists;

	/**
	 * Wires the services.
	 *
	 * @param \Closure|null $clock Returns "now" as \DateTimeImmutable for Credit; tests pass a fixed one.
	 */
	public function __construct( ?\Closure $clock = null ) {
		$this->companies   = new Companies();
		$this->departments = new Departments();
		$this->members     = new Members( $this->departments, $this->companies );
		$this->credit      = new Credit( $this->members, $this->companies, $this->departments, $clock );
		$this->scope       = new Scope( $this->departments );
		$lock              = new OrderLock();
		$this->approval    = new Approval( $this->credit, $lock );
		$this->line_editor = new LineEditor( $lock );
		$this->invites     = new Invites();

		$this->assortment_lists = new AssortmentLists( $this->members );
	}
}
