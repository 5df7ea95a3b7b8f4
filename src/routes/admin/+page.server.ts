import { can } from '#lib/domain/policy.js';
import { adminRegion } from '#lib/kit/admin.js';
import { runOrError } from '#lib/kit/errors.js';
import { authorize, requireActor } from '#lib/kit/guard.js';
import { listBodiesByLevel } from '#lib/server/bodies/service.js';
import { getDb } from '#lib/server/db/instance.js';
import { listFeedback } from '#lib/server/feedback/admin.js';
import { listOrganisations } from '#lib/server/organisations/service.js';
import { listUsers } from '#lib/server/users/admin.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	authorize(actor, 'admin.access', null);
	const region = adminRegion(actor, event.url);
	const db = getDb();
	return runOrError(() => {
		const users = listUsers(db, actor, { regionId: region.id }).filter((user) => user.active);
		const levels = listBodiesByLevel(db, actor, region.id);
		const bodies = levels.flatMap((group) => group.bodies);
		return {
			organisations: listOrganisations(db, actor, { regionId: region.id }).length,
			users: users.length,
			usersWithoutPassword: users.filter((user) => !user.hasPassword).length,
			bodies: bodies.length,
			bodiesWithoutMembers: bodies.filter((body) => body.memberCount === 0).length,
			levelsWithoutBodies: levels
				.filter((group) => group.bodies.length === 0)
				.map((group) => group.level),
			feedback: can(actor, 'feedback.read', null) ? listFeedback(db, actor).length : null
		};
	});
};
