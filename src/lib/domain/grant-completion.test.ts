import { describe, expect, it } from 'vitest';
import { attachmentOpen, completedDraft, openCompletionParts } from './grant-completion';

const now = new Date('2026-03-10T10:00:00Z');
const request = {
	parts: ['budget', 'attachment:statutes'] as const,
	dueAt: new Date('2026-03-15T21:59:00Z'),
	completedAt: null
};

describe('openCompletionParts', () => {
	it('opens the asked parts until the deadline', () => {
		expect(openCompletionParts(request, now)).toEqual(['budget', 'attachment:statutes']);
	});

	it('opens nothing after the deadline, once completed, or without a request', () => {
		expect(openCompletionParts(request, request.dueAt)).toEqual([]);
		expect(openCompletionParts({ ...request, completedAt: now }, now)).toEqual([]);
		expect(openCompletionParts(null, now)).toEqual([]);
	});
});

describe('attachmentOpen', () => {
	it('opens only the asked kind of file', () => {
		expect(attachmentOpen(request.parts, 'statutes')).toBe(true);
		expect(attachmentOpen(request.parts, 'plan')).toBe(false);
	});
});

describe('completedDraft', () => {
	const stored = {
		title: 'Kerho',
		activity: 'Viikoittainen kerho',
		targetGroups: 'Nuoret',
		amountRequestedCents: 100_000,
		budget: { costs: [{ label: 'Vuokra', cents: 100_000 }], income: [], ownFundingCents: 0 },
		declarationAccepted: true
	};
	const sent = {
		title: '',
		activity: '',
		targetGroups: '',
		amountRequestedCents: 120_000,
		budget: { costs: [{ label: 'Vuokra', cents: 120_000 }], income: [], ownFundingCents: 500 },
		declarationAccepted: false
	};

	it('takes the asked parts from the form and keeps the rest as submitted', () => {
		expect(completedDraft(stored, sent, ['budget'])).toEqual({
			...stored,
			amountRequestedCents: 120_000,
			budget: sent.budget
		});
	});

	it('changes the description only when it was asked', () => {
		const described = { ...sent, title: 'Uusi', activity: 'Tarkennettu', targetGroups: 'Kaikki' };
		expect(completedDraft(stored, described, ['activity'])).toEqual({
			...stored,
			title: 'Uusi',
			activity: 'Tarkennettu',
			targetGroups: 'Kaikki'
		});
		expect(completedDraft(stored, described, ['attachment:plan'])).toEqual(stored);
	});
});
