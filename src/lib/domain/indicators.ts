/**
 * Indicators (indikaattorit): numbers as people type or export them, which
 * way a series is going, and one row of an imported values file.
 */
import * as v from 'valibot';
import '../schemas/messages';

export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

/** Spaces a Finnish number may use between thousands: plain, no-break and narrow no-break. */
const THOUSANDS = /[ \u00a0\u202f]/g;
/**
 * "12,5", "12.5", "1 234,5", "-3", "−3" (a spreadsheet's minus sign) and "12,5 %"
 * (a percentage cell saved by Excel). Thousands are grouped by spaces only,
 * so a point or a comma is always the decimal separator.
 */
const NUMBER = /^[-+]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?(?:[ \u00a0\u202f]?%)?$/;

/** The number in a typed or exported value, or null when it is not one. */
export function parseIndicatorValue(text: string): number | null {
	const cleaned = text.trim().replace(/^[\u2212\u2013]/, '-');
	if (!NUMBER.test(cleaned)) return null;
	const value = Number(cleaned.replace(/%$/, '').replace(THOUSANDS, '').replace(',', '.'));
	return Number.isFinite(value) ? value : null;
}

/** A statistics year, or null. */
export function parseYear(text: string): number | null {
	const cleaned = text.trim();
	if (!/^\d{4}$/.test(cleaned)) return null;
	const year = Number(cleaned);
	return year >= YEAR_MIN && year <= YEAR_MAX ? year : null;
}

export interface Point {
	year: number;
	value: number;
}

export type TrendVerdict = 'better' | 'worse' | 'unchanged';

export interface Trend {
	from: Point;
	to: Point;
	/** `to.value - from.value`. */
	change: number;
	verdict: TrendVerdict;
}

/** Differences below this are the noise of decimal fractions, not a change. */
const EPSILON = 1e-9;

/**
 * The latest value against the year before it in the series, judged by the
 * indicator's direction: a falling share of bullied pupils is better, a
 * falling share of physically active people worse. Null with fewer than two values.
 */
export function trendOf(points: readonly Point[], higherIsBetter: boolean): Trend | null {
	if (points.length < 2) return null;
	const sorted = [...points].sort((a, b) => a.year - b.year);
	const from = sorted[sorted.length - 2];
	const to = sorted[sorted.length - 1];
	const change = to.value - from.value;
	const verdict: TrendVerdict =
		Math.abs(change) < EPSILON ? 'unchanged' : change > 0 === higherIsBetter ? 'better' : 'worse';
	return { from, to, change, verdict };
}

/**
 * How a change between two values is measured: a difference of two shares in
 * per cent is in percentage points, not per cent (45,3 % → 44,6 % is
 * −0,7 percentage points, a relative fall of 1,5 %); any other unit carries over.
 */
export type ChangeUnit = 'percentagePoints' | 'unit' | 'none';

export function changeUnit(unit: string): ChangeUnit {
	const trimmed = unit.trim();
	return trimmed === '%' ? 'percentagePoints' : trimmed ? 'unit' : 'none';
}

/** A form field or CSV cell as text; a missing cell (a short row) reads as empty. */
const cell = v.pipe(v.optional(v.string(), ''), v.trim());

/** A cell read with `parse`; `message` is the i18n key shown when it gives null. */
const parsedCell = <T>(parse: (text: string) => T | null, message: string) =>
	v.pipe(
		cell,
		v.rawTransform<string, T>(({ dataset, addIssue, NEVER }) => {
			const parsed = parse(dataset.value);
			if (parsed === null) {
				addIssue({ message });
				return NEVER;
			}
			return parsed;
		})
	);

export const yearInput = (message: string) => parsedCell(parseYear, message);
export const valueInput = (message: string) => parsedCell(parseIndicatorValue, message);

/** A value that may be left empty: null, "no value for this year". */
export const optionalValueInput = (message: string) =>
	v.union(
		[
			v.pipe(
				cell,
				v.empty(),
				v.transform(() => null)
			),
			valueInput(message)
		],
		message
	);

/** Columns of a values file, in this order in the example; headers are matched ignoring case. */
export const VALUE_IMPORT_COLUMNS = {
	required: ['indicator', 'organisation', 'year', 'value'],
	optional: []
} as const;

/**
 * One row of a values file. The indicator and the organisation are given by
 * name, as they read in the app; messages are i18n keys naming the column.
 */
export const valueRowSchema = v.object({
	indicator: v.pipe(cell, v.nonEmpty('indicators.import.row.indicatorMissing')),
	organisation: v.pipe(cell, v.nonEmpty('indicators.import.row.organisationMissing')),
	year: yearInput('indicators.import.row.yearInvalid'),
	value: valueInput('indicators.import.row.valueInvalid')
});

export type ValueRow = v.InferOutput<typeof valueRowSchema>;
