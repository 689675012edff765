// What the page may ask the worker (src/lib/offline/offline.svelte.ts sends these messages): a
// waiting worker takes over only when the owner accepts the update, never on its own; and it says
// which region packs it carries, so the update can name the regions whose data it changes.
export const SKIP_WAITING = 'SKIP_WAITING';
export const WHICH_PACKS = 'WHICH_PACKS';

const isMessage = (data: unknown, type: string) =>
	typeof data === 'object' && data !== null && (data as { type?: unknown }).type === type;

export function isSkipWaiting(data: unknown): boolean {
	return isMessage(data, SKIP_WAITING);
}

/** Answered on the message's port with this version's manifest addresses by province. */
export function isWhichPacks(data: unknown): boolean {
	return isMessage(data, WHICH_PACKS);
}
