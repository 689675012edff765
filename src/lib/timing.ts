// How long the work an owner waits for takes on their device, recorded as User Timing measures
// ("huiqi:…"): `npm run bench` reads them from the built app in a throttled Chromium
// (tests/bench/national.ts). Recording costs microseconds and nothing leaves the device.

/** Runs `work` and records its duration under `name`. */
export function timed<T>(name: `huiqi:${string}`, work: () => T): T {
	const start = performance.now();
	const result = work();
	performance.measure(name, { start, end: performance.now() });
	return result;
}

/** Records the time since `start` (a performance.now() reading) under `name`. */
export function measureSince(name: `huiqi:${string}`, start: number): void {
	performance.measure(name, { start, end: performance.now() });
}
