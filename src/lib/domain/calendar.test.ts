import { describe, expect, it } from 'vitest';
import {
	councilTerm,
	currentMilestone,
	defaultMilestones,
	isCouncilTermWorkYear,
	isUnderway,
	milestoneDatesValid,
	milestoneSpan,
	milestoneTitle,
	sameDateNextYear
} from './calendar';

describe('the default year', () => {
	it('follows the budget cycle: statements in spring, the plan in September, the budget at the end', () => {
		const year = defaultMilestones(2027);
		const on = (kind: string) => year.find((m) => m.kind === kind);
		expect(on('financial_statements')).toMatchObject({ endsOn: '2027-03-31', level: 'strategic' });
		expect(on('annual_plan')).toMatchObject({
			startsOn: '2027-09-01',
			endsOn: '2027-09-30',
			level: 'strategic'
		});
		expect(on('budget_approval')?.startsOn.startsWith('2027-11')).toBe(true);
		expect(year.map((m) => m.startsOn)).toEqual([...year.map((m) => m.startsOn)].sort());
	});

	it('is the typical year of domain.md, date by date, with the level each milestone concerns', () => {
		expect(defaultMilestones(2027)).toEqual([
			{
				kind: 'financial_statements',
				startsOn: '2027-01-15',
				endsOn: '2027-03-31',
				level: 'strategic'
			},
			{ kind: 'grant_payment', startsOn: '2027-03-01', endsOn: '2027-03-31', level: null },
			{
				kind: 'hyte_negotiations',
				startsOn: '2027-04-15',
				endsOn: '2027-05-31',
				level: 'strategic'
			},
			{ kind: 'welfare_report', startsOn: '2027-05-31', endsOn: null, level: null },
			{ kind: 'drafts_for_comment', startsOn: '2027-06-01', endsOn: '2027-08-15', level: 'forum' },
			{ kind: 'annual_plan', startsOn: '2027-09-01', endsOn: '2027-09-30', level: 'strategic' },
			{ kind: 'grant_applications', startsOn: '2027-09-01', endsOn: '2027-10-15', level: null },
			{ kind: 'budget_proposal', startsOn: '2027-10-31', endsOn: null, level: null },
			{ kind: 'budget_approval', startsOn: '2027-11-15', endsOn: '2027-12-15', level: null }
		]);
	});

	it('gives the first full year of a council term the §14 negotiation in spring and the extensive report with the yearly one', () => {
		const termWork = defaultMilestones(2026).filter(
			(m) => m.kind === 'section14_negotiation' || m.kind === 'extensive_welfare_report'
		);
		expect(termWork).toEqual([
			{
				kind: 'section14_negotiation',
				startsOn: '2026-04-15',
				endsOn: '2026-06-15',
				level: 'strategic'
			},
			{ kind: 'extensive_welfare_report', startsOn: '2026-05-31', endsOn: null, level: null }
		]);
		expect(defaultMilestones(2026)).toHaveLength(11);
	});

	it('adds the extensive welfare report and the §14 negotiation once per council term', () => {
		expect(councilTerm(2026)).toEqual({ first: 2025, last: 2028 });
		expect(councilTerm(2030)).toEqual({ first: 2029, last: 2032 });
		// The terms before 2025 follow the same four-year rhythm.
		expect(councilTerm(2024)).toEqual({ first: 2021, last: 2024 });
		expect(councilTerm(2025)).toEqual({ first: 2025, last: 2028 });
		const termYears = [2025, 2026, 2027, 2028, 2029, 2030].filter(isCouncilTermWorkYear);
		expect(termYears).toEqual([2026, 2030]);
		expect(defaultMilestones(2026).some((m) => m.kind === 'section14_negotiation')).toBe(true);
		expect(defaultMilestones(2027).some((m) => m.kind === 'section14_negotiation')).toBe(false);
	});
});

describe('copying and checking dates', () => {
	it('moves a date to the same day next year, 29 February to 28 February', () => {
		expect(sameDateNextYear('2026-09-01')).toBe('2027-09-01');
		expect(sameDateNextYear('2028-02-29')).toBe('2029-02-28');
	});

	it('keeps a milestone inside its year with its end after its start', () => {
		expect(milestoneDatesValid(2026, '2026-09-01', '2026-09-30')).toBe(true);
		expect(milestoneDatesValid(2026, '2026-09-01', null)).toBe(true);
		expect(milestoneDatesValid(2026, '2026-09-30', '2026-09-01')).toBe(false);
		expect(milestoneDatesValid(2026, '2027-01-01', null)).toBe(false);
		expect(milestoneDatesValid(2026, '2026-09-01', '2026-09-01')).toBe(true);
		expect(milestoneDatesValid(2026, '2026-12-01', '2027-01-10')).toBe(false);
	});

	it('names a milestone by its own title, or by its kind when it has none', () => {
		const translate = (key: string) => `«${key}»`;
		expect(milestoneTitle({ title: ' Kuntakierros ', kind: 'custom' }, translate)).toBe(
			'Kuntakierros'
		);
		expect(milestoneTitle({ title: '  ', kind: 'annual_plan' }, translate)).toBe(
			'«calendar.kind.annual_plan»'
		);
	});
});

describe('the milestone a person looks at today', () => {
	const budget = { startsOn: '2026-11-15', endsOn: '2026-12-15' };
	const proposal = { startsOn: '2026-10-31', endsOn: null };
	const turnOfYear = { startsOn: '2026-12-15', endsOn: '2027-01-15' };

	it('is under way from its first day to its last, both included', () => {
		expect(isUnderway(budget, '2026-11-14')).toBe(false);
		expect(isUnderway(budget, '2026-11-15')).toBe(true);
		expect(isUnderway(budget, '2026-12-15')).toBe(true);
		expect(isUnderway(budget, '2026-12-16')).toBe(false);
		expect(isUnderway(proposal, '2026-10-31')).toBe(true);
		expect(isUnderway(proposal, '2026-11-01')).toBe(false);
	});

	it('runs across the turn of the year', () => {
		expect(isUnderway(turnOfYear, '2026-12-31')).toBe(true);
		expect(isUnderway(turnOfYear, '2027-01-01')).toBe(true);
		expect(isUnderway(turnOfYear, '2027-01-16')).toBe(false);
	});

	it('is the one running rather than the next to start, so a running range does not read as past', () => {
		expect(currentMilestone([proposal, budget], '2026-12-01')).toEqual({
			milestone: budget,
			underway: true
		});
	});

	it('is the next to start when none runs, and nothing once the year is over', () => {
		expect(currentMilestone([proposal, budget], '2026-11-01')).toEqual({
			milestone: budget,
			underway: false
		});
		expect(currentMilestone([proposal, budget], '2026-12-16')).toBeNull();
		expect(currentMilestone([], '2026-12-16')).toBeNull();
	});

	it('spans its days at Helsinki noon, with no end for a one-day milestone', () => {
		expect(milestoneSpan(turnOfYear)).toEqual({
			from: new Date('2026-12-15T10:00:00Z'),
			to: new Date('2027-01-15T10:00:00Z')
		});
		expect(milestoneSpan({ startsOn: '2026-06-01', endsOn: null })).toEqual({
			from: new Date('2026-06-01T09:00:00Z'),
			to: null
		});
		expect(milestoneSpan({ startsOn: '2026-06-01', endsOn: '2026-06-01' }).to).toBeNull();
	});
});
