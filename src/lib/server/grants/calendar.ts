/**
 * What the region's grants put on its annual calendar, read from the grants'
 * own tables rather than copied into milestones: a published call's
 * application period, shown in the year it opens, and the payment dates of
 * granted grants (`GrantEntry` in src/lib/calendar/entries.ts).
 */
import { and, asc, eq, gte, isNotNull, lt } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { GrantEntry } from '../../calendar/entries';
import type { Actor } from '../../domain/policy';
import { isoDate, ZONE } from '../../domain/time';
import type { Queryable } from '../db/client';
import { grantCall } from '../db/schema';
import { readableInstalments } from './grant';

/**
 * The grants' dates of a region in a year. Published calls are the whole
 * region's to read (`grantCall.read`), as the calendar is, so no one's
 * calendar shows a draft, and everyone's shows every published call. A
 * payment date shows to those who read its application: the recipient's
 * people and the call's handlers.
 */
export function grantCalendarEntries(
	db: Queryable,
	actor: Actor,
	regionId: number,
	year: number
): GrantEntry[] {
	return [...applicationPeriods(db, regionId, year), ...paymentDates(db, actor, regionId, year)];
}

function paymentDates(db: Queryable, actor: Actor, regionId: number, year: number): GrantEntry[] {
	return readableInstalments(db, actor, { regionId, year }).map((instalment) => ({
		type: 'grant',
		grantKind: 'instalment',
		id: instalment.id,
		title: `${instalment.callTitle}: ${instalment.organisation}`,
		startsOn: instalment.dueOn,
		endsOn: null,
		level: null,
		href: `/grants/applications/${instalment.applicationId}/grant`
	}));
}

function applicationPeriods(db: Queryable, regionId: number, year: number): GrantEntry[] {
	const from = DateTime.fromObject({ year }, { zone: ZONE }).toJSDate();
	const to = DateTime.fromObject({ year: year + 1 }, { zone: ZONE }).toJSDate();
	return db
		.select({
			id: grantCall.id,
			title: grantCall.title,
			opensAt: grantCall.opensAt,
			closesAt: grantCall.closesAt
		})
		.from(grantCall)
		.where(
			and(
				eq(grantCall.regionId, regionId),
				isNotNull(grantCall.publishedAt),
				gte(grantCall.opensAt, from),
				lt(grantCall.opensAt, to)
			)
		)
		.orderBy(asc(grantCall.opensAt))
		.all()
		.map((call) => ({
			type: 'grant',
			grantKind: 'application_period',
			id: call.id,
			title: call.title,
			startsOn: isoDate(call.opensAt),
			endsOn: isoDate(call.closesAt),
			level: null,
			href: `/grants/calls/${call.id}`
		}));
}
