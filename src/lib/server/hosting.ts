// The HTTP headers a static host must send with the built app (docs/hosting.md), written as the
// `_headers` file that common static hosts read (Cloudflare Pages, Netlify), and read back by our
// own server (src/cli/serve.ts) so that `npm start` and the tests send exactly what a host would.
//
// The Content-Security-Policy header is derived from the policies SvelteKit writes into every
// built page (a <meta> tag with the hashes of that page's inline script), so the two always
// agree: the header carries the same directives, the union of the pages' script hashes, and what
// a <meta> policy cannot say (frame-ancestors).
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

export const HEADERS_FILE = '_headers';

/** Hashed by the bundler: a changed file gets a new name, so a year's caching is safe. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and the service worker: always revalidated, so an update reaches the owner. */
const REVALIDATE = 'no-cache';

/** Sent with every response: short, and meaningful for any of them. */
const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	// No request leaves the app's origin, and links to elsewhere need not say where they came from.
	'Referrer-Policy': 'no-referrer',
	// No page is ever framed, an address the app does not know included.
	'X-Frame-Options': 'DENY'
};

/**
 * Pages the offline shell renders on the phone (their routes are not prerendered): they get the
 * policy as the prerendered pages do. Any other unknown address shows the not-found page, whose
 * own <meta> policy restricts its scripts and X-Frame-Options its framing.
 */
const SHELL_ROUTES = ['/measures/*', '/documents/*'];

export type HeaderRule = { pattern: string; headers: Record<string, string> };

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html'))
		.map((name) => name.split(sep).join('/'))
		.sort();
}

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/**
 * One policy for every page: the pages' own directives (which must be the same everywhere but
 * for the script hashes), every page's script hashes, and frame-ancestors 'none'.
 */
export function contentSecurityPolicy(pages: { path: string; html: string }[]): string {
	let directives: [string, string[]][] | undefined;
	const hashes = new Set<string>();
	for (const { path, html } of pages) {
		const meta = META_CSP.exec(html)?.[1];
		if (!meta) throw new Error(`${path} has no Content-Security-Policy <meta> tag`);
		const parsed = meta
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]): [string, string[]] => [name, sources]);
		for (const [name, sources] of parsed)
			if (name === 'script-src')
				for (const source of sources) if (source.startsWith("'sha")) hashes.add(source);
		const withoutHashes = parsed.map(([name, sources]): [string, string[]] => [
			name,
			sources.filter((s) => !s.startsWith("'sha"))
		]);
		directives ??= withoutHashes;
		if (JSON.stringify(withoutHashes) !== JSON.stringify(directives))
			throw new Error(`${path} has a Content-Security-Policy unlike the other pages'`);
	}
	if (!directives) throw new Error('no built pages to take a Content-Security-Policy from');
	return [
		...directives.map(([name, sources]) =>
			[name, ...sources, ...(name === 'script-src' ? [...hashes].sort() : [])].join(' ')
		),
		"frame-ancestors 'none'"
	].join('; ');
}

/** The URL patterns under which a host serves the built pages (`a.html` at `/a`, folders whole). */
function pagePatterns(files: string[]): string[] {
	const patterns = new Set<string>();
	for (const file of files) {
		const folder = file.includes('/') ? file.slice(0, file.indexOf('/')) : undefined;
		if (folder) patterns.add(`/${folder}/*`);
		else if (file === 'index.html') patterns.add('/').add('/index.html');
		else patterns.add(`/${file.slice(0, -'.html'.length)}`).add(`/${file}`);
	}
	return [...patterns];
}

/**
 * The rules for a built app. No two rules set the same header for one path: hosts differ in how
 * they combine repeated headers (Cloudflare joins them), so each Cache-Control has its own paths.
 */
export function hostingRules(buildDir: string, appDir = '_app'): HeaderRule[] {
	const pages = htmlFiles(buildDir);
	const csp = contentSecurityPolicy(
		pages.map((path) => ({ path, html: readFileSync(join(buildDir, path), 'utf8') }))
	);
	// The policy goes with documents only (pages, the shell's routes, the worker): scripts, styles
	// and data files ignore it, and on every one of them it would cost a phone about a kilobyte.
	const documents = [...new Set([...pagePatterns(pages), ...SHELL_ROUTES])];
	return [
		{ pattern: '/*', headers: SECURITY_HEADERS },
		{ pattern: `/${appDir}/immutable/*`, headers: { 'Cache-Control': IMMUTABLE } },
		{
			pattern: '/service-worker.js',
			headers: { 'Cache-Control': REVALIDATE, 'Content-Security-Policy': csp }
		},
		...documents.map((pattern) => ({
			pattern,
			headers: { 'Cache-Control': REVALIDATE, 'Content-Security-Policy': csp }
		}))
	];
}

export function formatHeaders(rules: HeaderRule[]): string {
	const blocks = rules.map(
		({ pattern, headers }) =>
			`${pattern}\n${Object.entries(headers)
				.map(([name, value]) => `  ${name}: ${value}`)
				.join('\n')}`
	);
	return `# Written by \`npm run build\` (src/lib/server/hosting.ts, docs/hosting.md); do not edit.\n${blocks.join('\n')}\n`;
}

/** Reads a `_headers` file: a URL pattern on its own line, its headers indented below it. */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split(/\r?\n/).forEach((line, index) => {
		if (!line.trim() || line.trim().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: {} });
			return;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (!rule || colon < 0) throw new Error(`${HEADERS_FILE} line ${index + 1}: "${line.trim()}"`);
		rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	});
	return rules;
}

/** `*` matches any run of characters, `:name` one path segment, as the hosts read them. */
function matcher(pattern: string): RegExp {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) =>
			part === '*'
				? '.*'
				: part.startsWith(':')
					? '[^/]+'
					: part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
		)
		.join('');
	return new RegExp(`^${source}$`);
}

/** Every header the rules give a path; a header set by several rules is joined, as Cloudflare does. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules)
		if (matcher(rule.pattern).test(pathname))
			for (const [name, value] of Object.entries(rule.headers))
				headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
	return headers;
}
