import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { confirmSchema, reviewSchema } from './meetings';

describe('buttons that ask first', () => {
	it('are confirmed only by confirm=yes', () => {
		expect(v.parse(confirmSchema, { confirm: 'yes' })).toEqual({ confirm: true });
		expect(v.parse(confirmSchema, {})).toEqual({ confirm: false });
		expect(v.parse(confirmSchema, { confirm: '' })).toEqual({ confirm: false });
		expect(v.parse(confirmSchema, { confirm: 'no' })).toEqual({ confirm: false });
	});

	it('send the minutes to review with a closing time once confirmed, and ask without one', () => {
		expect(v.parse(reviewSchema, {})).toEqual({ confirm: false, closedAt: '' });
		expect(v.parse(reviewSchema, { confirm: 'yes', closedAt: '15.10' })).toEqual({
			confirm: true,
			closedAt: '15.10'
		});
		const problems = (input: object) =>
			v.flatten<typeof reviewSchema>(v.safeParse(reviewSchema, input).issues!).nested;
		expect(problems({ confirm: 'yes', closedAt: '' })).toEqual({
			closedAt: ['validation.required']
		});
		expect(problems({ confirm: 'yes', closedAt: '25:00' })).toEqual({
			closedAt: ['validation.time']
		});
	});
});
