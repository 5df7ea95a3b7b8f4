/**
 * The demo's disqualification story, on last year's decided grant call: the
 * municipal director sits on the board of Mielenvireä Karjala ry, an
 * applicant. In the deciding meeting he declares himself disqualified on the
 * operating grants item, leaves the room for it and returns; the minutes say
 * so, and the app would warn him should he be named to assess its application.
 */
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../domain/policy';
import type { Db } from '../db/client';
import { attendance, body, meeting, organisationPerson } from '../db/schema';
import { declareDisqualification } from '../meetings/disqualification';
import { recordPresence } from '../meetings/service';
import { DEMO_ORGANISATIONS, DEMO_PEOPLE } from './data';
import { demoActor, demoOrganisationIds } from './people';

/** How long the item took while he was out of the room. */
const ITEM_MINUTES = 10;

export function declareDemoDisqualification(
	db: Db,
	secretary: Actor,
	meetingId: number,
	itemKey: string,
	at: Date
): void {
	const director = demoActor(db, 'director');
	const { regionId } = db
		.select({ regionId: body.regionId })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(meeting.id, meetingId))
		.get()!;
	db.insert(organisationPerson)
		.values({
			organisationId: demoOrganisationIds(db, regionId)('mentalHealth'),
			name: DEMO_PEOPLE.director.name,
			role: 'board_member',
			email: DEMO_PEOPLE.director.email ?? '',
			userId: director.userId
		})
		.run();
	const seat = db
		.select({ id: attendance.id })
		.from(attendance)
		.where(and(eq(attendance.meetingId, meetingId), eq(attendance.userId, director.userId)))
		.get();
	if (!seat) throw new Error('demo seed: the director is not in the decision meeting');
	declareDisqualification(
		db,
		secretary,
		meetingId,
		{
			itemKey,
			attendanceId: seat.id,
			ground: 'position',
			specification: `${DEMO_ORGANISATIONS.mentalHealth.name}:n hallituksen jäsen`
		},
		at
	);
	recordPresence(
		db,
		secretary,
		meetingId,
		seat.id,
		'returned',
		new Date(at.getTime() + ITEM_MINUTES * 60_000)
	);
}
