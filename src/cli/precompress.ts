// After `vite build`: writes brotli and gzip copies of every text file in build/, which the static
// server (sirv) sends to browsers that accept them. Phones on a fair's slow network download the
// compressed bytes; the service worker precaches the same responses.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(html|js|css|json|webmanifest|svg|txt)$/;

function* files(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* files(path);
		else if (TEXT.test(name)) yield path;
	}
}

let count = 0;
for (const path of files(process.argv[2] ?? 'build')) {
	const content = readFileSync(path);
	writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
	writeFileSync(
		`${path}.br`,
		brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
	);
	count++;
}
console.log(`precompressed ${count} files (.br, .gz)`);
