/**
 * CSV import of a region's organisations and users. A file is previewed row
 * by row first; the import itself re-checks everything and writes all rows in
 * one transaction, or nothing at all.
 */
import { eq } from 'drizzle-orm';
import Papa from 'papaparse';
import * as v from 'valibot';
import { can, type Actor } from '../../domain/policy';
import { nameKey } from '../../domain/search';
import type { ImportKind } from '../../schemas/admin';
import { assertCan } from '../access';
import { issuePasswordToken } from '../auth/password-token';
import type { Db, Queryable } from '../db/client';
import { organisation, user } from '../db/schema';
import { invalid } from '../errors';
import { isEmailTaken } from '../users/admin';
import { IMPORT_COLUMNS, organisationRowSchema, userRowSchema, type OrganisationRow, type UserRow } from './schemas';

/** Bounds that keep one import quick to check and to read through (stated in the messages too). */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5_000;

export interface ImportInput {
	regionId: number;
	kind: ImportKind;
	text: string;
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

export interface ImportPreview {
	kind: ImportKind;
	columns: readonly string[];
	rows: ImportRow[];
	fileErrors: ImportMessage[];
	valid: boolean;
}

export interface Invitation {
	name: string;
	email: string;
	token: string;
}

export type ImportResult =
	| { kind: 'organisations'; count: number }
	| { kind: 'users'; count: number; invitations: Invitation[] };

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
			const { __parsed_extra: extra, ...cells } = result.data as Record<string, string> & { __parsed_extra?: string[] };
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

/** The file's checked rows, and their parsed form when the whole file is valid. */
interface Checked<T> {
	preview: ImportPreview;
	rows: T[];
}

function fileProblems(parsed: ParsedCsv | null, kind: ImportKind): ImportMessage[] {
	if (!parsed) return [{ key: 'admin.import.file.tooLarge' }];
	if (parsed.tooManyRows) return [{ key: 'admin.import.file.tooManyRows' }];
	if (parsed.rows.length === 0) return [{ key: 'admin.import.file.empty' }];
	const { required, optional } = IMPORT_COLUMNS[kind];
	const known: readonly string[] = [...required, ...optional];
	const problems: ImportMessage[] = [];
	const missing = required.filter((column) => !parsed.columns.includes(column));
	if (missing.length > 0) problems.push({ key: 'admin.import.file.missingColumns', values: { columns: missing.join(', ') } });
	const unknown = parsed.columns.filter((column) => !known.includes(column));
	if (unknown.length > 0) problems.push({ key: 'admin.import.file.unknownColumns', values: { columns: unknown.join(', ') } });
	return problems;
}

/**
 * Parses and checks every row: first on its own (the schema), then against
 * the file's earlier rows and the database (`checkRow`, given only well-formed rows).
 */
function checkRows<S extends v.GenericSchema<Record<string, string>>, T>(
	input: ImportInput,
	schema: S,
	checkRow: (row: v.InferOutput<S>) => { errors: string[]; value?: T }
): Checked<T> {
	const columns = [...IMPORT_COLUMNS[input.kind].required, ...IMPORT_COLUMNS[input.kind].optional];
	const tooLarge = new TextEncoder().encode(input.text).length > IMPORT_MAX_BYTES;
	const parsed = tooLarge ? null : parseCsv(stripBom(input.text));
	const fileErrors = fileProblems(parsed, input.kind);
	// Rows are checked only in a readable file: with a column missing, every row would repeat it.
	const readable = fileErrors.length === 0 && parsed ? parsed.rows : [];
	const rows: T[] = [];
	const previewRows = readable.map(({ line, cells, malformed }) => {
		const values = Object.fromEntries(columns.map((column) => [column, cells[column]?.trim() ?? '']));
		if (malformed) return { line, values, errors: ['admin.import.row.malformed'] };
		const result = v.safeParse(schema, cells);
		if (!result.success) return { line, values, errors: firstIssuePerColumn(result.issues) };
		const checked = checkRow(result.output);
		if (checked.value !== undefined) rows.push(checked.value);
		return { line, values, errors: checked.errors };
	});
	const valid = fileErrors.length === 0 && previewRows.every((row) => row.errors.length === 0);
	return { preview: { kind: input.kind, columns, rows: previewRows, fileErrors, valid }, rows };
}

function firstIssuePerColumn(issues: readonly v.BaseIssue<unknown>[]): string[] {
	const byColumn = new Map<string, string>();
	for (const issue of issues) {
		const column = String(issue.path?.[0]?.key ?? '');
		if (!byColumn.has(column)) byColumn.set(column, issue.message);
	}
	return [...byColumn.values()];
}

function checkOrganisations(db: Queryable, input: ImportInput): Checked<OrganisationRow> {
	const existing = new Set(
		db
			.select({ name: organisation.name })
			.from(organisation)
			.where(eq(organisation.regionId, input.regionId))
			.all()
			.map((row) => nameKey(row.name))
	);
	const inFile = new Set<string>();
	return checkRows(input, organisationRowSchema, (row) => {
		const key = nameKey(row.name);
		const errors: string[] = [];
		if (inFile.has(key)) errors.push('admin.import.row.nameRepeated');
		else if (existing.has(key)) errors.push('admin.import.row.nameExists');
		inFile.add(key);
		return { errors, value: errors.length === 0 ? row : undefined };
	});
}

function checkUsers(db: Queryable, actor: Actor, input: ImportInput): Checked<UserRow & { organisationId: number }> {
	const organisations = new Map(
		db
			.select({ id: organisation.id, name: organisation.name })
			.from(organisation)
			.where(eq(organisation.regionId, input.regionId))
			.all()
			.map((row) => [nameKey(row.name), row.id])
	);
	const inFile = new Set<string>();
	return checkRows(input, userRowSchema, (row) => {
		const errors: string[] = [];
		if (inFile.has(row.email)) errors.push('admin.import.row.emailRepeated');
		else if (isEmailTaken(db, row.email)) errors.push('admin.import.row.emailExists');
		inFile.add(row.email);
		const organisationId = organisations.get(nameKey(row.organisation));
		if (organisationId === undefined) errors.push('admin.import.row.organisationUnknown');
		if (!can(actor, 'user.assignRole', { regionId: input.regionId, siteRole: row.role })) {
			errors.push('admin.import.row.roleNotAllowed');
		}
		return { errors, value: errors.length === 0 && organisationId !== undefined ? { ...row, organisationId } : undefined };
	});
}

function assertCanImport(actor: Actor, input: ImportInput): void {
	assertCan(actor, input.kind === 'organisations' ? 'organisation.manage' : 'user.manage', { regionId: input.regionId });
}

export function previewImport(db: Queryable, actor: Actor, input: ImportInput): ImportPreview {
	assertCanImport(actor, input);
	return input.kind === 'organisations' ? checkOrganisations(db, input).preview : checkUsers(db, actor, input).preview;
}

/**
 * Imports every row or none: the file is checked again inside the
 * transaction, so nothing changed since the preview slips through.
 * A users import returns each new user's one-time link token.
 */
export function commitImport(db: Db, actor: Actor, input: ImportInput): ImportResult {
	assertCanImport(actor, input);
	return db.transaction((tx): ImportResult => {
		if (input.kind === 'organisations') {
			const { preview, rows } = checkOrganisations(tx, input);
			if (!preview.valid) throw invalid('admin.import.notValid');
			for (const row of rows) tx.insert(organisation).values({ regionId: input.regionId, ...row }).run();
			return { kind: 'organisations', count: rows.length };
		}
		const { preview, rows } = checkUsers(tx, actor, input);
		if (!preview.valid) throw invalid('admin.import.notValid');
		const invitations = rows.map((row) => {
			const created = tx
				.insert(user)
				.values({
					email: row.email,
					name: row.name,
					title: row.title,
					organisationId: row.organisationId,
					siteRole: row.role,
					preferredLanguage: row.language,
					passwordHash: null
				})
				.returning({ id: user.id })
				.get();
			// A savepoint inside this transaction: a failure later undoes the links too.
			return { name: row.name, email: row.email, token: issuePasswordToken(db, created.id) };
		});
		return { kind: 'users', count: rows.length, invitations };
	});
}
