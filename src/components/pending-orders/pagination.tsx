/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

interface PaginationProps {
	page: number;
	totalPages: number;
	isBusy: boolean;
	onChange: ( page: number ) => void;
}

/**
 * Previous / Next buttons with "Page x of y".
 *
 * @param props            Component props.
 * @param props.page       Current page (1-based).
 * @param props.totalPages Number of pages.
 * @param props.isBusy     True while a page is loading.
 * @param props.onChange   Called with the page to show.
 */
export function Pagination( {
	page,
	totalPages,
	isBusy,
	onChange,
}: PaginationProps ) {
	if ( totalPages <= 1 ) {
		return null;
	}

	return (
		<nav
			className="kundeportal-pagination"
			aria-label={ __( 'Pages', 'kundeportal' ) }
		>
			<Button
				__next40pxDefaultSize
				variant="secondary"
				disabled={ page <= 1 || isBusy }
				accessibleWhenDisabled
				onClick={ () => onChange( page - 1 ) }
			>
				{ __( 'Previous', 'kundeportal' ) }
			</Button>
			<span className="kundeportal-pagination__status" aria-live="polite">
				{ sprintf(
					/* translators: 1: current page number, 2: number of pages. */
					__( 'Page %1$d of %2$d', 'kundeportal' ),
					page,
					totalPages
				) }
			</span>
			<Button
				__next40pxDefaultSize
				variant="secondary"
				disabled={ page >= totalPages || isBusy }
				accessibleWhenDisabled
				onClick={ () => onChange( page + 1 ) }
			>
				{ __( 'Next', 'kundeportal' ) }
			</Button>
		</nav>
	);
}
