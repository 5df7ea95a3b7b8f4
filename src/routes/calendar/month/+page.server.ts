import { DateTime } from 'luxon';
import { ZONE } from '#lib/domain/time.js';
import { isCalendarYear } from '#lib/kit/calendar.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { calendarMonthPage } from '#lib/server/calendar/views.js';
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

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	const now = new Date();
	const { year, month } = monthParam(event.url, now);
	return runOrError(() => calendarMonthPage(getDb(), actor, year, month, now));
};
