import * as v from 'valibot';
import { year } from './measures';
import { DISQUALIFICATION_GROUNDS } from '../domain/disqualification';
import { ATTENDANCE_STATUSES, PRESENCE_EVENTS } from '../domain/meetings';
import { isIsoDate } from '../domain/time';
import { choice, id, idList, optionalId, optionalText, requiredText } from './fields';

export const date = v.pipe(
	v.string('validation.required'),
	v.trim(),
	v.check(isIsoDate, 'validation.date')
);
export const clockTime = v.pipe(
	v.string('validation.required'),
	v.trim(),
	v.regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/, 'validation.time')
);
const optionalClockTime = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.check((value) => value === '' || /^([01]?\d|2[0-3])[:.][0-5]\d$/.test(value), 'validation.time')
);
/** Browsers and mail clients handle links up to about 2,000 characters; a join link is far shorter. */
export const JOIN_LINK_MAX = 2000;

/** An https address with a host: what a calendar app and a mail client open safely. */
function isHttpsUrl(value: string): boolean {
	if (!/^https:\/\/[^/?#\s]/i.test(value) || /\s/.test(value)) return false;
	try {
		return new URL(value).hostname !== '';
	} catch {
		return false;
	}
}

/** A meeting's online join link (Teams, Zoom, Jitsi…), or empty for none. */
const joinLink = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.maxLength(JOIN_LINK_MAX, 'validation.joinLinkTooLong'),
	v.check((value) => value === '' || isHttpsUrl(value), 'validation.httpsUrl')
);

export const meetingSchema = v.object({
	title: optionalText(200),
	date,
	startTime: clockTime,
	endTime: clockTime,
	place: optionalText(200),
	onlineUrl: joinLink
});

export const meetingTimesSchema = v.object({
	openedAt: optionalClockTime,
	closedAt: optionalClockTime
});

export const attendanceStatusSchema = v.object({
	attendanceId: id,
	status: choice(ATTENDANCE_STATUSES)
});

export const presenceSchema = v.object({
	attendanceId: id,
	kind: choice(PRESENCE_EVENTS),
	time: optionalClockTime
});

export const presenceCorrectionSchema = v.object({ eventId: id, time: clockTime });

export const presenceRemovalSchema = v.object({ eventId: id });

export const participantSchema = v.object({
	name: requiredText(120),
	title: optionalText(120),
	organisation: optionalText(200)
});

export const participantRemovalSchema = v.object({ attendanceId: id });

export const attachmentRemovalSchema = v.object({ attachmentId: id });

export const disqualificationSchema = v.object({
	itemKey: requiredText(64),
	attendanceId: id,
	ground: choice(DISQUALIFICATION_GROUNDS),
	specification: optionalText(500),
	time: optionalClockTime
});

export const disqualificationRemovalSchema = v.object({ disqualificationId: id });

export const itemStartSchema = v.object({ itemKey: requiredText(64), time: optionalClockTime });

/** Buttons that only name an action (invite, approve, …) carry no fields. */
export const noFields = v.object({});

/** A button that asks first: its second press carries `confirm=yes`; without it, it asks again. */
const confirm = v.pipe(
	v.optional(v.string(), ''),
	v.transform((value) => value === 'yes')
);

/** Cancelling, and starting more than a day early. */
export const confirmSchema = v.object({ confirm });

/** Sending the minutes to review; the confirmation carries the closing time to record. */
export const reviewSchema = v.pipe(
	v.object({ confirm, closedAt: optionalClockTime }),
	v.forward(
		v.check(({ confirm, closedAt }) => !confirm || closedAt !== '', 'validation.required'),
		['closedAt']
	)
);

export const changeRequestSchema = v.object({ comment: requiredText(2000) });

export const correctionSchema = v.object({
	itemKey: requiredText(64),
	field: choice(['proposal', 'discussion', 'decision'] as const),
	text: requiredText(20000),
	reason: requiredText(500)
});

/**
 * Per-item chairs: one select per item, each sending "itemKey:attendanceId"
 * ("itemKey:" for the meeting's chair); a browser joins them with commas.
 * Item keys are UUIDs, so neither separator occurs in them.
 */
const itemChairs = v.pipe(
	v.optional(v.string(), ''),
	v.transform((value) =>
		value
			.split(',')
			.filter(Boolean)
			.map((pair) => {
				const [itemKey = '', attendanceId = ''] = pair.split(':');
				return { itemKey, attendanceId: attendanceId === '' ? null : Number(attendanceId) };
			})
	),
	v.check(
		(chairs) =>
			chairs.every(
				(c) =>
					c.itemKey !== '' &&
					(c.attendanceId === null || (Number.isSafeInteger(c.attendanceId) && c.attendanceId > 0))
			),
		'validation.choose'
	)
);

/** Who chaired, who was secretary and who checks the minutes (src/lib/domain/officers.ts). */
export const officersSchema = v.object({
	chair: optionalId,
	secretary: optionalId,
	itemChairs,
	checkerUserIds: idList
});

/** The number of a body's next meeting in a year (`n` of "n/YYYY"). */
export const numberingSchema = v.object({
	year,
	sequence: v.pipe(
		v.string('validation.required'),
		v.trim(),
		v.regex(/^\d{1,3}$/, 'meeting.numbering.sequence'),
		v.transform(Number),
		v.minValue(1, 'meeting.numbering.sequence')
	)
});

/** What the secretary asks an organisation to bring to an item. */
export const requestSchema = v.object({
	itemKey: requiredText(64),
	organisationId: id,
	text: requiredText(1000)
});

/** Accepting an item sent to the meeting: always into the meeting the page is about. */
export const forwardAcceptanceSchema = v.object({ forwardId: id });

export const requestRemovalSchema = v.object({ requestId: id });

/** The text of an organisation's answer; its file, if any, comes beside it in the multipart form. */
export const requestAnswerSchema = v.object({ requestId: id, note: optionalText(2000) });
