/**
 * What the calendar views draw: milestones, meetings and the grants' dates as one list of
 * entries, shaped on the server and shared by the wheel, the list and the
 * month view. Kit-free.
 */
import type { MilestoneKind } from '../domain/calendar';
import type { Level } from '../domain/levels';
import type { MeetingStatus } from '../domain/meetings';

export interface MilestoneEntry {
	type: 'milestone';
	id: number;
	/** The own title; empty means the kind's name (see `milestoneTitle`). */
	title: string;
	kind: MilestoneKind;
	startsOn: string;
	endsOn: string | null;
	level: Level | null;
	href: string;
}

export interface MeetingEntry {
	type: 'meeting';
	id: number;
	title: string;
	bodyId: number;
	bodyName: string;
	level: Level;
	startsOn: string;
	startsAt: Date;
	endsAt: Date;
	status: MeetingStatus;
	/** The meeting page, or for a meeting the reader may not open, its one public page (`meetingHref`). */
	href: string;
}

/**
 * What the region's grants put on the calendar, derived from their own tables
 * (src/lib/server/grants/calendar.ts): a published call's application period,
 * and a granted instalment's payment date for those who read its application.
 * Another dated event of the grants is another kind here and one more read
 * there; the views draw every kind as a span of the region.
 */
export const GRANT_ENTRY_KINDS = ['application_period', 'instalment'] as const;
export type GrantEntryKind = (typeof GRANT_ENTRY_KINDS)[number];

export interface GrantEntry {
	type: 'grant';
	grantKind: GrantEntryKind;
	/** The id of the row it comes from (a call for an application period, an instalment for a payment). */
	id: number;
	title: string;
	startsOn: string;
	endsOn: string | null;
	/** Grants are the whole region's, like a milestone without a level. */
	level: null;
	href: string;
}

export type CalendarEntry = MilestoneEntry | MeetingEntry | GrantEntry;

/** An entry that spans days rather than sitting at a clock time. */
export type SpanEntry = MilestoneEntry | GrantEntry;

/** Unique across the kinds: a key for lists and the wheel's marks. */
export function entryKey(entry: CalendarEntry): string {
	return entry.type === 'grant'
		? `grant-${entry.grantKind}-${entry.id}`
		: `${entry.type}-${entry.id}`;
}

export interface CalendarFilter {
	level: Level | null;
	bodyId: number | null;
}

/**
 * A level filter keeps that level's meetings and milestones plus the
 * region-wide milestones (the budget cycle is everyone's context); a body
 * filter keeps that body's meetings and the milestones of its level.
 */
export function applyFilter(
	entries: readonly CalendarEntry[],
	filter: CalendarFilter,
	bodyLevel: Level | null
): CalendarEntry[] {
	const level = filter.level ?? bodyLevel;
	return entries.filter((entry) => {
		if (entry.type !== 'meeting')
			return level === null || entry.level === null || entry.level === level;
		if (filter.bodyId !== null) return entry.bodyId === filter.bodyId;
		return level === null || entry.level === level;
	});
}

/** 1–12: the month an entry starts in. */
export function monthOf(entry: CalendarEntry): number {
	return Number(entry.startsOn.slice(5, 7));
}

export function byMonth(entries: readonly CalendarEntry[]): Map<number, CalendarEntry[]> {
	const months = new Map<number, CalendarEntry[]>();
	for (let month = 1; month <= 12; month++) months.set(month, []);
	for (const entry of [...entries].sort((a, b) => a.startsOn.localeCompare(b.startsOn)))
		months.get(monthOf(entry))!.push(entry);
	return months;
}

const DAY_MS = 86_400_000;

/**
 * Position of a day in the year from 0 (the start of 1 January) to 1 (the
 * end of 31 December), by whole calendar days: the wheel draws days, so a
 * daylight-saving hour is not worth the time-zone library in the browser.
 */
export function yearFraction(iso: string, year: number, endOfDay = false): number {
	const start = Date.UTC(year, 0, 1);
	const at = Date.parse(`${iso}T00:00Z`) + (endOfDay ? DAY_MS : 0);
	return Math.min(1, Math.max(0, (at - start) / (Date.UTC(year + 1, 0, 1) - start)));
}
