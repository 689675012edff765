// The app's offline life: whether everything is cached for offline use, and whether a new version
// waits (docs/service-worker.md). The new version takes over only when the owner says so. Whether
// the network is there is Svelte's `online` (svelte/reactivity/window).
//
// Registration is the browser's own API, a few lines where workbox-window would add 2 KB to every
// first visit (README, "The first screen"): a worker that finishes installing while an older one
// controls the page is an update waiting; with none in control, it is the first install.
import { SKIP_WAITING, WHICH_PACKS } from '../../service-worker/messaging.ts';
import { provincesChangedBy } from '../policy/data.ts';

const READY_NOTE_MS = 8000;

class Offline {
	/** Just finished caching everything on the first visit. */
	ready = $state(false);
	/** A newer version is installed and waits for the owner's go-ahead. */
	updateWaiting = $state(false);
	/** The provinces, among those kept on the device, whose policy data the update changes. */
	updatedProvinces = $state<string[]>([]);
	#waiting: ServiceWorker | undefined;

	/** Registers the worker; never rejects (without a worker the app still works online). */
	async start(serviceWorkerUrl: string): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		let registration: ServiceWorkerRegistration;
		try {
			registration = await navigator.serviceWorker.register(serviceWorkerUrl);
		} catch {
			// Without a worker the app still works online; there is nothing to tell the owner.
			return;
		}
		if (registration.waiting && navigator.serviceWorker.controller)
			this.#offer(registration.waiting);
		const follow = (worker: ServiceWorker | null) =>
			worker?.addEventListener('statechange', () => {
				if (worker.state !== 'installed') return;
				if (navigator.serviceWorker.controller) this.#offer(worker);
				else this.#installedFirst();
			});
		follow(registration.installing);
		registration.addEventListener('updatefound', () => follow(registration.installing));
	}

	#offer(worker: ServiceWorker) {
		this.#waiting = worker;
		this.updateWaiting = true;
		void this.#whatChanged(worker);
	}

	/** Asks the waiting version which packs it carries; the regions that differ are named. */
	async #whatChanged(worker: ServiceWorker) {
		const channel = new MessageChannel();
		const answer = new Promise<Record<string, string>>((resolve) => {
			channel.port1.onmessage = (event) => resolve(event.data as Record<string, string>);
		});
		worker.postMessage({ type: WHICH_PACKS }, [channel.port2]);
		const changed = await provincesChangedBy(await answer);
		if (this.#waiting === worker) this.updatedProvinces = changed;
	}

	#installedFirst() {
		this.ready = true;
		// A passing note, not a question: it leaves by itself.
		setTimeout(() => this.dismissReady(), READY_NOTE_MS);
	}

	/** Hands over to the waiting version and reloads once it controls the page. */
	acceptUpdate(): void {
		const waiting = this.#waiting;
		if (!waiting) return;
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		waiting.postMessage({ type: SKIP_WAITING });
	}

	dismissUpdate(): void {
		this.updateWaiting = false;
	}

	dismissReady(): void {
		this.ready = false;
	}
}

export const offline = new Offline();
