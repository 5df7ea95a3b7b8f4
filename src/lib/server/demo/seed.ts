import { DEFAULT_CADENCE, defaultMembersCoEditMinutes } from '../../domain/levels';
import { hashPassword } from '../auth/password';
import { attachmentDir } from '../files/stored-files';
import { seedDemoCalendar } from './calendar';
import {
	askDemoOrganisations,
	attachBackgroundDocuments,
	seedDemoMeetings,
	signOffDemoMinutes
} from './meetings';
import { seedDemoConsultations } from './consultations';
import { seedDemoIndicators } from './indicators';
import { seedDemoMeasures } from './measures';
import { seedDemoGrants } from './grants';
import { seedDemoNotifications } from './notifications';
import { loadSituationHistory } from '../situation/history';
import {
	DEMO_REGION_FACTS,
	NATIONAL_DEMO_EMAIL,
	openDemoSurvey,
	seedOtherRegions
} from './regions';
import type { Db } from '../db/client';
import { body, membership, organisation, region, user } from '../db/schema';
import {
	DEMO_BODIES,
	DEMO_ORGANISATIONS,
	DEMO_PEOPLE,
	DEMO_REGION,
	type DemoOrganisation,
	type DemoOrganisationKey,
	type DemoPerson,
	type DemoPersonKey
} from './data';

/** Shared by every seeded user, so that any of them can be tried out on the login page. */
export const DEMO_PASSWORD = 'yhdyspinta-demo';

export const DEMO_ACCOUNTS: readonly { email: string; descriptionKey: string }[] = [
	{ email: 'admin@yhdyspinta.example', descriptionKey: 'demo.account.admin' },
	{ email: 'koordinaattori@yhdyspinta.example', descriptionKey: 'demo.account.coordinator' },
	{ email: 'kunnanjohtaja@yhdyspinta.example', descriptionKey: 'demo.account.director' },
	{ email: 'sihteeri@yhdyspinta.example', descriptionKey: 'demo.account.secretary' },
	{ email: 'jarjesto@yhdyspinta.example', descriptionKey: 'demo.account.ngo' },
	{ email: NATIONAL_DEMO_EMAIL, descriptionKey: 'demo.account.national' }
];

/** True on a fresh install: nobody to log in as and no region to show. */
export function isDatabaseEmpty(db: Db): boolean {
	const anyUser = db.select({ id: user.id }).from(user).limit(1).get();
	const anyRegion = db.select({ id: region.id }).from(region).limit(1).get();
	return anyUser === undefined && anyRegion === undefined;
}

/**
 * Inserts the demo region and its meetings around `now`, and the other regions with their facts. The structure goes in
 * one transaction (a failed seed leaves the database empty); past minutes are
 * then signed off and published through the real use cases.
 */
export async function seedDemoRegion(
	db: Db,
	now = new Date(),
	attachmentsDir = attachmentDir()
): Promise<void> {
	// argon2 is slow on purpose: hash once, outside the synchronous transaction.
	const passwordHash = await hashPassword(DEMO_PASSWORD);

	const pending = db.transaction((tx) => {
		const regionId = tx
			.insert(region)
			.values({ ...DEMO_REGION_FACTS, name: DEMO_REGION.name, slug: DEMO_REGION.slug })
			.returning({ id: region.id })
			.get().id;
		seedOtherRegions(tx, now, passwordHash);

		const organisationIds = new Map<DemoOrganisationKey, number>();
		for (const [key, org] of entries<DemoOrganisationKey, DemoOrganisation>(DEMO_ORGANISATIONS)) {
			const row = tx
				.insert(organisation)
				.values({ regionId, name: org.name, kind: org.kind })
				.returning({ id: organisation.id })
				.get();
			organisationIds.set(key, row.id);
		}

		const userIds = new Map<DemoPersonKey, number>();
		for (const [key, person] of entries<DemoPersonKey, DemoPerson>(DEMO_PEOPLE)) {
			const org = DEMO_ORGANISATIONS[person.organisation];
			const row = tx
				.insert(user)
				.values({
					email: person.email ?? personalEmail(person.name, org.domain),
					name: person.name,
					title: person.title,
					organisationId: required(organisationIds, person.organisation),
					preferredLanguage: person.language ?? 'fi',
					siteRole: person.siteRole ?? 'member',
					active: true,
					passwordHash
				})
				.returning({ id: user.id })
				.get();
			userIds.set(key, row.id);
		}

		for (const demoBody of DEMO_BODIES) {
			const bodyId = tx
				.insert(body)
				.values({
					regionId,
					name: demoBody.name,
					level: demoBody.level,
					description: demoBody.description,
					cadenceMin: DEFAULT_CADENCE[demoBody.level].min,
					cadenceMax: DEFAULT_CADENCE[demoBody.level].max,
					public: demoBody.public ?? true,
					membersCoEditMinutes: defaultMembersCoEditMinutes(demoBody.level)
				})
				.returning({ id: body.id })
				.get().id;
			const rows = entries(demoBody.members).map(([key, role]) => ({
				bodyId,
				userId: required(userIds, key),
				role
			}));
			if (rows.length > 0) tx.insert(membership).values(rows).run();
		}
		return seedDemoMeetings(tx, now);
	});
	// Attachments are checked and stored asynchronously, so the sign-off of past minutes follows the structure.
	await signOffDemoMinutes(db, pending, attachmentsDir);
	await attachBackgroundDocuments(db, attachmentsDir);
	askDemoOrganisations(db, now);
	seedDemoCalendar(db, now);
	seedDemoConsultations(db, now);
	seedDemoIndicators(db, now);
	seedDemoMeasures(db, now);
	await seedDemoGrants(db, now, attachmentsDir);
	seedDemoNotifications(db, now);
	// The national picture's earlier years, for the regions there are (docs/situation.md), and this year's survey.
	loadSituationHistory(db, now);
	openDemoSurvey(db, now);
}

/** firstname.lastname@domain in ASCII, as Finnish organisations usually spell addresses. */
function personalEmail(name: string, domain: string): string {
	const local = name.toLowerCase().replace(/[äå]/g, 'a').replace(/ö/g, 'o').replace(/\s+/g, '.');
	return `${local}@${domain}`;
}

/** Object.entries keeps the literal key type, and skips keys a partial record leaves out. */
function entries<K extends string, V>(record: Partial<Record<K, V>>): [K, V][] {
	return (Object.entries(record) as [K, V | undefined][]).filter(
		(entry): entry is [K, V] => entry[1] !== undefined
	);
}

function required<K, V>(map: Map<K, V>, key: K): V {
	const value = map.get(key);
	if (value === undefined) throw new Error(`demo seed: unknown key ${String(key)}`);
	return value;
}
