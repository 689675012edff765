import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { policyDataPlugin } from './src/lib/server/vite-plugin-policy-data.ts';

export default defineConfig({
	plugins: [policyDataPlugin(), sveltekit()],
	// Other builds of the app (national data, the bench) are no source to watch.
	server: { watch: { ignored: ['**/builds/**'] } },
	// The home page's own small components and helpers share one chunk, and so do the few tiny
	// modules every page needs (the bundler's export helper, list joining, $app/state): each request
	// costs a phone some 350 bytes of headers, more than these modules weigh (README, "The first
	// screen"). Everything else is split as the bundler likes.
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'first-screen',
							test: /src[\\/]lib[\\/](components[\\/](PageHead|DocumentBadges|PeriodBadge)\.svelte|policy[\\/](jurisdiction|period)\.ts|regions[\\/]names\.ts|i18n[\\/]lists\.ts)|rolldown[\\/]runtime|kit[\\/]src[\\/]runtime[\\/]app[\\/]state[\\/]/
						}
					]
				}
			}
		}
	},
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
