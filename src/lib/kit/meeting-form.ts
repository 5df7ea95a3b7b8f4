import { helsinkiInstant } from '$lib/domain/time';
import { invalid } from '$lib/server/errors';
import type { MeetingInput } from '$lib/server/meetings/service';

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
