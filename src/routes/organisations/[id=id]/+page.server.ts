import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { organisationPage } from '#lib/server/organisations/views.js';
import type { PageServerLoad } from './$types';

/** "What has Liperi agreed to, and where is it?": an organisation's commitments across bodies and years, and its indicators. */
export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => organisationPage(getDb(), actor, event.params.id, new Date()));
};
