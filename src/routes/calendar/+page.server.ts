import { can } from '#lib/domain/policy.js';
import { applyFilter } from '#lib/calendar/entries.js';
import { filterParams, yearParam } from '#lib/kit/calendar.js';
import { requireActor } from '#lib/kit/guard.js';
import { bodyTarget } from '#lib/server/bodies/target.js';
import { feedTokenOf, feedUrl, resetFeedToken } from '#lib/server/calendar/feeds.js';
import { calendarEntries, calendarYear } from '#lib/server/calendar/year.js';
import { getDb } from '#lib/server/db/instance.js';
import { isoDate } from '#lib/domain/time.js';
import { runOrError } from '#lib/kit/errors.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const db = getDb();
	const year = yearParam(event.url);
	const filter = filterParams(event.url);
	const calendar = await runOrError(() => calendarYear(db, actor, actor.regionId, year));
	const chosenBody = calendar.bodies.find((b) => b.id === filter.bodyId) ?? null;
	const bodyFilter = { level: filter.level, bodyId: chosenBody?.id ?? null };
	const names = new Map(calendar.bodies.map((b) => [b.id, b.name]));
	return {
		year,
		/** Today in Helsinki, YYYY-MM-DD: the wheel and the list need no time-zone arithmetic of their own. */
		today: isoDate(new Date()),
		filter: bodyFilter,
		entries: applyFilter(calendarEntries(calendar), bodyFilter, chosenBody?.level ?? null),
		bodies: calendar.bodies.map((b) => ({
			id: b.id,
			name: b.name,
			level: b.level,
			canPlan: can(actor, 'meeting.manage', bodyTarget(b))
		})),
		cadence: calendar.cadence
			.filter((c) =>
				bodyFilter.bodyId
					? c.bodyId === bodyFilter.bodyId
					: !bodyFilter.level || c.level === bodyFilter.level
			)
			.map((c) => ({ ...c, bodyName: names.get(c.bodyId) ?? '' })),
		statutory: calendar.statutory,
		canManage: can(actor, 'calendar.manage', { regionId: actor.regionId }),
		feedUrl: feedUrl(event.url.origin, feedTokenOf(db, actor))
	};
};

export const actions: Actions = {
	resetFeed: async (event) => {
		const actor = requireActor(event);
		await runOrError(() => resetFeedToken(getDb(), actor));
		return { feedReset: true };
	}
};
