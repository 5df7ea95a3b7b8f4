import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../domain/roles';
import { messages } from './messages';
import { translator } from './index';

function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
	for (const element of elements) {
		if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
		if ('value' in element && typeof element.value === 'string') found.add(element.value);
		if (element.type === TYPE.plural || element.type === TYPE.select) {
			for (const option of Object.values(element.options)) placeholders(option.value, found);
		}
		if (element.type === TYPE.tag) placeholders(element.children, found);
	}
	return found;
}

describe('messages', () => {
	const keys = Object.keys(messages.fi);

	it('exist in every language with the same keys', () => {
		for (const language of LANGUAGES) {
			expect(Object.keys(messages[language]).sort()).toEqual([...keys].sort());
		}
	});

	it('are never empty and use the same placeholders in every language', () => {
		for (const key of keys) {
			const expected = [
				...placeholders(parse(messages.fi[key as keyof typeof messages.fi]))
			].sort();
			for (const language of LANGUAGES) {
				const text = messages[language][key as keyof typeof messages.fi];
				expect(text.trim(), `${language} ${key}`).not.toBe('');
				expect([...placeholders(parse(text))].sort(), `${language} ${key}`).toEqual(expected);
			}
		}
	});

	it('format dates and times in the Finnish form in every language', () => {
		const meeting = new Date('2022-05-20T10:00:00Z'); // 13.00 in Helsinki
		for (const language of LANGUAGES) {
			expect(translator(language).date(meeting)).toBe('20.5.2022');
			expect(translator(language).time(meeting)).toBe('13.00');
		}
	});
});
