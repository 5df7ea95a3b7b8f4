import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkbox, optionalText, requiredText } from './fields';

describe('checkbox', () => {
	const form = v.object({ public: checkbox });

	it('is true when the browser sends it ticked, whatever its value', () => {
		expect(v.parse(form, { public: 'on' })).toEqual({ public: true });
		expect(v.parse(form, { public: 'yes' })).toEqual({ public: true });
	});

	it('is false when the browser leaves it out, as it does for an unticked box', () => {
		expect(v.safeParse(form, {})).toMatchObject({ success: true, output: { public: false } });
	});
});

describe('text fields', () => {
	it('drop control characters that no keyboard types, and keep line breaks and tabs', () => {
		expect(v.parse(requiredText(), 'Kokous\u0000 alkaa\u001b')).toBe('Kokous alkaa');
		expect(v.parse(optionalText(), 'rivi 1\r\nrivi\t2')).toBe('rivi 1\r\nrivi\t2');
	});

	it('count a text of control characters only as empty', () => {
		expect(v.safeParse(requiredText(), '\u0000\u0001').issues?.[0].message).toBe(
			'validation.required'
		);
	});
});
