/**
 * Reading a CSV file for an all-or-nothing import: decoding, parsing, the
 * file's own problems and every row's check. Each import (organisations,
 * users, indicator values) gives its columns, a row schema and a check of a
 * row against the database; a row's line number points into the file.
 */
import Papa from 'papaparse';
import * as v from 'valibot';

/** Bounds that keep one import quick to check and to read through (stated in the messages too). */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5_000;

/** Columns a file needs, then those it may have. Headers are matched ignoring case. */
export interface ImportColumns {
	required: readonly string[];
	optional: readonly string[];
}

export interface ImportRow {
	/** Line in the file where the row starts; the header is line 1. */
	line: number;
	values: Record<string, string>;
	/** i18n keys. */
	errors: string[];
}

/** A problem with the file as a whole: an i18n key and the values it names. */
export interface ImportMessage {
	key: string;
	values?: Record<string, string>;
}

/** What the preview shows: every row with its problems, and whether the file can be imported. */
export interface CheckedTable {
	columns: readonly string[];
	rows: ImportRow[];
	fileErrors: ImportMessage[];
	valid: boolean;
}

/** The file's checked rows, and the parsed form of every row that passed. */
export interface CheckedCsv<T> {
	table: CheckedTable;
	rows: T[];
}

/**
 * Spreadsheets save CSV as UTF-8 or, in older Excel on Windows, as
 * Windows-1252; bytes that are not valid UTF-8 are read as the latter.
 */
export function decodeCsv(bytes: Uint8Array): string {
	try {
		return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		return stripBom(new TextDecoder('windows-1252').decode(bytes));
	}
}

function stripBom(text: string): string {
	return text.replace(/^\uFEFF/, '');
}

interface ParsedRow {
	line: number;
	cells: Record<string, string>;
	malformed: boolean;
}

interface ParsedCsv {
	columns: string[];
	rows: ParsedRow[];
	tooManyRows: boolean;
}

/** Line numbers of character offsets, asked for in increasing order (one pass over the text). */
function lineCounter(text: string): (offset: number) => number {
	let position = 0;
	let line = 1;
	return (offset) => {
		for (; position < offset; position++) if (text.charCodeAt(position) === 10) line++;
		return line;
	};
}

/** Offset of the first non-blank character at or after `from` (where a row really starts). */
function contentStart(text: string, from: number): number {
	const pattern = /\S/g;
	pattern.lastIndex = from;
	return pattern.exec(text)?.index ?? text.length;
}

function parseCsv(text: string): ParsedCsv {
	const lineAt = lineCounter(text);
	const headerStart = contentStart(text, 0);
	const headerEnd = text.indexOf('\n', headerStart);
	let rowStart = headerEnd === -1 ? text.length : headerEnd + 1;
	const parsed: ParsedCsv = { columns: [], rows: [], tooManyRows: false };
	Papa.parse<Record<string, string>>(text, {
		header: true,
		skipEmptyLines: 'greedy',
		delimitersToGuess: [',', ';'],
		transformHeader: (header) => header.trim().toLowerCase(),
		step: (result, parser) => {
			if (parsed.rows.length === IMPORT_MAX_ROWS) {
				parsed.tooManyRows = true;
				parser.abort();
				return;
			}
			parsed.columns = result.meta.fields ?? [];
			const { __parsed_extra: extra, ...cells } = result.data as Record<string, string> & {
				__parsed_extra?: string[];
			};
			parsed.rows.push({
				line: lineAt(contentStart(text, rowStart)),
				cells,
				malformed: result.errors.length > 0 || extra !== undefined
			});
			rowStart = result.meta.cursor;
		}
	});
	return parsed;
}

function fileProblems(
	parsed: ParsedCsv | null,
	{ required, optional }: ImportColumns
): ImportMessage[] {
	if (!parsed) return [{ key: 'admin.import.file.tooLarge' }];
	if (parsed.tooManyRows) return [{ key: 'admin.import.file.tooManyRows' }];
	if (parsed.rows.length === 0) return [{ key: 'admin.import.file.empty' }];
	const known: readonly string[] = [...required, ...optional];
	const problems: ImportMessage[] = [];
	const missing = required.filter((column) => !parsed.columns.includes(column));
	if (missing.length > 0)
		problems.push({
			key: 'admin.import.file.missingColumns',
			values: { columns: missing.join(', ') }
		});
	const unknown = parsed.columns.filter((column) => !known.includes(column));
	if (unknown.length > 0)
		problems.push({
			key: 'admin.import.file.unknownColumns',
			values: { columns: unknown.join(', ') }
		});
	return problems;
}

function firstIssuePerColumn(issues: readonly v.BaseIssue<unknown>[]): string[] {
	const byColumn = new Map<string, string>();
	for (const issue of issues) {
		const column = String(issue.path?.[0]?.key ?? '');
		if (!byColumn.has(column)) byColumn.set(column, issue.message);
	}
	return [...byColumn.values()];
}

/**
 * Parses and checks every row: first on its own (the schema), then against
 * the file's earlier rows and the database (`checkRow`, given only well-formed rows).
 */
export function checkCsv<S extends v.GenericSchema<Record<string, string>, unknown>, T>(
	text: string,
	importColumns: ImportColumns,
	schema: S,
	checkRow: (row: v.InferOutput<S>) => { errors: string[]; value?: T }
): CheckedCsv<T> {
	const columns = [...importColumns.required, ...importColumns.optional];
	const tooLarge = new TextEncoder().encode(text).length > IMPORT_MAX_BYTES;
	const parsed = tooLarge ? null : parseCsv(stripBom(text));
	const fileErrors = fileProblems(parsed, importColumns);
	// Rows are checked only in a readable file: with a column missing, every row would repeat it.
	const readable = fileErrors.length === 0 && parsed ? parsed.rows : [];
	const rows: T[] = [];
	const tableRows = readable.map(({ line, cells, malformed }) => {
		const values = Object.fromEntries(
			columns.map((column) => [column, cells[column]?.trim() ?? ''])
		);
		if (malformed) return { line, values, errors: ['admin.import.row.malformed'] };
		const result = v.safeParse(schema, cells);
		if (!result.success) return { line, values, errors: firstIssuePerColumn(result.issues) };
		const checked = checkRow(result.output);
		if (checked.value !== undefined) rows.push(checked.value);
		return { line, values, errors: checked.errors };
	});
	const valid = fileErrors.length === 0 && tableRows.every((row) => row.errors.length === 0);
	return { table: { columns, rows: tableRows, fileErrors, valid }, rows };
}
