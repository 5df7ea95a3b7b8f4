import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import type { Db } from '../db/client';
import { indicatorValue } from '../db/schema';
import { createTestDb } from '../db/testing';
import {
	insertActor,
	insertOrganisation,
	insertRegion,
	refusal,
	type TestRegion
} from '../testing/fixtures';
import { indicatorSeries } from './series';
import { getIndicator, indicatorPage, listIndicators } from './views';
import {
	authorizeIndicatorManagement,
	defineIndicator,
	editIndicator,
	indicatorToManage,
	importValues,
	previewValueImport,
	setIndicatorValue
} from './service';

let db: Db;
let area: TestRegion;
let coordinator: Actor;
let member: Actor;
let lonelinessId: number;

const loneliness = {
	name: 'Yksinäisyyttä kokevat 75 vuotta täyttäneet, %',
	unit: '%',
	source: 'THL, Sotkanet',
	higherIsBetter: false
};
const exercise = {
	name: 'Liikunnan harrastajat, %',
	unit: '%',
	source: 'THL, Sotkanet',
	higherIsBetter: true
};

const storedValues = () =>
	db
		.select({
			indicatorId: indicatorValue.indicatorId,
			organisationId: indicatorValue.organisationId,
			year: indicatorValue.year,
			value: indicatorValue.value
		})
		.from(indicatorValue)
		.all();

beforeEach(() => {
	db = createTestDb();
	area = insertRegion(db, 'pk');
	coordinator = insertActor(db, area.countyId, 'koordinaattori@pk.fi', 'coordinator');
	member = insertActor(db, area.municipalityId, 'jasen@pk.fi', 'member');
	lonelinessId = defineIndicator(db, coordinator, area.regionId, loneliness).id;
});

describe('defining indicators', () => {
	it('lists the region’s indicators to its members', () => {
		defineIndicator(db, coordinator, area.regionId, exercise);
		expect(listIndicators(db, member, area.regionId).map((i) => i.name)).toEqual([
			exercise.name,
			loneliness.name
		]);
		expect(getIndicator(db, member, lonelinessId)).toMatchObject(loneliness);
	});

	it('is for the region’s coordinators only', () => {
		expect(refusal(() => defineIndicator(db, member, area.regionId, exercise)).code).toBe(
			'forbidden'
		);
		expect(refusal(() => editIndicator(db, member, lonelinessId, exercise)).code).toBe('forbidden');
		const other = insertRegion(db, 'ks');
		const stranger = insertActor(db, other.countyId, 'koordinaattori@ks.fi', 'coordinator');
		expect(refusal(() => getIndicator(db, stranger, lonelinessId)).code).toBe('not_found');
		expect(refusal(() => listIndicators(db, stranger, area.regionId)).code).toBe('forbidden');
	});

	it('refuses a member before the form is read, and shows them the page without its forms', () => {
		expect(refusal(() => authorizeIndicatorManagement(member, area.regionId)).code).toBe(
			'forbidden'
		);
		expect(refusal(() => indicatorToManage(db, member, lonelinessId)).code).toBe('forbidden');
		expect(refusal(() => indicatorToManage(db, coordinator, 999_999)).code).toBe('not_found');
		expect(indicatorPage(db, member, lonelinessId)).toMatchObject({
			canManage: false,
			organisations: []
		});
		expect(indicatorPage(db, coordinator, lonelinessId).canManage).toBe(true);
	});

	it('keeps names unique in the region, ignoring case', () => {
		const err = refusal(() =>
			defineIndicator(db, coordinator, area.regionId, {
				...exercise,
				name: loneliness.name.toUpperCase()
			})
		);
		expect(err.code).toBe('conflict');
		expect(err.issues).toEqual({ name: 'indicators.nameTaken' });
		const exerciseId = defineIndicator(db, coordinator, area.regionId, exercise).id;
		expect(
			refusal(() =>
				editIndicator(db, coordinator, exerciseId, { ...exercise, name: loneliness.name })
			).code
		).toBe('conflict');
		editIndicator(db, coordinator, lonelinessId, { ...loneliness, unit: 'prosenttia' });
		expect(getIndicator(db, member, lonelinessId).unit).toBe('prosenttia');
	});
});

describe('entering values by hand', () => {
	it('enters, corrects and removes a year’s value', () => {
		const value = (year: number, v: number | null) =>
			setIndicatorValue(db, coordinator, lonelinessId, {
				organisationId: area.municipalityId,
				year,
				value: v
			});
		value(2023, 9.1);
		value(2024, 8.4);
		value(2024, 8.2);
		expect(storedValues()).toEqual([
			{ indicatorId: lonelinessId, organisationId: area.municipalityId, year: 2023, value: 9.1 },
			{ indicatorId: lonelinessId, organisationId: area.municipalityId, year: 2024, value: 8.2 }
		]);
		value(2023, null);
		expect(storedValues().map((row) => row.year)).toEqual([2024]);
	});

	it('refuses another region’s organisation and a member', () => {
		const other = insertRegion(db, 'ks');
		const err = refusal(() =>
			setIndicatorValue(db, coordinator, lonelinessId, {
				organisationId: other.municipalityId,
				year: 2024,
				value: 1
			})
		);
		expect(err.issues).toEqual({ organisationId: 'validation.choose' });
		expect(
			refusal(() =>
				setIndicatorValue(db, member, lonelinessId, {
					organisationId: area.municipalityId,
					year: 2024,
					value: 1
				})
			).code
		).toBe('forbidden');
		expect(storedValues()).toEqual([]);
	});
});

describe('series', () => {
	it('groups values per indicator and organisation, oldest year first', () => {
		const exerciseId = defineIndicator(db, coordinator, area.regionId, exercise).id;
		const enter = (indicatorId: number, organisationId: number, year: number, value: number) =>
			setIndicatorValue(db, coordinator, indicatorId, { organisationId, year, value });
		enter(lonelinessId, area.municipalityId, 2024, 8);
		enter(lonelinessId, area.municipalityId, 2022, 10);
		enter(lonelinessId, area.countyId, 2024, 9);
		enter(exerciseId, area.municipalityId, 2024, 40);

		const all = indicatorSeries(db, member, { regionId: area.regionId });
		expect(all.map((s) => [s.indicator.name, s.organisation.name, s.points])).toEqual([
			[exercise.name, 'Kunta pk', [{ year: 2024, value: 40 }]],
			[loneliness.name, 'Hyvinvointialue pk', [{ year: 2024, value: 9 }]],
			[
				loneliness.name,
				'Kunta pk',
				[
					{ year: 2022, value: 10 },
					{ year: 2024, value: 8 }
				]
			]
		]);
		const ofMunicipality = indicatorSeries(db, member, {
			regionId: area.regionId,
			organisationIds: [area.municipalityId]
		});
		expect(ofMunicipality.map((s) => s.indicator.name)).toEqual([exercise.name, loneliness.name]);
		const ofIndicator = indicatorSeries(db, member, {
			regionId: area.regionId,
			indicatorIds: [exerciseId]
		});
		expect(ofIndicator.map((s) => s.organisation.name)).toEqual(['Kunta pk']);
		expect(indicatorSeries(db, member, { regionId: area.regionId, indicatorIds: [] })).toEqual([]);
	});
});

describe('CSV import of values', () => {
	const header = 'indicator;organisation;year;value\n';

	it('refuses the whole file when one row is bad, names the row, and writes nothing', () => {
		setIndicatorValue(db, coordinator, lonelinessId, {
			organisationId: area.municipalityId,
			year: 2020,
			value: 12
		});
		const text =
			header +
			`${loneliness.name};Kunta pk;2021;11,5\n` +
			`${loneliness.name};Kunta pk;2022;paljon\n` +
			`Tuntematon mittari;Kunta pk;2022;3\n` +
			`${loneliness.name};Kunta ks;22;3\n` +
			`${loneliness.name};Kunta pk;2020;10\n`;
		const preview = previewValueImport(db, coordinator, area.regionId, text);
		expect(preview.valid).toBe(false);
		expect(preview.replacing).toBe(1);
		expect(preview.rows.map((row) => [row.line, row.errors])).toEqual([
			[2, []],
			[3, ['indicators.import.row.valueInvalid']],
			[4, ['indicators.import.row.indicatorUnknown']],
			[5, ['indicators.import.row.yearInvalid']],
			[6, []]
		]);
		expect(refusal(() => importValues(db, coordinator, area.regionId, text)).code).toBe('invalid');
		expect(storedValues()).toEqual([
			{ indicatorId: lonelinessId, organisationId: area.municipalityId, year: 2020, value: 12 }
		]);
	});

	it('refuses an unknown organisation and a row repeated in the file', () => {
		const text =
			header +
			`${loneliness.name};Joensuu;2024;1\n${loneliness.name};kunta PK;2024;1\n${loneliness.name};Kunta pk;2024;2\n`;
		const preview = previewValueImport(db, coordinator, area.regionId, text);
		expect(preview.rows.map((row) => row.errors)).toEqual([
			['indicators.import.row.organisationUnknown'],
			[],
			['indicators.import.row.repeated']
		]);
	});

	it('writes every row of a good file, replacing stored values of the same year', () => {
		const exerciseId = defineIndicator(db, coordinator, area.regionId, exercise).id;
		const joensuu = insertOrganisation(db, area.regionId, 'Joensuu', 'municipality');
		setIndicatorValue(db, coordinator, lonelinessId, {
			organisationId: area.municipalityId,
			year: 2024,
			value: 99
		});
		const text =
			'\uFEFFIndicator,Organisation,Year,Value\n' +
			`"${loneliness.name.toLowerCase()}",Kunta pk,2024,"8,4"\n` +
			`"${loneliness.name}",joensuu,2024,7.5\n` +
			`"${exercise.name}",Hyvinvointialue pk,2024,1 234\n`;
		expect(importValues(db, coordinator, area.regionId, text)).toEqual({ count: 3, replaced: 1 });
		expect(storedValues()).toEqual(
			expect.arrayContaining([
				{ indicatorId: lonelinessId, organisationId: area.municipalityId, year: 2024, value: 8.4 },
				{ indicatorId: lonelinessId, organisationId: joensuu, year: 2024, value: 7.5 },
				{ indicatorId: exerciseId, organisationId: area.countyId, year: 2024, value: 1234 }
			])
		);
		expect(storedValues()).toHaveLength(3);
	});

	it('reports missing columns for the whole file', () => {
		const preview = previewValueImport(
			db,
			coordinator,
			area.regionId,
			'indicator;organisation;value\nA;B;1\n'
		);
		expect(preview.fileErrors).toEqual([
			{ key: 'admin.import.file.missingColumns', values: { columns: 'year' } }
		]);
		expect(preview.valid).toBe(false);
	});

	it('is for the region’s coordinators only', () => {
		const text = header + `${loneliness.name};Kunta pk;2024;1\n`;
		expect(refusal(() => previewValueImport(db, member, area.regionId, text)).code).toBe(
			'forbidden'
		);
		expect(refusal(() => importValues(db, member, area.regionId, text)).code).toBe('forbidden');
		expect(storedValues()).toEqual([]);
	});
});
