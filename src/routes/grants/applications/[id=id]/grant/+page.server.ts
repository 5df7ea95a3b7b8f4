import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import {
	instalmentSchema,
	reportHandlingSchema,
	reportSchema
} from '#lib/schemas/grant-decisions.js';
import { paymentRequestSchema } from '#lib/schemas/grant-payments.js';
import { getDb } from '#lib/server/db/instance.js';
import { authorizePaymentRequest, requestPayment } from '#lib/server/grants/payments.js';
import {
	authorizeGrantHandling,
	authorizeReporting,
	grantPage,
	handleReport,
	markInstalmentPaid,
	submitReport
} from '#lib/server/grants/grant.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => grantPage(getDb(), actor, event.params.id, new Date()));
};

export const actions: Actions = {
	paid: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeGrantHandling(db, actor, event.params.id, new Date()),
			schema: instalmentSchema,
			run: (db, actor, data) => {
				markInstalmentPaid(db, actor, event.params.id, data.instalmentId);
				return { done: 'paid' as const };
			}
		}),
	requestPayment: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizePaymentRequest(db, actor, event.params.id, new Date()),
			schema: paymentRequestSchema,
			run: (db, actor, data) => {
				requestPayment(db, actor, event.params.id, data.instalmentId);
				return { done: 'requested' as const };
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
	handleReport: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeGrantHandling(db, actor, event.params.id, new Date()),
			schema: reportHandlingSchema,
			run: (db, actor, data) => {
				handleReport(db, actor, event.params.id, data.reportId, {
					accept: data.decision === 'accept',
					note: data.note
				});
				return { done: data.decision };
			}
		})
};
