import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { MEETING_STATUSES, type MeetingStatus } from '../domain/meetings';
import type { Actor, BodyTarget } from '../domain/policy';
import type { BodyRole } from '../domain/roles';
import {
	grantApplication,
	grantCompletionRequest,
	meeting,
	membership,
	planDocument
} from './db/schema';
import { grantScene } from './testing/grant-scene';
import { insertApplication } from './testing/grant-fixtures';
import { createTestDb } from './db/testing';
import {
	insertBody,
	actorOf,
	insertActor,
	insertRegion,
	insertUser,
	refusal
} from './testing/fixtures';
import {
	assertCan,
	assertCanRead,
	canApprove,
	documentAccess,
	mayChangeAttachments,
	mayReadAttachment,
	mayReadNonPublicAttachments,
	meetingDocumentAccess,
	type DocAccess
} from './access';

const BODY: BodyTarget = {
	id: 10,
	regionId: 1,
	level: 'operational',
	public: true,
	membersCoEditMinutes: false
};

function inBody(role: BodyRole | null, userId = 99): Actor {
	return {
		userId,
		siteRole: 'member',
		organisationId: 5,
		organisationKind: 'municipality',
		nationalRole: false,
		regionId: 1,
		memberships: role ? [{ bodyId: BODY.id, role }] : []
	};
}

const secretary = inBody('secretary');
const member = inBody('member');
const guest = inBody('guest');
const outsider = inBody(null);

/** Per status: [agenda, minutes] for the secretary, a member, a guest and someone outside the body. */
const DOCUMENTS: Record<MeetingStatus, Record<string, [DocAccess, DocAccess]>> = {
	planned: {
		secretary: ['edit', 'deny'],
		member: ['read', 'deny'],
		guest: ['read', 'deny'],
		outsider: ['deny', 'deny']
	},
	in_progress: {
		secretary: ['read', 'edit'],
		member: ['read', 'read'],
		guest: ['read', 'deny'],
		outsider: ['deny', 'deny']
	},
	minutes_review: {
		secretary: ['read', 'read'],
		member: ['read', 'read'],
		guest: ['read', 'deny'],
		outsider: ['deny', 'deny']
	},
	approved: {
		secretary: ['read', 'read'],
		member: ['read', 'read'],
		guest: ['read', 'deny'],
		outsider: ['deny', 'deny']
	},
	published: {
		secretary: ['read', 'read'],
		member: ['read', 'read'],
		guest: ['read', 'deny'],
		outsider: ['deny', 'deny']
	},
	cancelled: {
		secretary: ['read', 'deny'],
		member: ['read', 'deny'],
		guest: ['read', 'deny'],
		outsider: ['deny', 'deny']
	}
};

const PEOPLE: Record<string, Actor> = { secretary, member, guest, outsider };

describe('access: live documents of a meeting', () => {
	for (const status of MEETING_STATUSES) {
		it(`${status}: the agenda is edited only while planned, the minutes only during the meeting`, () => {
			const actual = Object.fromEntries(
				Object.entries(PEOPLE).map(([who, actor]) => [
					who,
					[
						meetingDocumentAccess(actor, 'agenda', status, BODY),
						meetingDocumentAccess(actor, 'minutes', status, BODY)
					]
				])
			);
			expect(actual).toEqual(DOCUMENTS[status]);
		});
	}

	it('lets members co-edit the minutes where the body allows it', () => {
		const coEdited = { ...BODY, membersCoEditMinutes: true };
		expect(meetingDocumentAccess(member, 'minutes', 'in_progress', coEdited)).toBe('edit');
		expect(meetingDocumentAccess(guest, 'minutes', 'in_progress', coEdited)).toBe('deny');
	});

	it('denies the anonymous', () => {
		expect(meetingDocumentAccess(null, 'agenda', 'planned', BODY)).toBe('deny');
	});
});

describe('access: attachments', () => {
	it('lets the agenda’s editors change them before the meeting, the minutes’ editors during it, nobody later', () => {
		const changers = (status: MeetingStatus) =>
			Object.entries(PEOPLE)
				.filter(([, actor]) => mayChangeAttachments(actor, status, BODY))
				.map(([who]) => who);
		expect(changers('planned')).toEqual(['secretary']);
		expect(changers('in_progress')).toEqual(['secretary']);
		for (const status of ['minutes_review', 'approved', 'published', 'cancelled'] as const)
			expect(changers(status)).toEqual([]);
	});

	it('shows public attachments with the meeting and non-public ones with the draft minutes', () => {
		const readers = (file: { public: boolean }) =>
			Object.entries(PEOPLE)
				.filter(([, actor]) => mayReadAttachment(actor, BODY, file))
				.map(([who]) => who);
		expect(readers({ public: true })).toEqual(['secretary', 'member', 'guest']);
		expect(readers({ public: false })).toEqual(['secretary', 'member']);
		expect(mayReadNonPublicAttachments(guest, BODY)).toBe(false);
		expect(mayReadAttachment(null, BODY, { public: true })).toBe(false);
	});
});

describe('access: sign-off', () => {
	const minutes = { ...BODY, approverUserIds: [99], barredUserIds: [] };

	it('lets those who sign for the meeting approve while the minutes are in review', () => {
		expect(canApprove(secretary, 'minutes_review', minutes)).toBe(true);
		expect(canApprove(inBody('secretary', 7), 'minutes_review', minutes)).toBe(false);
		for (const status of MEETING_STATUSES.filter((s) => s !== 'minutes_review'))
			expect(canApprove(secretary, status, minutes)).toBe(false);
	});

	it('does not let an administrator approve for those who sat in the meeting', () => {
		const admin: Actor = { ...inBody(null, 7), siteRole: 'admin' };
		expect(canApprove(admin, 'minutes_review', minutes)).toBe(false);
	});
});

describe('access: refusals', () => {
	it('refuses with the forbidden action named, and lets the allowed through', () => {
		const refused = refusal(() => assertCan(member, 'agenda.edit', BODY));
		expect([refused.code, refused.messageKey]).toEqual(['forbidden', 'forbidden.agenda.edit']);
		expect(() => assertCan(secretary, 'agenda.edit', BODY)).not.toThrow();
		expect(refusal(() => assertCan(null, 'meeting.read', BODY)).code).toBe('forbidden');
	});

	it('hides what another region has: reading it is not found there, forbidden in one’s own region', () => {
		const elsewhere: Actor = { ...outsider, regionId: 2 };
		expect(refusal(() => assertCanRead(elsewhere, 'meeting.read', BODY)).code).toBe('not_found');
		const refused = refusal(() => assertCanRead(outsider, 'meeting.read', BODY));
		expect([refused.code, refused.messageKey]).toEqual(['forbidden', 'forbidden.meeting.read']);
		expect(refusal(() => assertCanRead(null, 'meeting.read', BODY)).code).toBe('forbidden');
		expect(() => assertCanRead(member, 'meeting.read', BODY)).not.toThrow();
		// A member of another region's body reads it all the same.
		expect(() => assertCanRead({ ...member, regionId: 2 }, 'meeting.read', BODY)).not.toThrow();
	});
});

describe('access: live documents by name', () => {
	const db = createTestDb();
	const home = insertRegion(db, 'koti');
	const away = insertRegion(db, 'muu');
	const coordinator = insertActor(db, home.countyId, 'koordinaattori@example.fi', 'coordinator');
	const awayCoordinator = insertActor(db, away.countyId, 'muualla@example.fi', 'coordinator');
	const bodyId = insertBody(db, home.regionId, 'operational');
	const secretaryUser = insertUser(db, home.municipalityId, 'sihteeri@example.fi');
	db.insert(membership).values({ bodyId, userId: secretaryUser.id, role: 'secretary' }).run();
	const bodySecretary = actorOf(db, secretaryUser.id);
	const meetingId = db
		.insert(meeting)
		.values({
			bodyId,
			sequence: 1,
			year: 2026,
			title: '',
			startsAt: new Date('2026-03-10T10:00:00Z'),
			endsAt: new Date('2026-03-10T12:00:00Z')
		})
		.returning()
		.get().id;
	const documentId = db
		.insert(planDocument)
		.values({
			regionId: home.regionId,
			kind: 'other',
			title: 'Hyvinvointisuunnitelma',
			createdBy: coordinator.userId,
			createdAt: new Date()
		})
		.returning()
		.get().id;

	it("gives a plan document to its region's coordinators only", () => {
		expect(documentAccess(db, coordinator, `document:${documentId}`)).toBe('edit');
		expect(documentAccess(db, awayCoordinator, `document:${documentId}`)).toBe('deny');
		expect(documentAccess(db, bodySecretary, `document:${documentId}`)).toBe('deny');
		expect(documentAccess(db, coordinator, `document:${documentId + 1}`)).toBe('deny');
	});

	it("gives a meeting's documents by its status and the person's role in its body", () => {
		expect(documentAccess(db, bodySecretary, `agenda:${meetingId}`)).toBe('edit');
		expect(documentAccess(db, bodySecretary, `minutes:${meetingId}`)).toBe('deny');
		expect(documentAccess(db, awayCoordinator, `agenda:${meetingId}`)).toBe('deny');
		expect(documentAccess(db, bodySecretary, `agenda:${meetingId + 1}`)).toBe('deny');
	});

	it('denies a name that is not a document and a visitor who is not signed in', () => {
		expect(documentAccess(db, bodySecretary, `agenda:0${meetingId}`)).toBe('deny');
		expect(documentAccess(db, bodySecretary, 'agendas:1')).toBe('deny');
		expect(documentAccess(db, null, `agenda:${meetingId}`)).toBe('deny');
		expect(documentAccess(db, null, `document:${documentId}`)).toBe('deny');
	});
});

describe('access: an application’s live texts', () => {
	const s = grantScene();
	const id = insertApplication(s.db, s.call.id, s.ngoId, s.applicant.userId).id;
	const name = `application:${id}`;
	const access = (actor: Actor | null) => documentAccess(s.db, actor, name, s.now);
	const setStatus = (status: 'draft' | 'submitted') =>
		s.db.update(grantApplication).set({ status }).where(eq(grantApplication.id, id)).run();

	it('gives a draft to the applicant’s people to write, and to nobody else', () => {
		expect(access(s.applicant)).toBe('edit');
		expect(access(s.colleague)).toBe('edit');
		for (const other of [s.otherNgo, s.foreignNgo, s.handler, s.assessor, s.municipal, null])
			expect(access(other)).toBe('deny');
		// After the call's deadline the draft is read, not written.
		expect(documentAccess(s.db, s.applicant, name, s.afterDeadline)).toBe('read');
		expect(documentAccess(s.db, s.applicant, `application:${id + 1}`, s.now)).toBe('deny');
	});

	it('makes a submitted application read-only for all, and readable by the call’s people', () => {
		setStatus('submitted');
		for (const reader of [s.applicant, s.colleague, s.handler, s.assessor, s.admin])
			expect(access(reader)).toBe('read');
		for (const other of [s.otherNgo, s.foreignNgo, s.municipal]) expect(access(other)).toBe('deny');
		setStatus('draft');
	});

	it('opens the texts again while a request for completion asks for them, until its deadline', () => {
		setStatus('submitted');
		const ask = (parts: string[]) =>
			s.db
				.insert(grantCompletionRequest)
				.values({
					applicationId: id,
					parts: JSON.stringify(parts),
					message: 'Täydentäkää.',
					dueAt: s.afterDeadline,
					requestedBy: s.handler.userId,
					requestedAt: s.now
				})
				.run();
		ask(['budget']);
		expect(access(s.applicant)).toBe('read');
		ask(['activity']);
		expect(access(s.applicant)).toBe('edit');
		expect(access(s.handler)).toBe('read');
		expect(access(s.otherNgo)).toBe('deny');
		expect(documentAccess(s.db, s.applicant, name, s.afterDeadline)).toBe('read');
	});
});
