import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import type { Db } from '../db/client';
import {
	auditEvent,
	grantApplication,
	grantCall,
	grantInstalment,
	meeting,
	organisationProfile
} from '../db/schema';
import { createTestDb } from '../db/testing';
import {
	actorOf,
	insertBody,
	insertOrganisation,
	insertRegion,
	insertUser,
	refusal
} from '../testing/fixtures';
import {
	insertActivityClass,
	insertApplication,
	insertBasket,
	insertCall
} from '../testing/grant-fixtures';
import { grantFigures } from './figures';
import {
	grantPublicity,
	hideGrant,
	listOpenGrants,
	publicGrantsPackage,
	unhideGrant
} from './open-data';
import { listPublicGrants, publicGrantsCsv } from './public';

const decidedAt = new Date('2026-01-20T12:00:00Z');
const now = new Date('2026-03-01T10:00:00Z');
const meta = {
	title: 'Myönnetyt järjestöavustukset',
	description: 'Testi',
	downloadURL: 'https://yhdyspinta.example/archive/grants.json',
	accessURL: 'https://yhdyspinta.example/archive/grants',
	publisherName: 'Yhdyspinta',
	publisherWebsite: 'https://yhdyspinta.example',
	issued: now
};

/** The shipped schemas, the package's reference to the grant schema's URL mapped to the local file. */
function packageValidator() {
	const dir = new URL('./360giving/', import.meta.url);
	const read = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
	const packageSchema = read('360-giving-package-schema.json');
	const grantSchema = read('360-giving-schema.json');
	// Both declare draft 2020-12 by its old http address; Ajv knows the draft by its https one.
	const draft = 'https://json-schema.org/draft/2020-12/schema';
	const ajv = new Ajv2020({ strict: false, allErrors: true });
	addFormats(ajv);
	ajv.addSchema({
		...grantSchema,
		$schema: draft,
		$id: packageSchema.properties.grants.items.$ref
	});
	return ajv.compile({ ...packageSchema, $schema: draft });
}

/**
 * A decided operating call in Pohjois-Karjala with two grants: the peer groups
 * in Joensuu and Liperi (the NGO has a business ID, one instalment paid), and
 * a shelter's grant that names no municipality (no business ID), to be hidden.
 */
function setUp(db: Db) {
	const r = insertRegion(db, 'pohjois-karjala');
	const joensuu = insertOrganisation(db, r.regionId, 'Joensuun kaupunki', 'municipality');
	const liperi = insertOrganisation(db, r.regionId, 'Liperin kunta', 'municipality');
	const bodyId = insertBody(db, r.regionId, 'strategic');
	const coordinator = insertUser(db, r.countyId, 'koordinaattori@pk.example', 'coordinator');
	const ngo = insertOrganisation(db, r.regionId, 'Vertaistuki ry', 'ngo');
	const shelter = insertOrganisation(db, r.regionId, 'Turvakoti ry', 'ngo');
	const ngoUser = insertUser(db, ngo, 'jasen@vertaistuki.example');
	db.update(organisationProfile)
		.set({ businessId: '1234567-8' })
		.where(eq(organisationProfile.organisationId, ngo))
		.run();
	const basketId = insertBasket(db, r.regionId, 'operating', 2026, 10_000_000);
	const classId = insertActivityClass(db, r.regionId);
	const decision = db
		.insert(meeting)
		.values({
			bodyId,
			sequence: 1,
			year: 2026,
			title: 'Avustuspäätökset',
			startsAt: new Date('2026-01-15T10:00:00Z'),
			endsAt: new Date('2026-01-15T12:00:00Z'),
			status: 'approved'
		})
		.returning()
		.get();
	const call = insertCall(db, {
		regionId: r.regionId,
		basketId,
		decidingBodyId: bodyId,
		createdBy: coordinator.id,
		opensAt: new Date('2025-09-01T06:00:00Z'),
		closesAt: new Date('2025-10-31T14:00:00Z'),
		budgetYear: 2026,
		classIds: [classId]
	});
	db.update(grantCall)
		.set({ decidedAt, decisionMeetingId: decision.id })
		.where(eq(grantCall.id, call.id))
		.run();
	const decided = {
		decisionMeetingId: decision.id,
		decidedAt,
		updatedAt: decidedAt,
		activityClassId: classId,
		status: 'granted' as const
	};
	const peer = insertApplication(db, call.id, ngo, ngoUser.id, {
		...decided,
		title: 'Vertaistukiryhmät',
		municipalityIds: JSON.stringify([joensuu, liperi]),
		amountRequestedCents: 500_000,
		amountGrantedCents: 300_000
	});
	const hidden = insertApplication(db, call.id, shelter, ngoUser.id, {
		...decided,
		title: 'Turvakodin vertaistuki',
		amountRequestedCents: 200_000,
		amountGrantedCents: 100_000
	});
	const rejected = insertApplication(db, call.id, shelter, ngoUser.id, {
		...decided,
		status: 'rejected',
		title: 'Hylätty',
		amountGrantedCents: 0
	});
	db.insert(grantInstalment)
		.values([
			{ applicationId: peer.id, dueOn: '2026-02-15', amountCents: 180_000, paidAt: now },
			{ applicationId: peer.id, dueOn: '2026-08-14', amountCents: 120_000 }
		])
		.run();
	return {
		handler: actorOf(db, coordinator.id),
		applicant: actorOf(db, ngoUser.id),
		peer,
		hidden,
		rejected,
		ngo,
		shelter
	};
}

describe('granted grants as 360Giving open data', () => {
	let db: Db;
	let s: ReturnType<typeof setUp>;
	beforeEach(() => {
		db = createTestDb();
		s = setUp(db);
	});

	it('publishes a package the shipped 360Giving 1.4.3 schemas accept', () => {
		const validate = packageValidator();
		const published = publicGrantsPackage(db, {}, meta);
		expect(validate(published), JSON.stringify(validate.errors)).toBe(true);
		// The grants are checked against the grant schema, not waved through.
		const [first] = published.grants;
		expect(validate({ ...published, grants: [{ ...first, currency: 'euro' }] })).toBe(false);
		expect(published).toMatchObject({
			version: '1.4',
			license: 'https://creativecommons.org/licenses/by/4.0/',
			publisher: { name: 'Yhdyspinta' }
		});
	});

	it('gives each grant the fields of the standard, with stable ids', () => {
		const [shelter, peer] = publicGrantsPackage(db, {}, meta).grants;
		expect(peer).toEqual({
			id: `360G-yhdyspinta-${s.peer.id}`,
			title: 'Vertaistukiryhmät',
			description: expect.stringMatching(/^Vertaistukiryhmät \(.+: .+\)$/),
			currency: 'EUR',
			amountAppliedFor: 5000,
			amountAwarded: 3000,
			amountDisbursed: 1800,
			awardDate: '2026-01-20',
			plannedDates: [{ startDate: '2026-01-01', endDate: '2026-12-31', duration: 12 }],
			recipientOrganization: [
				{ id: 'FI-PRO-1234567-8', name: 'Vertaistuki ry', addressCountry: 'FI' }
			],
			fundingOrganization: [
				{ id: '360G-yhdyspinta-region-pohjois-karjala', name: 'Alue pohjois-karjala' }
			],
			grantProgramme: [
				{
					code: `360G-yhdyspinta-call-${s.peer.callId}`,
					title: expect.stringContaining(': ')
				}
			],
			beneficiaryLocation: [
				{ name: 'Joensuu', countryCode: 'FI' },
				{ name: 'Liperi', countryCode: 'FI' }
			],
			classifications: [
				{
					vocabulary: '360G-yhdyspinta-activity-classes-pohjois-karjala',
					code: String(s.peer.activityClassId),
					title: 'Mielenterveys- ja päihdetyö'
				}
			],
			dateModified: now.toISOString()
		});
		// No business ID in the profile: the organisation's own stable id.
		expect(shelter!.recipientOrganization[0]!.id).toBe(`360G-yhdyspinta-org-${s.shelter}`);
		expect(shelter!.beneficiaryLocation).toEqual([]);
	});

	it('keeps a grant’s id when its data change', () => {
		const before = listOpenGrants(db, {}).map((g) => g.applicationId);
		db.update(grantApplication)
			.set({ title: 'Uusi nimi', updatedAt: new Date() })
			.where(eq(grantApplication.id, s.peer.id))
			.run();
		const after = publicGrantsPackage(db, {}, meta).grants;
		expect(after.map((g) => g.id)).toEqual(before.map((id) => `360G-yhdyspinta-${id}`));
	});

	it('hides a grant from the page, the CSV and the JSON with a logged reason, and brings it back', () => {
		hideGrant(db, s.handler, s.hidden.id, 'Henkilön suojaaminen', now);
		const titles = listPublicGrants(db).map((g) => g.purpose);
		expect(titles).toEqual(['Vertaistukiryhmät']);
		expect(publicGrantsCsv(listPublicGrants(db))).not.toContain('Turvakoti');
		const json = JSON.stringify(publicGrantsPackage(db, {}, meta));
		expect(json).not.toContain('Turvakoti');
		// Nor does the application's own text leave with any grant.
		expect(json).not.toContain('Viikoittaiset vertaistukiryhmät');
		expect(json).not.toContain(`360G-yhdyspinta-${s.hidden.id}"`);
		expect(grantPublicity(db, s.handler, s.hidden.id, now)).toMatchObject({
			hidden: { reason: 'Henkilön suojaaminen' },
			canChange: true
		});

		unhideGrant(db, s.handler, s.hidden.id, now);
		expect(listPublicGrants(db)).toHaveLength(2);
		const logged = db
			.select({ action: auditEvent.action, summary: auditEvent.summary })
			.from(auditEvent)
			.where(eq(auditEvent.targetId, s.hidden.id))
			.all();
		expect(logged).toEqual([
			{ action: 'grant.hidden', summary: 'Henkilön suojaaminen' },
			{ action: 'grant.unhidden', summary: 'Henkilön suojaaminen' }
		]);
	});

	it('still counts a hidden grant in the figures', () => {
		const before = grantFigures(db, 'pohjois-karjala', 2026).totals.grantedCents;
		hideGrant(db, s.handler, s.hidden.id, 'Henkilön suojaaminen', now);
		expect(grantFigures(db, 'pohjois-karjala', 2026).totals.grantedCents).toBe(before);
	});

	it('lets only the call’s handlers hide, and only what was granted, once', () => {
		const applicant: Actor = s.applicant;
		expect(refusal(() => hideGrant(db, applicant, s.peer.id, 'x', now)).code).toBe('forbidden');
		expect(grantPublicity(db, applicant, s.peer.id, now)).toEqual({
			publicId: `360G-yhdyspinta-${s.peer.id}`,
			hidden: null,
			canChange: false
		});
		expect(refusal(() => hideGrant(db, s.handler, s.rejected.id, 'x', now)).messageKey).toBe(
			'grantOpenData.notGranted'
		);
		hideGrant(db, s.handler, s.peer.id, 'x', now);
		expect(refusal(() => hideGrant(db, s.handler, s.peer.id, 'x', now)).messageKey).toBe(
			'grantOpenData.alreadyHidden'
		);
		unhideGrant(db, s.handler, s.peer.id, now);
		expect(refusal(() => unhideGrant(db, s.handler, s.peer.id, now)).messageKey).toBe(
			'grantOpenData.notHidden'
		);
	});
});

describe('euros per resident by municipality', () => {
	it('shares a grant among its municipalities by population, and one naming none among all', () => {
		const db = createTestDb();
		setUp(db);
		const figures = grantFigures(db, 'pohjois-karjala', 2026);
		const joensuu = figures.municipalities.find((m) => m.name === 'Joensuu')!;
		const liperi = figures.municipalities.find((m) => m.name === 'Liperi')!;
		const rääkkylä = figures.municipalities.find((m) => m.name === 'Rääkkylä')!;
		// 3,000 € over Joensuu (78,741) and Liperi (11,913); 1,000 € over all 162,091 residents.
		expect(joensuu.sharedCents).toBe(Math.round((300_000 * 78_741) / 90_654) + 48_578);
		expect(rääkkylä.sharedCents).toBe(Math.round((100_000 * 1_881) / 162_091));
		expect(figures.municipalities.reduce((sum, m) => sum + m.sharedCents, 0)).toBe(400_000);
		expect(liperi.centsPerResident).toBe(Math.round(liperi.sharedCents / 11_913));
		expect(figures.municipalityPopulationYear).toBe(2024);
	});
});
