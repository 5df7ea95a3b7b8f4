/** What each measures page shows, with what its reader may do there. */
import { and, asc, desc, eq } from 'drizzle-orm';
import { meetingNumber } from '../../domain/meetings';
import {
	canMoveMeasure,
	defaultBudgetYear,
	followUpAction,
	MEASURE_STATUSES,
	openingMeasureView,
	recordsFromMinutes,
	type MeasureStatus,
	type MeasureView
} from '../../domain/measures';
import { can, type Actor, type MeasureTarget } from '../../domain/policy';
import { helsinkiYear, isoDate } from '../../domain/time';
import { assertCanRead } from '../access';
import type { Queryable } from '../db/client';
import {
	agendaItem,
	body,
	indicator,
	measure,
	measureIndicator,
	measureUpdate,
	meeting,
	organisation,
	user
} from '../db/schema';
import { indicatorSeries } from '../indicators/series';
import { notFound } from '../errors';
import { getOwnCommitments, listMeasures } from './lists';
import { decidedItems, loadMeasure } from './rows';
import { authorizeRecording } from './service';

/** One goal or measure with everything its page shows. */
export function getMeasure(
	db: Queryable,
	actor: Actor,
	measureId: number,
	today = isoDate(new Date())
) {
	const { row, target } = loadMeasure(db, measureId);
	assertCanRead(actor, 'measure.read', target);
	const [listed] = listMeasures(db, actor, { id: row.id }, today);
	const source = db
		.select({ meeting, bodyName: body.name })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(meeting.id, row.sourceMeetingId))
		.get()!;
	const item = row.sourceItemKey
		? db
				.select()
				.from(agendaItem)
				.where(
					and(eq(agendaItem.meetingId, row.sourceMeetingId), eq(agendaItem.key, row.sourceItemKey))
				)
				.get()
		: undefined;
	const history = db
		.select({
			id: measureUpdate.id,
			status: measureUpdate.status,
			comment: measureUpdate.comment,
			userName: user.name,
			createdAt: measureUpdate.createdAt
		})
		.from(measureUpdate)
		.innerJoin(user, eq(measureUpdate.userId, user.id))
		.where(eq(measureUpdate.measureId, row.id))
		.orderBy(desc(measureUpdate.createdAt), desc(measureUpdate.id))
		.all();
	const creator = db.select({ name: user.name }).from(user).where(eq(user.id, row.createdBy)).get();
	const parent = row.parentId
		? db
				.select({ id: measure.id, title: measure.title })
				.from(measure)
				.where(eq(measure.id, row.parentId))
				.get()
		: undefined;
	const children = db
		.select({ id: measure.id, title: measure.title, status: measure.status })
		.from(measure)
		.where(eq(measure.parentId, row.id))
		.orderBy(asc(measure.title))
		.all();
	const indicators = db
		.select({ id: indicator.id, name: indicator.name, unit: indicator.unit })
		.from(measureIndicator)
		.innerJoin(indicator, eq(measureIndicator.indicatorId, indicator.id))
		.where(eq(measureIndicator.measureId, row.id))
		.orderBy(asc(indicator.name))
		.all();
	return {
		measure: {
			...listed,
			description: row.description,
			parentId: row.parentId,
			responsibleUserId: row.responsibleUserId,
			responsibleName: row.responsibleName
		},
		source: {
			meetingId: source.meeting.id,
			meetingTitle: source.meeting.title,
			meetingNumber: meetingNumber(source.meeting.sequence, source.meeting.year),
			startsAt: source.meeting.startsAt,
			bodyName: source.bodyName,
			itemKey: row.sourceItemKey,
			itemNumber: item ? item.position + 1 : null,
			itemTitle: item?.title ?? null
		},
		created: { by: creator?.name ?? '', at: row.createdAt },
		parent: parent ?? null,
		children,
		indicatorIds: indicators.map((i) => i.id),
		indicators,
		history,
		target
	};
}

/** What the recording form offers: the region's organisations, people, goals and indicators. */
function recordingOptions(db: Queryable, target: MeasureTarget) {
	const { regionId } = target;
	const organisations = db
		.select({ id: organisation.id, name: organisation.name, kind: organisation.kind })
		.from(organisation)
		.where(eq(organisation.regionId, regionId))
		.orderBy(asc(organisation.name))
		.all();
	const people = db
		.select({ id: user.id, name: user.name, organisationName: organisation.name })
		.from(user)
		.innerJoin(organisation, eq(user.organisationId, organisation.id))
		.where(and(eq(organisation.regionId, regionId), eq(user.active, true)))
		.orderBy(asc(user.name))
		.all();
	const goals = db
		.select({ id: measure.id, title: measure.title, budgetYear: measure.budgetYear })
		.from(measure)
		.where(and(eq(measure.regionId, regionId), eq(measure.kind, 'goal')))
		.orderBy(desc(measure.budgetYear), asc(measure.title))
		.all();
	const indicators = db
		.select({ id: indicator.id, name: indicator.name, unit: indicator.unit })
		.from(indicator)
		.where(eq(indicator.regionId, regionId))
		.orderBy(asc(indicator.name))
		.all();
	return { organisations, people, goals, indicators };
}

/** The filters of the measures list: the region's budget years (and the ones shown), bodies and organisations. */
function listFilterOptions(db: Queryable, regionId: number, shownYears: readonly number[]) {
	const years = db
		.selectDistinct({ year: measure.budgetYear })
		.from(measure)
		.where(eq(measure.regionId, regionId))
		.all()
		.map((r) => r.year);
	return {
		years: [...new Set([...years, ...shownYears])].sort((a, b) => b - a),
		bodies: db
			.select({ id: body.id, name: body.name })
			.from(body)
			.where(eq(body.regionId, regionId))
			.orderBy(asc(body.name))
			.all(),
		organisations: db
			.select({ id: organisation.id, name: organisation.name })
			.from(organisation)
			.where(eq(organisation.regionId, regionId))
			.orderBy(asc(organisation.name))
			.all()
	};
}

export interface MeasuresFilter {
	year?: number;
	status?: MeasureStatus;
	bodyId?: number;
	organisationId?: number;
}

/**
 * The measures page: the view asked for (`requested`), or the one it opens on (the own
 * organisation's open commitments, or the region's year for those who follow the region up).
 */
export function measuresPage(
	db: Queryable,
	actor: Actor,
	requested: MeasureView | undefined,
	filter: MeasuresFilter,
	now = new Date()
) {
	const today = isoDate(now);
	const thisYear = helsinkiYear(now);
	const own = getOwnCommitments(db, actor, today);
	const view =
		requested ??
		openingMeasureView(
			can(actor, 'measure.followUpRegion', { regionId: actor.regionId }),
			own.measures.length
		);
	const shared = { view, thisYear, ownOrganisation: own.organisation };
	if (view === 'own') {
		return {
			...shared,
			own: { measures: own.measures, overdueCount: own.measures.filter((m) => m.overdue).length },
			region: null
		};
	}
	const year = filter.year ?? thisYear;
	const measures = listMeasures(
		db,
		actor,
		{
			regionId: actor.regionId,
			budgetYear: year,
			status: filter.status,
			bodyId: filter.bodyId,
			organisationId: filter.organisationId
		},
		today
	);
	return {
		...shared,
		own: null,
		region: {
			filter: {
				year,
				status: filter.status ?? '',
				body: filter.bodyId ?? '',
				organisation: filter.organisationId ?? ''
			},
			options: listFilterOptions(db, actor.regionId, [thisYear, year]),
			measures,
			overdueCount: measures.filter((m) => m.overdue).length
		}
	};
}

/** A goal or measure's page: the statuses the actor may set, the correction form for those who record, the indicators' charts. */
export function measurePage(db: Queryable, actor: Actor, measureId: number, now = new Date()) {
	const found = getMeasure(db, actor, measureId, isoDate(now));
	const { measure: shown, target } = found;
	const owners = shown.owners.map((o) => o.id);
	return {
		measure: shown,
		source: found.source,
		created: found.created,
		parent: found.parent,
		children: found.children,
		indicators: found.indicators,
		history: found.history,
		// Reopening is the recorders' call, the rest the owners'.
		statusOptions: MEASURE_STATUSES.filter(
			(to) =>
				canMoveMeasure(shown.status, to) && can(actor, followUpAction(shown.status, to), target)
		),
		edit: can(actor, 'measure.record', target)
			? {
					options: recordingOptions(db, target),
					values: { ...shown, ownerOrganisationIds: owners, indicatorIds: found.indicatorIds }
				}
			: null,
		indicatorSeries:
			found.indicatorIds.length > 0
				? indicatorSeries(db, actor, {
						regionId: shown.regionId,
						indicatorIds: found.indicatorIds,
						organisationIds: owners
					})
				: []
	};
}

/** The form that records a goal or measure from a meeting's decision (`itemKey`), or from the meeting as a whole (null). */
export function newMeasurePage(
	db: Queryable,
	actor: Actor,
	meetingId: number,
	itemKey: string | null
) {
	const { meeting: source, body: sourceBody, target } = authorizeRecording(db, actor, meetingId);
	const item = itemKey ? decidedItems(db, meetingId).find((i) => i.key === itemKey) : null;
	if (item === undefined) throw notFound();
	return {
		meeting: {
			id: source.id,
			title: source.title,
			number: meetingNumber(source.sequence, source.year),
			startsAt: source.startsAt
		},
		body: { id: sourceBody.id, name: sourceBody.name },
		settled: recordsFromMinutes(source.status),
		item,
		options: recordingOptions(db, target),
		defaults: {
			kind: 'measure',
			budgetYear: defaultBudgetYear(isoDate(source.startsAt)),
			title: ''
		}
	};
}
