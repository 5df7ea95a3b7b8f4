import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { richTextToHtml, type RichNode } from '../domain/rich-text';

/** A rich-text field as the record shows it: only the editor's nodes, every text escaped, safe links only. */
export function fragmentHtml(fragment: Y.XmlFragment): string {
	// The ProseMirror JSON of TipTap's own schema, as the record's builder reads it on the server.
	return fragment.length > 0
		? richTextToHtml(yXmlFragmentToProsemirrorJSON(fragment) as RichNode)
		: '';
}
