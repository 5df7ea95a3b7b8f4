import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { callSchema, closingSchema } from '#lib/schemas/grant-calls.js';
import { noFields } from '#lib/schemas/meetings.js';
import { getDb } from '#lib/server/db/instance.js';
import { changeCallClosing, publishCall, updateCall } from '#lib/server/grants/calls.js';
import { authorizeCall } from '#lib/server/grants/readable.js';
import { editCallPage } from '#lib/server/grants/views.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => editCallPage(getDb(), actor, event.params.id, new Date()));
};

export const actions: Actions = {
	save: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeCall(db, actor, event.params.id, 'grantCall.handle', new Date()),
			schema: callSchema,
			run: (db, actor, data) => {
				updateCall(db, actor, event.params.id, data);
				return { done: 'grantCalls.edit.saved' };
			}
		}),
	publish: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeCall(db, actor, event.params.id, 'grantCall.handle', new Date()),
			schema: noFields,
			run: (db, actor) => {
				publishCall(db, actor, event.params.id);
				return { done: 'grantCalls.publish.done' };
			}
		}),
	changeClosing: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeCall(db, actor, event.params.id, 'grantCall.handle', new Date()),
			schema: closingSchema,
			run: (db, actor, data) => {
				changeCallClosing(db, actor, event.params.id, data.closesAt);
				return { done: 'grantCalls.closing.done' };
			}
		})
};
