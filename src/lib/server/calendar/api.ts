/** The Integration API's view of a year (README, "GET /api/calendar/<year>"). */
import type { Actor } from '../../domain/policy';
import { milestoneTitle } from '../../domain/calendar';
import { cadenceMessage } from '../../calendar/cadence-text';
import type { Translator } from '../../i18n';
import type { Queryable } from '../db/client';
import { numberOf } from '../../domain/meetings';
import { calendarYear } from './year';

export function calendarForApi(
	db: Queryable,
	actor: Actor,
	year: number,
	origin: string,
	t: Translator
) {
	const calendar = calendarYear(db, actor, actor.regionId, year);
	const names = new Map(calendar.bodies.map((b) => [b.id, b.name]));
	return {
		year,
		milestones: calendar.milestones.map((m) => ({
			id: m.id,
			kind: m.kind,
			title: milestoneTitle(m, t.tKey),
			startsOn: m.startsOn,
			endsOn: m.endsOn,
			level: m.level,
			meetingId: m.meetingId
		})),
		meetings: calendar.meetings.map(({ meeting: m, body: b, canOpen }) => ({
			id: m.id,
			bodyId: b.id,
			level: b.level,
			number: numberOf(m),
			title: m.title,
			startsAt: m.startsAt.toISOString(),
			endsAt: m.endsAt.toISOString(),
			status: m.status,
			url: canOpen ? `${origin}/meetings/${m.id}` : null
		})),
		cadence: calendar.cadence.map((c) => ({
			bodyId: c.bodyId,
			level: c.level,
			target: c.target,
			planned: c.planned,
			held: c.held,
			status: c.status,
			message: cadenceMessage(names.get(c.bodyId) ?? '', c.problems, t),
			problems: c.problems
		})),
		statutory: calendar.statutory.map((s) => ({
			...s,
			message: t.tKey(`calendar.statutory.${s.rule}.${s.status}`, s.params)
		}))
	};
}
