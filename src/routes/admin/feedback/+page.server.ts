import { runOrError } from '$lib/kit/errors';
import { authorize, requireActor } from '$lib/kit/guard';
import { getDb } from '$lib/server/db/instance';
import { listFeedback } from '$lib/server/feedback/admin';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	authorize(actor, 'feedback.read', null);
	return runOrError(() => ({ feedback: listFeedback(getDb(), actor) }));
};
