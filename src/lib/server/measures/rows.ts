/** Reads of goals and measures that take no actor: for the use cases and views, which check access. */
import { eq, inArray } from 'drizzle-orm';
import { plainText, readItems, textOf } from '../../documents/doc-schema';
import { docName } from '../../domain/doc-name';
import type { MeasureTarget } from '../../domain/policy';
import { richTextToPlain } from '../../domain/rich-text';
import { loadDoc } from '../collab/store';
import type { Queryable } from '../db/client';
import { measure, measureOwner, type Measure } from '../db/schema';
import { notFound } from '../errors';
import { effectiveRecord } from '../records/stored';

export function ownerIdsOf(db: Queryable, measureIds: readonly number[]): Map<number, number[]> {
	const byMeasure = new Map<number, number[]>(measureIds.map((id) => [id, []]));
	if (measureIds.length === 0) return byMeasure;
	const rows = db
		.select()
		.from(measureOwner)
		.where(inArray(measureOwner.measureId, [...measureIds]))
		.all();
	for (const row of rows) byMeasure.get(row.measureId)?.push(row.organisationId);
	return byMeasure;
}

export function measureTarget(
	row: Pick<Measure, 'regionId' | 'bodyId'>,
	ownerOrganisationIds: readonly number[]
): MeasureTarget {
	return { regionId: row.regionId, bodyId: row.bodyId, ownerOrganisationIds };
}

/** The measure and its target, if it exists; the caller checks the action. */
export function loadMeasure(
	db: Queryable,
	measureId: number
): { row: Measure; target: MeasureTarget } {
	const row = db.select().from(measure).where(eq(measure.id, measureId)).get();
	if (!row) throw notFound();
	return { row, target: measureTarget(row, ownerIdsOf(db, [row.id]).get(row.id) ?? []) };
}

export interface DecidedItem {
	key: string;
	number: number;
	title: string;
	decision: string;
}

/**
 * The items of a meeting's minutes that have a decision written: what goals
 * and measures come from. Approved minutes are their frozen record (with its
 * corrections); minutes in review are still only the live document.
 */
export function decidedItems(db: Queryable, meetingId: number): DecidedItem[] {
	const record = effectiveRecord(db, meetingId);
	const items = record
		? record.items.map((item) => ({
				key: item.key,
				number: item.number,
				title: item.title,
				decision: richTextToPlain(item.decision)
			}))
		: liveDecisions(db, meetingId);
	return items.filter((item) => item.decision !== '');
}

function liveDecisions(db: Queryable, meetingId: number): DecidedItem[] {
	const loaded = loadDoc(db, docName('minutes', meetingId));
	if (!loaded) return [];
	return readItems(loaded.doc).map((item, index) => ({
		key: item.id,
		number: index + 1,
		title: item.title,
		decision: plainText(textOf(loaded.doc, 'decision', item.id))
	}));
}
