import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { instalmentSchema, reportSchema } from '#lib/schemas/grant-decisions.js';
import { grantResponseSchema, reportCheckSchema } from '#lib/schemas/grant-followup.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	checkReport,
	grantFollowup,
	respondToGrant,
	submitReport
} from '#lib/server/grants/followup.js';
import {
	authorizeGrant,
	authorizeGrantHandling,
	authorizeReporting,
	grantPage,
	markInstalmentPaid
} from '#lib/server/grants/grant.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => {
		const now = new Date();
		return {
			...grantPage(getDb(), actor, event.params.id, now),
			followup: grantFollowup(getDb(), actor, event.params.id, now)
		};
	});
};

export const actions: Actions = {
	respond: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeGrant(db, actor, event.params.id, new Date()),
			schema: grantResponseSchema,
			run: (db, actor, data) => {
				respondToGrant(db, actor, event.params.id, {
					accept: data.response === 'accept',
					reason: data.reason
				});
				return { done: data.response === 'accept' ? ('accepted' as const) : ('refused' as const) };
			}
		}),
	paid: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeGrantHandling(db, actor, event.params.id, new Date()),
			schema: instalmentSchema,
			run: (db, actor, data) => {
				markInstalmentPaid(db, actor, event.params.id, data.instalmentId);
				return { done: 'paid' as const };
			}
		}),
	report: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeReporting(db, actor, event.params.id, new Date()),
			schema: reportSchema,
			run: (db, actor, data) => {
				submitReport(db, actor, event.params.id, data.reportId, {
					text: data.text,
					usedCents: data.used
				});
				return { done: 'report' as const };
			}
		}),
	check: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeGrantHandling(db, actor, event.params.id, new Date()),
			schema: reportCheckSchema,
			run: (db, actor, data) => {
				checkReport(db, actor, event.params.id, data.reportId, data);
				return { done: data.outcome };
			}
		})
};
