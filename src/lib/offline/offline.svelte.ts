// The app's offline life: whether everything is cached for offline use, and whether a new version
// waits (docs/service-worker.md). The new version takes over only when the owner says so. Whether
// the network is there is Svelte's `online` (svelte/reactivity/window).
import type { Workbox } from 'workbox-window';

const READY_NOTE_MS = 8000;

class Offline {
	/** Just finished caching everything on the first visit. */
	ready = $state(false);
	/** A newer version is installed and waits for the owner's go-ahead. */
	updateWaiting = $state(false);
	#workbox: Workbox | undefined;

	/** Registers the worker; never rejects (without a worker the app still works online). */
	async start(serviceWorkerUrl: string): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const { Workbox } = await import('workbox-window');
		const workbox = new Workbox(serviceWorkerUrl);
		workbox.addEventListener('installed', (event) => {
			if (event.isUpdate) return;
			this.ready = true;
			// A passing note, not a question: it leaves by itself.
			setTimeout(() => this.dismissReady(), READY_NOTE_MS);
		});
		workbox.addEventListener('waiting', () => (this.updateWaiting = true));
		this.#workbox = workbox;
		try {
			await workbox.register();
		} catch {
			// Without a worker the app still works online; there is nothing to tell the owner.
		}
	}

	/** Hands over to the waiting version and reloads once it controls the page. */
	acceptUpdate(): void {
		const workbox = this.#workbox;
		if (!workbox) return;
		workbox.addEventListener('controlling', () => location.reload());
		workbox.messageSkipWaiting();
	}

	dismissUpdate(): void {
		this.updateWaiting = false;
	}

	dismissReady(): void {
		this.ready = false;
	}
}

export const offline = new Offline();
