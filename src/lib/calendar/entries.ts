/**
 * What the calendar views draw: milestones and meetings as one list of
 * entries, shaped on the server and shared by the wheel, the list and the
 * month view. Kit-free.
 */
import { DateTime } from 'luxon';
import type { MilestoneKind } from '../domain/calendar';
import type { Level } from '../domain/levels';
import type { MeetingStatus } from '../domain/meetings';
import { ZONE } from '../domain/time';

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
	/** The meeting page, or for a meeting the reader may not open, its public agenda or its body. */
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
export function applyFilter(entries: readonly CalendarEntry[], filter: CalendarFilter, bodyLevel: Level | null): CalendarEntry[] {
	const level = filter.level ?? bodyLevel;
	return entries.filter((entry) => {
		if (entry.type === 'milestone') return level === null || entry.level === null || entry.level === level;
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
	for (const entry of [...entries].sort((a, b) => a.startsOn.localeCompare(b.startsOn))) months.get(monthOf(entry))!.push(entry);
	return months;
}

const fractions = new Map<string, number>();

/**
 * Position in the year from 0 (1 January, 00:00) to 1 (31 December, 24:00).
 * Remembered, since the zone arithmetic is slow and a wheel asks for the same
 * few hundred days on every render.
 */
export function yearFraction(iso: string, year: number, endOfDay = false): number {
	const key = `${iso} ${year} ${endOfDay}`;
	let fraction = fractions.get(key);
	if (fraction === undefined) {
		const start = DateTime.fromObject({ year }, { zone: ZONE });
		const end = start.plus({ years: 1 });
		const at = DateTime.fromISO(iso, { zone: ZONE }).plus({ days: endOfDay ? 1 : 0 });
		fraction = Math.min(1, Math.max(0, at.diff(start).as('milliseconds') / end.diff(start).as('milliseconds')));
		fractions.set(key, fraction);
	}
	return fraction;
}
