/**
 * Granted grants as open data: the 360Giving package of the public list, and a
 * handler hiding one grant from every public list (with its reason, e.g. to
 * protect a person) or bringing it back, both in the audit log.
 *
 * A hidden grant leaves the list page, the CSV and the JSON (`publicGrantCondition`);
 * the figures' sums still count it, as the money was granted and spent from the
 * appropriation: hiding protects who got it, not how much the county granted.
 */
import { and, asc, desc, eq, inArray, isNotNull, max, sum } from 'drizzle-orm';
import {
	publicGrantId,
	threeSixtyPackage,
	type OpenGrant,
	type PackageMetadata
} from '../../domain/grant-open-data';
import { isGranted } from '../../domain/grants';
import { can, type Actor } from '../../domain/policy';
import { isoDate } from '../../domain/time';
import { recordAudit } from '../audit/log';
import type { Queryable } from '../db/client';
import {
	grantActivityClass,
	grantApplication,
	grantBasket,
	grantCall,
	grantHidden,
	grantInstalment,
	organisation,
	organisationProfile,
	region,
	type GrantApplicationRow
} from '../db/schema';
import { conflict } from '../errors';
import { municipalitiesOf } from '../regions/facts';
import { municipalityIdsOf } from './applications';
import { authorizeGrant, authorizeGrantHandling } from './grant';
import { publicGrantCondition, type PublicGrantFilter } from './public';

/** The granted application the handler may hide; a rejected one is not public to begin with. */
function authorizePublicity(db: Queryable, actor: Actor, applicationId: number, now: Date) {
	const access = authorizeGrantHandling(db, actor, applicationId, now);
	if (!isGranted(access.application.status)) throw conflict('grantOpenData.notGranted');
	return access;
}

export function hideGrant(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	reason: string,
	now = new Date()
): void {
	const { call } = authorizePublicity(db, actor, applicationId, now);
	db.transaction((tx) => {
		const inserted = tx
			.insert(grantHidden)
			.values({ applicationId, reason, hiddenBy: actor.userId, hiddenAt: now })
			.onConflictDoNothing()
			.returning()
			.get();
		if (!inserted) throw conflict('grantOpenData.alreadyHidden');
		recordAudit(
			tx,
			{
				regionId: call.regionId,
				userId: actor.userId,
				action: 'grant.hidden',
				targetType: 'grantApplication',
				targetId: applicationId,
				summary: reason
			},
			now
		);
	});
}

export function unhideGrant(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	now = new Date()
): void {
	const { call } = authorizePublicity(db, actor, applicationId, now);
	db.transaction((tx) => {
		const removed = tx
			.delete(grantHidden)
			.where(eq(grantHidden.applicationId, applicationId))
			.returning()
			.get();
		if (!removed) throw conflict('grantOpenData.notHidden');
		recordAudit(
			tx,
			{
				regionId: call.regionId,
				userId: actor.userId,
				action: 'grant.unhidden',
				targetType: 'grantApplication',
				targetId: applicationId,
				summary: removed.reason
			},
			now
		);
	});
}

/**
 * What the grant page shows of the grant's publicity: its public id, and to
 * the call's handlers whether it is hidden and why, with the flag to change it.
 */
export function grantPublicity(db: Queryable, actor: Actor, applicationId: number, now: Date) {
	const { application, target } = authorizeGrant(db, actor, applicationId, now);
	const granted = isGranted(application.status);
	const canChange = granted && can(actor, 'grantCall.handle', target);
	const hidden = canChange
		? (db.select().from(grantHidden).where(eq(grantHidden.applicationId, applicationId)).get() ??
			null)
		: null;
	return {
		publicId: granted ? publicGrantId(applicationId) : null,
		hidden: hidden ? { reason: hidden.reason, hiddenAt: hidden.hiddenAt } : null,
		canChange
	};
}

/** The names of the municipalities the applications name, by organisation id. */
function municipalityNames(db: Queryable, applications: readonly GrantApplicationRow[]) {
	const ids = [...new Set(applications.flatMap(municipalityIdsOf))];
	if (ids.length === 0) return new Map<number, string>();
	return new Map(
		db
			.select({ id: organisation.id, name: organisation.name })
			.from(organisation)
			.where(inArray(organisation.id, ids))
			.all()
			.map((o) => [o.id, o.name])
	);
}

/** The public grants with what 360Giving asks of each, in the public list's order. */
export function listOpenGrants(db: Queryable, filter: PublicGrantFilter): OpenGrant[] {
	const rows = db
		.select({
			application: grantApplication,
			call: { id: grantCall.id, title: grantCall.title, budgetYear: grantCall.budgetYear },
			basketName: grantBasket.name,
			region: { slug: region.slug, name: region.name },
			recipient: organisation.name,
			businessId: organisationProfile.businessId,
			activityClass: { id: grantActivityClass.id, name: grantActivityClass.name }
		})
		.from(grantApplication)
		.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
		.innerJoin(grantBasket, eq(grantCall.basketId, grantBasket.id))
		.innerJoin(region, eq(grantCall.regionId, region.id))
		.innerJoin(organisation, eq(grantApplication.organisationId, organisation.id))
		.leftJoin(
			organisationProfile,
			eq(organisationProfile.organisationId, grantApplication.organisationId)
		)
		.leftJoin(grantActivityClass, eq(grantApplication.activityClassId, grantActivityClass.id))
		.where(publicGrantCondition(db, filter))
		.orderBy(desc(grantCall.budgetYear), asc(region.name), asc(organisation.name))
		.all();
	const ids = rows.map((r) => r.application.id);
	const payments = new Map(
		(ids.length === 0
			? []
			: db
					.select({
						applicationId: grantInstalment.applicationId,
						paidCents: sum(grantInstalment.amountCents).mapWith(Number),
						lastPaidAt: max(grantInstalment.paidAt)
					})
					.from(grantInstalment)
					.where(
						and(inArray(grantInstalment.applicationId, ids), isNotNull(grantInstalment.paidAt))
					)
					.groupBy(grantInstalment.applicationId)
					.all()
		).map((p) => [p.applicationId, p])
	);
	const names = municipalityNames(
		db,
		rows.map((r) => r.application)
	);
	return rows.map(
		({ application, call, basketName, region, recipient, businessId, activityClass }) => {
			const paid = payments.get(application.id);
			// A municipality by its own name ("Joensuu") where the population data knows it.
			const placeName = (organisationName: string) =>
				municipalitiesOf(region.slug).find((m) => m.organisation === organisationName)?.name ??
				organisationName;
			const modified = [application.updatedAt, application.decidedAt, paid?.lastPaidAt ?? null]
				.filter((d): d is Date => d !== null)
				.reduce((latest, d) => (d > latest ? d : latest));
			return {
				applicationId: application.id,
				title: application.title,
				amountAppliedForCents: application.amountRequestedCents,
				amountAwardedCents: application.amountGrantedCents ?? 0,
				amountDisbursedCents: paid?.paidCents ?? 0,
				awardDate: application.decidedAt ? isoDate(application.decidedAt) : '',
				budgetYear: call.budgetYear,
				recipient: {
					organisationId: application.organisationId,
					name: recipient,
					businessId: businessId ?? ''
				},
				funder: region,
				programme: { callId: call.id, basketName, callTitle: call.title },
				municipalities: municipalityIdsOf(application).flatMap((id) => {
					const name = names.get(id);
					return name ? [placeName(name)] : [];
				}),
				activityClass: activityClass?.id ? activityClass : null,
				dateModified: modified
			};
		}
	);
}

/** The 360Giving package of the public list, filtered as the page is. */
export function publicGrantsPackage(
	db: Queryable,
	filter: PublicGrantFilter,
	meta: PackageMetadata
) {
	return threeSixtyPackage(listOpenGrants(db, filter), meta);
}
