import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { defaultMilestones } from './calendar';
import { DEFAULT_CADENCE } from './levels';
import { ZONE } from './time';
import { proposeYear, wantedCount, type YearPlanInput } from './year-plan';

const milestones = defaultMilestones(2027);

function input(overrides: Partial<YearPlanInput>): YearPlanInput {
	return { year: 2027, level: 'coordinator_network', target: DEFAULT_CADENCE.coordinator_network, today: '2026-11-23', existing: [], strategic: [], milestones, ...overrides };
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
		for (const p of plan) for (const e of existing) expect(Math.abs(Date.parse(p.date) - Date.parse(e)) / 86_400_000).toBeGreaterThanOrEqual(14);
		expect(proposeYear(input({ existing: [...existing, ...plan.map((p) => p.date)] }))).toEqual([]);
	});

	it('proposes nothing in the past: this year only what is left of it', () => {
		const plan = proposeYear(input({ year: 2026, today: '2026-11-01', milestones: defaultMilestones(2026) }));
		expect(plan.length).toBeGreaterThan(0);
		for (const p of plan) expect(p.date > '2026-11-07').toBe(true);
		expect(proposeYear(input({ year: 2025 }))).toEqual([]);
	});

	it('forum meets while the drafts are out for comment', () => {
		const plan = proposeYear(input({ level: 'forum', target: DEFAULT_CADENCE.forum }));
		expect(plan.some((p) => p.reason.code === 'draftsForComment' && p.date >= '2027-06-01' && p.date <= '2027-08-15')).toBe(true);
	});
});
