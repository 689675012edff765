// After `vite build`: writes build/_headers, the headers a static host sends with the app
// (src/lib/server/hosting.ts, docs/hosting.md).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatHeaders, HEADERS_FILE, hostingRules } from '../lib/server/hosting.ts';

const buildDir = process.argv[2] ?? process.env.HUIQI_BUILD_DIR ?? 'build';
const rules = hostingRules(buildDir);
writeFileSync(join(buildDir, HEADERS_FILE), formatHeaders(rules));
console.log(`wrote ${join(buildDir, HEADERS_FILE)} (${rules.length} rules)`);
