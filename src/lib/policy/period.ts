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
