/**
 * Data for the collaboration tests and the benchmark, inserted directly: a
 * region with a county, a municipality and an NGO; an operational body whose
 * minutes only the officers write, and a forum with an NGO member; meetings
 * in progress and approved, each with its agenda and minutes documents.
 */
import { DEFAULT_CADENCE } from '../../src/lib/domain/levels';
import type { Level } from '../../src/lib/domain/levels';
import type { MeetingStatus } from '../../src/lib/domain/meetings';
import type { BodyRole } from '../../src/lib/domain/roles';
import { createAgendaDoc, createMinutesDoc } from '../../src/lib/documents/doc-schema';
import { createSession } from '../../src/lib/server/auth/session';
import { storeNewDoc } from '../../src/lib/server/collab/store';
import type { Db } from '../../src/lib/server/db/client';
import { body, meeting, membership } from '../../src/lib/server/db/schema';
import {
	insertOrganisation,
	insertRegion,
	insertUser
} from '../../src/lib/server/testing/fixtures';

export interface TestUser {
	userId: number;
	token: string;
	sessionId: string;
}

export interface CollabFixture {
	/** Secretary of the operational body: edits its minutes. */
	secretary: TestUser;
	/** A second officer of the same body, to have two editors. */
	chair: TestUser;
	/** Member of the operational body: reads its minutes, cannot write them. */
	member: TestUser;
	/** In the region but in no body. */
	outsider: TestUser;
	/** NGO representative, member of the forum. */
	ngoMember: TestUser;
	/** Operational body's meeting in progress: minutes are live. */
	meetingId: number;
	/** The forum's meeting in progress. */
	forumMeetingId: number;
	/** Operational body's meeting whose minutes are approved (frozen). */
	approvedMeetingId: number;
}

function insertBody(db: Db, regionId: number, name: string, level: Level): number {
	return db
		.insert(body)
		.values({
			regionId,
			name,
			level,
			cadenceMin: DEFAULT_CADENCE[level].min,
			cadenceMax: DEFAULT_CADENCE[level].max,
			membersCoEditMinutes: false
		})
		.returning({ id: body.id })
		.get().id;
}

function insertMeeting(db: Db, bodyId: number, sequence: number, status: MeetingStatus): number {
	const startsAt = new Date('2026-03-10T11:00:00Z');
	const id = db
		.insert(meeting)
		.values({
			bodyId,
			sequence,
			year: 2026,
			title: `Kokous ${sequence}/2026`,
			startsAt,
			endsAt: new Date(startsAt.getTime() + 7_200_000),
			status
		})
		.returning({ id: meeting.id })
		.get().id;
	const agenda = createAgendaDoc([
		{ title: 'Kokouksen avaus', proposal: 'Puheenjohtaja avaa kokouksen.' },
		{ title: 'Hyvinvointisuunnitelma', proposal: 'Merkitään tiedoksi.' }
	]);
	storeNewDoc(db, `agenda:${id}`, agenda);
	storeNewDoc(db, `minutes:${id}`, createMinutesDoc(agenda));
	return id;
}

function member(
	db: Db,
	organisationId: number,
	email: string,
	bodyId: number | null,
	role: BodyRole
): TestUser {
	const row = insertUser(db, organisationId, email);
	if (bodyId !== null) db.insert(membership).values({ bodyId, userId: row.id, role }).run();
	const { token, session } = createSession(db, row.id);
	return { userId: row.id, token, sessionId: session.id };
}

export function createCollabFixture(db: Db): CollabFixture {
	const { regionId, countyId, municipalityId } = insertRegion(db, 'testi');
	const ngoId = insertOrganisation(db, regionId, 'Testijärjestö ry', 'ngo');
	const operational = insertBody(db, regionId, 'Hyvinvointiryhmä', 'operational');
	const forum = insertBody(db, regionId, 'Järjestöfoorumi', 'forum');
	const fixture: CollabFixture = {
		secretary: member(db, countyId, 'sihteeri@testi.example', operational, 'secretary'),
		chair: member(db, municipalityId, 'pj@testi.example', operational, 'chair'),
		member: member(db, municipalityId, 'jasen@testi.example', operational, 'member'),
		outsider: member(db, municipalityId, 'ulkopuolinen@testi.example', null, 'member'),
		ngoMember: member(db, ngoId, 'jarjesto@testi.example', forum, 'member'),
		meetingId: insertMeeting(db, operational, 1, 'in_progress'),
		forumMeetingId: insertMeeting(db, forum, 1, 'in_progress'),
		approvedMeetingId: insertMeeting(db, operational, 2, 'approved')
	};
	// The forum's secretary, so that the forum's minutes have an editor too.
	db.insert(membership)
		.values({ bodyId: forum, userId: fixture.secretary.userId, role: 'secretary' })
		.run();
	return fixture;
}
