import { error } from '@sveltejs/kit';
import { can } from '$lib/domain/policy';
import { runOrError } from '$lib/kit/errors';
import { requireActor } from '$lib/kit/guard';
import { bodyTarget, getBody, listMembers } from '$lib/server/bodies/queries';
import { getDb } from '$lib/server/db/instance';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const id = Number(event.params.id);
	if (!Number.isSafeInteger(id)) error(404, { message: 'Not found', key: 'error.notFound' });
	const db = getDb();
	const body = await runOrError(() => getBody(db, actor, id));
	return {
		body: {
			id: body.id,
			name: body.name,
			level: body.level,
			description: body.description,
			cadenceMin: body.cadenceMin,
			cadenceMax: body.cadenceMax,
			public: body.public,
			membersCoEditMinutes: body.membersCoEditMinutes
		},
		members: listMembers(db, [body.id]).get(body.id) ?? [],
		myRole: actor.memberships.find((m) => m.bodyId === body.id)?.role ?? null,
		canManage: can(actor, 'membership.manage', bodyTarget(body))
	};
};
