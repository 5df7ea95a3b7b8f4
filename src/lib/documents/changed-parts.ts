import * as Y from 'yjs';

/**
 * The names of the document's top-level types a transaction changed, deep
 * inside or at the top: which of an application's texts a change touched,
 * for the server that records who changed it and the page that shows it.
 */
export function changedParts(doc: Y.Doc, transaction: Y.Transaction): string[] {
	const roots = new Set<unknown>();
	for (const type of transaction.changed.keys()) {
		let root = type;
		while (root._item?.parent instanceof Y.AbstractType) root = root._item.parent;
		roots.add(root);
	}
	return [...doc.share].filter(([, type]) => roots.has(type)).map(([name]) => name);
}
