/**
 * The words and date forms of a meeting record. A record is a document of its
 * body, in the body's language (Finnish, in the layout of Finnish minutes),
 * whatever language the reader's pages are in; the page, the stored HTML and
 * the PDF all take their words from here.
 */
import type { ApproverRole, MeetingRecord, RecordAttendee } from './record';

export const RECORD_WORDS = {
	agenda: 'Esityslista',
	memo: 'Muistio',
	minutes: 'Pöytäkirja',
	meeting: 'Kokous',
	time: 'Aika',
	at: 'klo',
	place: 'Paikka',
	attendees: 'Osallistujat',
	others: 'Muut osallistujat',
	away: 'Poissa',
	presenter: 'Esittelijä',
	attachment: 'Liite',
	requested: 'Pyydetään',
	proposal: 'Käsittelyehdotus',
	discussion: 'Käsittely',
	decision: 'Päätös',
	notPublic: 'Ei julkinen',
	opened: 'Puheenjohtaja avasi kokouksen klo',
	closed: 'Puheenjohtaja päätti kokouksen klo',
	approvedElectronically: 'Hyväksytty sähköisesti',
	approved: 'hyväksytty',
	corrected: 'Korjattu',
	fingerprint: 'Sisällön tarkiste (SHA-256)',
	draft: 'LUONNOS',
	page: 'Sivu',
	roles: { chair: 'pj.', vice_chair: 'vpj.', secretary: 'sihteeri' } as Readonly<
		Record<string, string>
	>,
	approvers: {
		chair: 'puheenjohtaja',
		secretary: 'sihteeri',
		checker: 'pöytäkirjantarkastaja'
	} satisfies Record<ApproverRole, string>
} as const;

const dateFormat = new Intl.DateTimeFormat('fi-FI', {
	timeZone: 'Europe/Helsinki',
	day: 'numeric',
	month: 'numeric',
	year: 'numeric'
});
const timeFormat = new Intl.DateTimeFormat('fi-FI', {
	timeZone: 'Europe/Helsinki',
	hour: 'numeric',
	minute: '2-digit'
});

/** 20.5.2022 */
export const recordDate = (iso: string | Date): string => dateFormat.format(new Date(iso));
/** 13.00 */
export const recordTime = (iso: string | Date): string => timeFormat.format(new Date(iso));

/** "Esityslista", "Pöytäkirja" for a formal body, "Muistio" for the others. */
export function recordKind(record: MeetingRecord): string {
	if (record.kind === 'agenda') return RECORD_WORDS.agenda;
	return record.body.formal ? RECORD_WORDS.minutes : RECORD_WORDS.memo;
}

/** "20.5.2022 klo 13.00–15.15" */
export function recordMeetingTime(startsAt: string, endsAt: string): string {
	const start = `${recordDate(startsAt)} ${RECORD_WORDS.at} ${recordTime(startsAt)}`;
	return recordDate(startsAt) === recordDate(endsAt)
		? `${start}–${recordTime(endsAt)}`
		: `${start} – ${recordDate(endsAt)} ${RECORD_WORDS.at} ${recordTime(endsAt)}`;
}

/** "kehittämispäällikkö Maija Virtanen, pj., Liperin kunta, poistui klo 13.40 ja palasi 14.19" */
export function attendeeLine(a: RecordAttendee): string {
	return [
		[a.title, a.name].filter(Boolean).join(' '),
		a.role ? RECORD_WORDS.roles[a.role] : '',
		a.organisation,
		a.wording
	]
		.filter(Boolean)
		.join(', ');
}

/** Present first, then the absent and excused. */
export function splitAttendance(record: MeetingRecord): {
	members: RecordAttendee[];
	others: RecordAttendee[];
	away: RecordAttendee[];
} {
	const isAway = (a: RecordAttendee) => a.status === 'absent' || a.status === 'excused';
	const present = record.attendance.filter((a) => !isAway(a));
	return {
		members: present.filter((a) => a.member),
		others: present.filter((a) => !a.member),
		away: record.attendance.filter(isAway)
	};
}

/**
 * The signature block of the seed minutes: the chair's and the secretary's
 * names over their roles (the checkers' after them), each with the time of
 * their electronic approval ("20.5.2022 klo 15.30").
 */
export function signatures(
	record: MeetingRecord
): { name: string; role: string; approvedAt: string }[] {
	return record.approvals.map((a) => ({
		name: a.name,
		role: RECORD_WORDS.approvers[a.role],
		approvedAt: `${recordDate(a.approvedAt)} ${RECORD_WORDS.at} ${recordTime(a.approvedAt)}`
	}));
}

/** "Pyydetään Liperin kunnalta: kunnan hyvinvointikertomus 2025" reads as "Pyydetään: Liperin kunta – …" without declension. */
export function requestLine(request: { organisation: string; text: string }): string {
	return `${RECORD_WORDS.requested}: ${request.organisation} – ${request.text}`;
}
