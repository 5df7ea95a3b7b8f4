/**
 * Every URL of the OParl API in one place. An OParl object's `id` is the URL
 * it can be fetched from, so ids are built from the request's origin (the
 * app may run behind several host names) and parsed back by the same module.
 */
import { parseId } from '../../domain/ids';

export type BodyListName = 'organizations' | 'people' | 'meetings' | 'papers';

export function oparlUrls(origin: string) {
	const api = `${origin}/oparl/v1`;
	return {
		system: api,
		bodies: `${api}/bodies`,
		body: (regionId: number) => `${api}/bodies/${regionId}`,
		bodyList: (regionId: number, list: BodyListName) => `${api}/bodies/${regionId}/${list}`,
		organization: (bodyId: number) => `${api}/organizations/${bodyId}`,
		organizationMeetings: (bodyId: number) => `${api}/organizations/${bodyId}/meetings`,
		person: (userId: number) => `${api}/people/${userId}`,
		membership: (membershipId: number) => `${api}/memberships/${membershipId}`,
		meeting: (meetingId: number) => `${api}/meetings/${meetingId}`,
		agendaItem: (meetingId: number, itemNumber: number) =>
			`${api}/agenda-items/${meetingId}-${itemNumber}`,
		location: (meetingId: number) => `${api}/locations/${meetingId}`,
		minutesFile: (meetingId: number) => `${api}/files/minutes-${meetingId}`,
		attachmentFile: (attachmentId: number) => `${api}/files/attachment-${attachmentId}`,
		// The human-readable pages and downloads the API points to (served by the rest of the app).
		web: {
			home: origin,
			archive: `${origin}/archive`,
			body: (bodyId: number) => `${origin}/archive/bodies/${bodyId}`,
			meeting: (meetingId: number) => `${origin}/archive/meetings/${meetingId}`,
			minutesPdf: (meetingId: number) => `${origin}/archive/meetings/${meetingId}/minutes.pdf`,
			attachment: (attachmentId: number) => `${origin}/attachments/${attachmentId}`
		}
	};
}

export type OParlUrls = ReturnType<typeof oparlUrls>;

/** "12-3" → meeting 12, item 3 (agenda items live inside the stored record, not in a table of their own). */
export function parseAgendaItemId(value: string): { meetingId: number; itemNumber: number } | null {
	const match = /^(\d+)-(\d+)$/.exec(value);
	const meetingId = match && parseId(match[1]);
	const itemNumber = match && parseId(match[2]);
	return meetingId && itemNumber ? { meetingId, itemNumber } : null;
}

/** Files are either a meeting's minutes PDF or an attachment: "minutes-12", "attachment-34". */
export function parseFileId(value: string): { kind: 'minutes' | 'attachment'; id: number } | null {
	const match = /^(minutes|attachment)-(\d+)$/.exec(value);
	const id = match && parseId(match[2]);
	return match && id ? { kind: match[1] as 'minutes' | 'attachment', id } : null;
}
