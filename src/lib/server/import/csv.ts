/**
 * CSV import of a region's organisations and users. A file is previewed row
 * by row first; the import itself re-checks everything and writes all rows in
 * one transaction, or nothing at all.
 */
import { eq } from 'drizzle-orm';
import type * as v from 'valibot';
import { can, type Actor } from '../../domain/policy';
import { nameKey } from '../../domain/search';
import type { ImportKind } from '../../schemas/admin';
import { assertCan } from '../access';
import { issuePasswordToken } from '../auth/password-token';
import type { Db, Queryable } from '../db/client';
import { organisation, user, type Region } from '../db/schema';
import { forbidden, invalid } from '../errors';
import { pickRegion } from '../regions/visible';
import { isEmailTaken } from '../users/admin';
import {
	IMPORT_COLUMNS,
	organisationRowSchema,
	userRowSchema,
	type OrganisationRow,
	type UserRow
} from './schemas';
import { checkCsv, type CheckedTable } from './table';

export interface ImportInput {
	regionId: number;
	kind: ImportKind;
	text: string;
}

export interface ImportPreview extends CheckedTable {
	kind: ImportKind;
}

export interface Invitation {
	name: string;
	email: string;
	token: string;
}

export type ImportResult =
	| { kind: 'organisations'; count: number }
	| { kind: 'users'; count: number; invitations: Invitation[] };

/** The file's checked rows, and their parsed form when the whole file is valid. */
interface Checked<T> {
	preview: ImportPreview;
	rows: T[];
}

function checkRows<S extends v.GenericSchema<Record<string, string>>, T>(
	input: ImportInput,
	schema: S,
	checkRow: (row: v.InferOutput<S>) => { errors: string[]; value?: T }
): Checked<T> {
	const { table, rows } = checkCsv(input.text, IMPORT_COLUMNS[input.kind], schema, checkRow);
	return { preview: { kind: input.kind, ...table }, rows };
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

function checkUsers(
	db: Queryable,
	actor: Actor,
	input: ImportInput
): Checked<UserRow & { organisationId: number }> {
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
		return {
			errors,
			value:
				errors.length === 0 && organisationId !== undefined ? { ...row, organisationId } : undefined
		};
	});
}

/**
 * The region an import form works on, if the actor may import anything there
 * (organisations or users); it runs before the form is read.
 */
export function authorizeImport(db: Queryable, actor: Actor, regionSlug: string | null): Region {
	const region = pickRegion(db, actor, regionSlug);
	if (
		!can(actor, 'organisation.manage', { regionId: region.id }) &&
		!can(actor, 'user.manage', { regionId: region.id })
	)
		throw forbidden('forbidden.user.manage');
	return region;
}

function assertCanImport(actor: Actor, input: ImportInput): void {
	assertCan(actor, input.kind === 'organisations' ? 'organisation.manage' : 'user.manage', {
		regionId: input.regionId
	});
}

export function previewImport(db: Queryable, actor: Actor, input: ImportInput): ImportPreview {
	assertCanImport(actor, input);
	return input.kind === 'organisations'
		? checkOrganisations(db, input).preview
		: checkUsers(db, actor, input).preview;
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
			for (const row of rows)
				tx.insert(organisation)
					.values({ regionId: input.regionId, ...row })
					.run();
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
