import * as v from 'valibot';
import { MILESTONE_KINDS } from '../domain/calendar';
import { LEVELS } from '../domain/levels';
import { date } from './meetings';
import { choice, id, optionalDate, optionalId, optionalText, requiredText } from './fields';

export const milestoneSchema = v.object({
	kind: choice(MILESTONE_KINDS),
	title: optionalText(200),
	description: optionalText(2000),
	startsOn: date,
	endsOn: optionalDate,
	level: v.pipe(
		v.optional(v.string(), ''),
		v.check(
			(value) => value === '' || (LEVELS as readonly string[]).includes(value),
			'validation.choose'
		),
		v.transform((value) => (value === '' ? null : (value as (typeof LEVELS)[number])))
	),
	meetingId: optionalId
});

export const milestoneIdSchema = v.object({ milestoneId: id });

/** The receiving body, and optionally its meeting: "12" (its next meeting) or "12:45". */
const forwardTarget = v.pipe(
	v.string('calendar.forward.chooseBody'),
	v.regex(/^\d+(:\d+)?$/, 'calendar.forward.chooseBody'),
	v.transform((value) => {
		const [bodyId, meetingId] = value.split(':').map(Number);
		return { targetBodyId: bodyId, targetMeetingId: meetingId ?? null };
	})
);

export const forwardSchema = v.object({
	itemKey: requiredText(64),
	target: forwardTarget,
	note: optionalText(2000)
});

export const acceptForwardSchema = v.object({ forwardId: id, meetingId: optionalId });

export const declineForwardSchema = v.object({ forwardId: id, reason: requiredText(1000) });
