import { describe, expect, it } from 'vitest';
import { bodyCadence, statutoryStatus, type CadenceBody, type CadenceMeeting, type CadenceMilestone } from './cadence';
import { defaultMilestones } from './calendar';
import { DEFAULT_CADENCE, type Level } from './levels';
import type { MeetingStatus } from './meetings';
import { helsinkiInstant } from './time';

const milestones: CadenceMilestone[] = defaultMilestones(2026).map((m) => ({ ...m, year: 2026, meetingId: null }));
let nextId = 1;

function bodyAt(level: Level, id = nextId++): CadenceBody {
	return { id, level, cadenceMin: DEFAULT_CADENCE[level].min, cadenceMax: DEFAULT_CADENCE[level].max };
}

function meetingOf(body: CadenceBody, date: string, status: MeetingStatus = 'planned'): CadenceMeeting {
	return { id: nextId++, bodyId: body.id, level: body.level, startsAt: helsinkiInstant(date, '13:00')!, status };
}

describe('cadence per level', () => {
	it('coordinator network: 4 of 6–8 planned is a warning; 6 is fine; held ones are counted apart', () => {
		const network = bodyAt('coordinator_network');
		const four = ['2026-02-10', '2026-04-14', '2026-06-09', '2026-10-13'].map((d, i) => meetingOf(network, d, i < 2 ? 'published' : 'planned'));
		const short = bodyCadence(network, four, milestones);
		expect(short).toMatchObject({ planned: 4, held: 2, status: 'warning', target: { min: 6, max: 8 } });
		expect(short.problems).toEqual([{ code: 'belowTarget', params: { planned: 4, min: 6, max: 8 } }]);
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
		expect(bodyCadence(strategic, late, milestones).problems).toEqual([{ code: 'noMeetingBeforeBudget', params: { date: '2026-09-01' } }]);
		const onTime = [meetingOf(strategic, '2026-09-15')];
		expect(bodyCadence(strategic, onTime, milestones).status).toBe('ok');
	});

	it('operational level: 2–3 meetings, one of them before the budget milestone', () => {
		const operational = bodyAt('operational');
		const result = bodyCadence(operational, [meetingOf(operational, '2026-10-06'), meetingOf(operational, '2026-11-10')], milestones);
		expect(result.problems.map((p) => p.code)).toEqual(['noMeetingBeforeBudget']);
		expect(bodyCadence(operational, [meetingOf(operational, '2026-03-10'), meetingOf(operational, '2026-08-25')], milestones).status).toBe('ok');
	});

	it('coordinator network: each strategic meeting needs a network meeting in the six weeks before it', () => {
		const network = bodyAt('coordinator_network');
		const strategic = bodyAt('strategic');
		const networkMeetings = ['2026-01-20', '2026-02-17', '2026-04-14', '2026-05-12', '2026-06-09', '2026-10-13'].map((d) => meetingOf(network, d));
		const all = [...networkMeetings, meetingOf(strategic, '2026-03-10'), meetingOf(strategic, '2026-09-15')];
		expect(bodyCadence(network, all, milestones).problems).toEqual([{ code: 'strategicUnprepared', params: { date: '2026-09-15' } }]);
	});
});

describe('statutory rules', () => {
	it('HYTE negotiations at least yearly: a strategic meeting that is not cancelled', () => {
		const strategic = bodyAt('strategic');
		const forum = bodyAt('forum');
		const none = statutoryStatus(2026, [meetingOf(forum, '2026-05-05'), meetingOf(strategic, '2026-04-01', 'cancelled')], [], []);
		expect(none.find((s) => s.rule === 'hyteYearly')?.status).toBe('warning');
		const held = statutoryStatus(2026, [meetingOf(strategic, '2026-04-01', 'published')], [], []);
		expect(held.find((s) => s.rule === 'hyteYearly')?.status).toBe('ok');
	});

	it('§14 negotiation once per council term: a §14 milestone in the term linked to a meeting', () => {
		const strategic = bodyAt('strategic');
		const negotiation = meetingOf(strategic, '2027-05-11');
		const linked: CadenceMilestone = { kind: 'section14_negotiation', year: 2027, startsOn: '2027-04-15', endsOn: null, meetingId: negotiation.id };
		const rule = (year: number, m: CadenceMilestone[], meetings: CadenceMeeting[]) => statutoryStatus(year, [], m, meetings).find((s) => s.rule === 'section14Term');
		expect(rule(2026, [linked], [negotiation])).toMatchObject({ status: 'ok', params: { first: 2025, last: 2028 } });
		expect(rule(2026, [{ ...linked, meetingId: null }], [negotiation])?.status).toBe('warning');
		expect(rule(2026, [linked], [{ ...negotiation, status: 'cancelled' }])?.status).toBe('warning');
		// The next term starts over.
		expect(rule(2029, [linked], [negotiation])?.status).toBe('warning');
	});
});
