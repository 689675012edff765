// localStorage that never throws: private modes, disabled storage and full quotas all happen on
// phones, and a preference that cannot be saved must never break a page.
export function readLocal(key: string): string | null {
	try {
		return globalThis.localStorage?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Returns false when the value could not be stored. */
export function writeLocal(key: string, value: string): boolean {
	try {
		globalThis.localStorage?.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}

export function removeLocal(key: string): void {
	try {
		globalThis.localStorage?.removeItem(key);
	} catch {
		// Nothing to remove from a store we cannot reach.
	}
}
