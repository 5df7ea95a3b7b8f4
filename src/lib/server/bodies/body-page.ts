/** A body's own page (`/bodies/[id]`): who sits in it, its meetings, measures, rhythm and items sent to it. */
import { numberOf } from '../../domain/meetings';
import { can, type Actor } from '../../domain/policy';
import { helsinkiYear, isoDate } from '../../domain/time';
import { cadenceOfYear } from '../calendar/year';
import { pendingForwardsTo } from '../calendar/forwarding';
import type { Queryable } from '../db/client';
import { listMeasures } from '../measures/lists';
import { nextSequence } from '../meetings/numbering';
import { trailEntry } from '../meetings/forwarding';
import { listMeetings } from '../meetings/readable';
import { getBody } from './readable';
import { listMembers } from './rows';
import { bodyTarget } from './target';

export function bodyPage(db: Queryable, actor: Actor, bodyId: number, now: Date) {
	const body = getBody(db, actor, bodyId);
	const target = bodyTarget(body);
	const year = helsinkiYear(now);
	const canSeeMeetings = can(actor, 'meeting.read', target);
	const canSchedule = can(actor, 'meeting.manage', target);
	const meetings = canSeeMeetings
		? listMeetings(db, actor, { bodyIds: [body.id], order: 'desc' })
		: [];
	const cadence = can(actor, 'calendar.read', { regionId: body.regionId })
		? cadenceOfYear(db, actor, body.regionId, year).find((c) => c.bodyId === body.id)
		: undefined;
	return {
		body: {
			id: body.id,
			name: body.name,
			level: body.level,
			description: body.description,
			cadenceMin: body.cadenceMin,
			cadenceMax: body.cadenceMax,
			public: body.public,
			membersCoEditMinutes: body.membersCoEditMinutes
		},
		members: listMembers(db, [body.id]).get(body.id) ?? [],
		measures: listMeasures(db, actor, { regionId: body.regionId, bodyId: body.id }, isoDate(now)),
		year,
		cadence: cadence ? [{ ...cadence, bodyName: body.name }] : [],
		forwarded: pendingForwardsTo(db, actor, body.id).map(trailEntry),
		feedUrl: body.public ? `/calendar/bodies/${body.id}.ics` : null,
		myRole: actor.memberships.find((m) => m.bodyId === body.id)?.role ?? null,
		canManage: can(actor, 'membership.manage', target),
		canSchedule,
		nextNumber: canSchedule ? { year, sequence: nextSequence(db, body.id, year) } : null,
		canSeeMeetings,
		meetings: meetings.map(({ meeting: m }) => ({
			id: m.id,
			number: numberOf(m),
			title: m.title,
			startsAt: m.startsAt,
			endsAt: m.endsAt,
			status: m.status
		}))
	};
}
