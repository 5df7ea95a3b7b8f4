/**
 * The rich text of agendas and minutes as ProseMirror JSON (what TipTap's
 * StarterKit writes), rendered to HTML and plain text for the record, the
 * archive and search. Only the editor's own node and mark types are rendered;
 * anything else is dropped, and every text is escaped.
 */
import * as v from 'valibot';

export interface RichMark {
	type: string;
	attrs?: Record<string, unknown>;
}

export interface RichNode {
	type: string;
	attrs?: Record<string, unknown>;
	content?: RichNode[];
	text?: string;
	marks?: RichMark[];
}

const attrs = v.optional(v.record(v.string(), v.unknown()));

/** A stored node as read back: the shape is checked, unknown node types and fields are kept (rendering drops them). */
export const RichNodeSchema: v.GenericSchema<RichNode> = v.looseObject({
	type: v.string(),
	attrs,
	content: v.optional(v.array(v.lazy(() => RichNodeSchema))),
	text: v.optional(v.string()),
	marks: v.optional(v.array(v.looseObject({ type: v.string(), attrs })))
});

const BLOCKS: Record<string, string> = {
	paragraph: 'p',
	bulletList: 'ul',
	orderedList: 'ol',
	listItem: 'li',
	blockquote: 'blockquote'
};

const MARKS: Record<string, string> = {
	bold: 'strong',
	italic: 'em',
	strike: 's',
	code: 'code',
	underline: 'u'
};

export function escapeHtml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`
	);
}

/** Links only to the web and to email; `javascript:` and the like become plain text. */
export function safeHref(href: unknown): string | null {
	if (typeof href !== 'string') return null;
	return /^(https?:\/\/|mailto:)/i.test(href.trim()) ? href.trim() : null;
}

function renderText(node: RichNode): string {
	let html = escapeHtml(node.text ?? '');
	for (const mark of node.marks ?? []) {
		if (mark.type === 'link') {
			const href = safeHref(mark.attrs?.href);
			if (href) html = `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>`;
		} else if (MARKS[mark.type]) {
			html = `<${MARKS[mark.type]}>${html}</${MARKS[mark.type]}>`;
		}
	}
	return html;
}

function renderNode(node: RichNode): string {
	if (node.type === 'text') return renderText(node);
	if (node.type === 'hardBreak') return '<br>';
	const inner = (node.content ?? []).map(renderNode).join('');
	if (node.type === 'heading') {
		// Headings inside an item sit below the item's own heading.
		const level = Math.min(Math.max(Number(node.attrs?.level) || 3, 3), 5) + 1;
		return `<h${level}>${inner}</h${level}>`;
	}
	const tag = BLOCKS[node.type];
	return tag ? `<${tag}>${inner}</${tag}>` : inner;
}

export function richTextToHtml(doc: RichNode | null | undefined): string {
	return (doc?.content ?? []).map(renderNode).join('');
}

function plain(node: RichNode): string {
	if (node.type === 'text') return node.text ?? '';
	if (node.type === 'hardBreak') return '\n';
	const children = node.content ?? [];
	const inline = children.every((c) => c.type === 'text' || c.type === 'hardBreak');
	return children.map(plain).join(inline ? '' : '\n');
}

export function richTextToPlain(doc: RichNode | null | undefined): string {
	return (doc?.content ?? []).map(plain).join('\n\n').trim();
}

/** A document of plain paragraphs (demo data, corrections typed as text). */
export function paragraphs(text: string): RichNode {
	return {
		type: 'doc',
		content: text
			.split(/\n{2,}/)
			.map((p) => p.trim())
			.filter(Boolean)
			.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] }))
	};
}
