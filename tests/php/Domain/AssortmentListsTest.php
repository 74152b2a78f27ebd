<?php
/**
 * Tests of the assortment lists domain.
 *
 * @package Kundeportal
 */

declare( strict_types=1 );

namespace Kundeportal\Tests\Domain;

use Kundeportal\Domain\InvalidFields;
use Kundeportal\Tests\Parallel;
use Kundeportal\Tests\Rest\PortalFixtures;
use Kundeportal\Tests\TestCase;

/**
 * Lists per company, member assignment, defaults and the allowed product ids.
 */
final class AssortmentListsTest extends TestCase {

	use PortalFixtures;

	/**
	 * Builds the fixture portal.
	 */
	protected function set_up(): void {
		parent::set_up();
		$this->create_portal();
	}

	/**
	 * @testdox Lists are created, renamed, flagged default, filled and deleted per company
	 */
	public function test_crud(): void {
		$lists   = $this->plugin_services()->assortment_lists;
		$product = $this->create_simple_product();
		$list    = $lists->create( $this->ids['company'], '  Verksted  ' );

		$this->assertSame( 'Verksted', $list->name );
		$this->assertFalse( $list->is_default );
		$this->assertSame( $this->ids['company'], $list->company_id );

		$list = $lists->update(
			$list->id,
			array(
				'name'       => 'Lager',
				'is_default' => true,
			)
		);
		$this->assertSame( 'Lager', $list->name );
		$this->assertTrue( $list->is_default );

		$this->assertSame( array( $product->get_id() ), $lists->set_items( $list->id, array( $product->get_id(), $product->get_id(), 999999999, 'x' ) ) );
		$this->assertSame( array( $list->id => 1 ), $lists->item_counts( array( $list->id ) ) );
		$this->assertSame( array( $list->id ), array_map( fn ( $l ) => $l->id, $lists->for_company( $this->ids['company'] ) ) );

		$lists->assign( $this->ids['employee_a'], array( $list->id ) );
		$lists->delete( $list->id );
		$this->assertNull( $lists->get( $list->id ) );
		$this->assertSame( array(), $lists->items( $list->id ) );
		$this->assertSame( array(), $lists->member_list_ids( $this->ids['employee_a'] ) );
	}

	/**
	 * @testdox An empty name is refused with a field error
	 */
	public function test_name_required(): void {
		$this->expectException( InvalidFields::class );
		$this->plugin_services()->assortment_lists->create( $this->ids['company'], '   ' );
	}

	/**
	 * @testdox Only lists of the member's company can be assigned
	 */
	public function test_assign_scope(): void {
		$lists   = $this->plugin_services()->assortment_lists;
		$own     = $lists->create( $this->ids['company'], 'Own' );
		$foreign = $lists->create( $this->make_company()->id, 'Foreign' );

		$this->assertSame( array( $own->id ), $lists->assign( $this->ids['employee_a'], array( $own->id ) ) );
		try {
			$lists->assign( $this->ids['employee_a'], array( $own->id, $foreign->id ) );
			$this->fail( 'A foreign list was assigned.' );
		} catch ( InvalidFields $e ) {
			$this->assertArrayHasKey( 'assortment_lists', $e->get_fields() );
		}
		$this->assertSame( array( $own->id ), $lists->member_list_ids( $this->ids['employee_a'] ) );

		foreach ( array( array( -$own->id ), array( 0 ), array( (string) -$own->id ), array( 1.5 ) ) as $bad ) {
			try {
				$lists->assign( $this->ids['employee_a'], $bad );
				$this->fail( 'Not a list id: ' . wp_json_encode( $bad ) );
			} catch ( InvalidFields $e ) {
				$this->assertArrayHasKey( 'assortment_lists', $e->get_fields() );
			}
		}
		$this->assertSame( array( $own->id ), $lists->member_list_ids( $this->ids['employee_a'] ), 'Refused input changes nothing.' );

		$this->assertSame( array(), $lists->assign( $this->ids['employee_a'], array() ) );
	}

	/**
	 * @testdox Unrestricted: no member, shop admin, member without lists and no defaults
	 */
	public function test_unrestricted(): void {
		$lists = $this->plugin_services()->assortment_lists;
		$lists->create( $this->ids['company'], 'Not default' );

		$this->assertNull( $lists->allowed_product_ids( $this->ids['outsider'] ) );
		$this->assertNull( $lists->allowed_product_ids( $this->ids['admin'] ) );
		$this->assertNull( $lists->allowed_product_ids( $this->ids['employee_a'] ) );
		$this->assertNull( $lists->allowed_product_ids( 0 ) );
		$this->assertTrue( $lists->allows( $this->ids['employee_a'], 12345 ) );
	}

	/**
	 * @testdox Own lists win over the company's default lists; defaults apply without own lists
	 */
	public function test_defaults(): void {
		$lists    = $this->plugin_services()->assortment_lists;
		$a        = $this->create_simple_product();
		$b        = $this->create_simple_product();
		$default  = $lists->create( $this->ids['company'], 'Default', true );
		$personal = $lists->create( $this->ids['company'], 'Personal' );
		$lists->set_items( $default->id, array( $a->get_id() ) );
		$lists->set_items( $personal->id, array( $b->get_id() ) );

		$this->assertSame( array( $a->get_id() ), $lists->allowed_product_ids( $this->ids['employee_a'] ) );

		$lists->assign( $this->ids['employee_a'], array( $personal->id ) );
		$this->assertSame( array( $b->get_id() ), $lists->allowed_product_ids( $this->ids['employee_a'] ), 'The cache is emptied on writes.' );
		$this->assertSame( array( $a->get_id() ), $lists->allowed_product_ids( $this->ids['employee_b'] ) );

		$empty = $lists->create( $this->ids['company'], 'Empty' );
		$lists->assign( $this->ids['employee_b'], array( $empty->id ) );
		$this->assertSame( array(), $lists->allowed_product_ids( $this->ids['employee_b'] ), 'An empty list allows nothing.' );
	}

	/**
	 * @testdox Own lists of a former company do not follow a member into another company
	 */
	public function test_lists_stay_with_the_company(): void {
		$services = $this->plugin_services();
		$lists    = $services->assortment_lists;
		$product  = $this->create_simple_product();
		$list_a   = $lists->create( $this->ids['company'], 'Company A' );
		$lists->set_items( $list_a->id, array( $product->get_id() ) );
		$lists->assign( $this->ids['employee_a'], array( $list_a->id ) );
		$this->assertSame( array( $product->get_id() ), $lists->allowed_product_ids( $this->ids['employee_a'] ) );

		$other      = $this->make_company( array( 'name' => 'Other ' . $this->unique() ) );
		$department = $services->departments->create( $other->id, 'avd Other' );
		$services->members->remove( $this->ids['employee_a'] );
		$services->members->add( $this->ids['employee_a'], $department->id );
		$lists->flush();

		$this->assertSame( array(), $lists->member_list_ids( $this->ids['employee_a'] ) );
		$this->assertSame( array( $this->ids['employee_a'] => array() ), $lists->member_list_ids_of( array( $this->ids['employee_a'] ) ) );
		$this->assertNull( $lists->allowed_product_ids( $this->ids['employee_a'] ), 'Company B has no lists: unrestricted.' );

		$default_b = $lists->create( $other->id, 'Default B', true );
		$lists->flush();
		$this->assertSame( array( $default_b->id ), $lists->effective_list_ids( $this->ids['employee_a'] ), "Company B's defaults apply." );
	}

	/**
	 * @testdox A listed variable product allows all variations; a listed variation only itself and shows its parent
	 */
	public function test_variations(): void {
		$lists     = $this->plugin_services()->assortment_lists;
		$variation = $this->create_variation();
		$parent_id = $variation->get_parent_id();
		$sibling   = new \WC_Product_Variation();
		$sibling->set_parent_id( $parent_id );
		$sibling->set_regular_price( '1100' );
		$sibling->save();

		$list = $lists->create( $this->ids['company'], 'Variation' );
		$lists->set_items( $list->id, array( $variation->get_id() ) );
		$lists->assign( $this->ids['employee_a'], array( $list->id ) );

		$this->assertTrue( $lists->allows( $this->ids['employee_a'], $variation->get_id() ) );
		$this->assertTrue( $lists->allows( $this->ids['employee_a'], $parent_id ) );
		$this->assertFalse( $lists->allows( $this->ids['employee_a'], $sibling->get_id() ) );

		$lists->set_items( $list->id, array( $parent_id ) );
		$this->assertTrue( $lists->allows( $this->ids['employee_a'], $sibling->get_id() ) );
		$this->assertTrue( $lists->allows( $this->ids['employee_a'], $variation->get_id() ) );
		$this->assertFalse( $lists->allows( $this->ids['employee_a'], $this->create_simple_product()->get_id() ) );
	}

	/**
	 * @testdox Two saves of a member's lists at once: the result is one of them, not a mix
	 */
	public function test_assign_parallel(): void {
		$lists = $this->plugin_services()->assortment_lists;
		$one   = $lists->create( $this->ids['company'], 'En' )->id;
		$two   = $lists->create( $this->ids['company'], 'To' )->id;
		$user  = (string) $this->ids['employee_a'];

		$results = Parallel::run( array( array( 'assign-lists', '0', $user, (string) $one ), array( 'assign-lists', '0', $user, (string) $two ) ) );
		$lists->flush();

		$this->assertSame( array( array( $one ), array( $two ) ), array_column( $results, 'lists' ), wp_json_encode( $results ) );
		$this->assertContains( $lists->member_list_ids( $this->ids['employee_a'] ), array( array( $one ), array( $two ) ) );
	}
}
