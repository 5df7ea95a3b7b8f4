import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationDraft } from '../../schemas/grant-applications';
import { auditEvent, grantApplication, grantApplicationFile } from '../db/schema';
import { refusal, unverifyOrganisation } from '../testing/fixtures';
import { grantScene, type GrantScene } from '../testing/grant-scene';
import { saveDraft, startApplication, submitApplication } from '../grants/applications';
import {
	addPerson,
	authorizeProfile,
	listPeople,
	nameColleague,
	profileOf,
	removeColleague,
	removePerson,
	saveProfile,
	verifyProfile
} from './profile';

let s: GrantScene;
beforeEach(() => {
	s = grantScene();
});

const facts = {
	businessId: '1234567-1',
	registerNumber: '123.456',
	iban: 'fi21 1234 5600 0007 85',
	language: 'sv' as const,
	email: 'info@tuki.example',
	phone: '040 123 4567',
	address: 'Kauppakatu 1, 80100 Joensuu'
};

function draft(): ApplicationDraft {
	return {
		title: 'Vertaistukiryhmät',
		activity: 'Viikoittaiset ryhmät',
		activityClassId: s.classId,
		targetGroups: '',
		municipalityIds: [s.municipalityId],
		amountRequestedCents: 100_000,
		budget: { costs: [], income: [], ownFundingCents: 0 },
		declarationAccepted: true
	};
}

function withStatutes(applicationId: number) {
	s.db
		.insert(grantApplicationFile)
		.values({
			applicationId,
			kind: 'statutes',
			filename: 'saannot.pdf',
			contentType: 'application/pdf',
			size: 10,
			sha256: 'a'.repeat(64),
			uploadedBy: s.applicant.userId,
			createdAt: s.now
		})
		.run();
	return applicationId;
}

describe('the profile', () => {
	it('is kept by the NGO, the IBAN stored without spaces', () => {
		saveProfile(s.db, s.applicant, s.ngoId, facts, s.now);
		expect(profileOf(s.db, s.ngoId)).toMatchObject({
			businessId: '1234567-1',
			iban: 'FI2112345600000785',
			language: 'sv',
			updatedBy: s.applicant.userId
		});
	});

	it('asks for a new verification when the business ID or register number changes', () => {
		saveProfile(s.db, s.applicant, s.ngoId, facts, s.now);
		expect(profileOf(s.db, s.ngoId)?.verifiedAt).not.toBeNull();
		saveProfile(s.db, s.applicant, s.ngoId, { ...facts, phone: '050 1' }, s.now);
		expect(profileOf(s.db, s.ngoId)?.verifiedAt).not.toBeNull();
		saveProfile(s.db, s.applicant, s.ngoId, { ...facts, businessId: '0201256-6' }, s.now);
		expect(profileOf(s.db, s.ngoId)?.verifiedAt).toBeNull();
	});

	it('is read by the NGO and the region’s grant handlers; another NGO’s is not found', () => {
		for (const who of [s.applicant, s.colleague, s.coordinator, s.handler])
			expect(() => authorizeProfile(s.db, who, s.ngoId, 'organisationProfile.read')).not.toThrow();
		for (const who of [s.otherNgo, s.foreignNgo, s.municipal, s.assessor])
			expect(
				refusal(() => authorizeProfile(s.db, who, s.ngoId, 'organisationProfile.read')).code
			).toBe('not_found');
		expect(refusal(() => saveProfile(s.db, s.otherNgo, s.ngoId, facts, s.now)).code).toBe(
			'not_found'
		);
		expect(refusal(() => saveProfile(s.db, s.handler, s.ngoId, facts, s.now)).code).toBe(
			'forbidden'
		);
	});

	it('names board members and contacts, linked to an app user by e-mail', () => {
		addPerson(s.db, s.applicant, s.ngoId, {
			name: 'Kaisa Kollega',
			role: 'contact',
			email: 'kollega@tuki.example'
		});
		addPerson(s.db, s.applicant, s.ngoId, {
			name: 'Pekka Puheenjohtaja',
			role: 'chair',
			email: ''
		});
		const people = listPeople(s.db, s.ngoId);
		expect(people.map((p) => [p.name, p.role, p.linked])).toEqual([
			['Pekka Puheenjohtaja', 'chair', false],
			['Kaisa Kollega', 'contact', true]
		]);
		expect(refusal(() => removePerson(s.db, s.otherNgo, s.ngoId, people[0].id)).code).toBe(
			'not_found'
		);
		const otherPerson = s.db.$client
			.prepare(
				`insert into organisation_person (organisation_id, name, role) values (${s.otherNgoId}, 'Muu', 'chair') returning id`
			)
			.get() as { id: number };
		expect(refusal(() => removePerson(s.db, s.applicant, s.ngoId, otherPerson.id)).code).toBe(
			'not_found'
		);
		removePerson(s.db, s.applicant, s.ngoId, people[0].id);
		expect(listPeople(s.db, s.ngoId)).toHaveLength(1);
	});
});

describe('submitting for an NGO', () => {
	it('waits for the county’s verification: an unverified NGO keeps its draft, but does not submit', () => {
		unverifyOrganisation(s.db, s.ngoId);
		const id = withStatutes(startApplication(s.db, s.applicant, s.call.id, s.now));
		const error = refusal(() => submitApplication(s.db, s.applicant, id, draft(), s.now));
		expect(error).toMatchObject({ code: 'conflict', messageKey: 'orgProfile.submit.unverified' });
		expect(
			s.db.select().from(grantApplication).where(eq(grantApplication.id, id)).get()
		).toMatchObject({ status: 'draft', title: 'Vertaistukiryhmät' });
	});
});

describe('verification and who acts for the NGO', () => {
	it('is the handler’s, with a confirmed contact of the NGO, and logged', () => {
		unverifyOrganisation(s.db, s.ngoId);
		expect(
			refusal(() =>
				verifyProfile(
					s.db,
					s.applicant,
					s.ngoId,
					{ contactUserId: s.applicant.userId, note: '' },
					s.now
				)
			).code
		).toBe('forbidden');
		// The contact must be one of the NGO's own people.
		expect(
			refusal(() =>
				verifyProfile(
					s.db,
					s.handler,
					s.ngoId,
					{ contactUserId: s.otherNgo.userId, note: '' },
					s.now
				)
			).code
		).toBe('not_found');
		verifyProfile(
			s.db,
			s.handler,
			s.ngoId,
			{ contactUserId: s.applicant.userId, note: 'Yhdistysrekisteri tarkistettu' },
			s.now
		);
		expect(profileOf(s.db, s.ngoId)).toMatchObject({
			verifiedBy: s.handler.userId,
			verificationNote: 'Yhdistysrekisteri tarkistettu'
		});
		expect(
			s.db.select().from(auditEvent).where(eq(auditEvent.action, 'organisation.verified')).all()
		).toHaveLength(1);
	});

	it('lets the confirmed contact name colleagues; others of the NGO then only read', () => {
		const id = startApplication(s.db, s.colleague, s.call.id, s.now);
		verifyProfile(
			s.db,
			s.coordinator,
			s.ngoId,
			{ contactUserId: s.applicant.userId, note: '' },
			s.now
		);
		expect(refusal(() => saveDraft(s.db, s.colleague, id, draft(), s.now)).code).toBe('forbidden');
		expect(refusal(() => startApplication(s.db, s.colleague, s.call.id, s.now)).code).toBe(
			'forbidden'
		);
		expect(
			refusal(() => nameColleague(s.db, s.colleague, s.ngoId, s.colleague.userId, s.now)).code
		).toBe('forbidden');
		expect(
			refusal(() => nameColleague(s.db, s.applicant, s.ngoId, s.otherNgo.userId, s.now)).code
		).toBe('not_found');
		nameColleague(s.db, s.applicant, s.ngoId, s.colleague.userId, s.now);
		saveDraft(s.db, s.colleague, id, draft(), s.now);
		removeColleague(s.db, s.applicant, s.ngoId, s.colleague.userId, s.now);
		expect(refusal(() => saveDraft(s.db, s.colleague, id, draft(), s.now)).code).toBe('forbidden');
	});
});
