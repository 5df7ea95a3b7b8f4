/**
 * The county's grant baskets (avustuskorit) and their appropriations per
 * budget year, kept by those who manage the region's grants (`grant.manage`).
 */
import { and, asc, eq } from 'drizzle-orm';
import { GRANT_BASKETS, parseEuros, type GrantBasket } from '../../domain/grants';
import type { Actor } from '../../domain/policy';
import { assertCan } from '../access';
import type { Queryable } from '../db/client';
import { grantAppropriation, grantBasket, type GrantBasketRow } from '../db/schema';
import { invalid, notFound } from '../errors';

export interface BasketInput {
	name: string;
	description: string;
	/** Only a project grant asks the applicant for a self-financing share; others keep 0. */
	selfFinancingPercent: number;
}

/** Only project grants carry a self-financing share. */
const shareOf = (kind: GrantBasket, percent: number) => (kind === 'project' ? percent : 0);

export function authorizeGrantSettings(actor: Actor): void {
	assertCan(actor, 'grant.manage', { regionId: actor.regionId });
}

/** A basket the actor manages: another region's is not found, one of their own region they may not manage is forbidden. */
export function authorizeBasket(db: Queryable, actor: Actor, basketId: number): GrantBasketRow {
	const basket = db.select().from(grantBasket).where(eq(grantBasket.id, basketId)).get();
	if (!basket || (basket.regionId !== actor.regionId && actor.siteRole !== 'admin'))
		throw notFound();
	assertCan(actor, 'grant.manage', { regionId: basket.regionId });
	return basket;
}

export function createBasket(
	db: Queryable,
	actor: Actor,
	input: BasketInput & { kind: GrantBasket },
	now = new Date()
): GrantBasketRow {
	authorizeGrantSettings(actor);
	return db
		.insert(grantBasket)
		.values({
			regionId: actor.regionId,
			kind: input.kind,
			name: input.name,
			description: input.description,
			selfFinancingPercent: shareOf(input.kind, input.selfFinancingPercent),
			createdAt: now
		})
		.returning()
		.get();
}

/** Renames a basket and changes its description; its kind stays, since calls were made for it. */
export function updateBasket(db: Queryable, actor: Actor, basketId: number, input: BasketInput) {
	const basket = authorizeBasket(db, actor, basketId);
	db.update(grantBasket)
		.set({
			name: input.name,
			description: input.description,
			selfFinancingPercent: shareOf(basket.kind, input.selfFinancingPercent)
		})
		.where(eq(grantBasket.id, basketId))
		.run();
}

/** Sets the basket's appropriation for a year, as the budget gives it: whole euros or cents, never negative. */
export function setAppropriation(
	db: Queryable,
	actor: Actor,
	basketId: number,
	year: number,
	amount: string
): number {
	authorizeBasket(db, actor, basketId);
	const cents = parseEuros(amount);
	if (cents === null)
		throw invalid('common.formHasErrors', { amount: 'grantCalls.validation.euros' });
	db.insert(grantAppropriation)
		.values({ basketId, year, amountCents: cents })
		.onConflictDoUpdate({
			target: [grantAppropriation.basketId, grantAppropriation.year],
			set: { amountCents: cents }
		})
		.run();
	return cents;
}

export interface BasketWithAppropriations extends GrantBasketRow {
	/** Year → cents, the latest year first. */
	appropriations: { year: number; amountCents: number }[];
}

/** The region's baskets in the order operating, partnership, project, with their appropriations. */
export function listBaskets(db: Queryable, regionId: number): BasketWithAppropriations[] {
	const baskets = db
		.select()
		.from(grantBasket)
		.where(eq(grantBasket.regionId, regionId))
		.orderBy(asc(grantBasket.id))
		.all();
	const amounts = db
		.select({
			basketId: grantAppropriation.basketId,
			year: grantAppropriation.year,
			amountCents: grantAppropriation.amountCents
		})
		.from(grantAppropriation)
		.innerJoin(grantBasket, eq(grantAppropriation.basketId, grantBasket.id))
		.where(eq(grantBasket.regionId, regionId))
		.all();
	return baskets
		.sort((a, b) => GRANT_BASKETS.indexOf(a.kind) - GRANT_BASKETS.indexOf(b.kind))
		.map((basket) => ({
			...basket,
			appropriations: amounts
				.filter((a) => a.basketId === basket.id)
				.map(({ year, amountCents }) => ({ year, amountCents }))
				.sort((a, b) => b.year - a.year)
		}));
}

/** The basket's appropriation for the year, in cents; null when the budget has not set one. */
export function appropriationOf(db: Queryable, basketId: number, year: number): number | null {
	return (
		db
			.select({ amountCents: grantAppropriation.amountCents })
			.from(grantAppropriation)
			.where(and(eq(grantAppropriation.basketId, basketId), eq(grantAppropriation.year, year)))
			.get()?.amountCents ?? null
	);
}
