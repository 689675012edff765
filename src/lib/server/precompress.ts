// Brotli and gzip copies of the built text files, so the server sends phones compressed bytes
// (docs/hosting.md). Made a few at a time: the adapter's own precompress starts every file at
// once, each with a maximum-quality brotli encoder, which at national size (thousands of pack
// files) runs a 24 GiB machine out of memory.
import { createReadStream, createWriteStream, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/** The files SvelteKit's adapters compress. */
const TEXT_FILES = ['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm'];
const AT_ONCE = 8;

type Format = 'gz' | 'br';

function encoder(format: Format, size: number) {
	return format === 'br'
		? zlib.createBrotliCompress({
				params: {
					[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
					[zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
					[zlib.constants.BROTLI_PARAM_SIZE_HINT]: size
				}
			})
		: zlib.createGzip({ level: zlib.constants.Z_BEST_COMPRESSION });
}

/** Writes FILE.gz and FILE.br beside every text file under `dir`; returns how many files. */
export async function precompress(dir: string): Promise<number> {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => TEXT_FILES.includes(extname(name)))
		.map((name) => join(dir, name));
	const jobs = files.flatMap((file) => (['gz', 'br'] as const).map((format) => ({ file, format })));
	let next = 0;
	async function work() {
		for (let job = jobs[next++]; job; job = jobs[next++])
			await pipeline(
				createReadStream(job.file),
				encoder(job.format, statSync(job.file).size),
				createWriteStream(`${job.file}.${job.format}`)
			);
	}
	await Promise.all(Array.from({ length: AT_ONCE }, work));
	return files.length;
}
