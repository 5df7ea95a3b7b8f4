/**
 * What the app already knows about a region, for the survey's prefill
 * (PREFILL_SOURCES): its cooperation structure from its bodies, whether its
 * strategic body met this year and with NGO people, the grants its calls
 * decided for the year, and its coordinators.
 */
import { and, asc, eq, inArray, lte, ne } from 'drizzle-orm';
import type { AnswerValue, PrefillSource } from '../../domain/survey';
import {
	coordinatorsText,
	hyteFromMeetings,
	structureFromBodies
} from '../../domain/survey-answers';
import type { Queryable } from '../db/client';
import { attendance, body, meeting, membership, organisation, region, user } from '../db/schema';
import { grantFigures } from '../grants/figures';

/** The NGOs' people among the given users. */
function ngoUserIds(db: Queryable, userIds: readonly number[]): Set<number> {
	if (userIds.length === 0) return new Set();
	return new Set(
		db
			.select({ id: user.id })
			.from(user)
			.innerJoin(organisation, eq(user.organisationId, organisation.id))
			.where(and(inArray(user.id, [...userIds]), eq(organisation.kind, 'ngo')))
			.all()
			.map((u) => u.id)
	);
}

function cooperationStructure(db: Queryable, regionId: number): AnswerValue {
	const bodies = db
		.select({ id: body.id, name: body.name, level: body.level })
		.from(body)
		.where(eq(body.regionId, regionId))
		.orderBy(asc(body.id))
		.all();
	const members = db
		.select({ bodyId: membership.bodyId, userId: membership.userId })
		.from(membership)
		.innerJoin(body, eq(membership.bodyId, body.id))
		.where(eq(body.regionId, regionId))
		.all();
	const ngoPeople = ngoUserIds(
		db,
		members.map((m) => m.userId)
	);
	return structureFromBodies(
		bodies.map((b) => ({
			...b,
			hasNgoMembers: members.some((m) => m.bodyId === b.id && ngoPeople.has(m.userId))
		}))
	);
}

/** The strategic bodies' meetings of the year that took place (not planned or cancelled, begun by now). */
function hyteNegotiations(db: Queryable, regionId: number, year: number, now: Date): AnswerValue {
	const held = db
		.select({ id: meeting.id })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(
			and(
				eq(body.regionId, regionId),
				eq(body.level, 'strategic'),
				eq(meeting.year, year),
				ne(meeting.status, 'planned'),
				ne(meeting.status, 'cancelled'),
				lte(meeting.startsAt, now)
			)
		)
		.all();
	const present =
		held.length === 0
			? []
			: db
					.select({ meetingId: attendance.meetingId, userId: attendance.userId })
					.from(attendance)
					.where(
						and(
							inArray(
								attendance.meetingId,
								held.map((m) => m.id)
							),
							eq(attendance.status, 'present')
						)
					)
					.all();
	const ngoPeople = ngoUserIds(
		db,
		present.flatMap((p) => (p.userId === null ? [] : [p.userId]))
	);
	return hyteFromMeetings(
		held.map((m) => ({
			ngoAttended: present.some(
				(p) => p.meetingId === m.id && p.userId !== null && ngoPeople.has(p.userId)
			)
		}))
	);
}

function grantsDecided(db: Queryable, regionId: number, year: number): AnswerValue {
	const slug = db.select({ slug: region.slug }).from(region).where(eq(region.id, regionId)).get()!;
	return { kind: 'money', cents: grantFigures(db, slug.slug, year).totals.grantedCents };
}

function coordinators(db: Queryable, regionId: number): AnswerValue {
	return coordinatorsText(
		db
			.select({ name: user.name, title: user.title })
			.from(user)
			.innerJoin(organisation, eq(user.organisationId, organisation.id))
			.where(
				and(
					eq(organisation.regionId, regionId),
					eq(user.siteRole, 'coordinator'),
					eq(user.active, true)
				)
			)
			.orderBy(asc(user.name))
			.all()
	);
}

/** Everything the app knows of the region for the survey of `year`, by source. */
export function regionKnowledge(
	db: Queryable,
	regionId: number,
	year: number,
	now: Date
): Record<PrefillSource, AnswerValue> {
	return {
		cooperation_structure: cooperationStructure(db, regionId),
		hyte_negotiations: hyteNegotiations(db, regionId, year, now),
		grants_decided: grantsDecided(db, regionId, year),
		coordinators: coordinators(db, regionId)
	};
}
