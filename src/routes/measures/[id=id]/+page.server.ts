import * as v from 'valibot';
import { canMoveMeasure, followUpAction, MEASURE_STATUSES } from '#lib/domain/measures.js';
import { can, type Actor } from '#lib/domain/policy.js';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { requireActor } from '#lib/kit/guard.js';
import { measureSchema, statusUpdateSchema } from '#lib/schemas/measures.js';
import type { Db } from '#lib/server/db/client.js';
import { getDb } from '#lib/server/db/instance.js';
import { indicatorSeries } from '#lib/server/indicators/queries.js';
import { getMeasure, recordingOptions } from '#lib/server/measures/queries.js';
import { updateMeasureDetails, updateMeasureStatus } from '#lib/server/measures/service.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const db = getDb();
	const found = await runOrError(() => getMeasure(db, actor, event.params.id));
	const { measure, target } = found;
	// The statuses this actor may set from here: reopening is the recorders' call, the rest the owners'.
	const statusOptions = MEASURE_STATUSES.filter(
		(to) =>
			canMoveMeasure(measure.status, to) && can(actor, followUpAction(measure.status, to), target)
	);
	const canEdit = can(actor, 'measure.record', target);
	return {
		measure: found.measure,
		source: found.source,
		created: found.created,
		parent: found.parent,
		children: found.children,
		indicators: found.indicators,
		history: found.history,
		statusOptions,
		recorded: event.url.searchParams.has('recorded'),
		edit: canEdit
			? {
					options: recordingOptions(db, actor, target),
					values: {
						...measure,
						ownerOrganisationIds: measure.owners.map((o) => o.id),
						indicatorIds: found.indicatorIds
					}
				}
			: null,
		indicatorSeries:
			found.indicatorIds.length > 0
				? indicatorSeries(db, actor, {
						regionId: measure.regionId,
						indicatorIds: found.indicatorIds,
						organisationIds: measure.owners.map((o) => o.id)
					})
				: []
	};
};

async function act<S extends v.GenericSchema>(
	event: RequestEvent,
	schema: S,
	form: string,
	useCase: (db: Db, actor: Actor, id: number, data: v.InferOutput<S>) => void
) {
	const actor = requireActor(event);
	const parsed = await parseForm(event.request, schema);
	if (!parsed.ok) return parsed.failure;
	return runAction(parsed.values, () => {
		useCase(getDb(), actor, event.params.id, parsed.data);
		return { done: form };
	});
}

export const actions: Actions = {
	status: (event) =>
		act(
			event,
			statusUpdateSchema,
			'status',
			(db, actor, id, data) => void updateMeasureStatus(db, actor, id, data)
		),
	edit: (event) =>
		act(event, measureSchema, 'edit', (db, actor, id, data) =>
			updateMeasureDetails(db, actor, id, data)
		)
};
