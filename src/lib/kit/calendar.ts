import { LEVELS, type Level } from '#lib/domain/levels.js';
import { helsinkiYear } from '#lib/domain/time.js';
import type { CalendarFilter } from '#lib/calendar/entries.js';

/** Years far off are not calendars anyone keeps. */
export function isCalendarYear(year: number): boolean {
	return Number.isInteger(year) && year >= 2000 && year <= 2100;
}

/** The year in the URL (?year=2027), or this year. */
export function yearParam(url: URL, now = new Date()): number {
	const value = Number(url.searchParams.get('year'));
	return isCalendarYear(value) ? value : helsinkiYear(now);
}

/** ?level=strategic&body=3; unknown values are ignored rather than refused, as with any filter. */
export function filterParams(url: URL): CalendarFilter {
	const level = url.searchParams.get('level');
	const body = Number(url.searchParams.get('body'));
	return {
		level: (LEVELS as readonly string[]).includes(level ?? '') ? (level as Level) : null,
		bodyId: Number.isSafeInteger(body) && body > 0 ? body : null
	};
}
