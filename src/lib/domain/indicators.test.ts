import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	changeUnit,
	optionalValueInput,
	parseIndicatorValue,
	parseYear,
	trendOf,
	valueRowSchema
} from './indicators';

describe('parseIndicatorValue', () => {
	it.each([
		['12,5', 12.5],
		['12.5', 12.5],
		[' 7 ', 7],
		['1 234,5', 1234.5],
		['1\u00a0234\u00a0567', 1234567],
		['12\u202f345.25', 12345.25],
		['-3,2', -3.2],
		['\u22123,2', -3.2],
		['+4', 4],
		['0,05', 0.05],
		['12,5 %', 12.5],
		['12,5%', 12.5]
	])('reads %j as %d', (text, expected) => {
		expect(parseIndicatorValue(text)).toBe(expected);
	});

	it.each([
		'',
		'abc',
		'12,5,1',
		'1.234,5',
		'1 23',
		'12 345 6',
		',5',
		'12,',
		'1e3',
		'--3',
		'12 %%',
		'NaN'
	])('refuses %j', (text) => {
		expect(parseIndicatorValue(text)).toBeNull();
	});
});

describe('parseYear', () => {
	it('reads four-digit years in range and refuses others', () => {
		expect(parseYear(' 2024 ')).toBe(2024);
		expect(parseYear('1900')).toBe(1900);
		expect(parseYear('1899')).toBeNull();
		expect(parseYear('2101')).toBeNull();
		expect(parseYear('24')).toBeNull();
		expect(parseYear('2024,0')).toBeNull();
	});
});

describe('trendOf', () => {
	const series = [
		{ year: 2023, value: 10 },
		{ year: 2021, value: 14 },
		{ year: 2022, value: 12 }
	];

	it('compares the latest year with the one before, whatever the order', () => {
		const trend = trendOf(series, false);
		expect(trend).toMatchObject({
			from: { year: 2022, value: 12 },
			to: { year: 2023, value: 10 },
			change: -2
		});
	});

	it('judges a fall better when lower is better, worse when higher is better', () => {
		expect(trendOf(series, false)?.verdict).toBe('better');
		expect(trendOf(series, true)?.verdict).toBe('worse');
	});

	it('judges a rise by the same rule', () => {
		const rising = [...series, { year: 2024, value: 11 }];
		expect(trendOf(rising, true)?.verdict).toBe('better');
		expect(trendOf(rising, false)?.verdict).toBe('worse');
	});

	it('calls a change within rounding unchanged', () => {
		expect(
			trendOf(
				[
					{ year: 2023, value: 0.3 },
					{ year: 2024, value: 0.1 + 0.2 }
				],
				true
			)?.verdict
		).toBe('unchanged');
	});

	it('has no trend with fewer than two values', () => {
		expect(trendOf([], true)).toBeNull();
		expect(trendOf([{ year: 2024, value: 1 }], true)).toBeNull();
	});
});

describe('valueRowSchema', () => {
	it('reads a row with a Finnish decimal comma', () => {
		const result = v.safeParse(valueRowSchema, {
			indicator: ' Yksinäisyys ',
			organisation: 'Liperi',
			year: '2024',
			value: '8,4'
		});
		expect(result.success && result.output).toEqual({
			indicator: 'Yksinäisyys',
			organisation: 'Liperi',
			year: 2024,
			value: 8.4
		});
	});

	it('names each wrong column', () => {
		const result = v.safeParse(valueRowSchema, { indicator: '', year: '24', value: 'paljon' });
		expect(result.success).toBe(false);
		expect(result.issues?.map((issue) => issue.message)).toEqual([
			'indicators.import.row.indicatorMissing',
			'indicators.import.row.organisationMissing',
			'indicators.import.row.yearInvalid',
			'indicators.import.row.valueInvalid'
		]);
	});
});

describe('optionalValueInput', () => {
	const schema = optionalValueInput('bad');

	it('reads empty as no value and a number as the number', () => {
		expect(v.parse(schema, '  ')).toBeNull();
		expect(v.parse(schema, '3,5')).toBe(3.5);
	});

	it('refuses anything else with the given message', () => {
		const result = v.safeParse(schema, 'x');
		expect(result.issues?.[0].message).toBe('bad');
	});
});

describe('changeUnit', () => {
	it('measures a change of a percentage in percentage points', () => {
		expect(changeUnit('%')).toBe('percentagePoints');
		expect(changeUnit(' % ')).toBe('percentagePoints');
	});

	it('keeps any other unit, and none', () => {
		expect(changeUnit('‰')).toBe('unit');
		expect(changeUnit('henkilöä')).toBe('unit');
		expect(changeUnit('')).toBe('none');
		expect(changeUnit('  ')).toBe('none');
	});
});
