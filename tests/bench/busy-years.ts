/**
 * Five years of meetings for the page benchmark: every body of the demo
 * region meets every six weeks (on a working day) before the demo's own
 * meetings, and each meeting goes through the real use cases: scheduled,
 * started, minuted, sent to review, approved by secretary and chair, and
 * published for public bodies. Deterministic for a given `now`.
 */
import { and, eq, lt } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { appendParagraphs, readItems, textOf } from '../../src/lib/documents/doc-schema';
import { docName } from '../../src/lib/domain/doc-name';
import { ZONE } from '../../src/lib/domain/time';
import { meetingDay } from '../../src/lib/domain/year-plan';
import { loadActor } from '../../src/lib/server/auth/actor';
import { changeLiveDoc } from '../../src/lib/server/collab/store';
import type { Db } from '../../src/lib/server/db/client';
import { body, meeting, membership, organisation, user } from '../../src/lib/server/db/schema';
import { projectItems } from '../../src/lib/server/meetings/projection';
import {
	scheduleMeeting,
	sendMinutesToReview,
	startMeeting
} from '../../src/lib/server/meetings/service';
import { approveMinutes, publishMinutes } from '../../src/lib/server/records/signoff';

export const BUSY_YEARS = 5;
const WEEKS_BETWEEN = 6;
const DAY = 24 * 60 * 60 * 1000;

export interface BusyYears {
	meetings: number;
}

/**
 * Adds the history before each body's earliest demo meeting, so the demo's own meetings stay as
 * they are: of every region's bodies, or of one region's.
 */
export function addBusyYears(db: Db, now = new Date(), regionId?: number): BusyYears {
	const inRegion = (column: typeof body.regionId | typeof organisation.regionId) =>
		regionId === undefined ? undefined : eq(column, regionId);
	const coordinator = loadActor(
		db,
		db
			.select({ user })
			.from(user)
			.innerJoin(organisation, eq(user.organisationId, organisation.id))
			.where(and(eq(user.siteRole, 'coordinator'), inRegion(organisation.regionId)))
			.get()!.user
	);
	const officer = (bodyId: number, role: 'chair' | 'secretary') => {
		const row = db
			.select({ user })
			.from(membership)
			.innerJoin(user, eq(membership.userId, user.id))
			.where(and(eq(membership.bodyId, bodyId), eq(membership.role, role)))
			.get();
		return row ? loadActor(db, row.user) : null;
	};
	const start = DateTime.fromJSDate(now, { zone: ZONE }).minus({ years: BUSY_YEARS });
	let meetings = 0;
	for (const b of db.select().from(body).where(inRegion(body.regionId)).all()) {
		const secretary = officer(b.id, 'secretary');
		const chair = officer(b.id, 'chair');
		const first = db
			.select({ startsAt: meeting.startsAt })
			.from(meeting)
			.where(eq(meeting.bodyId, b.id))
			.orderBy(meeting.startsAt)
			.get();
		// Stop six weeks before the body's first demo meeting: numbers of a year run in time order only approximately otherwise.
		const until = (first?.startsAt.getTime() ?? now.getTime()) - WEEKS_BETWEEN * 7 * DAY;
		for (let day = start; day.toMillis() < until; day = day.plus({ weeks: WEEKS_BETWEEN })) {
			const startsAt = meetingDay(day).set({ hour: 13, minute: 0, second: 0, millisecond: 0 });
			if (startsAt.toMillis() >= until) break;
			const endsAt = startsAt.plus({ hours: 2 });
			const created = scheduleMeeting(db, coordinator, b.id, {
				title: '',
				startsAt: startsAt.toJSDate(),
				endsAt: endsAt.toJSDate(),
				place: 'Teams',
				onlineUrl: ''
			});
			startMeeting(db, coordinator, created.id, startsAt.toJSDate());
			const minutes = changeLiveDoc(db, docName('minutes', created.id), (doc) => {
				for (const item of readItems(doc)) {
					appendParagraphs(
						textOf(doc, 'discussion', item.id),
						`Keskusteltiin kohdasta ${item.title}.`
					);
					appendParagraphs(textOf(doc, 'decision', item.id), 'Hyväksyttiin esityksen mukaisesti.');
				}
			});
			projectItems(db, created.id, minutes);
			sendMinutesToReview(db, coordinator, created.id, endsAt.toJSDate(), endsAt.toJSDate());
			if (secretary) approveMinutes(db, secretary, created.id, endsAt.plus({ days: 1 }).toJSDate());
			if (chair) approveMinutes(db, chair, created.id, endsAt.plus({ days: 2 }).toJSDate());
			if (b.public && secretary && chair)
				publishMinutes(db, secretary, created.id, endsAt.plus({ days: 3 }).toJSDate());
			meetings++;
		}
	}
	return { meetings };
}

/** The region's busiest body (the most meetings before `now`): the one the body page is measured on. */
export function busiestBody(db: Db, now = new Date()): number {
	const counts = new Map<number, number>();
	for (const row of db
		.select({ bodyId: meeting.bodyId })
		.from(meeting)
		.where(lt(meeting.startsAt, now))
		.all())
		counts.set(row.bodyId, (counts.get(row.bodyId) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
