// npm start / npm run preview — serves the built app as a static host would: the precompressed
// files, the offline shell for any path that is not a file, and the headers of build/_headers
// (docs/hosting.md). The end-to-end tests and `npm run bench` use the same server.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { headersFor, HEADERS_FILE, parseHeaders } from '../lib/server/hosting.ts';

export type StaticServer = {
	url: string;
	/** Replaces a served file's text, as a new deployment would (tests of updates). */
	override(path: string, transform: (text: string) => string): void;
	close(): Promise<void>;
};

export async function serveBuild(
	options: { root?: string; port?: number; host?: string } = {}
): Promise<StaticServer> {
	const root = options.root ?? process.env.HUIQI_BUILD_DIR ?? 'build';
	const headersPath = join(root, HEADERS_FILE);
	if (!existsSync(headersPath))
		throw new Error(`${headersPath} is missing: run \`npm run build\` first`);
	const rules = parseHeaders(readFileSync(headersPath, 'utf8'));
	const overrides = new Map<string, (text: string) => string>();
	const files = sirv(root, {
		single: 'offline.html',
		brotli: true,
		gzip: true,
		etag: true,
		setHeaders: (response, pathname) => {
			for (const [name, value] of Object.entries(headersFor(rules, pathname)))
				response.setHeader(name, value);
		}
	});

	const server: Server = createServer((request, response) => {
		const pathname = new URL(request.url ?? '/', 'http://host').pathname;
		// Hosts read this file; they never serve it.
		if (pathname === `/${HEADERS_FILE}`) {
			response.writeHead(404).end();
			return;
		}
		const transform = overrides.get(pathname);
		if (transform) {
			const text = transform(readFileSync(join(root, pathname), 'utf8'));
			response
				.writeHead(200, { 'content-type': 'text/javascript', ...headersFor(rules, pathname) })
				.end(text);
			return;
		}
		files(request, response);
	});
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host, resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://localhost:${port}`,
		override: (path, transform) => overrides.set(path, transform),
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const server = await serveBuild({ port: Number(process.env.HUIQI_PORT ?? 4173) });
	console.log(`serving build/ on ${server.url}`);
}
