/** The demo's people and organisations as the seeded database has them, for the demo's use cases. */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../domain/policy';
import { loadActor } from '../auth/actor';
import type { Db } from '../db/client';
import { organisation, user } from '../db/schema';
import {
	DEMO_ORGANISATIONS,
	DEMO_PEOPLE,
	type DemoOrganisationKey,
	type DemoPerson,
	type DemoPersonKey
} from './data';

/** A demo person as the policy sees them: by their demo e-mail, or else by their name. */
export function demoActor(db: Db, key: DemoPersonKey): Actor {
	const person: DemoPerson = DEMO_PEOPLE[key];
	const row = db
		.select()
		.from(user)
		.where(person.email ? eq(user.email, person.email) : eq(user.name, person.name))
		.get();
	if (!row) throw new Error(`demo seed: no user ${key}`);
	return loadActor(db, row);
}

/** Looks up the region's demo organisations' ids by their key. */
export function demoOrganisationIds(
	db: Db,
	regionId: number
): (key: DemoOrganisationKey) => number {
	const ids = new Map(
		db
			.select({ id: organisation.id, name: organisation.name })
			.from(organisation)
			.where(eq(organisation.regionId, regionId))
			.all()
			.map((o) => [o.name, o.id])
	);
	return (key) => ids.get(DEMO_ORGANISATIONS[key].name)!;
}
