import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

/**
 * The Chromium the tests drive: HUIQI_CHROMIUM (or CHROME_PATH) when set, else the system's
 * (/usr/bin/chromium, as on Debian), else the one `npx playwright install chromium` downloads.
 */
function findChromium(): string {
	const named = process.env.HUIQI_CHROMIUM ?? process.env.CHROME_PATH;
	if (named) {
		if (existsSync(named)) return named;
		throw new Error(`No Chromium at ${named} (HUIQI_CHROMIUM / CHROME_PATH).`);
	}
	const candidates = ['/usr/bin/chromium', chromium.executablePath()];
	const found = candidates.find((path) => existsSync(path));
	if (found) return found;
	throw new Error(
		`No Chromium at ${candidates.join(' or ')}. Install one: \`npx playwright install chromium\`, ` +
			'or Debian: `apt-get install chromium fonts-noto-cjk`; or point HUIQI_CHROMIUM at a ' +
			'Chromium or Chrome binary.'
	);
}

export const chromiumPath = findChromium();

/** Where `npm run preview` serves the built app; set HUIQI_PORT to run several checkouts at once. */
const port = Number(process.env.HUIQI_PORT ?? 4173);

/**
 * The app built on generated national data (tests/bench/national-seeds.ts) for the `national`
 * project: its own records, build folder and port (HUIQI_NATIONAL_PORT, else the next port), so the
 * main suite is unaffected.
 */
export const NATIONAL_E2E = {
	port: Number(process.env.HUIQI_NATIONAL_PORT ?? port + 1),
	measures: 3000,
	seeds: 'builds/e2e-national-seeds',
	build: 'builds/e2e-national'
};

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list']],
	webServer: [
		{
			command: 'npm run build && npm run preview',
			port,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000
		},
		{
			command:
				`tsx tests/bench/national-seeds.ts ${NATIONAL_E2E.measures} ${NATIONAL_E2E.seeds} && ` +
				`HUIQI_SEEDS_DIR=${NATIONAL_E2E.seeds} HUIQI_BUILD_DIR=${NATIONAL_E2E.build} npm run build && ` +
				`HUIQI_BUILD_DIR=${NATIONAL_E2E.build} HUIQI_PORT=${NATIONAL_E2E.port} npm run preview`,
			port: NATIONAL_E2E.port,
			reuseExistingServer: !process.env.CI,
			timeout: 300_000
		}
	],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		locale: 'zh-CN',
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs }
	},
	projects: [
		{ name: 'pixel-7', testDir: 'tests/e2e', use: { ...devices['Pixel 7'] } },
		{
			name: 'national',
			testDir: 'tests/e2e-national',
			use: { ...devices['Pixel 7'], baseURL: `http://localhost:${NATIONAL_E2E.port}` }
		}
	]
});
