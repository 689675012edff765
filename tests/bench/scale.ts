// Timing helpers for the bench at national size (national.ts): an owner's answers, the queries an
// owner types (pasted pages of text among them), medians over repeated runs in Node.
import type { Profile } from '../../src/lib/profile/profile.ts';

export function stats(samples: number[]) {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return { medianMs: +at(0.5).toFixed(3), p95Ms: +at(0.95).toFixed(3), runs: samples.length };
}

export function time(run: () => unknown, times: number): number[] {
	for (let i = 0; i < 3; i++) run(); // warm up the JIT
	return Array.from({ length: times }, () => {
		const start = performance.now();
		run();
		return performance.now() - start;
	});
}

/** A provincial 专精特新 manufacturer that is also high-tech, registered in `region`. */
export function profileIn(region: string): Profile {
	return {
		v: 1,
		region,
		certifications: [{ tier: 'srdi_provincial', year: 2023 }, { tier: 'high_tech' }],
		industry: 'manufacturing',
		revenue: '2000-10000',
		employees: '20-300',
		needs: ['finance', 'digital']
	};
}

/** Queries by the name the bench prints; pasted pages of text must be answered as fast. */
export const QUERIES: Record<string, string> = {
	担保: '担保',
	数字化转型: '数字化转型',
	小巨人奖励: '小巨人奖励',
	zkd: 'zkd',
	dk: 'dk',
	danbao: 'danbao',
	guarantee: 'guarantee',
	training: 'training',
	'Dazu District': 'Dazu District',
	'融资 贷款': '融资 贷款',
	'10,000 Latin characters': 'abcdefghij'.repeat(1000),
	'10,000 Chinese characters': '专精特新小巨人奖励'.repeat(1112).slice(0, 10_000),
	'40,000 characters, words': 'loan guarantee subsidy '.repeat(1740).slice(0, 40_000)
};
