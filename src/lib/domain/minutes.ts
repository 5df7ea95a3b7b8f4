/**
 * The Finnish minutes format (docs/domain.md, "Meeting documents"): the standard
 * agenda, attendance wording and who was present for each item.
 */
import type { PresenceEventKind } from './meetings';

export interface StandardItem {
	title: string;
	proposal: string;
}

/** A new agenda starts with these items; the secretary edits them freely. */
export const STANDARD_AGENDA: readonly StandardItem[] = [
	{
		title: 'Kokouksen avaus ja läsnäolijoiden toteaminen',
		proposal: 'Puheenjohtaja avaa kokouksen. Todetaan läsnäolijat.'
	},
	{
		title: 'Esityslistan hyväksyminen',
		proposal: 'Hyväksytään esityslista kokouksen työjärjestykseksi.'
	},
	{ title: 'Seuraavat kokoukset', proposal: 'Sovitaan seuraavien kokousten ajankohdat.' },
	{ title: 'Muut asiat', proposal: 'Käsitellään muut esille tulevat asiat.' },
	{ title: 'Tiedoksi', proposal: 'Merkitään tiedoksi.' },
	{ title: 'Kokouksen päättäminen', proposal: 'Puheenjohtaja päättää kokouksen.' }
];

/** The standard items that close every agenda; items the app adds go before them. */
export const CLOSING_TITLES: readonly string[] = STANDARD_AGENDA.slice(2).map((item) => item.title);

export interface PresenceMark {
	kind: PresenceEventKind;
	at: Date;
}

/** "13.40": Finnish clock time in Helsinki. */
export function clock(at: Date): string {
	return new Intl.DateTimeFormat('fi-FI', {
		timeZone: 'Europe/Helsinki',
		hour: '2-digit',
		minute: '2-digit'
	}).format(at);
}

function byTime(marks: readonly PresenceMark[]): PresenceMark[] {
	return [...marks].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * The Finnish wording of arrivals and departures, as in the seed minutes:
 * "saapui klo 14.22", "poistui klo 13.40 ja palasi 14.19", "poistui klo 14.30".
 */
export function presenceWording(marks: readonly PresenceMark[]): string {
	const phrases: string[] = [];
	let first = true;
	for (const mark of byTime(marks)) {
		const verb = mark.kind === 'arrived' ? 'saapui' : mark.kind === 'left' ? 'poistui' : 'palasi';
		// "klo" once, as minutes are written: "poistui klo 13.40 ja palasi 14.19".
		phrases.push(`${verb} ${first ? 'klo ' : ''}${clock(mark.at)}`);
		first = false;
	}
	if (phrases.length <= 1) return phrases.join('');
	return `${phrases.slice(0, -1).join(', ')} ja ${phrases[phrases.length - 1]}`;
}

/** Periods [from, to) in which a participant was in the room, within the meeting's opening and closing. */
export function presenceIntervals(
	marks: readonly PresenceMark[],
	meeting: { openedAt: Date; closedAt: Date }
): { from: Date; to: Date }[] {
	const sorted = byTime(marks);
	// Someone whose first mark is an arrival was not there at the opening.
	let inside = sorted[0]?.kind !== 'arrived';
	let since = meeting.openedAt;
	const intervals: { from: Date; to: Date }[] = [];
	for (const mark of sorted) {
		if (mark.kind === 'left' && inside) {
			intervals.push({ from: since, to: mark.at });
			inside = false;
		} else if (mark.kind !== 'left' && !inside) {
			since = mark.at;
			inside = true;
		}
	}
	if (inside) intervals.push({ from: since, to: meeting.closedAt });
	return intervals.filter((i) => i.to > i.from);
}

/**
 * Was the participant present for an item handled from `start` until `end`?
 * Present means in the room for some of the item's handling.
 */
export function presentDuring(
	marks: readonly PresenceMark[],
	meeting: { openedAt: Date; closedAt: Date },
	item: { start: Date; end: Date }
): boolean {
	return presenceIntervals(marks, meeting).some((i) => i.from < item.end && i.to > item.start);
}

/** Each item runs from its own start to the next item's start, the last one until closing. */
export function itemWindows<T extends { startedAt: Date | null }>(
	items: readonly T[],
	closedAt: Date
): (T & { window: { start: Date; end: Date } | null })[] {
	const started = items
		.filter((i) => i.startedAt)
		.sort((a, b) => a.startedAt!.getTime() - b.startedAt!.getTime());
	return items.map((item) => {
		if (!item.startedAt) return { ...item, window: null };
		const next = started.find((other) => other.startedAt!.getTime() > item.startedAt!.getTime());
		return { ...item, window: { start: item.startedAt, end: next?.startedAt ?? closedAt } };
	});
}

/** The item the meeting is at: the one started last, or none before the first is started. */
export function currentItemKey(
	items: readonly { key: string; startedAt: Date | null }[]
): string | null {
	let current: { key: string; startedAt: Date } | null = null;
	for (const item of items) {
		if (item.startedAt && (!current || item.startedAt >= current.startedAt))
			current = { key: item.key, startedAt: item.startedAt };
	}
	return current?.key ?? null;
}
