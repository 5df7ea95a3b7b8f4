import { describe, expect, it } from 'vitest';
import {
	OUTCOME_FI,
	deadlineReminderDue,
	finnishDateTime,
	inAudience,
	quoteFoundIn,
	roundStatus,
	roundTimesProblem,
	type Audience,
	type AudienceCandidate
} from './consultations';

const at = (iso: string) => new Date(iso);
const round = { opensAt: at('2026-05-04T06:00:00Z'), closesAt: at('2026-05-18T13:00:00Z') };

describe('consultation rounds', () => {
	it('are upcoming before the opening, open until the closing time, and closed from it on', () => {
		expect(roundStatus(round, at('2026-05-04T05:59:59Z'))).toBe('upcoming');
		expect(roundStatus(round, at('2026-05-04T06:00:00Z'))).toBe('open');
		expect(roundStatus(round, at('2026-05-18T12:59:59Z'))).toBe('open');
		expect(roundStatus(round, at('2026-05-18T13:00:00Z'))).toBe('closed');
	});

	it('close after they open, and in the future', () => {
		const now = at('2026-05-01T00:00:00Z');
		expect(roundTimesProblem(round, now)).toBeNull();
		expect(roundTimesProblem({ opensAt: round.closesAt, closesAt: round.opensAt }, now)).toBe(
			'consultations.round.closesBeforeOpens'
		);
		expect(roundTimesProblem(round, at('2026-06-01T00:00:00Z'))).toBe(
			'consultations.round.closesInPast'
		);
	});

	it('may not close at the moment they open, nor at the moment they are saved', () => {
		const now = at('2026-05-01T00:00:00Z');
		expect(roundTimesProblem({ opensAt: round.opensAt, closesAt: round.opensAt }, now)).toBe(
			'consultations.round.closesBeforeOpens'
		);
		expect(roundTimesProblem(round, round.closesAt)).toBe('consultations.round.closesInPast');
	});

	it('remind about the deadline when three days or less remain, while open', () => {
		expect(deadlineReminderDue(round, at('2026-05-15T12:59:00Z'))).toBe(false);
		expect(deadlineReminderDue(round, at('2026-05-15T13:00:00Z'))).toBe(true);
		expect(deadlineReminderDue(round, at('2026-05-18T13:00:00Z'))).toBe(false);
		const short = { opensAt: at('2026-05-16T13:00:00Z'), closesAt: round.closesAt };
		expect(deadlineReminderDue(short, at('2026-05-17T00:00:00Z'))).toBe(false);
	});

	it('send no reminder for a round of exactly three days: its opening notice named the deadline', () => {
		const threeDays = { opensAt: at('2026-05-15T13:00:00Z'), closesAt: round.closesAt };
		expect(deadlineReminderDue(threeDays, at('2026-05-16T13:00:00Z'))).toBe(false);
	});
});

describe('the exports of a round', () => {
	it('state times as Finnish minutes do, in Helsinki time', () => {
		expect(finnishDateTime(at('2026-05-18T13:00:00Z'))).toBe('18.5.2026 klo 16.00');
		expect(finnishDateTime(at('2026-01-05T07:05:00Z'))).toBe('5.1.2026 klo 09.05');
	});

	it('give the outcomes of the answers in Finnish', () => {
		expect(OUTCOME_FI).toEqual({
			accepted: 'Otettu huomioon',
			partly: 'Otettu osittain huomioon',
			rejected: 'Ei otettu huomioon'
		});
	});
});

describe('the audience of a round', () => {
	const person = (overrides: Partial<AudienceCandidate> = {}): AudienceCandidate => ({
		organisationId: 3,
		organisationKind: 'ngo',
		regionId: 1,
		memberships: [],
		...overrides
	});
	const of = (audience: Partial<Audience>) => ({
		regionId: 1,
		audience: { kind: 'region_ngos' as const, organisationIds: [], bodyIds: [], ...audience }
	});

	it('is every NGO of the region', () => {
		expect(inAudience(person(), of({}))).toBe(true);
		expect(inAudience(person({ organisationKind: 'municipality' }), of({}))).toBe(false);
		expect(inAudience(person({ regionId: 2 }), of({}))).toBe(false);
	});

	it('or chosen organisations of any kind', () => {
		const audience = of({ kind: 'organisations', organisationIds: [3, 4] });
		expect(inAudience(person({ organisationKind: 'municipality' }), audience)).toBe(true);
		expect(inAudience(person({ organisationId: 5 }), audience)).toBe(false);
	});

	it('or the members of chosen bodies, whatever their role', () => {
		const audience = of({ kind: 'bodies', bodyIds: [10] });
		expect(
			inAudience(
				person({ organisationKind: 'county', memberships: [{ bodyId: 10, role: 'guest' }] }),
				audience
			)
		).toBe(true);
		expect(inAudience(person({ memberships: [{ bodyId: 11, role: 'chair' }] }), audience)).toBe(
			false
		);
	});
});

describe('quoted passages', () => {
	const section = 'Tavoitteena on vahvistaa\nlasten ja nuorten  harrastamista koko maakunnassa.';

	it('are found in their section however the lines were broken', () => {
		expect(quoteFoundIn('lasten ja nuorten harrastamista', section)).toBe(true);
		expect(quoteFoundIn('  vahvistaa lasten ', section)).toBe(true);
	});

	it('are refused when the section does not contain them', () => {
		expect(quoteFoundIn('ikäihmisten liikkumista', section)).toBe(false);
		expect(quoteFoundIn('   ', section)).toBe(false);
		// Words run together are not the passage.
		expect(quoteFoundIn('vahvistaalasten', section)).toBe(false);
	});
});
