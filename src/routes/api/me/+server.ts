import { eq } from 'drizzle-orm';
import { requireApiActor } from '#lib/kit/guard.js';
import { listMyBodies } from '#lib/server/bodies/queries.js';
import { feedTokenOf, feedUrl } from '#lib/server/calendar/feeds.js';
import { getDb } from '#lib/server/db/instance.js';
import { organisation } from '#lib/server/db/schema/index.js';
import type { RequestHandler } from './$types';

/** Integration API: the signed-in user, their organisation and memberships (README). */
export const GET: RequestHandler = (event) => {
	const actor = requireApiActor(event);
	const user = event.locals.user!;
	const db = getDb();
	const org = db
		.select()
		.from(organisation)
		.where(eq(organisation.id, actor.organisationId))
		.get()!;
	return Response.json({
		id: user.id,
		email: user.email,
		name: user.name,
		title: user.title,
		siteRole: user.siteRole,
		preferredLanguage: user.preferredLanguage,
		organisation: { id: org.id, name: org.name, kind: org.kind, regionId: org.regionId },
		memberships: listMyBodies(db, actor).map((b) => ({
			bodyId: b.id,
			bodyName: b.name,
			level: b.level,
			role: b.role
		})),
		calendarFeedUrl: feedUrl(event.url.origin, feedTokenOf(db, actor))
	});
};
