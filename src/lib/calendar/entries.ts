/**
 * What the calendar views draw: milestones and meetings as one list of
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

export type CalendarEntry = MilestoneEntry | MeetingEntry;

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
		if (entry.type === 'milestone')
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
