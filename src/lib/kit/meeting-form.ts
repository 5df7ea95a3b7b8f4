import { helsinkiInstant } from '#lib/domain/time.js';
import { invalid } from '#lib/server/errors.js';
import type { MeetingInput } from '#lib/server/meetings/service.js';

/** Turns the meeting form's Helsinki date and clock times into instants. */
export function meetingInput(data: {
	title: string;
	date: string;
	startTime: string;
	endTime: string;
	place: string;
	onlineUrl: string;
}): MeetingInput {
	const startsAt = helsinkiInstant(data.date, data.startTime);
	const endsAt = helsinkiInstant(data.date, data.endTime);
	if (!startsAt || !endsAt) throw invalid('validation.date', { date: 'validation.date' });
	return { title: data.title, startsAt, endsAt, place: data.place, onlineUrl: data.onlineUrl };
}
