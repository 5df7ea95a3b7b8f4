import { describe, expect, it } from 'vitest';
import {
	bodyCadence,
	statutoryStatus,
	type CadenceBody,
	type CadenceMeeting,
	type CadenceMilestone
} from './cadence';
import { defaultMilestones } from './calendar';
import { DEFAULT_CADENCE, type Level } from './levels';
import type { MeetingStatus } from './meetings';
import { helsinkiInstant } from './time';

const milestones: CadenceMilestone[] = defaultMilestones(2026).map((m) => ({
	...m,
	year: 2026,
	meetingId: null
}));
let nextId = 1;

function bodyAt(level: Level, id = nextId++): CadenceBody {
	return {
		id,
		level,
		cadenceMin: DEFAULT_CADENCE[level].min,
		cadenceMax: DEFAULT_CADENCE[level].max
	};
}

function meetingOf(
	body: CadenceBody,
	date: string,
	status: MeetingStatus = 'planned'
): CadenceMeeting {
	return {
		id: nextId++,
		bodyId: body.id,
		level: body.level,
		startsAt: helsinkiInstant(date, '13:00')!,
		status
	};
}

describe('cadence per level', () => {
	it('coordinator network: 4 of 6–8 planned is a warning; 6 is fine; held ones are counted apart', () => {
		const network = bodyAt('coordinator_network');
		const four = ['2026-02-10', '2026-04-14', '2026-06-09', '2026-10-13'].map((d, i) =>
			meetingOf(network, d, i < 2 ? 'published' : 'planned')
		);
		const short = bodyCadence(network, four, milestones);
		expect(short).toMatchObject({
			planned: 4,
			held: 2,
			status: 'warning',
			target: { min: 6, max: 8 }
		});
		expect(short.problems).toEqual([
			{ code: 'belowTarget', params: { planned: 4, min: 6, max: 8 } }
		]);
		const six = [...four, meetingOf(network, '2026-08-18'), meetingOf(network, '2026-11-17')];
		expect(bodyCadence(network, six, milestones).status).toBe('ok');
	});

	it('cancelled meetings do not count', () => {
		const forum = bodyAt('forum');
		const result = bodyCadence(forum, [meetingOf(forum, '2026-05-05', 'cancelled')], milestones);
		expect(result).toMatchObject({ planned: 0, status: 'warning' });
	});

	it('strategic level: no meeting before the September budget milestone is a warning, even with enough meetings', () => {
		const strategic = bodyAt('strategic');
		const late = [meetingOf(strategic, '2026-10-20'), meetingOf(strategic, '2026-12-01')];
		expect(bodyCadence(strategic, late, milestones).problems).toEqual([
			{ code: 'noMeetingBeforeBudget', params: { date: '2026-09-01' } }
		]);
		const onTime = [meetingOf(strategic, '2026-09-15')];
		expect(bodyCadence(strategic, onTime, milestones).status).toBe('ok');
	});

	it('operational level: 2–3 meetings, one of them before the budget milestone', () => {
		const operational = bodyAt('operational');
		const result = bodyCadence(
			operational,
			[meetingOf(operational, '2026-10-06'), meetingOf(operational, '2026-11-10')],
			milestones
		);
		expect(result.problems.map((p) => p.code)).toEqual(['noMeetingBeforeBudget']);
		expect(
			bodyCadence(
				operational,
				[meetingOf(operational, '2026-03-10'), meetingOf(operational, '2026-08-25')],
				milestones
			).status
		).toBe('ok');
	});

	it('coordinator network: each strategic meeting needs a network meeting in the six weeks before it', () => {
		const network = bodyAt('coordinator_network');
		const strategic = bodyAt('strategic');
		const networkMeetings = [
			'2026-01-20',
			'2026-02-17',
			'2026-04-14',
			'2026-05-12',
			'2026-06-09',
			'2026-10-13'
		].map((d) => meetingOf(network, d));
		const all = [
			...networkMeetings,
			meetingOf(strategic, '2026-03-10'),
			meetingOf(strategic, '2026-09-15')
		];
		expect(bodyCadence(network, all, milestones).problems).toEqual([
			{ code: 'strategicUnprepared', params: { date: '2026-09-15' } }
		]);
	});
});

describe('cadence: whose meetings count', () => {
	it('counts only the body’s own meetings toward its yearly target, not another body’s of the same level', () => {
		const forum = bodyAt('forum');
		const otherForum = bodyAt('forum');
		const result = bodyCadence(
			forum,
			[meetingOf(otherForum, '2026-05-05'), meetingOf(otherForum, '2026-10-06')],
			milestones
		);
		expect(result).toMatchObject({ planned: 0, held: 0, status: 'warning' });
		expect(result.problems).toEqual([
			{ code: 'belowTarget', params: { planned: 0, min: 1, max: 2 } }
		]);
	});

	it('does not let another strategic body’s meeting before September cover this one', () => {
		const strategic = bodyAt('strategic');
		const other = bodyAt('strategic');
		const result = bodyCadence(
			strategic,
			[meetingOf(other, '2026-04-14'), meetingOf(strategic, '2026-10-20')],
			milestones
		);
		expect(result.problems).toEqual([
			{ code: 'noMeetingBeforeBudget', params: { date: '2026-09-01' } }
		]);
	});

	it('counts as held the meetings that have started, whatever stage their minutes are in', () => {
		const network = bodyAt('coordinator_network');
		const statuses: MeetingStatus[] = [
			'planned',
			'in_progress',
			'minutes_review',
			'approved',
			'published',
			'cancelled'
		];
		const meetings = statuses.map((status, i) => meetingOf(network, `2026-0${i + 2}-10`, status));
		expect(bodyCadence(network, meetings, milestones)).toMatchObject({ planned: 5, held: 4 });
	});

	it('reaches the target at its minimum', () => {
		const operational = bodyAt('operational');
		const two = [meetingOf(operational, '2026-03-10'), meetingOf(operational, '2026-10-06')];
		expect(bodyCadence(operational, two, milestones)).toMatchObject({ status: 'ok', problems: [] });
		expect(bodyCadence(operational, two.slice(0, 1), milestones).problems).toEqual([
			{ code: 'belowTarget', params: { planned: 1, min: 2, max: 3 } }
		]);
	});
});

describe('cadence: the budget milestone', () => {
	it('counts a meeting up to the last day of the September milestone, not after it', () => {
		const strategic = bodyAt('strategic');
		expect(bodyCadence(strategic, [meetingOf(strategic, '2026-09-30')], milestones).status).toBe(
			'ok'
		);
		expect(
			bodyCadence(strategic, [meetingOf(strategic, '2026-10-01')], milestones).problems.map(
				(p) => p.code
			)
		).toEqual(['noMeetingBeforeBudget']);
	});

	it('takes a one-day milestone’s own day as its last', () => {
		const strategic = bodyAt('strategic');
		const oneDay: CadenceMilestone[] = [
			{ kind: 'annual_plan', year: 2026, startsOn: '2026-09-10', endsOn: null, meetingId: null }
		];
		expect(bodyCadence(strategic, [meetingOf(strategic, '2026-09-10')], oneDay).status).toBe('ok');
		expect(bodyCadence(strategic, [meetingOf(strategic, '2026-09-11')], oneDay).status).toBe(
			'warning'
		);
	});

	it('asks nothing of the budget when the year has no such milestone, nor of forums and networks', () => {
		const strategic = bodyAt('strategic');
		expect(bodyCadence(strategic, [meetingOf(strategic, '2026-11-10')], []).status).toBe('ok');
		const forum = bodyAt('forum');
		expect(bodyCadence(forum, [meetingOf(forum, '2026-11-10')], milestones).status).toBe('ok');
	});

	it('does not count a cancelled meeting as the one before the budget', () => {
		const strategic = bodyAt('strategic');
		const meetings = [
			meetingOf(strategic, '2026-04-14', 'cancelled'),
			meetingOf(strategic, '2026-10-20')
		];
		expect(bodyCadence(strategic, meetings, milestones).problems.map((p) => p.code)).toEqual([
			'noMeetingBeforeBudget'
		]);
	});
});

describe('cadence: the network prepares the strategic meetings', () => {
	const network = bodyAt('coordinator_network');
	const strategic = bodyAt('strategic');
	/** Six network meetings far from 15.9., so only the meeting under test can prepare it. */
	const rest = [
		'2026-01-20',
		'2026-02-17',
		'2026-03-17',
		'2026-04-14',
		'2026-05-12',
		'2026-06-09'
	].map((d) => meetingOf(network, d));
	const problems = (...meetings: CadenceMeeting[]) =>
		bodyCadence(network, [...rest, ...meetings], milestones).problems;
	const september = meetingOf(strategic, '2026-09-15');
	const unprepared = [{ code: 'strategicUnprepared', params: { date: '2026-09-15' } }];

	it('counts a network meeting six weeks (42 days) before, not 43', () => {
		expect(problems(september, meetingOf(network, '2026-08-04'))).toEqual([]);
		expect(problems(september, meetingOf(network, '2026-08-03'))).toEqual(unprepared);
	});

	it('does not count a network meeting on the day of the strategic meeting or after it', () => {
		expect(problems(september, meetingOf(network, '2026-09-15'))).toEqual(unprepared);
		expect(problems(september, meetingOf(network, '2026-09-22'))).toEqual(unprepared);
	});

	it('needs no preparation for a cancelled strategic meeting or an operational one, and none from a cancelled network meeting', () => {
		expect(problems({ ...september, status: 'cancelled' })).toEqual([]);
		expect(problems(meetingOf(bodyAt('operational'), '2026-09-15'))).toEqual([]);
		expect(problems(september, meetingOf(network, '2026-09-01', 'cancelled'))).toEqual(unprepared);
	});

	it('does not let another network’s meeting prepare it', () => {
		expect(problems(september, meetingOf(bodyAt('coordinator_network'), '2026-09-01'))).toEqual(
			unprepared
		);
	});
});

describe('statutory rules', () => {
	it('HYTE negotiations at least yearly: a strategic meeting that is not cancelled', () => {
		const strategic = bodyAt('strategic');
		const forum = bodyAt('forum');
		const none = statutoryStatus(
			2026,
			[meetingOf(forum, '2026-05-05'), meetingOf(strategic, '2026-04-01', 'cancelled')],
			[],
			[]
		);
		expect(none.find((s) => s.rule === 'hyteYearly')?.status).toBe('warning');
		const held = statutoryStatus(2026, [meetingOf(strategic, '2026-04-01', 'published')], [], []);
		expect(held.find((s) => s.rule === 'hyteYearly')).toEqual({
			rule: 'hyteYearly',
			status: 'ok',
			params: { year: 2026 }
		});
		// One strategic meeting among the year's others is enough.
		const among = statutoryStatus(
			2026,
			[meetingOf(forum, '2026-05-05'), meetingOf(strategic, '2026-10-06')],
			[],
			[]
		);
		expect(among.find((s) => s.rule === 'hyteYearly')?.status).toBe('ok');
	});

	it('§14 negotiation once per council term: a §14 milestone in the term linked to a meeting', () => {
		const strategic = bodyAt('strategic');
		const negotiation = meetingOf(strategic, '2027-05-11');
		const linked: CadenceMilestone = {
			kind: 'section14_negotiation',
			year: 2027,
			startsOn: '2027-04-15',
			endsOn: null,
			meetingId: negotiation.id
		};
		const rule = (year: number, m: CadenceMilestone[], meetings: CadenceMeeting[]) =>
			statutoryStatus(year, [], m, meetings).find((s) => s.rule === 'section14Term');
		expect(rule(2026, [linked], [negotiation])).toMatchObject({
			status: 'ok',
			params: { first: 2025, last: 2028 }
		});
		expect(rule(2026, [{ ...linked, meetingId: null }], [negotiation])?.status).toBe('warning');
		expect(rule(2026, [linked], [{ ...negotiation, status: 'cancelled' }])?.status).toBe('warning');
		// The next term starts over.
		expect(rule(2029, [linked], [negotiation])?.status).toBe('warning');
		// The term's other milestones do not get in the way.
		const others = defaultMilestones(2026).map((m) => ({ ...m, year: 2026, meetingId: null }));
		expect(rule(2026, [...others, linked], [negotiation])?.status).toBe('ok');
		// A milestone of another kind linked to the same meeting is not the §14 negotiation.
		expect(rule(2026, [{ ...linked, kind: 'hyte_negotiations' }], [negotiation])?.status).toBe(
			'warning'
		);
		// A meeting the milestone does not point to does not count.
		expect(
			rule(2026, [{ ...linked, meetingId: negotiation.id + 1000 }], [negotiation])?.status
		).toBe('warning');
	});

	it('§14: the term runs from its first year to its last, and no further', () => {
		const strategic = bodyAt('strategic');
		const negotiation = meetingOf(strategic, '2025-05-11');
		const in_ = (year: number): CadenceMilestone => ({
			kind: 'section14_negotiation',
			year,
			startsOn: `${year}-04-15`,
			endsOn: null,
			meetingId: negotiation.id
		});
		const status = (milestoneYear: number) =>
			statutoryStatus(2026, [], [in_(milestoneYear)], [negotiation]).find(
				(s) => s.rule === 'section14Term'
			)?.status;
		expect([2024, 2025, 2028, 2029].map(status)).toEqual(['warning', 'ok', 'ok', 'warning']);
	});
});
