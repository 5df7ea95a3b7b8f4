import { LEVELS, type Level } from '$lib/domain/levels';
import { helsinkiYear } from '$lib/domain/time';
import type { CalendarFilter } from '$lib/calendar/entries';

/** The year in the URL (?year=2027), or this year; years far off are not calendars anyone keeps. */
export function yearParam(url: URL, now = new Date()): number {
	const value = Number(url.searchParams.get('year'));
	return Number.isInteger(value) && value >= 2000 && value <= 2100 ? value : helsinkiYear(now);
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
