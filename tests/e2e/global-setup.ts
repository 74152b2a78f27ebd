/**
 * Fails fast, with a reason, when the local stack is not running.
 */
import { BASE_URL } from './env';

export default async function globalSetup(): Promise< void > {
	const base = BASE_URL;
	try {
		const response = await fetch( `${ base }/wp-json/kundeportal/v1` );
		if ( response.status >= 500 ) {
			throw new Error( `status ${ response.status }` );
		}
	} catch ( error ) {
		throw new Error(
			`The shop at ${ base } does not answer (${ String(
				error
			) }). Start it with "npm start" first.`
		);
	}
}
