import { describe, expect, it } from 'vitest';
import { isLanguage } from './roles';

describe('languages', () => {
	it('speaks Finnish, Swedish and English, and takes nothing else for a language', () => {
		expect(['fi', 'sv', 'en'].every(isLanguage)).toBe(true);
		for (const other of ['de', 'FI', 'fi-FI', '', null, undefined, 1])
			expect(isLanguage(other), String(other)).toBe(false);
	});
});
