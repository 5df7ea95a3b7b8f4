import { describe, expect, it } from 'vitest';
import { applyFilter, byMonth, entryKey, yearFraction, type CalendarEntry } from './entries';

const milestone = (
	id: number,
	startsOn: string,
	level: CalendarEntry['level'] = null
): CalendarEntry => ({
	type: 'milestone',
	id,
	title: '',
	kind: 'custom',
	startsOn,
	endsOn: null,
	level,
	href: `/calendar/milestones/${id}`
});
const meeting = (
	id: number,
	startsOn: string,
	bodyId: number,
	level: 'strategic' | 'forum'
): CalendarEntry => ({
	type: 'meeting',
	id,
	title: `M${id}`,
	bodyId,
	bodyName: `B${bodyId}`,
	level,
	startsOn,
	startsAt: new Date(`${startsOn}T10:00:00Z`),
	endsAt: new Date(`${startsOn}T12:00:00Z`),
	status: 'planned',
	href: `/meetings/${id}`
});

const entries = [
	milestone(1, '2026-09-01', 'strategic'),
	milestone(2, '2026-11-15'),
	milestone(3, '2026-06-01', 'forum'),
	meeting(4, '2026-03-10', 7, 'strategic'),
	meeting(5, '2026-05-05', 8, 'forum')
];

describe('calendar entries', () => {
	it('a level filter keeps the level and the region-wide milestones', () => {
		expect(
			applyFilter(entries, { level: 'strategic', bodyId: null }, null).map((e) => e.id)
		).toEqual([1, 2, 4]);
		expect(applyFilter(entries, { level: null, bodyId: null }, null)).toHaveLength(5);
	});

	it("a body filter keeps the body's meetings and its level's milestones", () => {
		expect(applyFilter(entries, { level: null, bodyId: 8 }, 'forum').map((e) => e.id)).toEqual([
			2, 3, 5
		]);
	});

	it("a grant call's application period is the whole region's: every filter keeps it, under its own key", () => {
		const call: CalendarEntry = {
			type: 'grant',
			grantKind: 'application_period',
			id: 4,
			title: 'Toiminta-avustukset',
			startsOn: '2026-09-01',
			endsOn: '2026-09-30',
			level: null,
			href: '/grants/calls/4'
		};
		expect(applyFilter([...entries, call], { level: null, bodyId: 8 }, 'forum')).toContain(call);
		expect(applyFilter([call], { level: 'strategic', bodyId: null }, null)).toEqual([call]);
		expect(new Set([...entries, call].map(entryKey)).size).toBe(entries.length + 1);
	});

	it('groups by month, every month present', () => {
		const months = byMonth(entries);
		expect([...months.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
		expect(months.get(9)?.map((e) => e.id)).toEqual([1]);
		expect(months.get(1)).toEqual([]);
	});

	it('places dates around the year from 0 to 1', () => {
		expect(yearFraction('2026-01-01', 2026)).toBe(0);
		expect(yearFraction('2026-12-31', 2026, true)).toBe(1);
		expect(yearFraction('2026-07-02', 2026)).toBeCloseTo(0.5, 2);
		expect(yearFraction('2027-03-01', 2026)).toBe(1);
		expect(yearFraction('2028-03-01', 2028)).toBe(60 / 366);
	});
});
