import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { instalmentSchema, reportSchema } from '#lib/schemas/grant-decisions.js';
import { grantResponseSchema, reportCheckSchema } from '#lib/schemas/grant-followup.js';
import { hideGrantSchema, unhideGrantSchema } from '#lib/schemas/grant-open-data.js';
import { claimSchema, claimSettlementSchema } from '#lib/schemas/grant-changes.js';
import { paymentRequestSchema } from '#lib/schemas/grant-payments.js';
import { getDb } from '#lib/server/db/instance.js';
import { authorizePaymentRequest, requestPayment } from '#lib/server/grants/payments.js';
import {
	authorizeChangeDeciding,
	grantClaims,
	makeClaim,
	settleClaim
} from '#lib/server/grants/changes.js';
import {
	authorizeResponse,
	checkReport,
	grantFollowup,
	respondToGrant,
	submitReport
} from '#lib/server/grants/followup.js';
import {
	authorizeGrantHandling,
	authorizeReporting,
	grantPage,
	markInstalmentPaid
} from '#lib/server/grants/grant.js';
import { grantPublicity, hideGrant, unhideGrant } from '#lib/server/grants/open-data.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => {
		const now = new Date();
		return {
			...grantPage(getDb(), actor, event.params.id, now),
			followup: grantFollowup(getDb(), actor, event.params.id, now),
			publicity: grantPublicity(getDb(), actor, event.params.id, now),
			afterDecision: grantClaims(getDb(), actor, event.params.id, now)
		};
	});
};

export const actions: Actions = {
	respond: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeResponse(db, actor, event.params.id, new Date()),
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
					answers: data.answers,
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
		}),
	hide: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeGrantHandling(db, actor, event.params.id, new Date()),
			schema: hideGrantSchema,
			run: (db, actor, data) => {
				hideGrant(db, actor, event.params.id, data.reason);
				return { publicity: 'hidden' as const };
			}
		}),
	unhide: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeGrantHandling(db, actor, event.params.id, new Date()),
			schema: unhideGrantSchema,
			run: (db, actor) => {
				unhideGrant(db, actor, event.params.id);
				return { publicity: 'unhidden' as const };
			}
		}),
	claim: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeChangeDeciding(db, actor, event.params.id, new Date()),
			schema: claimSchema,
			run: (db, actor, data) => {
				makeClaim(db, actor, event.params.id, {
					kind: data.kind,
					amountCents: data.amount,
					dueOn: data.dueOn,
					reason: data.reason
				});
				return { changeDone: 'claimed' as const };
			}
		}),
	settleClaim: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeChangeDeciding(db, actor, event.params.id, new Date()),
			schema: claimSettlementSchema,
			run: (db, actor, data) => {
				settleClaim(db, actor, event.params.id, data.claimId, data.status);
				return { changeDone: data.status };
			}
		})
};
