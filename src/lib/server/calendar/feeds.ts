/**
 * iCalendar feeds (RFC 5545) through ical-generator: a public body's meetings,
 * a user's own meetings and milestones behind a secret URL, and one meeting as
 * a download. UIDs are stable, SEQUENCE follows each row's revision (which
 * rises with every change that shows in the event, src/lib/server/meetings/revision.ts),
 * and a cancelled meeting stays in the feed with STATUS:CANCELLED so calendars drop it.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { and, eq, gte, inArray } from 'drizzle-orm';
import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { lastDayOf, milestoneTitle } from '../../domain/calendar';
import { isInPublicArchive, numberOf } from '../../domain/meetings';
import { can, type Actor } from '../../domain/policy';
import { helsinkiYear, ZONE } from '../../domain/time';
import { DEFAULT_LANGUAGE, translator, type Translator } from '../../i18n';
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
import { listItems } from '../meetings/rows';

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

/** Tentative until the invitation with the agenda is sent; confirmed from then on. */
function meetingStatus(m: Meeting): ICalEventStatus {
	if (m.status === 'cancelled') return ICalEventStatus.CANCELLED;
	return m.status === 'planned' && m.invitedAt === null
		? ICalEventStatus.TENTATIVE
		: ICalEventStatus.CONFIRMED;
}

/** What one reader's calendar shows of a meeting besides its time, place and status. */
interface MeetingEvent {
	/** The page the event links to, or null when the reader has none to open. */
	url: string | null;
	/** The agenda's item titles in order; empty where the reader may not see the agenda. */
	itemTitles: readonly string[];
	/** Whether the reader may see the meeting, and so its join link: never in a public feed. */
	withJoinLink: boolean;
	/** Further paragraphs: what the meeting asks of the reader's organisation. */
	notes?: readonly string[];
}

/** "Kaupungintalo, https://teams…": calendar apps offer the link in the location to join. */
function locationOf(m: Meeting, withJoinLink: boolean): string | null {
	return [m.place, withJoinLink ? m.onlineUrl : ''].filter(Boolean).join(', ') || null;
}

/** The numbered agenda, the notes, and the meeting page's address, as paragraphs. */
function descriptionOf(event: MeetingEvent, t: Translator): string | null {
	const agenda = event.itemTitles.length
		? [
				t.t('calendar.feed.agenda'),
				...event.itemTitles.map((title, i) => `${i + 1}. ${title}`)
			].join('\n')
		: '';
	return [agenda, ...(event.notes ?? []), event.url ?? ''].filter(Boolean).join('\n\n') || null;
}

function addMeeting(
	cal: ICalCalendar,
	m: Meeting,
	b: Body,
	event: MeetingEvent,
	t: Translator
): void {
	cal.createEvent({
		id: `meeting-${m.id}@yhdyspinta`,
		start: zoned(m.startsAt),
		end: zoned(m.endsAt),
		timezone: ZONE,
		summary: `${b.name} ${numberOf(m)}`,
		location: locationOf(m, event.withJoinLink),
		description: descriptionOf(event, t),
		url: event.url,
		sequence: m.revision,
		status: meetingStatus(m),
		created: m.createdAt
	});
}

/** The item titles of each meeting, in agenda order. */
function itemTitlesOf(db: Queryable, meetingIds: number[]): Map<number, string[]> {
	const titles = new Map<number, string[]>(meetingIds.map((id) => [id, []]));
	for (const item of listItems(db, meetingIds)) titles.get(item.meetingId)?.push(item.title);
	return titles;
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

/**
 * A public body's meetings; anyone may subscribe. Non-public bodies do not
 * exist here. Every meeting shows its time, place and status; its agenda and
 * a link only while they are public in the archive; its join link never,
 * since a public body's documents are public but its meetings are for those
 * called to them.
 */
export function publicBodyFeed(
	db: Queryable,
	bodyId: number,
	origin: string,
	now = new Date()
): string {
	const target = db.select().from(body).where(eq(body.id, bodyId)).get();
	if (!target?.public) throw notFound();
	const t = translator(DEFAULT_LANGUAGE);
	const cal = newCalendar(target.name);
	const rows = db
		.select()
		.from(meeting)
		.where(and(eq(meeting.bodyId, bodyId), gte(meeting.startsAt, since(now))))
		.all();
	const titles = itemTitlesOf(
		db,
		rows.filter((m) => isInPublicArchive(m, target)).map((m) => m.id)
	);
	for (const m of rows) {
		const isPublic = isInPublicArchive(m, target);
		addMeeting(
			cal,
			m,
			target,
			{
				url: isPublic ? `${origin}/archive/meetings/${m.id}` : null,
				itemTitles: titles.get(m.id) ?? [],
				withJoinLink: false
			},
			t
		);
	}
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

/** The same feed for a calendar app to subscribe to: `webcal:` opens the app instead of downloading. */
export function webcalUrl(httpUrl: string): string {
	return httpUrl.replace(/^https?:/, 'webcal:');
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
		const titles = itemTitlesOf(
			db,
			rows.map((r) => r.meeting.id)
		);
		for (const r of rows)
			addMeeting(
				cal,
				r.meeting,
				r.body,
				{
					url: `${origin}/meetings/${r.meeting.id}`,
					itemTitles: titles.get(r.meeting.id) ?? [],
					withJoinLink: true
				},
				t
			);
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

/**
 * One meeting as an .ics download for one person who may see it: its
 * description carries the agenda and what the meeting asks of their organisation.
 */
export function meetingIcs(
	m: Meeting,
	b: Body,
	origin: string,
	t: Translator,
	itemTitles: readonly string[],
	requestsToUs: readonly string[] = []
): string {
	const cal = newCalendar(`${b.name} ${numberOf(m)}`);
	addMeeting(
		cal,
		m,
		b,
		{ url: `${origin}/meetings/${m.id}`, itemTitles, withJoinLink: true, notes: requestsToUs },
		t
	);
	return cal.toString();
}
