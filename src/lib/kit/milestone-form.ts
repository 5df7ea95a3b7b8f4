import type { Body, Meeting, Milestone } from '#lib/server/db/schema/index.js';
import { numberOf } from '#lib/domain/meetings.js';

/** The form's values for an existing milestone. */
export function milestoneValues(m: Milestone): Record<string, unknown> {
	return {
		kind: m.kind,
		title: m.title,
		description: m.description,
		startsOn: m.startsOn,
		endsOn: m.endsOn ?? '',
		level: m.level ?? '',
		meetingId: m.meetingId ?? ''
	};
}

/** Meetings a milestone can be linked to: the year's meetings the reader can see. */
export function meetingChoices(
	rows: readonly { meeting: Meeting; body: Body }[]
): { id: number; title: string }[] {
	return rows.map((r) => ({ id: r.meeting.id, title: `${r.body.name} ${numberOf(r.meeting)}` }));
}
