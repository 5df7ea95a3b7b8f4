import { isCalendarYear } from '#lib/kit/calendar.js';
import { requireApiActor } from '#lib/kit/guard.js';
import { httpError, runOrError } from '#lib/kit/errors.js';
import { translator } from '#lib/i18n/index.js';
import { calendarForApi } from '#lib/server/calendar/api.js';
import { getDb } from '#lib/server/db/instance.js';
import type { RequestHandler } from './$types';

/** Integration API: a year's milestones, the meetings the user may see, and each body's cadence (README). */
export const GET: RequestHandler = async (event) => {
	const actor = requireApiActor(event);
	const year = Number(event.params.year);
	if (!/^\d{4}$/.test(event.params.year) || !isCalendarYear(year))
		httpError(400, 'calendar.yearInvalid');
	return Response.json(
		await runOrError(() =>
			calendarForApi(getDb(), actor, year, event.url.origin, translator(event.locals.locale))
		)
	);
};
