import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download its own browser here; we drive the system Chromium instead.
// Override with HUIQI_CHROMIUM=/path/to/chrome on machines that keep it elsewhere.
export const chromiumPath =
	process.env.HUIQI_CHROMIUM ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromiumPath)) {
	throw new Error(
		`No Chromium at ${chromiumPath}. Install one (Debian: apt-get install chromium) ` +
			'or point HUIQI_CHROMIUM at a Chromium or Chrome binary.'
	);
}

/** Where `npm run preview` serves the built app; set HUIQI_PORT to run several checkouts at once. */
const port = Number(process.env.HUIQI_PORT ?? 4173);

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
	webServer: {
		command: 'npm run build && npm run preview',
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	},
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		locale: 'zh-CN',
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs }
	},
	projects: [{ name: 'pixel-7', use: { ...devices['Pixel 7'] } }]
});
