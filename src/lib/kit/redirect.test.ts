import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './redirect';

describe('safeRedirectPath', () => {
	it('keeps a path of the app with its query and fragment', () => {
		expect(safeRedirectPath('/meetings/12?tab=minutes#item-3')).toBe(
			'/meetings/12?tab=minutes#item-3'
		);
		expect(safeRedirectPath('/')).toBe('/');
	});

	it.each([
		['a tab', '/\t/evil.example'],
		['a leading tab', '\t//evil.example'],
		['a newline', '/a\nLocation: https://evil.example'],
		['a carriage return', '/a\rb'],
		['a NUL', '/a\u0000b'],
		['a space', '/a b'],
		['a non-breaking space', '/a\u00a0b'],
		['a protocol-relative URL', '//evil.example'],
		['a backslash after the slash', '/\\evil.example'],
		['a tab and a backslash', '/\t\\evil.example'],
		['an absolute URL', 'https://evil.example/'],
		['javascript:', 'javascript:alert(1)'],
		['a path without a leading slash', 'meetings/12'],
		['an empty string', ''],
		['a 3,000-character path', `/${'a'.repeat(2999)}`]
	])('falls back to the front page for %s', (_, target) => {
		expect(safeRedirectPath(target)).toBe('/');
	});

	it('falls back for what is not text', () => {
		expect(safeRedirectPath(null)).toBe('/');
		expect(safeRedirectPath(undefined, '/admin')).toBe('/admin');
	});

	it('keeps percent-encoded characters as a path, never as another host', () => {
		// "/%09/evil.example" as it arrives once a query string is decoded is a tab (refused above);
		// still encoded, it is a harmless path on our own origin.
		expect(safeRedirectPath('/%09/evil.example')).toBe('/%09/evil.example');
		expect(safeRedirectPath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
		expect(safeRedirectPath('/%5Cevil.example')).toBe('/%5Cevil.example');
	});

	it('percent-encodes characters above U+00FF so the Location header can carry them', () => {
		const target = safeRedirectPath('/search?q=päihdetyö€');
		expect(target).toBe('/search?q=p%C3%A4ihdety%C3%B6%E2%82%AC');
		expect(/^[\x21-\x7e]*$/.test(target)).toBe(true);
	});

	it('resolves dot segments within the app', () => {
		expect(safeRedirectPath('/a/../../b')).toBe('/b');
	});
});
