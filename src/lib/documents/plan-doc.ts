/**
 * The shape of a live plan document (`document:<id>`: a welfare plan, report,
 * strategy draft …), shared by the browser editor and the server:
 *   sections: Y.Array<Y.Map>   ordered sections
 *     id     string            stable id; comments on frozen versions refer to it
 *     title  string
 *   section:<id>  XmlFragment  the section's rich text, bound by TipTap
 * Sections are edited with the item functions of items.ts (given `sectionsOf(doc)`).
 */
import * as Y from 'yjs';
import { appendParagraphs, newItemId, type ItemMap } from './doc-schema';
import { visibleItems } from './items';

export interface SectionMeta {
	id: string;
	title: string;
}

export function sectionsOf(doc: Y.Doc): Y.Array<ItemMap> {
	return doc.getArray<ItemMap>('sections');
}

export function sectionTextName(sectionId: string): string {
	return `section:${sectionId}`;
}

export function sectionText(doc: Y.Doc, sectionId: string): Y.XmlFragment {
	return doc.getXmlFragment(sectionTextName(sectionId));
}

function text(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

/** The sections in order, each once (see `visibleItems`); entries without an id are skipped, never trusted. */
export function readSections(doc: Y.Doc): SectionMeta[] {
	const sections = sectionsOf(doc)
		.toArray()
		.filter((map): map is ItemMap => map instanceof Y.Map)
		.map((map) => ({ id: text(map.get('id')), title: text(map.get('title')) }))
		.filter((section) => section.id !== '');
	return visibleItems(sections);
}

function createSectionMap(id: string, title: string): ItemMap {
	const map = new Y.Map<unknown>();
	map.set('id', id);
	map.set('title', title);
	return map;
}

/** Appends a section; returns its id. */
export function appendSection(doc: Y.Doc, title = ''): string {
	const id = newItemId();
	doc.transact(() => sectionsOf(doc).push([createSectionMap(id, title)]));
	return id;
}

/** A new plan document with the given sections and their text as plain paragraphs. */
export function createPlanDoc(sections: readonly { title: string; text?: string }[]): Y.Doc {
	const doc = new Y.Doc();
	doc.transact(() => {
		for (const section of sections) {
			const id = appendSection(doc, section.title);
			if (section.text) appendParagraphs(sectionText(doc, id), section.text);
		}
	});
	return doc;
}
