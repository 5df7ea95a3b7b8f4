/**
 * Regions as busy as the demo county, for the national benchmark: each gets a
 * copy of the demo region's organisations, people (the same site roles, an
 * administrator as a member), bodies and memberships, with this year's and
 * next year's calendar, and five years of meetings of every body through
 * the real use cases (addBusyYears). Nothing of the copy points back to the
 * demo region.
 */
import { eq, inArray } from 'drizzle-orm';
import { helsinkiYear } from '../../src/lib/domain/time';
import { insertDefaultYear } from '../../src/lib/server/calendar/milestones';
import type { Db } from '../../src/lib/server/db/client';
import { body, membership, organisation, region, user } from '../../src/lib/server/db/schema';
import { addBusyYears } from './busy-years';

/**
 * Fills the region of the slug (made when missing, with this year's and next year's calendar)
 * like `demoRegionId`, and returns how many meetings it then holds.
 */
export function populateRegion(
	db: Db,
	demoRegionId: number,
	target: { slug: string; name: string; population: number | null },
	now: Date
): number {
	const regionId = db.transaction((tx) => {
		const existing = tx.select().from(region).where(eq(region.slug, target.slug)).get();
		const id =
			existing?.id ??
			tx
				.insert(region)
				.values({ name: target.name, slug: target.slug, population: target.population })
				.returning({ id: region.id })
				.get().id;
		if (!existing) {
			const year = helsinkiYear(now);
			insertDefaultYear(tx, id, year);
			insertDefaultYear(tx, id, year + 1);
		}

		const organisations = tx
			.select()
			.from(organisation)
			.where(eq(organisation.regionId, demoRegionId))
			.all();
		const organisationIds = new Map<number, number>();
		for (const org of organisations)
			organisationIds.set(
				org.id,
				tx
					.insert(organisation)
					.values({ regionId: id, name: org.name, kind: org.kind })
					.returning({ id: organisation.id })
					.get().id
			);

		const people = tx
			.select()
			.from(user)
			.where(inArray(user.organisationId, [...organisationIds.keys()]))
			.all();
		const userIds = new Map<number, number>();
		for (const person of people) {
			const [local, domain] = person.email.split('@');
			userIds.set(
				person.id,
				tx
					.insert(user)
					.values({
						email: `${local}.${target.slug}@${domain}`,
						name: person.name,
						title: person.title,
						organisationId: organisationIds.get(person.organisationId)!,
						siteRole: person.siteRole === 'admin' ? 'member' : person.siteRole,
						passwordHash: person.passwordHash
					})
					.returning({ id: user.id })
					.get().id
			);
		}

		for (const { id: demoBodyId, createdAt: _, ...rest } of tx
			.select()
			.from(body)
			.where(eq(body.regionId, demoRegionId))
			.all()) {
			const bodyId = tx
				.insert(body)
				.values({ ...rest, regionId: id })
				.returning({ id: body.id })
				.get().id;
			const members = tx
				.select()
				.from(membership)
				.where(eq(membership.bodyId, demoBodyId))
				.all()
				.filter((m) => userIds.has(m.userId));
			if (members.length > 0)
				tx.insert(membership)
					.values(members.map((m) => ({ bodyId, userId: userIds.get(m.userId)!, role: m.role })))
					.run();
		}
		return id;
	});
	return addBusyYears(db, now, regionId).meetings;
}
