/**
 * iCalendar feeds (RFC 5545) through ical-generator: a public body's meetings,
 * a user's own meetings and milestones behind a secret URL, and one meeting as
 * a download. UIDs are stable, SEQUENCE follows each row's revision, and a
 * cancelled meeting stays in the feed with STATUS:CANCELLED so calendars drop it.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { and, eq, gte, inArray } from 'drizzle-orm';
import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { lastDayOf, milestoneTitle } from '../../domain/calendar';
import { isInPublicArchive, numberOf } from '../../domain/meetings';
import { can, type Actor } from '../../domain/policy';
import { helsinkiYear, ZONE } from '../../domain/time';
import { translator, type Translator } from '../../i18n';
import { loadActor } from '../auth/actor';
import { generateToken } from '../auth/session';
import { bodyTarget } from '../bodies/target';
import { listMyBodies } from '../bodies/readable';
import type { Queryable } from '../db/client';
import {
	body,
	calendarFeedToken,
	meeting,
	milestone,
	user,
	type Body,
	type Meeting,
	type Milestone
} from '../db/schema';
import { notFound } from '../errors';

/** Feeds reach back this far, so last year's meetings stay in subscribed calendars. */
const FEED_HISTORY_MONTHS = 13;

function newCalendar(name: string): ICalCalendar {
	return new ICalCalendar({
		name,
		prodId: { company: 'Yhdyspinta', product: 'Yhdyspinta', language: 'FI' },
		timezone: { name: ZONE, generator: getVtimezoneComponent }
	});
}

function zoned(at: Date): DateTime {
	return DateTime.fromJSDate(at).setZone(ZONE);
}

/** A called meeting is confirmed; one not yet called is tentative. */
function meetingStatus(m: Meeting): ICalEventStatus {
	if (m.status === 'cancelled') return ICalEventStatus.CANCELLED;
	return m.status === 'planned' && m.invitedAt === null
		? ICalEventStatus.TENTATIVE
		: ICalEventStatus.CONFIRMED;
}

function addMeeting(
	cal: ICalCalendar,
	m: Meeting,
	b: Body,
	url: string | null,
	notes: readonly string[] = []
): void {
	cal.createEvent({
		id: `meeting-${m.id}@yhdyspinta`,
		start: zoned(m.startsAt),
		end: zoned(m.endsAt),
		timezone: ZONE,
		summary: `${b.name} ${numberOf(m)}`,
		location: m.place || null,
		description: [m.onlineUrl, ...notes].filter(Boolean).join('\n\n') || null,
		url,
		sequence: m.revision,
		status: meetingStatus(m),
		created: m.createdAt
	});
}

function addMilestone(cal: ICalCalendar, m: Milestone, t: Translator, origin: string): void {
	// All-day events end on the day after (DTEND is exclusive).
	const last = DateTime.fromISO(lastDayOf(m), { zone: ZONE }).plus({ days: 1 });
	cal.createEvent({
		id: `milestone-${m.id}@yhdyspinta`,
		start: DateTime.fromISO(m.startsOn, { zone: ZONE }),
		end: last,
		allDay: true,
		summary: milestoneTitle(m, t.tKey),
		description: m.description || null,
		url: `${origin}/calendar/milestones/${m.id}`,
		sequence: m.revision,
		created: m.createdAt
	});
}

function since(now: Date): Date {
	return DateTime.fromJSDate(now).minus({ months: FEED_HISTORY_MONTHS }).toJSDate();
}

/** A public body's meetings; anyone may subscribe. Non-public bodies do not exist here. */
export function publicBodyFeed(
	db: Queryable,
	bodyId: number,
	origin: string,
	now = new Date()
): string {
	const target = db.select().from(body).where(eq(body.id, bodyId)).get();
	if (!target?.public) throw notFound();
	const cal = newCalendar(target.name);
	const rows = db
		.select()
		.from(meeting)
		.where(and(eq(meeting.bodyId, bodyId), gte(meeting.startsAt, since(now))))
		.all();
	for (const m of rows)
		addMeeting(
			cal,
			m,
			target,
			isInPublicArchive(m, target) ? `${origin}/archive/meetings/${m.id}` : null
		);
	return cal.toString();
}

/** The secret part of the user's feed URL, created the first time it is asked for. */
export function feedTokenOf(db: Queryable, actor: Actor, now = new Date()): string {
	const existing = db
		.select()
		.from(calendarFeedToken)
		.where(eq(calendarFeedToken.userId, actor.userId))
		.get();
	if (existing) return existing.token;
	const token = generateToken();
	db.insert(calendarFeedToken).values({ userId: actor.userId, token, createdAt: now }).run();
	return token;
}

/** A new secret: the old feed URL stops working at once. */
export function resetFeedToken(db: Queryable, actor: Actor, now = new Date()): string {
	const token = generateToken();
	db.insert(calendarFeedToken)
		.values({ userId: actor.userId, token, createdAt: now })
		.onConflictDoUpdate({ target: calendarFeedToken.userId, set: { token, createdAt: now } })
		.run();
	return token;
}

export function feedUrl(origin: string, token: string): string {
	return `${origin}/calendar/feed/${token}.ics`;
}

/**
 * "My meetings and milestones": the meetings of the user's bodies (a
 * coordinator's: every body of the region) and the region's milestones.
 * Unknown or reset tokens and inactive users get nothing.
 */
export function personalFeed(
	db: Queryable,
	token: string,
	origin: string,
	now = new Date()
): string {
	const owner = db
		.select({ user })
		.from(calendarFeedToken)
		.innerJoin(user, eq(calendarFeedToken.userId, user.id))
		.where(eq(calendarFeedToken.token, token))
		.get()?.user;
	if (!owner?.active) throw notFound();
	const actor = loadActor(db, owner);
	const t = translator(owner.preferredLanguage);
	const cal = newCalendar(t.t('calendar.feed.personalName'));

	// Those who keep the region's calendar follow every body; others their own.
	const bodyIds = can(actor, 'calendar.manage', { regionId: actor.regionId })
		? db
				.select()
				.from(body)
				.where(eq(body.regionId, actor.regionId))
				.all()
				.filter((b) => can(actor, 'meeting.read', bodyTarget(b)))
				.map((b) => b.id)
		: listMyBodies(db, actor).map((b) => b.id);
	if (bodyIds.length > 0) {
		const rows = db
			.select({ meeting, body })
			.from(meeting)
			.innerJoin(body, eq(meeting.bodyId, body.id))
			.where(and(inArray(meeting.bodyId, bodyIds), gte(meeting.startsAt, since(now))))
			.all();
		for (const r of rows) addMeeting(cal, r.meeting, r.body, `${origin}/meetings/${r.meeting.id}`);
	}
	const fromYear = helsinkiYear(since(now));
	const milestones = db
		.select()
		.from(milestone)
		.where(and(eq(milestone.regionId, actor.regionId), gte(milestone.year, fromYear)))
		.all();
	for (const m of milestones) addMilestone(cal, m, t, origin);
	return cal.toString();
}

/** One meeting as an .ics download for one person: its description carries what the meeting asks of their organisation. */
export function meetingIcs(
	m: Meeting,
	b: Body,
	origin: string,
	requestsToUs: readonly string[] = []
): string {
	const cal = newCalendar(`${b.name} ${numberOf(m)}`);
	addMeeting(cal, m, b, `${origin}/meetings/${m.id}`, requestsToUs);
	return cal.toString();
}
