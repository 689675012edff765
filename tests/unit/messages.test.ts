// The home page carries only its own Chinese messages (src/lib/i18n/messages.ts, FIRST_SCREEN):
// every message the home, the layout and the error page show, through the components they use,
// must be among them, or the home page would fail to render it.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FIRST_SCREEN, MESSAGES } from '../../src/lib/i18n/messages.ts';

const FIRST_PAGES = [
	'src/routes/+layout.svelte',
	'src/routes/+page.svelte',
	'src/routes/+error.svelte'
];

/** The files a page's markup comes from: itself and the components it uses, transitively. */
function withComponents(files: string[]): string[] {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const [, name] of readFileSync(file, 'utf8').matchAll(
			/from '\$lib\/components\/(\w+)\.svelte'/g
		))
			visit(`src/lib/components/${name}.svelte`);
	};
	files.forEach(visit);
	return [...seen];
}

describe('the messages of the first screen', () => {
	test('hold every message the home, layout and error pages and their components show', () => {
		const files = withComponents(FIRST_PAGES);
		expect(files).toContain('src/lib/components/PeriodBadge.svelte');
		// Quoted names of messages (t('…'), labels: '…'), leaving out the names of fields that
		// types quote (Pick<Document, 'period'>, Document['period']).
		const shown = new Set<string>();
		for (const file of files) {
			const text = readFileSync(file, 'utf8').replace(/Pick<[^>]*>|\['\w+'\]/g, '');
			for (const [, literal] of text.matchAll(/'(\w+)'/g))
				if (literal in MESSAGES) shown.add(literal);
		}
		expect([...shown].filter((key) => !FIRST_SCREEN.includes(key as never))).toEqual([]);
	});

	test('are messages that exist, each listed once', () => {
		for (const key of FIRST_SCREEN) expect(MESSAGES).toHaveProperty(key);
		expect(new Set(FIRST_SCREEN).size).toBe(FIRST_SCREEN.length);
	});
});
