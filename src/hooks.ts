import type { Reroute } from '@sveltejs/kit';

/** A path no route matches: the router then shows the not-found page. */
const NO_SUCH_PAGE = '/__not-found';

/**
 * Anyone can type or link an address the client router cannot decode (`/%`, a cut-off UTF-8
 * sequence): it would throw a URIError and leave the page blank. Send such an address to the
 * not-found page instead, online and offline alike (the offline shell runs the same router).
 */
export const reroute: Reroute = ({ url }) => {
	try {
		// The router decodes the path the same way, segment by segment around encoded '%'.
		url.pathname.split('%25').forEach((part) => decodeURI(part));
	} catch {
		return NO_SUCH_PAGE;
	}
};
