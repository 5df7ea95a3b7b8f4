import { filterParams, yearParam } from '#lib/kit/calendar.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { resetFeedToken } from '#lib/server/calendar/feeds.js';
import { calendarPage } from '#lib/server/calendar/views.js';
import { getDb } from '#lib/server/db/instance.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() =>
		calendarPage(
			getDb(),
			actor,
			yearParam(event.url),
			filterParams(event.url),
			event.url.origin,
			new Date()
		)
	);
};

export const actions: Actions = {
	/** Everyone signed in has a feed of their own to reset; the form has no fields. */
	resetFeed: async (event) => {
		const actor = requireActor(event);
		await runOrError(() => resetFeedToken(getDb(), actor));
		return { feedReset: true };
	}
};
