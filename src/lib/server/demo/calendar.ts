/**
 * The demo region's annual calendar: this year's and next year's milestones
 * from the typical year, and an item the coordinator network has forwarded to
 * the strategic negotiation, waiting for its secretary.
 */
import { and, asc, eq } from 'drizzle-orm';
import { helsinkiYear } from '../../domain/time';
import { loadActor } from '../auth/actor';
import { forwardItem } from '../calendar/forwarding';
import { insertDefaultYear } from '../calendar/milestones';
import type { Db } from '../db/client';
import { agendaItem, body, meeting, region, user } from '../db/schema';
import { DEMO_REGION } from './data';

const NETWORK = 'Hyvinvointikoordinaattoriverkosto';
const STRATEGIC = 'HYTE-neuvottelut (strateginen taso)';
const FORWARDED_TOPIC = 'Strategisen tason neuvottelujen valmistelu';

export function seedDemoCalendar(db: Db, now: Date): void {
	const regionId = db.select().from(region).where(eq(region.slug, DEMO_REGION.slug)).get()!.id;
	const year = helsinkiYear(now);
	db.transaction((tx) => {
		insertDefaultYear(tx, regionId, year);
		insertDefaultYear(tx, regionId, year + 1);
	});

	const bodyId = (name: string) =>
		db
			.select()
			.from(body)
			.where(and(eq(body.regionId, regionId), eq(body.name, name)))
			.get()!.id;
	// The network's meeting running today prepares an item for the strategic level.
	const running = db
		.select()
		.from(meeting)
		.where(and(eq(meeting.bodyId, bodyId(NETWORK)), eq(meeting.status, 'in_progress')))
		.orderBy(asc(meeting.startsAt))
		.get();
	const item =
		running &&
		db
			.select()
			.from(agendaItem)
			.where(and(eq(agendaItem.meetingId, running.id), eq(agendaItem.title, FORWARDED_TOPIC)))
			.get();
	if (!running || !item) return;
	const secretary = db
		.select()
		.from(user)
		.where(eq(user.email, 'koordinaattori@yhdyspinta.example'))
		.get()!;
	forwardItem(
		db,
		loadActor(db, secretary),
		running.id,
		item.key,
		{
			targetBodyId: bodyId(STRATEGIC),
			targetMeetingId: null,
			note: 'Verkosto esittää, että neuvotteluissa sovitaan yhteisistä tilannekuvan indikaattoreista kunnittain.'
		},
		now
	);
}
