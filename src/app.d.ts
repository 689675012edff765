// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Status 503: the province whose data is not on the device and needs a connection. */
			province?: string;
		}
		interface PageState {
			/** The questionnaire step shown, so the browser's back button steps back. */
			step?: number;
			/** A just-finished profile, carried when device storage is unavailable. */
			profile?: import('$lib/profile/profile').Profile;
			storageFailed?: import('$lib/storage/checklists').StorageProblem;
		}
	}
}

export {};
