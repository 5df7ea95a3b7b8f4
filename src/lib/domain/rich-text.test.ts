import { describe, expect, it } from 'vitest';
import {
	escapeHtml,
	paragraphs,
	richTextToHtml,
	richTextToPlain,
	safeHref,
	type RichMark,
	type RichNode
} from './rich-text';

const doc: RichNode = {
	type: 'doc',
	content: [
		{ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Tausta' }] },
		{
			type: 'paragraph',
			content: [
				{ type: 'text', text: 'Päihdetyö <script>', marks: [{ type: 'bold' }] },
				{ type: 'text', text: ' ja ' },
				{
					type: 'text',
					text: 'linkki',
					marks: [{ type: 'link', attrs: { href: 'https://example.fi/a?b=1&c=2' } }]
				},
				{
					type: 'text',
					text: ' vaarallinen',
					marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]
				}
			]
		},
		{
			type: 'bulletList',
			content: [
				{
					type: 'listItem',
					content: [{ type: 'paragraph', content: [{ type: 'text', text: 'yksi' }] }]
				}
			]
		},
		{ type: 'iframe', attrs: { src: 'https://evil.example' } }
	]
};

describe('rich text', () => {
	it('renders the editor’s nodes and marks to escaped HTML with safe links only', () => {
		expect(richTextToHtml(doc)).toBe(
			'<h4>Tausta</h4><p><strong>Päihdetyö &lt;script&gt;</strong> ja <a href="https://example.fi/a?b=1&amp;c=2" rel="noopener noreferrer">linkki</a> vaarallinen</p><ul><li><p>yksi</p></li></ul>'
		);
	});

	it('links only to the web and to email, and only when the address starts so', () => {
		expect(safeHref('https://hyvinvointialue.fi/hyte')).toBe('https://hyvinvointialue.fi/hyte');
		expect(safeHref('http://example.fi')).toBe('http://example.fi');
		expect(safeHref('MAILTO:hyte@example.fi')).toBe('MAILTO:hyte@example.fi');
		// Spaces pasted around an address do not make it unsafe, nor do they stay in the link.
		expect(safeHref('  https://example.fi  ')).toBe('https://example.fi');
		// A script that merely mentions a web address further on is still a script.
		expect(safeHref('javascript:alert(1)//https://example.fi')).toBeNull();
		expect(safeHref('data:text/html,https://example.fi')).toBeNull();
		for (const unsafe of [
			'javascript:alert(1)',
			'ftp://example.fi',
			'//example.fi',
			'example.fi',
			'',
			undefined,
			42
		]) {
			expect(safeHref(unsafe), String(unsafe)).toBeNull();
		}
	});

	it('shows the text of an unsafe link without the link', () => {
		const linked = (href: string) => ({
			type: 'doc',
			content: [
				{
					type: 'paragraph',
					content: [{ type: 'text', text: 'katso', marks: [{ type: 'link', attrs: { href } }] }]
				}
			]
		});
		expect(richTextToHtml(linked('javascript:alert(1)//https://example.fi'))).toBe('<p>katso</p>');
		const noAddress = {
			type: 'doc',
			content: [
				{ type: 'paragraph', content: [{ type: 'text', text: 'katso', marks: [{ type: 'link' }] }] }
			]
		};
		expect(richTextToHtml(noAddress)).toBe('<p>katso</p>');
	});

	it('keeps a link’s address inside its attribute', () => {
		expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
		const doc = {
			type: 'doc',
			content: [
				{
					type: 'paragraph',
					content: [
						{
							type: 'text',
							text: 'x',
							marks: [{ type: 'link', attrs: { href: 'https://e.fi/"onclick="alert(1)' } }]
						}
					]
				}
			]
		};
		expect(richTextToHtml(doc)).toBe(
			'<p><a href="https://e.fi/&quot;onclick=&quot;alert(1)" rel="noopener noreferrer">x</a></p>'
		);
	});

	it('renders every mark of the editor and drops marks it does not know, keeping their text', () => {
		const marked = (...marks: RichMark[]) =>
			richTextToHtml({
				type: 'doc',
				content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks }] }]
			});
		expect(marked({ type: 'italic' })).toBe('<p><em>a</em></p>');
		expect(marked({ type: 'strike' })).toBe('<p><s>a</s></p>');
		expect(marked({ type: 'code' })).toBe('<p><code>a</code></p>');
		expect(marked({ type: 'underline' })).toBe('<p><u>a</u></p>');
		expect(marked({ type: 'bold' }, { type: 'italic' })).toBe('<p><em><strong>a</strong></em></p>');
		expect(marked({ type: 'textStyle', attrs: { color: 'red' } })).toBe('<p>a</p>');
	});

	it('renders line breaks, numbered lists and quotes, and nothing for an empty document', () => {
		const doc: RichNode = {
			type: 'doc',
			content: [
				{
					type: 'paragraph',
					content: [
						{ type: 'text', text: 'rivi 1' },
						{ type: 'hardBreak' },
						{ type: 'text', text: 'rivi 2' }
					]
				},
				{
					type: 'orderedList',
					content: ['eka', 'toka'].map((text) => ({
						type: 'listItem',
						content: [{ type: 'paragraph', content: [{ type: 'text', text }] }]
					}))
				},
				{
					type: 'blockquote',
					content: [{ type: 'paragraph', content: [{ type: 'text', text: 'lainaus' }] }]
				}
			]
		};
		expect(richTextToHtml(doc)).toBe(
			'<p>rivi 1<br>rivi 2</p><ol><li><p>eka</p></li><li><p>toka</p></li></ol><blockquote><p>lainaus</p></blockquote>'
		);
		expect(richTextToPlain(doc)).toBe('rivi 1\nrivi 2\n\neka\ntoka\n\nlainaus');
		expect(richTextToHtml(null)).toBe('');
		expect(richTextToPlain(undefined)).toBe('');
	});

	it('keeps headings between h4 and h6 whatever level a document claims', () => {
		const heading = (level: unknown) => ({
			type: 'doc',
			content: [{ type: 'heading', attrs: { level }, content: [{ type: 'text', text: 'O' }] }]
		});
		expect([1, 3, 4, 5, 6, 9, 'x'].map((level) => richTextToHtml(heading(level)))).toEqual([
			'<h4>O</h4>',
			'<h4>O</h4>',
			'<h5>O</h5>',
			'<h6>O</h6>',
			'<h6>O</h6>',
			'<h6>O</h6>',
			'<h4>O</h4>'
		]);
		expect(
			richTextToHtml({
				type: 'doc',
				content: [{ type: 'heading', content: [{ type: 'text', text: 'O' }] }]
			})
		).toBe('<h4>O</h4>');
	});

	it('gives plain text for search and lists', () => {
		expect(richTextToPlain(doc)).toBe('Tausta\n\nPäihdetyö <script> ja linkki vaarallinen\n\nyksi');
	});

	it('builds paragraphs from plain text', () => {
		// A document the editor can load as it is.
		expect(paragraphs('Yksi.')).toEqual({
			type: 'doc',
			content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Yksi.' }] }]
		});
		expect(richTextToHtml(paragraphs('Yksi.\n\nKaksi.'))).toBe('<p>Yksi.</p><p>Kaksi.</p>');
		// A single line break stays inside its paragraph; blank runs make no empty paragraphs.
		expect(richTextToHtml(paragraphs(' Yksi\nrivi. \n\n\n\n  \n\nKaksi.'))).toBe(
			'<p>Yksi\nrivi.</p><p>Kaksi.</p>'
		);
	});
});
