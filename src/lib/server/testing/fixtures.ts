/** Test set-up for the administration use cases: regions, organisations and users inserted directly. */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../domain/policy';
import type { Level } from '../../domain/levels';
import type { OrganisationKind, SiteRole } from '../../domain/roles';
import { loadActor } from '../auth/actor';
import type { Db } from '../db/client';
import { body, organisation, organisationProfile, region, user, type User } from '../db/schema';
import { DomainError } from '../errors';
import { KNOWN_REGIONS } from '../regions/facts';

export interface TestRegion {
	regionId: number;
	countyId: number;
	municipalityId: number;
}

export function insertOrganisation(
	db: Db,
	regionId: number,
	name: string,
	kind: OrganisationKind
): number {
	const id = db
		.insert(organisation)
		.values({ regionId, name, kind })
		.returning({ id: organisation.id })
		.get().id;
	// An NGO comes verified, so that its applications can be submitted; `unverifyOrganisation` undoes it.
	if (kind === 'ngo')
		db.insert(organisationProfile).values({ organisationId: id, verifiedAt: new Date() }).run();
	return id;
}

/** The NGO as before the county checked it: it drafts, but does not submit. */
export function unverifyOrganisation(db: Db, organisationId: number): void {
	db.update(organisationProfile)
		.set({ verifiedAt: null, verifiedBy: null })
		.where(eq(organisationProfile.organisationId, organisationId))
		.run();
}

/** A body named "Verkosto" meeting 6–8 times a year, whose members do not co-edit the minutes. */
export function insertBody(db: Db, regionId: number, level: Level = 'coordinator_network'): number {
	return db
		.insert(body)
		.values({
			regionId,
			name: 'Verkosto',
			level,
			cadenceMin: 6,
			cadenceMax: 8,
			membersCoEditMinutes: false
		})
		.returning()
		.get().id;
}

/** A region with its county and one municipality; a slug of the known regions brings their facts. */
export function insertRegion(db: Db, slug: string): TestRegion {
	const known = KNOWN_REGIONS.find((r) => r.slug === slug);
	const regionId = db
		.insert(region)
		.values({
			name: `Alue ${slug}`,
			slug,
			population: known?.population ?? null,
			comparable: known?.comparable ?? true
		})
		.returning({ id: region.id })
		.get().id;
	return {
		regionId,
		countyId: insertOrganisation(db, regionId, `Hyvinvointialue ${slug}`, 'county'),
		municipalityId: insertOrganisation(db, regionId, `Kunta ${slug}`, 'municipality')
	};
}

export function insertUser(
	db: Db,
	organisationId: number,
	email: string,
	siteRole: SiteRole = 'member'
): User {
	return db
		.insert(user)
		.values({
			email,
			name: email.split('@')[0],
			organisationId,
			siteRole,
			passwordHash: 'not-a-real-hash'
		})
		.returning()
		.get();
}

export function actorOf(db: Db, userId: number): Actor {
	return loadActor(db, db.select().from(user).where(eq(user.id, userId)).get()!);
}

/** A user with the site role, as the policy sees them. */
export function insertActor(
	db: Db,
	organisationId: number,
	email: string,
	siteRole: SiteRole
): Actor {
	return actorOf(db, insertUser(db, organisationId, email, siteRole).id);
}

/** The domain error a use case refuses with; fails the test when it does not refuse. */
export function refusal(run: () => unknown): DomainError {
	try {
		run();
	} catch (err) {
		if (err instanceof DomainError) return err;
		throw err;
	}
	throw new Error('expected the use case to refuse');
}
