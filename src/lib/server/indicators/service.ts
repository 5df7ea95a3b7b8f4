/**
 * Use cases of indicators: defining them, entering values by hand, and
 * importing values from CSV, all of a file or none of it.
 */
import { and, eq, ne } from 'drizzle-orm';
import { VALUE_IMPORT_COLUMNS, valueRowSchema } from '../../domain/indicators';
import type { Actor } from '../../domain/policy';
import { nameKey } from '../../domain/search';
import { assertCan } from '../access';
import type { Db, Queryable } from '../db/client';
import { indicator, indicatorValue, organisation, type Indicator } from '../db/schema';
import { conflict, invalid, notFound } from '../errors';
import { checkCsv, type CheckedTable } from '../import/table';

export interface IndicatorInput {
	name: string;
	unit: string;
	source: string;
	higherIsBetter: boolean;
}

/** Names are unique in a region, ignoring case: the import finds indicators by name. */
function assertNameFree(db: Queryable, regionId: number, name: string, exceptId?: number): void {
	const taken = db
		.select({ name: indicator.name })
		.from(indicator)
		.where(
			and(
				eq(indicator.regionId, regionId),
				exceptId === undefined ? undefined : ne(indicator.id, exceptId)
			)
		)
		.all()
		.some((row) => nameKey(row.name) === nameKey(name));
	if (taken) throw conflict('indicators.nameTaken', { name: 'indicators.nameTaken' });
}

/** May the actor define indicators and enter their values in the region? Its coordinators may. */
export function authorizeIndicatorManagement(actor: Actor, regionId: number): void {
	assertCan(actor, 'indicator.manage', { regionId });
}

/** Loads the indicator and checks the actor may manage its region's indicators. */
export function indicatorToManage(db: Queryable, actor: Actor, indicatorId: number): Indicator {
	const found = db.select().from(indicator).where(eq(indicator.id, indicatorId)).get();
	if (!found) throw notFound();
	authorizeIndicatorManagement(actor, found.regionId);
	return found;
}

export function defineIndicator(
	db: Db,
	actor: Actor,
	regionId: number,
	input: IndicatorInput,
	now = new Date()
): Indicator {
	authorizeIndicatorManagement(actor, regionId);
	assertNameFree(db, regionId, input.name);
	return db
		.insert(indicator)
		.values({ ...input, regionId, createdAt: now })
		.returning()
		.get();
}

export function editIndicator(
	db: Db,
	actor: Actor,
	indicatorId: number,
	input: IndicatorInput
): void {
	const current = indicatorToManage(db, actor, indicatorId);
	assertNameFree(db, current.regionId, input.name, indicatorId);
	db.update(indicator).set(input).where(eq(indicator.id, indicatorId)).run();
}

export interface ValueInput {
	organisationId: number;
	year: number;
	/** Null removes the year's value. */
	value: number | null;
}

/** Enters, corrects or removes one organisation's value for one year. */
export function setIndicatorValue(
	db: Db,
	actor: Actor,
	indicatorId: number,
	input: ValueInput
): void {
	const current = indicatorToManage(db, actor, indicatorId);
	const owner = db
		.select({ regionId: organisation.regionId })
		.from(organisation)
		.where(eq(organisation.id, input.organisationId))
		.get();
	if (owner?.regionId !== current.regionId)
		throw invalid('indicators.value.organisationUnknown', { organisationId: 'validation.choose' });
	const key = and(
		eq(indicatorValue.indicatorId, indicatorId),
		eq(indicatorValue.organisationId, input.organisationId),
		eq(indicatorValue.year, input.year)
	);
	if (input.value === null) {
		db.delete(indicatorValue).where(key).run();
		return;
	}
	storeValue(db, { ...input, indicatorId, value: input.value });
}

interface StoredValue {
	indicatorId: number;
	organisationId: number;
	year: number;
	value: number;
}

/** One value per indicator, organisation and year: a new one replaces the stored one. */
function storeValue(db: Queryable, row: StoredValue): void {
	db.insert(indicatorValue)
		.values(row)
		.onConflictDoUpdate({
			target: [indicatorValue.indicatorId, indicatorValue.organisationId, indicatorValue.year],
			set: { value: row.value }
		})
		.run();
}

export interface ValueImportPreview extends CheckedTable {
	/** Rows that replace a value already stored for the same indicator, organisation and year. */
	replacing: number;
}

/**
 * Checks a values file against the region: every indicator and organisation
 * must exist (by name, ignoring case), and no indicator, organisation and year
 * may repeat within the file. A stored value for the same year is replaced.
 */
function checkValues(db: Queryable, regionId: number, text: string) {
	const lookup = (rows: { id: number; name: string }[]) =>
		new Map(rows.map((row) => [nameKey(row.name), row.id]));
	const indicators = lookup(
		db
			.select({ id: indicator.id, name: indicator.name })
			.from(indicator)
			.where(eq(indicator.regionId, regionId))
			.all()
	);
	const organisations = lookup(
		db
			.select({ id: organisation.id, name: organisation.name })
			.from(organisation)
			.where(eq(organisation.regionId, regionId))
			.all()
	);
	const stored = new Set(
		db
			.select({
				indicatorId: indicatorValue.indicatorId,
				organisationId: indicatorValue.organisationId,
				year: indicatorValue.year
			})
			.from(indicatorValue)
			.innerJoin(indicator, eq(indicatorValue.indicatorId, indicator.id))
			.where(eq(indicator.regionId, regionId))
			.all()
			.map((row) => `${row.indicatorId}:${row.organisationId}:${row.year}`)
	);
	const inFile = new Set<string>();
	let replacing = 0;
	const checked = checkCsv(text, VALUE_IMPORT_COLUMNS, valueRowSchema, (row) => {
		const indicatorId = indicators.get(nameKey(row.indicator));
		const organisationId = organisations.get(nameKey(row.organisation));
		const errors: string[] = [];
		if (indicatorId === undefined) errors.push('indicators.import.row.indicatorUnknown');
		if (organisationId === undefined) errors.push('indicators.import.row.organisationUnknown');
		if (indicatorId === undefined || organisationId === undefined) return { errors };
		const key = `${indicatorId}:${organisationId}:${row.year}`;
		if (inFile.has(key)) return { errors: ['indicators.import.row.repeated'] };
		inFile.add(key);
		if (stored.has(key)) replacing++;
		return {
			errors,
			value: { indicatorId, organisationId, year: row.year, value: row.value } satisfies StoredValue
		};
	});
	return {
		preview: { ...checked.table, replacing } satisfies ValueImportPreview,
		rows: checked.rows
	};
}

/** Step one of an import: every row with its problems; nothing is written. */
export function previewValueImport(
	db: Queryable,
	actor: Actor,
	regionId: number,
	text: string
): ValueImportPreview {
	authorizeIndicatorManagement(actor, regionId);
	return checkValues(db, regionId, text).preview;
}

/**
 * Step two: writes every row or none. The file is checked again inside the
 * transaction, so nothing changed since the preview slips through.
 */
export function importValues(
	db: Db,
	actor: Actor,
	regionId: number,
	text: string
): { count: number; replaced: number } {
	authorizeIndicatorManagement(actor, regionId);
	return db.transaction((tx) => {
		const { preview, rows } = checkValues(tx, regionId, text);
		if (!preview.valid) throw invalid('admin.import.notValid');
		for (const row of rows) storeValue(tx, row);
		return { count: rows.length, replaced: preview.replacing };
	});
}
