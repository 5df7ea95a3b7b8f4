import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendParagraphs, createAgendaDoc, plainText, readItems, textOf } from './doc-schema';
import { addItem, dropPosition, moveItem, removeItem, updateItem, visibleItems } from './items';

const titles = (doc: Y.Doc) => visibleItems(readItems(doc)).map((item) => item.title);

function agenda(...names: string[]): Y.Doc {
	return createAgendaDoc(names.map((title) => ({ title, proposal: `Ehdotus: ${title}` })));
}

function sync(a: Y.Doc, b: Y.Doc): void {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

describe('editing the items of a live document', () => {
	it('adds a new item after the topics, before the standard closing items', () => {
		const doc = agenda(
			'Kokouksen avaus ja läsnäolijoiden toteaminen',
			'Hyvinvointikertomus',
			'Seuraavat kokoukset',
			'Muut asiat',
			'Tiedoksi',
			'Kokouksen päättäminen'
		);
		const id = addItem(doc);
		const items = readItems(doc);
		expect(items).toHaveLength(7);
		expect(items[2]).toMatchObject({ id, title: '', public: true });
		expect(titles(doc).slice(3)).toEqual([
			'Seuraavat kokoukset',
			'Muut asiat',
			'Tiedoksi',
			'Kokouksen päättäminen'
		]);
	});

	it('adds at the end of an agenda without closing items', () => {
		const doc = agenda('Avaus', 'Hyvinvointikertomus');
		const id = addItem(doc);
		expect(readItems(doc)[2]).toMatchObject({ id, title: '' });
	});

	it('moves an item with its fields and texts', () => {
		const doc = agenda('A', 'B', 'C');
		const b = readItems(doc)[1];
		updateItem(doc, b.id, 'presenter', 'Aino');
		updateItem(doc, b.id, 'public', false);
		updateItem(doc, b.id, 'reason', 'JulkL 24 § 1 mom. 17 k');

		moveItem(doc, b.id, 2);
		expect(titles(doc)).toEqual(['A', 'C', 'B']);
		moveItem(doc, b.id, 0);
		expect(titles(doc)).toEqual(['B', 'A', 'C']);

		const moved = readItems(doc)[0];
		expect(moved).toEqual({
			...b,
			presenter: 'Aino',
			public: false,
			reason: 'JulkL 24 § 1 mom. 17 k'
		});
		expect(plainText(textOf(doc, 'proposal', b.id))).toBe('Ehdotus: B');
	});

	it('keeps the rich text a peer types while the item is moved', () => {
		const here = agenda('A', 'B');
		const there = new Y.Doc();
		sync(here, there);
		const b = readItems(here)[1];
		moveItem(here, b.id, 0);
		appendParagraphs(textOf(there, 'decision', b.id), 'Päätettiin hyväksyä.');
		sync(here, there);
		expect(titles(there)).toEqual(['B', 'A']);
		expect(plainText(textOf(here, 'decision', b.id))).toBe('Päätettiin hyväksyä.');
	});

	it('shows an item moved by two people at once only once, and removes every copy', () => {
		const here = agenda('A', 'B', 'C');
		const there = new Y.Doc();
		sync(here, there);
		const c = readItems(here)[2];
		moveItem(here, c.id, 0);
		moveItem(there, c.id, 1);
		sync(here, there);
		expect(readItems(here).filter((item) => item.id === c.id)).toHaveLength(2);
		expect(titles(here)).toEqual(titles(there));
		expect(titles(here).filter((title) => title === 'C')).toHaveLength(1);

		removeItem(here, c.id);
		expect(readItems(here).map((item) => item.title)).toEqual(['A', 'B']);
	});

	it('turns a drop on the upper or lower half of an item into the final position', () => {
		// Dragging item 0 of [0, 1, 2]:
		expect(dropPosition(0, 2, true)).toBe(2); // below the last → last
		expect(dropPosition(0, 2, false)).toBe(1); // above the last → middle
		expect(dropPosition(0, 0, true)).toBe(0); // onto itself → no move
		// Dragging item 2 upwards:
		expect(dropPosition(2, 0, false)).toBe(0);
		expect(dropPosition(2, 0, true)).toBe(1);
	});
});
