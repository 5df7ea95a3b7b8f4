/**
 * The national picture's figures (docs/situation.md): per region for a year, the NGO grants per
 * resident, the change of STEA's C-grants from the year before, and the state of the cooperation
 * structure, document and HYTE negotiations; the totals over the comparable regions and over all;
 * and the classes the map colours a measure by.
 */
import { scaleQuantize } from 'd3-scale';
import {
	DOCUMENT_STATES,
	HYTE_NEGOTIATION_OPTIONS,
	MEASURE_KEYS,
	STRUCTURE_KINDS,
	type AnswerValue,
	type DocumentState,
	type StructureKind
} from './survey';

/** A region's submitted answers of a year, by question key. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export type RegionFigures = {
	/** The county's NGO grants in euros, or null without an answer. */
	ngoGrantsEur: number | null;
	/** NGO grants per resident in euros, or null without grants or population. */
	grantsPerResident: number | null;
	/** STEA's C-grants in euros this year and the year before. */
	steaEur: number | null;
	steaPreviousEur: number | null;
	/** The change of STEA's C-grants from the year before in per cent, or null without both. */
	steaChangePercent: number | null;
	countyStructure: StructureKind | null;
	cooperationDocument: DocumentState | null;
	hyteNegotiations: string | null;
};

function euros(answers: Answers | undefined, key: string): number | null {
	const value = answers?.[key];
	return value?.kind === 'money' ? value.cents / 100 : null;
}

/** The change from `before` to `now` in per cent; null when `before` is not a positive amount. */
export function changePercent(before: number | null, now: number | null): number | null {
	if (before === null || now === null || before <= 0) return null;
	return ((now - before) / before) * 100;
}

function perResident(eur: number | null, population: number | null): number | null {
	if (eur === null || population === null || population <= 0) return null;
	return eur / population;
}

/** A region's figures of a year from its answers of that year and of the year before. */
export function regionFigures(
	answers: Answers,
	previous: Answers | undefined,
	population: number | null
): RegionFigures {
	const ngoGrantsEur = euros(answers, MEASURE_KEYS.ngoGrants);
	const steaEur = euros(answers, MEASURE_KEYS.steaGrants);
	const steaPreviousEur = euros(previous, MEASURE_KEYS.steaGrants);
	const structure = answers[MEASURE_KEYS.countyStructure];
	const document = answers[MEASURE_KEYS.cooperationDocument];
	const hyte = answers[MEASURE_KEYS.hyteNegotiations];
	return {
		ngoGrantsEur,
		grantsPerResident: perResident(ngoGrantsEur, population),
		steaEur,
		steaPreviousEur,
		steaChangePercent: changePercent(steaPreviousEur, steaEur),
		countyStructure: structure?.kind === 'structure' ? structure.structure : null,
		cooperationDocument: document?.kind === 'document' ? document.state : null,
		hyteNegotiations: hyte?.kind === 'choice' ? hyte.choice : null
	};
}

export type Totals = {
	regions: number;
	population: number;
	ngoGrantsEur: number;
	/** The grants of the regions with a population, divided by their population. */
	grantsPerResident: number | null;
	steaEur: number;
	steaPreviousEur: number;
	/** The change of the sums over the regions with both years' C-grants. */
	steaChangePercent: number | null;
};

type Counted = { population: number | null; comparable: boolean; figures: RegionFigures };

function sum(values: (number | null)[]): number {
	return values.reduce<number>((total, value) => total + (value ?? 0), 0);
}

function totalOf(rows: readonly Counted[]): Totals {
	const withPopulation = rows.filter(
		(r) => r.population !== null && r.figures.ngoGrantsEur !== null
	);
	const withBothYears = rows.filter(
		(r) => r.figures.steaEur !== null && r.figures.steaPreviousEur !== null
	);
	return {
		regions: rows.length,
		population: sum(rows.map((r) => r.population)),
		ngoGrantsEur: sum(rows.map((r) => r.figures.ngoGrantsEur)),
		grantsPerResident: perResident(
			withPopulation.length ? sum(withPopulation.map((r) => r.figures.ngoGrantsEur)) : null,
			sum(withPopulation.map((r) => r.population))
		),
		steaEur: sum(rows.map((r) => r.figures.steaEur)),
		steaPreviousEur: sum(rows.map((r) => r.figures.steaPreviousEur)),
		steaChangePercent: withBothYears.length
			? changePercent(
					sum(withBothYears.map((r) => r.figures.steaPreviousEur)),
					sum(withBothYears.map((r) => r.figures.steaEur))
				)
			: null
	};
}

/** The totals over the comparable regions (Helsinki left out) and over all regions. */
export function situationTotals(rows: readonly Counted[]): { comparable: Totals; all: Totals } {
	return { comparable: totalOf(rows.filter((r) => r.comparable)), all: totalOf(rows) };
}

/** The measures the map can be coloured by. */
export const MAP_MEASURES = [
	'grantsPerResident',
	'steaChangePercent',
	'countyStructure',
	'cooperationDocument',
	'hyteNegotiations'
] as const satisfies readonly (keyof RegionFigures)[];
export type MapMeasure = (typeof MAP_MEASURES)[number];

export function isMapMeasure(value: string | null): value is MapMeasure {
	return (MAP_MEASURES as readonly (string | null)[]).includes(value);
}

const OPTIONS_OF = {
	countyStructure: STRUCTURE_KINDS,
	cooperationDocument: DOCUMENT_STATES,
	hyteNegotiations: HYTE_NEGOTIATION_OPTIONS
} as const;

/** How many classes a numeric measure is split into. */
export const NUMERIC_CLASSES = 5;

/** One class of the map's legend: a range of numbers (from inclusive) or one option. */
export type MeasureClass =
	{ kind: 'range'; from: number; to: number } | { kind: 'option'; option: string };

export type MeasureScale = {
	classes: MeasureClass[];
	/** The index of the class a region's value falls in; null without a value. */
	classOf: (figures: RegionFigures) => number | null;
};

/**
 * The classes of a measure over the regions' figures: an option's own class for the structure,
 * document and negotiations (best first); for a number, equal ranges between rounded ends.
 */
export function measureScale(measure: MapMeasure, regions: readonly RegionFigures[]): MeasureScale {
	if (measure === 'grantsPerResident' || measure === 'steaChangePercent') {
		const values = regions.map((r) => r[measure]).filter((v): v is number => v !== null);
		if (!values.length) return { classes: [], classOf: () => null };
		const scale = scaleQuantize()
			.domain([Math.min(...values), Math.max(...values)])
			.range([...Array(NUMERIC_CLASSES).keys()])
			.nice(NUMERIC_CLASSES);
		const thresholds = [scale.domain()[0], ...scale.thresholds(), scale.domain()[1]];
		return {
			classes: thresholds.slice(1).map((to, i) => ({ kind: 'range', from: thresholds[i], to })),
			classOf: (figures) => {
				const value = figures[measure];
				return value === null ? null : scale(value);
			}
		};
	}
	const options: readonly string[] = OPTIONS_OF[measure];
	return {
		classes: options.map((option) => ({ kind: 'option', option })),
		classOf: (figures) => {
			const index = options.indexOf(figures[measure] ?? '');
			return index < 0 ? null : index;
		}
	};
}

/** The figures of a region the table and the report show, after its name and population. */
export const FIGURE_COLUMNS = [
	'ngoGrantsEur',
	'grantsPerResident',
	'steaEur',
	'steaChangePercent',
	'countyStructure',
	'cooperationDocument',
	'hyteNegotiations'
] as const satisfies readonly (keyof RegionFigures)[];
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

/** The columns the picture's table sorts by. */
export const SORT_COLUMNS = ['name', 'population', ...FIGURE_COLUMNS] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';

export function isSortColumn(value: string | null): value is SortColumn {
	return (SORT_COLUMNS as readonly (string | null)[]).includes(value);
}

type Sortable = { name: string; population: number | null; figures: RegionFigures };

function sortValue(row: Sortable, column: SortColumn): string | number | null {
	if (column === 'name') return row.name;
	if (column === 'population') return row.population;
	if (column in OPTIONS_OF) {
		const options: readonly string[] = OPTIONS_OF[column as keyof typeof OPTIONS_OF];
		const index = options.indexOf(row.figures[column as keyof typeof OPTIONS_OF] ?? '');
		return index < 0 ? null : index;
	}
	return row.figures[column as FigureColumn] as number | null;
}

/** The rows sorted by a column (options in their order, best first); a row without a value last. */
export function sortRegions<T extends Sortable>(
	rows: readonly T[],
	column: SortColumn,
	direction: SortDirection
): T[] {
	const sign = direction === 'asc' ? 1 : -1;
	return rows.toSorted((a, b) => {
		const x = sortValue(a, column);
		const y = sortValue(b, column);
		if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
		const order = typeof x === 'string' ? x.localeCompare(String(y), 'fi') : x - Number(y);
		return sign * order;
	});
}
