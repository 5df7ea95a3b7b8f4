import { can } from '#lib/domain/policy.js';
import { helsinkiYear } from '#lib/domain/time.js';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { requireActor } from '#lib/kit/guard.js';
import { indicatorSchema, valueSchema } from '#lib/schemas/indicators.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	getIndicator,
	indicatorSeries,
	valueOrganisations
} from '#lib/server/indicators/queries.js';
import { editIndicator, setIndicatorValue } from '#lib/server/indicators/service.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	const db = getDb();
	return runOrError(() => {
		const indicator = getIndicator(db, actor, event.params.id);
		const canManage = can(actor, 'indicator.manage', { regionId: indicator.regionId });
		return {
			indicator,
			series: indicatorSeries(db, actor, {
				regionId: indicator.regionId,
				indicatorIds: [indicator.id]
			}),
			canManage,
			organisations: canManage ? valueOrganisations(db, actor, indicator.regionId) : [],
			/** Statistics arrive for the last full year. */
			defaultYear: helsinkiYear(new Date()) - 1
		};
	});
};

export const actions: Actions = {
	edit: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, indicatorSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			editIndicator(getDb(), actor, event.params.id, parsed.data);
			return { saved: 'definition' as const };
		});
	},
	value: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, valueSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			setIndicatorValue(getDb(), actor, event.params.id, parsed.data);
			return {
				saved: parsed.data.value === null ? ('removed' as const) : ('value' as const),
				year: parsed.data.year
			};
		});
	}
};
