/** Test set-up for the grant use cases: baskets, calls and applications inserted directly. */
import type { CallDuty, Criterion, GrantBasket } from '../../domain/grants';
import type { Db } from '../db/client';
import {
	grantActivityClass,
	grantAppropriation,
	grantApplication,
	grantBasket,
	grantCall,
	grantCallClass,
	grantCallStaff,
	type GrantApplicationRow,
	type GrantCallRow
} from '../db/schema';

/** A basket with its appropriation for `year`, in cents. */
export function insertBasket(
	db: Db,
	regionId: number,
	kind: GrantBasket,
	year: number,
	appropriationCents: number
): number {
	const id = db
		.insert(grantBasket)
		.values({ regionId, kind, name: `Kori ${kind}` })
		.returning({ id: grantBasket.id })
		.get().id;
	db.insert(grantAppropriation)
		.values({ basketId: id, year, amountCents: appropriationCents })
		.run();
	return id;
}

export function insertActivityClass(
	db: Db,
	regionId: number,
	name = 'Mielenterveys- ja päihdetyö'
): number {
	return db
		.insert(grantActivityClass)
		.values({ regionId, name })
		.returning({ id: grantActivityClass.id })
		.get().id;
}

export interface CallFixture {
	regionId: number;
	basketId: number;
	decidingBodyId: number;
	createdBy: number;
	opensAt: Date;
	closesAt: Date;
	budgetYear?: number;
	published?: boolean;
	criteria?: Criterion[];
	classIds?: number[];
	staff?: { userId: number; duty: CallDuty }[];
}

/** A call, published unless told otherwise, with two weighted criteria by default. */
export function insertCall(db: Db, fixture: CallFixture): GrantCallRow {
	const call = db
		.insert(grantCall)
		.values({
			regionId: fixture.regionId,
			basketId: fixture.basketId,
			budgetYear: fixture.budgetYear ?? fixture.closesAt.getUTCFullYear() + 1,
			title: 'Toiminta-avustukset',
			criteria: JSON.stringify(
				fixture.criteria ?? [
					{ name: 'Vaikuttavuus', weight: 2 },
					{ name: 'Kustannukset', weight: 1 }
				]
			),
			opensAt: fixture.opensAt,
			closesAt: fixture.closesAt,
			decidingBodyId: fixture.decidingBodyId,
			publishedAt: fixture.published === false ? null : fixture.opensAt,
			createdBy: fixture.createdBy
		})
		.returning()
		.get();
	for (const classId of fixture.classIds ?? [])
		db.insert(grantCallClass).values({ callId: call.id, classId }).run();
	for (const member of fixture.staff ?? [])
		db.insert(grantCallStaff)
			.values({ callId: call.id, ...member })
			.run();
	return call;
}

/** An application of the organisation, a draft unless the overrides say otherwise. */
export function insertApplication(
	db: Db,
	callId: number,
	organisationId: number,
	createdBy: number,
	overrides: Partial<typeof grantApplication.$inferInsert> = {}
): GrantApplicationRow {
	const now = new Date();
	return db
		.insert(grantApplication)
		.values({
			callId,
			organisationId,
			createdBy,
			title: 'Vertaistukiryhmät',
			activity: 'Viikoittaiset vertaistukiryhmät',
			amountRequestedCents: 500_000,
			createdAt: now,
			updatedAt: now,
			...overrides
		})
		.returning()
		.get();
}
