/**
 * The county's activity classes (toimintaluokat) with the municipality's
 * classes beside each, so an applicant sees where an activity belongs. Kept
 * in the order the county lists them; one a call or an application uses stays.
 */
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../domain/policy';
import { assertCan } from '../access';
import type { Db, Queryable } from '../db/client';
import { grantActivityClass, grantApplication, grantCallClass } from '../db/schema';
import { conflict, notFound } from '../errors';
import { authorizeGrantSettings } from './baskets';

export interface ActivityClassInput {
	name: string;
	municipalityClasses: string;
}

export type ActivityClass = typeof grantActivityClass.$inferSelect;

export function listActivityClasses(db: Queryable, regionId: number): ActivityClass[] {
	return db
		.select()
		.from(grantActivityClass)
		.where(eq(grantActivityClass.regionId, regionId))
		.orderBy(asc(grantActivityClass.position), asc(grantActivityClass.id))
		.all();
}

function authorizeClass(db: Queryable, actor: Actor, classId: number): ActivityClass {
	const found = db
		.select()
		.from(grantActivityClass)
		.where(eq(grantActivityClass.id, classId))
		.get();
	if (!found || (found.regionId !== actor.regionId && actor.siteRole !== 'admin')) throw notFound();
	assertCan(actor, 'grant.manage', { regionId: found.regionId });
	return found;
}

export function addActivityClass(
	db: Queryable,
	actor: Actor,
	input: ActivityClassInput
): ActivityClass {
	authorizeGrantSettings(actor);
	const last = listActivityClasses(db, actor.regionId).at(-1);
	return db
		.insert(grantActivityClass)
		.values({ regionId: actor.regionId, ...input, position: (last?.position ?? 0) + 1 })
		.returning()
		.get();
}

export function updateActivityClass(
	db: Queryable,
	actor: Actor,
	classId: number,
	input: ActivityClassInput
): void {
	authorizeClass(db, actor, classId);
	db.update(grantActivityClass).set(input).where(eq(grantActivityClass.id, classId)).run();
}

/** Moves a class one place up or down the list; the list is numbered afresh so positions stay distinct. */
export function moveActivityClass(
	db: Db,
	actor: Actor,
	classId: number,
	direction: 'up' | 'down'
): void {
	const moved = authorizeClass(db, actor, classId);
	const list = listActivityClasses(db, moved.regionId);
	const from = list.findIndex((c) => c.id === classId);
	const to = direction === 'up' ? from - 1 : from + 1;
	if (to < 0 || to >= list.length) return;
	[list[from], list[to]] = [list[to], list[from]];
	db.transaction((tx) => {
		list.forEach((c, index) =>
			tx
				.update(grantActivityClass)
				.set({ position: index + 1 })
				.where(eq(grantActivityClass.id, c.id))
				.run()
		);
	});
}

/** Removes a class no call funds and no application names: those keep what they were decided on. */
export function removeActivityClass(db: Queryable, actor: Actor, classId: number): void {
	authorizeClass(db, actor, classId);
	const inCall = db
		.select({ callId: grantCallClass.callId })
		.from(grantCallClass)
		.where(eq(grantCallClass.classId, classId))
		.get();
	const inApplication = db
		.select({ id: grantApplication.id })
		.from(grantApplication)
		.where(eq(grantApplication.activityClassId, classId))
		.get();
	if (inCall || inApplication)
		throw conflict('grantCalls.classes.inUse', { classId: 'grantCalls.classes.inUse' });
	db.delete(grantActivityClass).where(eq(grantActivityClass.id, classId)).run();
}
