/**
 * The rest of the country in the demo: the other 21 regions of the facts, each
 * with its county organisation and year calendar only, and a fictional person
 * of the national role, who works for a regional NGO network in Kymenlaakso,
 * and this year's survey of the national picture open for every region.
 */
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { helsinkiYear, ZONE } from '../../domain/time';
import { loadActor } from '../auth/actor';
import type { Db, Queryable } from '../db/client';
import { organisation, user } from '../db/schema';
import { KNOWN_REGIONS, type KnownRegion } from '../regions/facts';
import { insertRegionWithCounty } from '../regions/service';
import { createSurvey, openSurvey } from '../situation/surveys';
import { DEMO_REGION } from './data';

export const NATIONAL_DEMO_EMAIL = 'kansallinen@yhdyspinta.example';

/** The demo region as the facts know it: its population and comparability. */
export const DEMO_REGION_FACTS: KnownRegion = KNOWN_REGIONS.find(
	(r) => r.slug === DEMO_REGION.slug
)!;

const NETWORK_REGION = 'kymenlaakso';

export function seedOtherRegions(db: Queryable, now: Date, passwordHash: string): void {
	for (const known of KNOWN_REGIONS) {
		if (known.slug === DEMO_REGION.slug) continue;
		const { region } = insertRegionWithCounty(db, known, now);
		if (known.slug !== NETWORK_REGION) continue;
		// Invented: a regional NGO network as the advisory board's members are.
		const network = db
			.insert(organisation)
			.values({ regionId: region.id, name: 'Kymenlaakson Järjestöverkosto ry', kind: 'ngo' })
			.returning({ id: organisation.id })
			.get();
		db.insert(user)
			.values({
				email: NATIONAL_DEMO_EMAIL,
				name: 'Maija Virtanen',
				title: 'Kehittäjä, Maakuntien verkostojärjestöjen neuvottelukunta',
				organisationId: network.id,
				nationalRole: true,
				passwordHash
			})
			.run();
	}
}

/** Days the demo's survey of this year stays open. */
const DEMO_SURVEY_DAYS = 30;

/**
 * This year's survey of the national picture, open: started by the national
 * role from last year's questions, every region's draft answer prefilled.
 */
export function openDemoSurvey(db: Db, now: Date): void {
	const national = db.select().from(user).where(eq(user.email, NATIONAL_DEMO_EMAIL)).get()!;
	const actor = loadActor(db, national);
	const year = helsinkiYear(now);
	createSurvey(db, actor, year, now);
	const deadline = DateTime.fromJSDate(now, { zone: ZONE }).plus({ days: DEMO_SURVEY_DAYS });
	openSurvey(db, actor, year, deadline.toISODate()!, now);
}
