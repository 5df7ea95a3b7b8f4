import { redirect } from '@sveltejs/kit';
import { can } from '#lib/domain/policy.js';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { requireActor } from '#lib/kit/guard.js';
import { meetingInput } from '#lib/kit/meeting-form.js';
import { bodyTarget, getBody, listMembers } from '#lib/server/bodies/queries.js';
import { getDb } from '#lib/server/db/instance.js';
import { numberOf } from '#lib/domain/meetings.js';
import { listMeetings } from '#lib/server/meetings/readable.js';
import { nextSequence, setNextMeetingNumber } from '#lib/server/meetings/numbering.js';
import { scheduleMeeting } from '#lib/server/meetings/service.js';
import { meetingSchema, numberingSchema } from '#lib/schemas/meetings.js';
import { listMeasures } from '#lib/server/measures/queries.js';
import { helsinkiYear } from '#lib/domain/time.js';
import { trailEntry } from '#lib/server/meetings/forwarding.js';
import { acceptForwardSchema } from '#lib/schemas/calendar.js';
import { acceptForward, pendingForwardsTo } from '#lib/server/calendar/forwarding.js';
import { cadenceOfYear } from '#lib/server/calendar/year.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const db = getDb();
	const body = await runOrError(() => getBody(db, actor, event.params.id));
	const target = bodyTarget(body);
	const meetings = can(actor, 'meeting.read', target)
		? listMeetings(db, actor, { bodyIds: [body.id], order: 'desc' })
		: [];
	const year = helsinkiYear(new Date());
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
		measures: listMeasures(db, actor, { regionId: body.regionId, bodyId: body.id }),
		year,
		cadence: cadence ? [{ ...cadence, bodyName: body.name }] : [],
		forwarded: pendingForwardsTo(db, actor, body.id).map(trailEntry),
		feedUrl: body.public ? `/calendar/bodies/${body.id}.ics` : null,
		myRole: actor.memberships.find((m) => m.bodyId === body.id)?.role ?? null,
		canManage: can(actor, 'membership.manage', target),
		canSchedule: can(actor, 'meeting.manage', target),
		nextNumber: can(actor, 'meeting.manage', target)
			? { year, sequence: nextSequence(db, body.id, year) }
			: null,
		canSeeMeetings: can(actor, 'meeting.read', target),
		meetings: meetings.map(({ meeting: m }) => ({
			id: m.id,
			number: numberOf(m),
			title: m.title,
			startsAt: m.startsAt,
			endsAt: m.endsAt,
			status: m.status
		}))
	};
};

export const actions: Actions = {
	/** An item sent to this body goes on its next meeting's agenda. */
	acceptForward: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, acceptForwardSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			const into = acceptForward(getDb(), actor, parsed.data.forwardId, null);
			return { accepted: { meetingId: into.id, number: numberOf(into) } };
		});
	},
	/** Where the body's numbering goes on from: its next meeting of a year. */
	numbering: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, numberingSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			setNextMeetingNumber(getDb(), actor, event.params.id, parsed.data);
			return { numbered: true };
		});
	},
	schedule: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, meetingSchema);
		if (!parsed.ok) return parsed.failure;
		const result = await runAction(parsed.values, () =>
			scheduleMeeting(getDb(), actor, event.params.id, meetingInput(parsed.data))
		);
		if (!('id' in result)) return result;
		redirect(303, `/meetings/${result.id}`);
	}
};
