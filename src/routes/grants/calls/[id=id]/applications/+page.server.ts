import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { handlerList, listOrder } from '#lib/server/grants/handler-list.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	const order = listOrder(event.url.searchParams.get('order'));
	return runOrError(() => handlerList(getDb(), actor, event.params.id, order, new Date()));
};
