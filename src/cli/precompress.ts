// After `vite build`: brotli and gzip copies of the built text files (src/lib/server/precompress.ts).
import { precompress } from '../lib/server/precompress.ts';

const buildDir = process.argv[2] ?? process.env.HUIQI_BUILD_DIR ?? 'build';
console.log(`compressed ${await precompress(buildDir)} files in ${buildDir}`);
