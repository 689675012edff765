// A minimal static server for the built app, for tests that need to change what is served while a
// browser holds the app (a newer service worker, a network that disappears).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

export type StaticServer = {
	url: string;
	/** Replaces a served file's text, as a new deployment would. */
	override(path: string, transform: (text: string) => string): void;
	close(): Promise<void>;
};

export async function serveBuild(root = 'build'): Promise<StaticServer> {
	const overrides = new Map<string, (text: string) => string>();
	const server: Server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const safe = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
		const candidates = [safe, `${safe}.html`, join(safe, 'index.html')];
		const file = candidates
			.map((c) => join(root, c))
			.find((path) => existsSync(path) && statSync(path).isFile());
		if (!file) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		let body: Buffer | string = readFileSync(file);
		const transform = overrides.get(pathname);
		if (transform) body = transform(body.toString('utf8'));
		response
			.writeHead(200, {
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
				'cache-control': 'no-cache'
			})
			.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://localhost:${port}`,
		override: (path, transform) => overrides.set(path, transform),
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
