import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { defaultMilestones } from './calendar';
import { DEFAULT_CADENCE } from './levels';
import { ZONE } from './time';
import { meetingDay, proposeYear, wantedCount, type YearPlanInput } from './year-plan';

const milestones = defaultMilestones(2027);

function input(overrides: Partial<YearPlanInput>): YearPlanInput {
	return {
		year: 2027,
		level: 'coordinator_network',
		target: DEFAULT_CADENCE.coordinator_network,
		today: '2026-11-23',
		existing: [],
		strategic: [],
		milestones,
		...overrides
	};
}

const weekday = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).weekday;
const month = (iso: string) => Number(iso.slice(5, 7));

describe('plan the year', () => {
	it('aims for the middle of the target', () => {
		expect(wantedCount({ min: 6, max: 8 })).toBe(7);
		expect(wantedCount({ min: 2, max: 3 })).toBe(3);
		expect(wantedCount({ min: 1, max: 2 })).toBe(2);
	});

	it('places strategic meetings before the financial statements and in time for the September plan', () => {
		const plan = proposeYear(input({ level: 'strategic', target: DEFAULT_CADENCE.strategic }));
		expect(plan.map((p) => p.reason.code)).toEqual(['evaluation', 'budgetPlan']);
		expect(plan[0].date < '2027-03-31').toBe(true);
		expect(plan[1].date >= '2027-09-01' && plan[1].date <= '2027-09-30').toBe(true);
	});

	it('puts a network meeting two weeks before each strategic meeting and spreads the rest evenly', () => {
		const plan = proposeYear(input({ strategic: ['2027-03-16', '2027-09-14'] }));
		expect(plan).toHaveLength(7);
		const prepared = plan.filter((p) => p.reason.code === 'prepareStrategic').map((p) => p.date);
		expect(prepared).toHaveLength(2);
		expect(prepared[0] < '2027-03-16' && prepared[0] >= '2027-02-23').toBe(true);
		const dates = plan.map((p) => p.date);
		for (const date of dates) {
			expect([2, 3, 4]).toContain(weekday(date));
			expect(month(date)).not.toBe(7);
		}
		const gaps = dates.slice(1).map((d, i) => (Date.parse(d) - Date.parse(dates[i])) / 86_400_000);
		expect(Math.min(...gaps)).toBeGreaterThanOrEqual(21);
	});

	it('counts the meetings already scheduled and keeps away from them', () => {
		const existing = ['2027-02-09', '2027-04-13', '2027-06-08', '2027-10-12'];
		const plan = proposeYear(input({ existing }));
		expect(plan).toHaveLength(3);
		for (const p of plan)
			for (const e of existing)
				expect(Math.abs(Date.parse(p.date) - Date.parse(e)) / 86_400_000).toBeGreaterThanOrEqual(
					14
				);
		expect(proposeYear(input({ existing: [...existing, ...plan.map((p) => p.date)] }))).toEqual([]);
	});

	it('proposes nothing in the past: this year only what is left of it', () => {
		const plan = proposeYear(
			input({ year: 2026, today: '2026-11-01', milestones: defaultMilestones(2026) })
		);
		expect(plan.length).toBeGreaterThan(0);
		for (const p of plan) expect(p.date > '2026-11-07').toBe(true);
		expect(proposeYear(input({ year: 2025 }))).toEqual([]);
	});

	it('forum meets while the drafts are out for comment', () => {
		const plan = proposeYear(input({ level: 'forum', target: DEFAULT_CADENCE.forum }));
		expect(
			plan.some(
				(p) =>
					p.reason.code === 'draftsForComment' && p.date >= '2027-06-01' && p.date <= '2027-08-15'
			)
		).toBe(true);
	});
});

describe('the meeting day', () => {
	const moved = (iso: string) => meetingDay(DateTime.fromISO(iso, { zone: ZONE })).toISODate();

	it('keeps a Tuesday, Wednesday or Thursday', () => {
		expect(['2027-03-16', '2027-03-17', '2027-03-18'].map(moved)).toEqual([
			'2027-03-16',
			'2027-03-17',
			'2027-03-18'
		]);
	});

	it('moves other days to the nearest Tuesday–Thursday, the earlier one when both are as near', () => {
		// Monday → Tuesday, Friday → Thursday, Saturday → Thursday (two days back beats three ahead), Sunday → Tuesday.
		expect(['2027-03-01', '2027-03-05', '2027-03-06', '2027-03-07'].map(moved)).toEqual([
			'2027-03-02',
			'2027-03-04',
			'2027-03-04',
			'2027-03-09'
		]);
	});

	it('moves a meeting out of July, to June or August, whichever is nearer', () => {
		expect(moved('2027-07-01')).toBe('2027-06-30');
		expect(moved('2027-07-15')).toBe('2027-06-30');
		expect(moved('2027-07-31')).toBe('2027-08-03');
	});

	it('moves a meeting out of the Christmas break, 21.12.–6.1.', () => {
		expect(moved('2027-12-23')).toBe('2027-12-16');
		expect(moved('2027-01-06')).toBe('2027-01-07');
		// The break's edges: 20.12. and 7.1. are working days.
		expect(moved('2028-12-20')).toBe('2028-12-20');
		expect(moved('2028-12-21')).toBe('2028-12-20');
		expect(moved('2027-01-07')).toBe('2027-01-07');
	});

	it('takes the earlier meeting day when the nearest ones are as far both ways', () => {
		// 29.12.2027 is 13 days after Thursday 16.12. and 13 days before Tuesday 11.1.2028.
		expect(moved('2027-12-29')).toBe('2027-12-16');
	});
});

describe('plan the year: dates tied to milestones', () => {
	const tied = (overrides: Partial<YearPlanInput>) =>
		proposeYear(input(overrides)).filter((p) => p.reason.code !== 'spread');

	it('ties each level to its milestone: two weeks before or after it, on the nearest meeting day', () => {
		expect(tied({ level: 'strategic', target: DEFAULT_CADENCE.strategic })).toEqual([
			// Two weeks before the financial statements are done (31.3.).
			{ date: '2027-03-17', reason: { code: 'evaluation', milestone: 'financial_statements' } },
			// Ten days into the September plan (1.9. + 10 is a Saturday).
			{ date: '2027-09-09', reason: { code: 'budgetPlan', milestone: 'annual_plan' } }
		]);
		expect(tied({ level: 'operational', target: DEFAULT_CADENCE.operational })).toEqual([
			{ date: '2027-08-18', reason: { code: 'beforeBudget', milestone: 'annual_plan' } }
		]);
		expect(tied({ level: 'forum', target: DEFAULT_CADENCE.forum })).toEqual([
			{ date: '2027-06-15', reason: { code: 'draftsForComment', milestone: 'drafts_for_comment' } }
		]);
		expect(tied({ strategic: ['2027-03-16'] })).toEqual([
			{ date: '2027-03-02', reason: { code: 'prepareStrategic', date: '2027-03-16' } }
		]);
	});

	it('ties the evaluation to the start of the statements when the milestone is a single day', () => {
		const oneDay = milestones.map((m) =>
			m.kind === 'financial_statements' ? { ...m, startsOn: '2027-03-31', endsOn: null } : m
		);
		expect(
			tied({ level: 'strategic', target: DEFAULT_CADENCE.strategic, milestones: oneDay })[0]
		).toEqual({
			date: '2027-03-17',
			reason: { code: 'evaluation', milestone: 'financial_statements' }
		});
	});

	it('treats a meeting already within three weeks of a tied date as covering it, and one three weeks away as not', () => {
		// 17.3. is the evaluation date; the strategic level wants two meetings, one is there.
		const strategic = (existing: string) =>
			proposeYear(
				input({ level: 'strategic', target: DEFAULT_CADENCE.strategic, existing: [existing] })
			);
		expect(strategic('2027-02-25')).toEqual([
			{ date: '2027-09-09', reason: { code: 'budgetPlan', milestone: 'annual_plan' } }
		]);
		expect(strategic('2027-02-24')).toEqual([
			{ date: '2027-03-17', reason: { code: 'evaluation', milestone: 'financial_statements' } }
		]);
	});

	it('spreads the meetings instead when a tied date falls before 10 January', () => {
		const early = milestones.map((m) =>
			m.kind === 'financial_statements' ? { ...m, endsOn: '2027-01-15' } : m
		);
		const plan = proposeYear(
			input({ level: 'strategic', target: DEFAULT_CADENCE.strategic, milestones: early })
		);
		expect(plan.map((p) => p.reason.code)).toEqual(['spread', 'budgetPlan']);
		expect(plan[0].date >= '2027-01-10').toBe(true);
	});
});

describe('plan the year: the window', () => {
	it('proposes from a week after today until 10 December, and no further', () => {
		// 30.11.: the window is 7.–10.12., and 10.12.2027 is a Friday.
		const plan = proposeYear(
			input({ level: 'forum', target: DEFAULT_CADENCE.forum, today: '2027-11-30' })
		);
		expect(plan.map((p) => p.date)).toEqual(['2027-12-08', '2027-12-09']);
		expect(
			proposeYear(
				input({ level: 'forum', target: DEFAULT_CADENCE.forum, today: '2027-12-02' })
			).map((p) => p.date)
		).toEqual(['2027-12-09']);
		expect(
			proposeYear(input({ level: 'forum', target: DEFAULT_CADENCE.forum, today: '2027-12-03' }))
		).toEqual([]);
		// Both ends are meeting days themselves in 2025: a week from 2.12. is 9.12., and 10.12. is a Wednesday.
		const lastDays = proposeYear(
			input({
				year: 2025,
				level: 'forum',
				target: DEFAULT_CADENCE.forum,
				today: '2025-12-02',
				milestones: []
			})
		);
		expect(lastDays.map((p) => p.date)).toEqual(['2025-12-09', '2025-12-10']);
	});

	it('keeps a tied date on the window’s first or last day, and none after the last', () => {
		const prepared = (overrides: Partial<YearPlanInput>) =>
			proposeYear(input(overrides))
				.filter((p) => p.reason.code === 'prepareStrategic')
				.map((p) => p.date);
		// Two weeks before 16.3. is 2.3., exactly a week after 23.2.
		expect(prepared({ strategic: ['2027-03-16'], today: '2027-02-23' })).toEqual(['2027-03-02']);
		// Two weeks before 24.12.2025 is Wednesday 10.12.; two weeks before 28.12.2027 is 14.12.
		expect(
			prepared({ year: 2025, today: '2024-11-01', strategic: ['2025-12-24'], milestones: [] })
		).toEqual(['2025-12-10']);
		expect(prepared({ strategic: ['2027-12-28'] })).toEqual([]);
	});

	it('takes the earlier of two dates as far from the window’s ends', () => {
		// The window is 7.–10.12.2027: Wednesday 8.12. and Thursday 9.12. are both a day from an end.
		const plan = proposeYear(
			input({ level: 'forum', target: { min: 1, max: 1 }, today: '2027-11-30' })
		);
		expect(plan.map((p) => p.date)).toEqual(['2027-12-08']);
	});

	it('places the first spread meeting in the middle of the year, not at its edges', () => {
		const [only] = proposeYear(
			input({ level: 'forum', target: { min: 1, max: 1 }, milestones: [] })
		);
		expect(only.reason).toEqual({ code: 'spread' });
		expect(only.date >= '2027-06-01' && only.date <= '2027-06-30').toBe(true);
	});
});
