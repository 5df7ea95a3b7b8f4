import { redirect } from '@sveltejs/kit';
import { enterPaperApplicationForm } from '#lib/kit/grant-files.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { handlerList, listOrder } from '#lib/server/grants/handler-list.js';
import { paperEntryChoices } from '#lib/server/grants/paper-applications.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	const order = listOrder(event.url.searchParams.get('order'));
	return runOrError(() => {
		const db = getDb();
		const now = new Date();
		return {
			...handlerList(db, actor, event.params.id, order, now),
			paperEntry: paperEntryChoices(db, actor, event.params.id, now)
		};
	});
};

export const actions: Actions = {
	enterPaper: async (event) => {
		const entered = await enterPaperApplicationForm(event, event.params.id);
		// The handler goes on to transcribe the fields with the application's own form.
		if (typeof entered === 'number') redirect(303, `/grants/applications/${entered}?entered`);
		return entered;
	}
};
