/** The front page of a signed-in user: their bodies by level and what needs their action. */
import { and, eq, isNull } from 'drizzle-orm';
import { LEVELS, type Level } from '../../domain/levels';
import { can, type Actor } from '../../domain/policy';
import type { BodyRole } from '../../domain/roles';
import { meetingDocumentAccess } from '../access';
import { bodyTarget } from '../bodies/target';
import { listMembers } from '../bodies/rows';
import { listMyBodies } from '../bodies/readable';
import type { Queryable } from '../db/client';
import { body, organisation, user, type Body } from '../db/schema';
import { numberOf } from '../../domain/meetings';
import { listMeetings, type MeetingWithBody } from '../meetings/readable';

export interface PendingAction {
	/** i18n key and its values; the page renders the sentence. */
	key: string;
	values: Record<string, string | number>;
	href: string;
}

export interface UpcomingMeeting {
	id: number;
	title: string;
	number: string;
	bodyName: string;
	startsAt: Date;
	endsAt: Date;
	status: string;
}

export interface HomeOverview {
	levels: { level: Level; bodies: (Body & { role: BodyRole })[] }[];
	upcoming: UpcomingMeeting[];
	pending: PendingAction[];
}

const UPCOMING_SHOWN = 5;

const AGENDA_LEAD_DAYS = 14;

/** Meetings of the actor's own bodies that are still to come or running, soonest first. */
function comingMeetings(db: Queryable, actor: Actor, now: Date): MeetingWithBody[] {
	const bodyIds = actor.memberships.map((m) => m.bodyId);
	return bodyIds.length === 0
		? []
		: listMeetings(db, actor, { bodyIds, from: now, statuses: ['planned', 'in_progress'] });
}

/** Agendas to prepare soon and minutes being written now, for those who may do it. */
function meetingTasks(
	coming: readonly MeetingWithBody[],
	actor: Actor,
	now: Date
): PendingAction[] {
	const soon = now.getTime() + AGENDA_LEAD_DAYS * 24 * 60 * 60 * 1000;
	return coming.flatMap(({ meeting: m, body: b }): PendingAction[] => {
		const target = bodyTarget(b);
		const href = `/meetings/${m.id}`;
		const writes = (kind: 'agenda' | 'minutes') =>
			meetingDocumentAccess(actor, kind, m.status, target) === 'edit';
		if (writes('minutes')) {
			return [{ key: 'home.pending.minutesOpen', values: { meeting: m.title }, href }];
		}
		if (m.startsAt.getTime() <= soon && writes('agenda')) {
			return [
				{
					key: 'home.pending.prepareAgenda',
					values: { meeting: m.title, date: m.startsAt.toISOString() },
					href
				}
			];
		}
		return [];
	});
}

/** The next meetings of the actor's own bodies, the one running now first. */
function upcomingMeetings(coming: readonly MeetingWithBody[]): UpcomingMeeting[] {
	return coming.slice(0, UPCOMING_SHOWN).map(({ meeting: m, body: b }) => ({
		id: m.id,
		title: m.title,
		number: numberOf(m),
		bodyName: b.name,
		startsAt: m.startsAt,
		endsAt: m.endsAt,
		status: m.status
	}));
}

/** Gaps in the region's structure that a coordinator can fix in the administration. */
function structureGaps(db: Queryable, regionId: number): PendingAction[] {
	const bodies = db.select().from(body).where(eq(body.regionId, regionId)).all();
	const members = listMembers(
		db,
		bodies.map((b) => b.id)
	);
	const gaps: PendingAction[] = [];
	for (const level of LEVELS) {
		if (!bodies.some((b) => b.level === level)) {
			gaps.push({ key: 'home.pending.levelWithoutBody', values: { level }, href: '/admin/bodies' });
		}
	}
	for (const b of bodies) {
		const roles = new Set(members.get(b.id)?.map((m) => m.role));
		for (const role of ['chair', 'secretary'] as const) {
			if (!roles.has(role)) {
				gaps.push({
					key: `home.pending.missing.${role}`,
					values: { body: b.name },
					href: `/admin/bodies/${b.id}`
				});
			}
		}
	}
	const waiting = db
		.select({ id: user.id })
		.from(user)
		.innerJoin(organisation, eq(user.organisationId, organisation.id))
		.where(
			and(eq(organisation.regionId, regionId), isNull(user.passwordHash), eq(user.active, true))
		)
		.all().length;
	if (waiting > 0)
		gaps.push({
			key: 'home.pending.invitesOpen',
			values: { count: waiting },
			href: '/admin/users'
		});
	return gaps;
}

export function getHomeOverview(db: Queryable, actor: Actor, now = new Date()): HomeOverview {
	const mine = listMyBodies(db, actor);
	const coming = comingMeetings(db, actor, now);
	return {
		upcoming: upcomingMeetings(coming),
		levels: LEVELS.map((level) => ({
			level,
			bodies: mine.filter((b) => b.level === level)
		})).filter((group) => group.bodies.length > 0),
		pending: [
			...meetingTasks(coming, actor, now),
			...(can(actor, 'body.manage', { regionId: actor.regionId })
				? structureGaps(db, actor.regionId)
				: [])
		]
	};
}
