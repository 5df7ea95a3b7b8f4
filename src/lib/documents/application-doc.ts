/**
 * The shape of a grant application's live document (`application:<id>`),
 * shared by the browser editor and the server: one XmlFragment of plain
 * paragraphs per long text, named by its field (APPLICATION_TEXT_FIELDS).
 * The text of a fragment is its paragraphs with a blank line between them,
 * as a plain form's textarea holds it.
 */
import * as Y from 'yjs';
import { APPLICATION_TEXT_FIELDS, type ApplicationTextField } from '../domain/application-texts';
import { appendParagraphs, plainText } from './doc-schema';

export type ApplicationTexts = Record<ApplicationTextField, string>;

export function applicationText(doc: Y.Doc, field: ApplicationTextField): Y.XmlFragment {
	return doc.getXmlFragment(field);
}

export function readApplicationTexts(doc: Y.Doc): ApplicationTexts {
	return Object.fromEntries(
		APPLICATION_TEXT_FIELDS.map((field) => [field, plainText(applicationText(doc, field))])
	) as ApplicationTexts;
}

/** A text as the live document would hold it: line ends of any system, paragraphs trimmed, one blank line between. */
export function normalisedText(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.split(/\n{2,}/)
		.map((paragraph) => paragraph.trim())
		.filter(Boolean)
		.join('\n\n');
}

/** Puts `text` in place of the field's whole text; call inside a transaction. */
export function replaceApplicationText(
	doc: Y.Doc,
	field: ApplicationTextField,
	text: string
): void {
	const fragment = applicationText(doc, field);
	fragment.delete(0, fragment.length);
	appendParagraphs(fragment, normalisedText(text));
}

export function createApplicationDoc(texts: ApplicationTexts): Y.Doc {
	const doc = new Y.Doc();
	doc.transact(() => {
		for (const field of APPLICATION_TEXT_FIELDS) replaceApplicationText(doc, field, texts[field]);
	});
	return doc;
}
