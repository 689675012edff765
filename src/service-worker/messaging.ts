// The page asks the waiting worker to take over only when the owner accepts the update
// (src/lib/offline/offline.svelte.ts sends this message); the worker never does so on its own.
export const SKIP_WAITING = 'SKIP_WAITING';

export function isSkipWaiting(data: unknown): boolean {
	return (
		typeof data === 'object' && data !== null && (data as { type?: unknown }).type === SKIP_WAITING
	);
}
