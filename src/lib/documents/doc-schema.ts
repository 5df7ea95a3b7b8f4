/**
 * The shape of the live agenda and minutes documents, shared by the browser
 * editors and the server. One Y.Doc per document:
 *   items: Y.Array<Y.Map>   ordered agenda items; item number = position + 1
 *     id         string    stable id, also the key of the item's texts
 *     title      string
 *     presenter  string
 *     public     boolean   false: only the title and the reason are public
 *     reason     string    why the item is not public (e.g. "JulkL 24 § 1 mom. 17 k")
 *   (attachment files live in the database, table `attachment`, keyed by the item's id)
 *   the rich texts of an item are top-level XML fragments, bound by TipTap:
 *     proposal:<id>    käsittelyehdotus (agenda and minutes)
 *     discussion:<id>  käsittely (minutes)
 *     decision:<id>    päätös (minutes)
 */
import * as Y from 'yjs';
import { chairSentenceEdit, chairSentenceItem } from '../domain/chair-sentences';
import { CLOSING_TITLES } from '../domain/minutes';

export const TEXT_FIELDS = ['proposal', 'discussion', 'decision'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface ItemMeta {
	id: string;
	title: string;
	presenter: string;
	public: boolean;
	reason: string;
}

export type ItemMap = Y.Map<unknown>;

export function itemsOf(doc: Y.Doc): Y.Array<ItemMap> {
	return doc.getArray<ItemMap>('items');
}

export function textFieldName(field: TextField, itemId: string): string {
	return `${field}:${itemId}`;
}

export function textOf(doc: Y.Doc, field: TextField, itemId: string): Y.XmlFragment {
	return doc.getXmlFragment(textFieldName(field, itemId));
}

function str(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

export function readItem(map: ItemMap): ItemMeta {
	return {
		id: str(map.get('id')),
		title: str(map.get('title')),
		presenter: str(map.get('presenter')),
		public: map.get('public') !== false,
		reason: str(map.get('reason'))
	};
}

/** The items in order. Entries without an id (malformed input) are skipped, never trusted. */
export function readItems(doc: Y.Doc): ItemMeta[] {
	return itemsOf(doc)
		.toArray()
		.filter((map): map is ItemMap => map instanceof Y.Map)
		.map(readItem)
		.filter((item) => item.id !== '');
}

export function newItemId(): string {
	return crypto.randomUUID();
}

/** Builds the Y.Map of a new item; the caller inserts it into `items` in a transaction. */
export function createItemMap(meta: Partial<ItemMeta> & { id: string }): ItemMap {
	const map = new Y.Map<unknown>();
	map.set('id', meta.id);
	map.set('title', meta.title ?? '');
	map.set('presenter', meta.presenter ?? '');
	map.set('public', meta.public ?? true);
	map.set('reason', meta.reason ?? '');
	return map;
}

/** A paragraph of plain text, in the node names TipTap's schema uses. */
function paragraphOf(text: string): Y.XmlElement {
	const paragraph = new Y.XmlElement('paragraph');
	paragraph.insert(0, [new Y.XmlText(text)]);
	return paragraph;
}

/** Appends paragraphs of plain text to a fragment. */
export function appendParagraphs(fragment: Y.XmlFragment, text: string): void {
	const paragraphs = text
		.split(/\n{2,}/)
		.map((p) => p.trim())
		.filter(Boolean)
		.map(paragraphOf);
	if (paragraphs.length > 0) fragment.insert(fragment.length, paragraphs);
}

/**
 * Adds an item made by the app (an item forwarded from another body) where a
 * secretary would put it: after the topics, before the standard closing items
 * at the end (next meetings, other matters, for information, closing).
 * Returns the new item's id. Call inside `changeLiveDoc`.
 */
export function insertItemBeforeClosing(
	doc: Y.Doc,
	item: { title: string; proposal: string }
): string {
	const items = readItems(doc);
	let at = items.length;
	while (at > 0 && CLOSING_TITLES.includes(items[at - 1].title)) at--;
	// Positions in the Y.Array include skipped malformed entries, so insert after the item found.
	const all = itemsOf(doc).toArray();
	const index =
		at === 0
			? 0
			: all.findIndex((map) => map instanceof Y.Map && map.get('id') === items[at - 1].id) + 1;
	const id = newItemId();
	itemsOf(doc).insert(index, [createItemMap({ id, title: item.title })]);
	appendParagraphs(textOf(doc, 'proposal', id), item.proposal);
	return id;
}

/** A new agenda document with the given items and their proposals. */
export function createAgendaDoc(
	items: readonly {
		title: string;
		proposal: string;
		presenter?: string;
		public?: boolean;
		reason?: string;
	}[]
): Y.Doc {
	const doc = new Y.Doc();
	doc.transact(() => {
		for (const item of items) {
			const id = newItemId();
			itemsOf(doc).push([
				createItemMap({
					id,
					title: item.title,
					presenter: item.presenter,
					public: item.public,
					reason: item.reason
				})
			]);
			appendParagraphs(textOf(doc, 'proposal', id), item.proposal);
		}
	});
	return doc;
}

/**
 * The minutes start from the agenda: every item carries over its title,
 * presenter, public flag and proposal (and so its attachment files); discussion and decision
 * start empty. The copy is a new document, so the agenda stays as it was sent.
 */
export function createMinutesDoc(agenda: Y.Doc): Y.Doc {
	const minutes = new Y.Doc();
	minutes.transact(() => {
		for (const item of readItems(agenda)) {
			itemsOf(minutes).push([createItemMap(item)]);
			const source = textOf(agenda, 'proposal', item.id);
			const copy = source.toArray().map((node) => (node as Y.XmlElement | Y.XmlText).clone());
			if (copy.length > 0) textOf(minutes, 'proposal', item.id).insert(0, copy);
		}
	});
	return minutes;
}

/**
 * Writes the chair's opening and closing sentences ("Puheenjohtaja päätti
 * kokouksen klo 15.15.") for the times given into the discussion of the
 * minutes' opening and closing items, never over what the secretary typed
 * (the rules are in src/lib/domain/chair-sentences.ts). Call inside a
 * transaction of the document (`changeLiveDoc`).
 */
export function writeChairSentences(
	doc: Y.Doc,
	times: { openedAt: Date | null; closedAt: Date | null }
): void {
	const items = readItems(doc);
	for (const [kind, at] of [
		['opened', times.openedAt],
		['closed', times.closedAt]
	] as const) {
		const item = at && chairSentenceItem(kind, items);
		if (!item) continue;
		const discussion = textOf(doc, 'discussion', item.id);
		const edit = chairSentenceEdit(
			kind,
			at,
			discussion.toArray().map(blockText),
			plainText(textOf(doc, 'decision', item.id))
		);
		if (edit.action === 'replace') {
			discussion.delete(edit.index, 1);
			discussion.insert(edit.index, [paragraphOf(edit.sentence)]);
		} else if (edit.action === 'append') {
			discussion.insert(discussion.length, [paragraphOf(edit.sentence)]);
		}
	}
}

/** Plain text of a rich-text field (for lists, search and the API). */
export function plainText(fragment: Y.XmlFragment): string {
	return fragment.toArray().map(blockText).join('\n\n').trim();
}

function blockText(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
	return node instanceof Y.XmlElement
		? collectText(node)
		: node instanceof Y.XmlText
			? textOfXmlText(node)
			: '';
}

function textOfXmlText(text: Y.XmlText): string {
	return text
		.toDelta()
		.map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
		.join('');
}

/** Inline text joins as is; nested blocks (list items, paragraphs in them) go on lines of their own. */
function collectText(element: Y.XmlElement): string {
	const children = element.toArray();
	const inline = children.every((child) => child instanceof Y.XmlText);
	return children
		.map((child) =>
			child instanceof Y.XmlText
				? textOfXmlText(child)
				: child instanceof Y.XmlElement
					? collectText(child)
					: ''
		)
		.join(inline ? '' : '\n');
}

/**
 * A counter the server raises when a meeting's other data changes (attendance,
 * times, attachments, status): every page connected to the document reloads
 * its data when it moves, without re-creating its editors. Not part of the
 * minutes: records read only the items.
 */
const PAGE_SIGNAL = 'pageSignal';

export function raisePageSignal(doc: Y.Doc): void {
	const signal = doc.getMap<number>(PAGE_SIGNAL);
	signal.set('revision', (signal.get('revision') ?? 0) + 1);
}

/** Calls `listener` when the server raises the signal; returns the unsubscribe. */
export function onPageSignal(doc: Y.Doc, listener: () => void): () => void {
	const signal = doc.getMap<number>(PAGE_SIGNAL);
	const observer = (_event: Y.YMapEvent<number>, transaction: Y.Transaction) => {
		if (!transaction.local) listener();
	};
	signal.observe(observer);
	return () => signal.unobserve(observer);
}
