import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { STANDARD_AGENDA } from '../domain/minutes';
import {
	createAgendaDoc,
	createItemMap,
	createMinutesDoc,
	itemsOf,
	plainText,
	readItems,
	textOf
} from './doc-schema';

describe('agenda and minutes documents', () => {
	it('start the agenda with the standard items and their proposals', () => {
		const agenda = createAgendaDoc(STANDARD_AGENDA);
		const items = readItems(agenda);
		expect(items.map((i) => i.title)).toEqual(STANDARD_AGENDA.map((i) => i.title));
		expect(plainText(textOf(agenda, 'proposal', items[0].id))).toBe(STANDARD_AGENDA[0].proposal);
	});

	it('carry every item and its proposal over to the minutes, leaving the agenda as it was', () => {
		const agenda = createAgendaDoc([
			{
				title: 'Järjestöavustukset',
				proposal: 'Esitellään ehdotus.\n\nKeskustellaan.',
				presenter: 'Aino'
			}
		]);
		const before = Y.encodeStateAsUpdate(agenda);
		const minutes = createMinutesDoc(agenda);
		const [item] = readItems(minutes);
		expect(item).toMatchObject({ title: 'Järjestöavustukset', presenter: 'Aino', public: true });
		expect(plainText(textOf(minutes, 'proposal', item.id))).toBe(
			'Esitellään ehdotus.\n\nKeskustellaan.'
		);
		expect(plainText(textOf(minutes, 'decision', item.id))).toBe('');
		expect(Y.encodeStateAsUpdate(agenda)).toEqual(before);
	});

	it('skip malformed entries instead of trusting them', () => {
		const doc = new Y.Doc();
		const items = itemsOf(doc) as unknown as Y.Array<unknown>;
		items.push(['not a map', new Y.Map()]);
		itemsOf(doc).push([createItemMap({ id: 'ok', title: 'Oikea' })]);
		expect(readItems(doc).map((i) => i.title)).toEqual(['Oikea']);
	});
});
