import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { policyDataPlugin } from './src/lib/server/vite-plugin-policy-data.ts';

export default defineConfig({
	plugins: [policyDataPlugin(), sveltekit()],
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// What SvelteKit gives the service worker in a build, for its unit tests.
		alias: {
			'$service-worker': new URL('./tests/fixtures/service-worker-build.ts', import.meta.url)
				.pathname
		},
		environment: 'node',
		expect: { requireAssertions: true },
		// Property and scenario suites match hundreds of profiles against the whole dataset; on a
		// shared two-core machine they may take several seconds each.
		testTimeout: 30_000
	}
});
