/**
 * Edits of the item list of an agenda or minutes document, and of any other
 * ordered list of Y.Maps with an `id` (the sections of a plan document pass
 * their own list as the last argument). Every change is one Yjs transaction, so peers see it
 * whole. Items are found by id, never by a rendered index: the rendered list
 * hides duplicates (see `visibleItems`).
 */
import * as Y from 'yjs';
import { insertItemBeforeClosing, itemsOf, type ItemMap } from './doc-schema';

export type EditableField = 'title' | 'presenter' | 'public' | 'reason';

/**
 * Two people moving the same item at once both re-insert it, so the merged
 * list can hold one id twice. Only the first copy is shown (the same one on
 * every client once they have converged); removing the item removes all copies.
 */
export function visibleItems<T extends { id: string }>(items: readonly T[]): T[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		if (seen.has(item.id)) return false;
		seen.add(item.id);
		return true;
	});
}

interface Entry {
	index: number;
	map: ItemMap;
}

/** The Y.Array positions of the visible items, in order. */
function visibleEntries(list: Y.Array<ItemMap>): (Entry & { id: string })[] {
	const seen = new Set<string>();
	const entries: (Entry & { id: string })[] = [];
	list.forEach((map, index) => {
		const id = map instanceof Y.Map ? map.get('id') : undefined;
		if (typeof id !== 'string' || id === '' || seen.has(id)) return;
		seen.add(id);
		entries.push({ index, map, id });
	});
	return entries;
}

function findItem(list: Y.Array<ItemMap>, id: string): Entry | undefined {
	return visibleEntries(list).find((entry) => entry.id === id);
}

/**
 * Adds an empty item where a secretary wants it: after the topics, before the
 * standard closing items ("Muut asiat", "Kokouksen päättäminen"), so a new
 * item never goes out after the meeting's close.
 */
export function addItem(doc: Y.Doc): string {
	let id = '';
	doc.transact(() => {
		id = insertItemBeforeClosing(doc, { title: '', proposal: '' });
	});
	return id;
}

/**
 * Removes the item (and any duplicate of it). Its rich texts stay in the
 * document as unreferenced fragments: top-level Yjs types cannot be deleted,
 * and a peer moving the item at the same moment still finds its texts.
 */
export function removeItem(doc: Y.Doc, id: string, items = itemsOf(doc)): void {
	doc.transact(() => {
		for (let index = items.length - 1; index >= 0; index--) {
			const map = items.get(index);
			if (map instanceof Y.Map && map.get('id') === id) items.delete(index, 1);
		}
	});
}

export function updateItem(
	doc: Y.Doc,
	id: string,
	field: EditableField,
	value: string | boolean,
	items = itemsOf(doc)
): void {
	const entry = findItem(items, id);
	if (entry && entry.map.get(field) !== value) doc.transact(() => entry.map.set(field, value));
}

/**
 * Moves the item so that it ends up at `position` (0-based) of the visible list.
 * A Y.Map cannot be moved: it is deleted and a new map with the same id and
 * fields is inserted in one transaction. The rich texts are top-level
 * fragments keyed by id, so they stay untouched. A field a peer changes in the
 * old map at the same moment is lost (the move wins); moves are short, rare acts.
 */
export function moveItem(doc: Y.Doc, id: string, position: number, items = itemsOf(doc)): void {
	const entries = visibleEntries(items);
	const moving = entries.find((entry) => entry.id === id);
	if (!moving) return;
	const others = entries.filter((entry) => entry !== moving);
	const target = Math.max(0, Math.min(position, others.length));
	if (entries.indexOf(moving) === target) return;
	doc.transact(() => {
		const copy = moving.map.clone();
		items.delete(moving.index, 1);
		const before = others[target];
		const index = before ? before.index - (before.index > moving.index ? 1 : 0) : items.length;
		items.insert(index, [copy]);
	});
}

/** The final position of a dragged item dropped on the upper or lower half of another. */
export function dropPosition(from: number, over: number, after: boolean): number {
	const slot = over + (after ? 1 : 0);
	return from < slot ? slot - 1 : slot;
}
