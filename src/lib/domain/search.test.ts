import { describe, expect, it } from 'vitest';
import { matchesQuery, nameKey, sameName } from './search';

describe('searching the administration lists', () => {
	it('finds names whatever their case, Ä and Ö included', () => {
		expect(matchesQuery('ÄÄNEKOSK', 'Äänekosken kaupunki')).toBe(true);
		expect(matchesQuery('ÖRNSKÖLDSVIK', 'Örnsköldsvikin ystävyysseura')).toBe(true);
		expect(matchesQuery('Å', 'Åland')).toBe(true);
	});

	it('finds a part of any of the fields, and nothing when no field has it', () => {
		expect(matchesQuery('mielen', 'Jyväskylän Mielenterveysseura', 'yhdistys')).toBe(true);
		expect(matchesQuery('yhdis', 'Jyväskylän Mielenterveysseura', 'yhdistys')).toBe(true);
		expect(matchesQuery('kunta', 'Jyväskylän Mielenterveysseura', 'yhdistys')).toBe(false);
		// Ä is a letter of its own in Finnish, not an A.
		expect(matchesQuery('aane', 'Äänekoski')).toBe(false);
	});

	it('ignores spaces around the query', () => {
		expect(matchesQuery('  seura ', 'Mielenterveysseura')).toBe(true);
	});

	it('matches everything when there is nothing to search for', () => {
		for (const empty of [undefined, '', '   ']) {
			expect(matchesQuery(empty, 'Mielenterveysseura'), String(empty)).toBe(true);
			expect(matchesQuery(empty), String(empty)).toBe(true);
		}
	});
});

describe('names as people read them', () => {
	it('fold case and surrounding spaces, Finnish letters included', () => {
		expect(nameKey('  Äänekosken Kaupunki ')).toBe('äänekosken kaupunki');
		expect(nameKey('ÖLJY')).toBe('öljy');
	});

	it('treat names that differ only in case or surrounding spaces as the same, and others not', () => {
		expect(sameName('Äänekosken kaupunki', ' äänekosken KAUPUNKI')).toBe(true);
		expect(sameName('Äänekosken kaupunki', 'Aanekosken kaupunki')).toBe(false);
		// Spaces inside a name are part of it.
		expect(sameName('Äänekosken kaupunki', 'Äänekosken  kaupunki')).toBe(false);
	});
});
