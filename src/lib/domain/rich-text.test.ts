import { describe, expect, it } from 'vitest';
import { paragraphs, richTextToHtml, richTextToPlain, type RichNode } from './rich-text';

const doc: RichNode = {
	type: 'doc',
	content: [
		{ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Tausta' }] },
		{
			type: 'paragraph',
			content: [
				{ type: 'text', text: 'Päihdetyö <script>', marks: [{ type: 'bold' }] },
				{ type: 'text', text: ' ja ' },
				{ type: 'text', text: 'linkki', marks: [{ type: 'link', attrs: { href: 'https://example.fi/a?b=1&c=2' } }] },
				{ type: 'text', text: ' vaarallinen', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }
			]
		},
		{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'yksi' }] }] }] },
		{ type: 'iframe', attrs: { src: 'https://evil.example' } }
	]
};

describe('rich text', () => {
	it('renders the editor’s nodes and marks to escaped HTML with safe links only', () => {
		expect(richTextToHtml(doc)).toBe(
			'<h4>Tausta</h4><p><strong>Päihdetyö &lt;script&gt;</strong> ja <a href="https://example.fi/a?b=1&amp;c=2" rel="noopener noreferrer">linkki</a> vaarallinen</p><ul><li><p>yksi</p></li></ul>'
		);
	});

	it('keeps headings between h4 and h6 whatever level a document claims', () => {
		const heading = (level: unknown) => ({ type: 'doc', content: [{ type: 'heading', attrs: { level }, content: [{ type: 'text', text: 'O' }] }] });
		expect([1, 3, 4, 5, 6, 9, 'x'].map((level) => richTextToHtml(heading(level)))).toEqual(
			['<h4>O</h4>', '<h4>O</h4>', '<h5>O</h5>', '<h6>O</h6>', '<h6>O</h6>', '<h6>O</h6>', '<h4>O</h4>']
		);
	});

	it('gives plain text for search and lists', () => {
		expect(richTextToPlain(doc)).toBe('Tausta\n\nPäihdetyö <script> ja linkki vaarallinen\n\nyksi');
	});

	it('builds paragraphs from plain text', () => {
		expect(richTextToHtml(paragraphs('Yksi.\n\nKaksi.'))).toBe('<p>Yksi.</p><p>Kaksi.</p>');
	});
});
