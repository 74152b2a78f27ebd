/**
 * WordPress dependencies
 */
import { useCallback, useEffect, useRef, useState } from '@wordpress/element';

export interface RequestState< T > {
	/** The last successful result (kept while a reload runs). */
	data: T | undefined;
	/** What the last request threw, if it failed. */
	error: unknown;
	/** True while a request is in flight. */
	isLoading: boolean;
	/** Runs the request again with the same arguments. */
	reload: () => void;
}

/**
 * Runs an async api call when its dependencies change and tracks its state.
 * A response that arrives after a newer request started is ignored.
 *
 * @example
 * const { data, error, isLoading } = useRequest( () => getMe(), [] );
 *
 * @param request Function that starts the call.
 * @param deps    Values the request depends on.
 */
export function useRequest< T >(
	request: () => Promise< T >,
	deps: ReadonlyArray< unknown >
): RequestState< T > {
	const [ data, setData ] = useState< T >();
	const [ error, setError ] = useState< unknown >( null );
	const [ isLoading, setIsLoading ] = useState( true );
	const [ generation, setGeneration ] = useState( 0 );
	const latest = useRef( 0 );

	// eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists the request's inputs.
	const run = useCallback( request, deps );

	useEffect( () => {
		const id = ++latest.current;
		setIsLoading( true );

		run().then(
			( result ) => {
				if ( id === latest.current ) {
					setData( () => result );
					setError( null );
					setIsLoading( false );
				}
			},
			( reason: unknown ) => {
				if ( id === latest.current ) {
					setError( reason );
					setIsLoading( false );
				}
			}
		);
	}, [ run, generation ] );

	const reload = useCallback( () => setGeneration( ( n ) => n + 1 ), [] );

	return { data, error, isLoading, reload };
}
