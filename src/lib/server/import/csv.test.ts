import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import { userForPasswordToken } from '../auth/password-token';
import type { Db } from '../db/client';
import { organisation, user } from '../db/schema';
import { createTestDb } from '../db/testing';
import {
	insertActor,
	insertRegion,
	insertUser,
	refusal,
	type TestRegion
} from '../testing/fixtures';
import { commitImport, previewImport } from './csv';
import { decodeCsv, IMPORT_MAX_ROWS } from './table';

let db: Db;
let area: TestRegion;
let coordinator: Actor;

beforeEach(() => {
	db = createTestDb();
	area = insertRegion(db, 'pk');
	coordinator = insertActor(db, area.countyId, 'koordinaattori@pk.fi', 'coordinator');
});

const organisationsOf = (regionId: number) =>
	db
		.select({ name: organisation.name, kind: organisation.kind })
		.from(organisation)
		.where(eq(organisation.regionId, regionId))
		.all();

const userCount = () => db.select({ id: user.id }).from(user).all().length;

describe('organisations import', () => {
	it('writes nothing when one row is bad, and names that row’s line', () => {
		const text =
			'name,kind\nLiperin kunta,kunta\n\nJoensuun Latu ry,kerho\nKontiolahden seurakunta,seurakunta\n';
		const before = organisationsOf(area.regionId).length;

		const preview = previewImport(db, coordinator, {
			regionId: area.regionId,
			kind: 'organisations',
			text
		});
		expect(preview.valid).toBe(false);
		expect(preview.rows.map((row) => [row.line, row.errors])).toEqual([
			[2, []],
			[4, ['admin.import.row.kindUnknown']],
			[5, []]
		]);

		const err = refusal(() =>
			commitImport(db, coordinator, { regionId: area.regionId, kind: 'organisations', text })
		);
		expect(err.code).toBe('invalid');
		expect(organisationsOf(area.regionId)).toHaveLength(before);
	});

	it('writes every row when all are valid, reading Finnish kinds and a ; separator', () => {
		const text =
			'Name;Kind\nLiperin kunta;kunta\nJoensuun Latu ry;järjestö\nPielisen yritys Oy;business\n';
		const result = commitImport(db, coordinator, {
			regionId: area.regionId,
			kind: 'organisations',
			text
		});
		expect(result).toEqual({ kind: 'organisations', count: 3 });
		expect(organisationsOf(area.regionId)).toEqual(
			expect.arrayContaining([
				{ name: 'Liperin kunta', kind: 'municipality' },
				{ name: 'Joensuun Latu ry', kind: 'ngo' },
				{ name: 'Pielisen yritys Oy', kind: 'business' }
			])
		);
	});

	it('refuses names already in the region or repeated in the file, ignoring case', () => {
		const text = 'name,kind\nkunta pk,kunta\nUusi ry,ngo\nUUSI RY,ngo\n';
		const preview = previewImport(db, coordinator, {
			regionId: area.regionId,
			kind: 'organisations',
			text
		});
		expect(preview.rows.map((row) => row.errors)).toEqual([
			['admin.import.row.nameExists'],
			[],
			['admin.import.row.nameRepeated']
		]);
	});

	it('reports unknown and missing columns for the whole file', () => {
		const preview = previewImport(db, coordinator, {
			regionId: area.regionId,
			kind: 'organisations',
			text: 'name,type\nUusi ry,ngo\n'
		});
		expect(preview.valid).toBe(false);
		expect(preview.rows).toEqual([]);
		expect(preview.fileErrors).toEqual([
			{ key: 'admin.import.file.missingColumns', values: { columns: 'kind' } },
			{ key: 'admin.import.file.unknownColumns', values: { columns: 'type' } }
		]);
	});

	it('refuses a file with more rows than the limit', () => {
		const text =
			'name,kind\n' +
			Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i) => `Yhdistys ${i},ngo`).join('\n');
		const preview = previewImport(db, coordinator, {
			regionId: area.regionId,
			kind: 'organisations',
			text
		});
		expect(preview.fileErrors).toEqual([{ key: 'admin.import.file.tooManyRows' }]);
		expect(preview.valid).toBe(false);
	});

	it('is refused to a coordinator of another region', () => {
		const other = insertRegion(db, 'ks');
		const err = refusal(() =>
			commitImport(db, coordinator, {
				regionId: other.regionId,
				kind: 'organisations',
				text: 'name,kind\nUusi ry,ngo\n'
			})
		);
		expect(err.code).toBe('forbidden');
		expect(organisationsOf(other.regionId)).toHaveLength(2);
	});
});

describe('users import', () => {
	const header = 'email,name,title,organisation,role,language\n';

	it('imports all users without passwords and returns a working link for each', () => {
		const text =
			header +
			'Maija.M@Liperi.fi,Maija Meikäläinen,hyvinvointikoordinaattori,Kunta pk,,sv\nteppo@pk.fi,Teppo Testaaja,,Hyvinvointialue pk,coordinator,\n';
		const result = commitImport(db, coordinator, { regionId: area.regionId, kind: 'users', text });
		if (result.kind !== 'users') throw new Error('expected a users import');
		expect(result.invitations.map((i) => i.email)).toEqual(['maija.m@liperi.fi', 'teppo@pk.fi']);
		for (const invitation of result.invitations) {
			const invited = userForPasswordToken(db, invitation.token);
			expect(invited?.email).toBe(invitation.email);
			expect(invited?.passwordHash).toBeNull();
		}
		const maija = db.select().from(user).where(eq(user.email, 'maija.m@liperi.fi')).get();
		expect(maija).toMatchObject({
			siteRole: 'member',
			preferredLanguage: 'sv',
			organisationId: area.municipalityId
		});
	});

	it('flags an email repeated in the file and writes no user', () => {
		const text =
			header + 'a@pk.fi,A,,Kunta pk,,\nb@pk.fi,B,,Kunta pk,,\nA@PK.FI,A again,,Kunta pk,,\n';
		const before = userCount();
		const preview = previewImport(db, coordinator, {
			regionId: area.regionId,
			kind: 'users',
			text
		});
		expect(preview.rows.map((row) => [row.line, row.errors])).toEqual([
			[2, []],
			[3, []],
			[4, ['admin.import.row.emailRepeated']]
		]);
		expect(
			refusal(() => commitImport(db, coordinator, { regionId: area.regionId, kind: 'users', text }))
				.code
		).toBe('invalid');
		expect(userCount()).toBe(before);
	});

	it('flags an unknown organisation, a taken email and a role the coordinator may not grant', () => {
		insertUser(db, area.countyId, 'taken@pk.fi');
		insertRegion(db, 'ks');
		const text =
			header +
			'new@pk.fi,New,,Kunta ks,,\ntaken@pk.fi,Taken,,Kunta pk,,\nboss@pk.fi,Boss,,Kunta pk,admin,\n';
		const preview = previewImport(db, coordinator, {
			regionId: area.regionId,
			kind: 'users',
			text
		});
		expect(preview.rows.map((row) => row.errors)).toEqual([
			['admin.import.row.organisationUnknown'],
			['admin.import.row.emailExists'],
			['admin.import.row.roleNotAllowed']
		]);
	});

	it('reads a Windows-1252 file with a ; separator', () => {
		// "Äänekosken kaupunki" and "Jönsson" in Windows-1252, as older Excel saves them.
		const bytes = new Uint8Array([
			...new TextEncoder().encode('email;name;organisation\njonsson@pk.fi;J'),
			0xf6,
			...new TextEncoder().encode('nsson;'),
			0xc4,
			0xe4,
			...new TextEncoder().encode('nekosken kaupunki\n')
		]);
		db.insert(organisation)
			.values({ regionId: area.regionId, name: 'Äänekosken kaupunki', kind: 'municipality' })
			.run();
		const text = decodeCsv(bytes);
		expect(text).toContain('Jönsson;Äänekosken kaupunki');
		const preview = previewImport(db, coordinator, {
			regionId: area.regionId,
			kind: 'users',
			text
		});
		expect(preview.valid).toBe(true);
		expect(preview.rows[0].values).toMatchObject({
			name: 'Jönsson',
			organisation: 'Äänekosken kaupunki'
		});
	});

	it('reads UTF-8 with a byte order mark', () => {
		const bytes = new TextEncoder().encode(
			'\uFEFFemail,name,organisation\nmaija@pk.fi,Maija Äijälä,Kunta pk\n'
		);
		const preview = previewImport(db, coordinator, {
			regionId: area.regionId,
			kind: 'users',
			text: decodeCsv(bytes)
		});
		expect(preview.fileErrors).toEqual([]);
		expect(preview.rows[0].values.name).toBe('Maija Äijälä');
	});
});
