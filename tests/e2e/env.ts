/**
 * Where the specs find the shop and the mail sink: KUNDEPORTAL_URL / KUNDEPORTAL_MAIL_API when
 * set, else the ports the stack script uses (KUNDEPORTAL_HTTP_PORT / KUNDEPORTAL_MAIL_PORT, by
 * default 8888 and 1080), so a second stack on other ports is tested, never the first one.
 */
export const BASE_URL =
	process.env.KUNDEPORTAL_URL ??
	`http://localhost:${ process.env.KUNDEPORTAL_HTTP_PORT ?? '8888' }`;

export const MAIL_API =
	process.env.KUNDEPORTAL_MAIL_API ??
	`http://127.0.0.1:${ process.env.KUNDEPORTAL_MAIL_PORT ?? '1080' }`;
