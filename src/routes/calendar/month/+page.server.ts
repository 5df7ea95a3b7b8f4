import { DateTime } from 'luxon';
import { isCalendarYear } from '#lib/kit/calendar.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { isoDate, ZONE } from '#lib/domain/time.js';
import { calendarEntries, calendarYear } from '#lib/server/calendar/year.js';
import { getDb } from '#lib/server/db/instance.js';
import type { PageServerLoad } from './$types';

/** ?month=2026-12, or the current month. */
function monthParam(url: URL, now: Date): DateTime {
	const match = /^(\d{4})-(\d{2})$/.exec(url.searchParams.get('month') ?? '');
	const parsed = match
		? DateTime.fromObject({ year: Number(match[1]), month: Number(match[2]) }, { zone: ZONE })
		: null;
	return parsed?.isValid && isCalendarYear(parsed.year)
		? parsed
		: DateTime.fromJSDate(now).setZone(ZONE).startOf('month');
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const now = new Date();
	const month = monthParam(event.url, now);
	const prefix = month.toFormat('yyyy-MM');
	const calendar = await runOrError(() => calendarYear(getDb(), actor, actor.regionId, month.year));
	const firstDay = month.toISODate()!;
	const lastDay = month.endOf('month').toISODate()!;
	// A milestone running through the month shows on its first day in the month.
	const entries = calendarEntries(calendar)
		.filter((e) =>
			e.type === 'meeting'
				? e.startsOn.startsWith(prefix)
				: e.startsOn <= lastDay && (e.endsOn ?? e.startsOn) >= firstDay
		)
		.map((e) => (e.startsOn < firstDay ? { ...e, startsOn: firstDay } : e));
	return {
		year: month.year,
		month: month.month,
		daysInMonth: month.daysInMonth!,
		/** 1 = Monday: where the first day sits in the week. */
		firstWeekday: month.weekday,
		previous: month.minus({ months: 1 }).toFormat('yyyy-MM'),
		next: month.plus({ months: 1 }).toFormat('yyyy-MM'),
		/** Today in Helsinki, YYYY-MM-DD: the page needs no time-zone arithmetic of its own. */
		today: isoDate(now),
		entries
	};
};
