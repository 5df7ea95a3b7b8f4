import { describe, expect, it } from 'vitest';
import {
	copiedDraft,
	deliveredThisYear,
	copySourcesFor,
	draftReminderDue,
	reuseOffers,
	type DeliveredFile
} from './grant-reuse';

const withApplication = (
	source: string,
	kind: DeliveredFile['kind'],
	sha256: string
): DeliveredFile => ({
	source,
	kind,
	filename: `${source}.pdf`,
	sha256,
	deliveredWith: { applicationId: 7, title: 'Kerhot' }
});
const profileStatutes: DeliveredFile = {
	source: 'statutes',
	kind: 'statutes',
	filename: 'saannot.pdf',
	sha256: 'p',
	deliveredWith: null
};

describe('reuseOffers', () => {
	it('offers delivered files for the required kinds the draft lacks, the profile first', () => {
		const delivered = [
			withApplication('file:1', 'statutes', 'a'),
			withApplication('file:2', 'financial_statements', 'b'),
			profileStatutes
		];
		expect(reuseOffers(['statutes', 'financial_statements'], [], delivered)).toEqual([
			{ kind: 'statutes', files: [profileStatutes, delivered[0]] },
			{ kind: 'financial_statements', files: [delivered[1]] }
		]);
	});

	it('asks nothing for a kind the draft already carries, nor for a kind not required', () => {
		const delivered = [withApplication('file:1', 'statutes', 'a'), profileStatutes];
		expect(reuseOffers(['statutes'], ['statutes'], delivered)).toEqual([]);
		expect(reuseOffers(['plan'], [], delivered)).toEqual([]);
	});

	it('offers the same content once, where it was first found', () => {
		const first = withApplication('file:1', 'plan', 'same');
		const again = withApplication('file:2', 'plan', 'same');
		const other = withApplication('file:3', 'plan', 'other');
		expect(reuseOffers(['plan'], [], [first, again, other])).toEqual([
			{ kind: 'plan', files: [first, other] }
		]);
	});

	it('keeps the order of delivered files among applications', () => {
		const a = withApplication('file:1', 'plan', 'a');
		const b = withApplication('file:2', 'plan', 'b');
		expect(reuseOffers(['plan'], [], [b, a])[0].files).toEqual([b, a]);
	});
});

describe('deliveredThisYear', () => {
	const call = { budgetYear: 2027 };
	const now = new Date('2026-11-10T10:00:00Z');
	it('counts a file sent for the same budget year, whenever it was sent', () => {
		expect(
			deliveredThisYear({ budgetYear: 2027, deliveredAt: new Date('2025-12-01') }, call, now)
		).toBe(true);
	});
	it('counts a file sent this calendar year in Helsinki, for any budget year', () => {
		expect(
			deliveredThisYear(
				{ budgetYear: 2026, deliveredAt: new Date('2025-12-31T22:30:00Z') },
				call,
				now
			)
		).toBe(true);
		expect(
			deliveredThisYear(
				{ budgetYear: 2026, deliveredAt: new Date('2025-12-31T21:30:00Z') },
				call,
				now
			)
		).toBe(false);
	});
});

describe('copySourcesFor', () => {
	const call = { basketId: 1, budgetYear: 2027 };
	it('puts last year of the same basket first, then older, then other baskets newest first', () => {
		const sources = [
			{ applicationId: 1, basketId: 2, budgetYear: 2026 },
			{ applicationId: 2, basketId: 1, budgetYear: 2025 },
			{ applicationId: 3, basketId: 1, budgetYear: 2026 },
			{ applicationId: 4, basketId: 2, budgetYear: 2025 },
			{ applicationId: 5, basketId: 2, budgetYear: 2026 }
		];
		expect(copySourcesFor(call, sources).map((s) => s.applicationId)).toEqual([3, 2, 5, 1, 4]);
	});

	it('leaves out applications of the same or a later budget year', () => {
		const sources = [
			{ applicationId: 1, basketId: 1, budgetYear: 2027 },
			{ applicationId: 2, basketId: 1, budgetYear: 2028 },
			{ applicationId: 3, basketId: 1, budgetYear: 2026 }
		];
		expect(copySourcesFor(call, sources).map((s) => s.applicationId)).toEqual([3]);
	});
});

describe('copiedDraft', () => {
	const source = {
		title: 'Kerhot',
		activity: 'Viikoittain',
		activityClassId: 4,
		targetGroups: 'Nuoret',
		municipalityIds: [10, 11],
		budget: { costs: [{ label: 'Vuokra', cents: 5000 }], income: [], ownFundingCents: 100 }
	};

	it('copies the texts, municipalities and budget lines, and the class the call funds', () => {
		expect(copiedDraft(source, [3, 4], [10, 11, 12])).toEqual(source);
	});

	it('leaves the class out when the new call does not fund it, and municipalities outside the region', () => {
		expect(copiedDraft(source, [3], [11])).toEqual({
			...source,
			activityClassId: null,
			municipalityIds: [11]
		});
		expect(copiedDraft({ ...source, activityClassId: null }, [4], [10, 11]).activityClassId).toBe(
			null
		);
	});
});

describe('draftReminderDue', () => {
	const closesAt = new Date('2027-03-31T13:00:00Z');
	const at = (iso: string) => new Date(iso);

	it('sends nothing earlier than a week before', () => {
		expect(draftReminderDue(closesAt, at('2027-03-24T12:59:59Z'), [])).toBeNull();
	});

	it('sends the week reminder from exactly a week before, once', () => {
		expect(draftReminderDue(closesAt, at('2027-03-24T13:00:00Z'), [])).toBe(7);
		expect(draftReminderDue(closesAt, at('2027-03-28T10:00:00Z'), [7])).toBeNull();
	});

	it('sends the day reminder from a day before, once, even when the week one was missed', () => {
		expect(draftReminderDue(closesAt, at('2027-03-30T12:59:59Z'), [7])).toBeNull();
		expect(draftReminderDue(closesAt, at('2027-03-30T13:00:00Z'), [7])).toBe(1);
		expect(draftReminderDue(closesAt, at('2027-03-31T08:00:00Z'), [])).toBe(1);
		expect(draftReminderDue(closesAt, at('2027-03-31T08:00:00Z'), [1])).toBeNull();
	});

	it('sends nothing once the call has closed', () => {
		expect(draftReminderDue(closesAt, closesAt, [])).toBeNull();
		expect(draftReminderDue(closesAt, at('2027-04-01T00:00:00Z'), [])).toBeNull();
	});
});
