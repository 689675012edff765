// Whether a document's policy period is still running. Ended plans stay visible and say so.
import type { PolicyDocument } from './types.ts';

export type PeriodStatus =
	{ kind: 'ended'; to: number } | { kind: 'running'; to: number } | { kind: 'unstated' };

export function periodStatus(period: PolicyDocument['period'], today: Date): PeriodStatus {
	if (period.to === null) return { kind: 'unstated' };
	return today.getFullYear() > period.to
		? { kind: 'ended', to: period.to }
		: { kind: 'running', to: period.to };
}

/**
 * Whether the plans behind a list all ended: the year the last of them ended when every one did
 * (say it once, prominently), else undefined (mark each ended one where it is shown).
 */
export function allEnded(periods: PolicyDocument['period'][], today: Date): number | undefined {
	let last: number | undefined;
	for (const period of periods) {
		const status = periodStatus(period, today);
		if (status.kind !== 'ended') return undefined;
		last = Math.max(last ?? status.to, status.to);
	}
	return last;
}
