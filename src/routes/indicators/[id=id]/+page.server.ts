import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { indicatorSchema, valueSchema } from '#lib/schemas/indicators.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	editIndicator,
	indicatorToManage,
	setIndicatorValue
} from '#lib/server/indicators/service.js';
import { indicatorPage } from '#lib/server/indicators/views.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => indicatorPage(getDb(), actor, event.params.id, new Date()));
};

export const actions: Actions = {
	edit: (event) =>
		formAction(event, {
			authorize: (db, actor) => void indicatorToManage(db, actor, event.params.id),
			schema: indicatorSchema,
			run: (db, actor, data) => {
				editIndicator(db, actor, event.params.id, data);
				return { saved: 'definition' as const };
			}
		}),
	value: (event) =>
		formAction(event, {
			authorize: (db, actor) => void indicatorToManage(db, actor, event.params.id),
			schema: valueSchema,
			run: (db, actor, data) => {
				setIndicatorValue(db, actor, event.params.id, data);
				return {
					saved: data.value === null ? ('removed' as const) : ('value' as const),
					year: data.year
				};
			}
		})
};
