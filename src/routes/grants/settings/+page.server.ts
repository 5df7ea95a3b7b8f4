import type { Actor } from '#lib/domain/policy.js';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import {
	activityClassMoveSchema,
	activityClassRemovalSchema,
	activityClassSchema,
	activityClassUpdateSchema,
	appropriationSchema,
	basketSchema,
	basketUpdateSchema
} from '#lib/schemas/grant-calls.js';
import { documentVersionSchema } from '#lib/schemas/grant-documents.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	addActivityClass,
	moveActivityClass,
	removeActivityClass,
	updateActivityClass
} from '#lib/server/grants/activity-classes.js';
import {
	authorizeGrantSettings,
	createBasket,
	setAppropriation,
	updateBasket
} from '#lib/server/grants/baskets.js';
import { paymentLimitSchema } from '#lib/schemas/grant-payments.js';
import { authorizePayments, setSecondApprovalLimit } from '#lib/server/grants/payments.js';
import { addDocumentVersion } from '#lib/server/grants/documents.js';
import { settingsPage } from '#lib/server/grants/views.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => settingsPage(getDb(), actor, new Date()));
};

/** Every form here changes the region's grant settings: who may is decided before the form is read. */
const authorize = { authorize: (_db: unknown, actor: Actor) => authorizeGrantSettings(actor) };
const saved = { saved: true };

export const actions: Actions = {
	createBasket: (event) =>
		formAction(event, {
			...authorize,
			schema: basketSchema,
			run: (db, actor, data) => {
				createBasket(db, actor, data);
				return saved;
			}
		}),
	updateBasket: (event) =>
		formAction(event, {
			...authorize,
			schema: basketUpdateSchema,
			run: (db, actor, { basketId, ...input }) => {
				updateBasket(db, actor, basketId, input);
				return saved;
			}
		}),
	setAppropriation: (event) =>
		formAction(event, {
			...authorize,
			schema: appropriationSchema,
			run: (db, actor, data) => {
				setAppropriation(db, actor, data.basketId, data.year, data.amount);
				return saved;
			}
		}),
	addClass: (event) =>
		formAction(event, {
			...authorize,
			schema: activityClassSchema,
			run: (db, actor, data) => {
				addActivityClass(db, actor, data);
				return saved;
			}
		}),
	updateClass: (event) =>
		formAction(event, {
			...authorize,
			schema: activityClassUpdateSchema,
			run: (db, actor, { classId, ...input }) => {
				updateActivityClass(db, actor, classId, input);
				return saved;
			}
		}),
	moveClass: (event) =>
		formAction(event, {
			...authorize,
			schema: activityClassMoveSchema,
			run: (db, actor, data) => {
				moveActivityClass(db, actor, data.classId, data.direction);
				return saved;
			}
		}),
	setPaymentLimit: (event) =>
		formAction(event, {
			authorize: (_db, actor) => authorizePayments(actor),
			schema: paymentLimitSchema,
			run: (db, actor, data) => {
				setSecondApprovalLimit(db, actor, data.amount);
				return saved;
			}
		}),
	addDocumentVersion: (event) =>
		formAction(event, {
			...authorize,
			schema: documentVersionSchema,
			run: (db, actor, data) => {
				addDocumentVersion(db, actor, data, new Date());
				return { savedDocument: data.kind };
			}
		}),
	removeClass: (event) =>
		formAction(event, {
			...authorize,
			schema: activityClassRemovalSchema,
			run: (db, actor, data) => {
				removeActivityClass(db, actor, data.classId);
				return saved;
			}
		})
};
