import { describe, expect, it } from 'vitest';
import { nextVersion, paragraphs, versionsInForce } from './grant-documents';

const versions = [
	{ id: 1, kind: 'terms' as const, version: 1, validFrom: '2025-01-01' },
	{ id: 2, kind: 'terms' as const, version: 2, validFrom: '2026-01-01' },
	{ id: 3, kind: 'appeal' as const, version: 1, validFrom: '2025-01-01' },
	{ id: 4, kind: 'appeal' as const, version: 2, validFrom: '2025-01-01' },
	{ id: 5, kind: 'appeal' as const, version: 3, validFrom: '2027-01-01' }
];

describe('versionsInForce', () => {
	it('takes the latest version that has begun, the higher number on the same day', () => {
		const inForce = versionsInForce(versions, '2026-03-01');
		expect(inForce.terms?.id).toBe(2);
		expect(inForce.appeal?.id).toBe(4);
	});

	it('leaves out a kind with no version begun yet', () => {
		expect(versionsInForce(versions, '2024-12-31')).toEqual({});
		expect(versionsInForce(versions, '2025-06-01').terms?.id).toBe(1);
	});
});

describe('nextVersion', () => {
	it('numbers each kind on from its highest', () => {
		expect(nextVersion(versions, 'appeal')).toBe(4);
		expect(nextVersion([], 'terms')).toBe(1);
	});
});

describe('paragraphs', () => {
	it('splits at blank lines', () => {
		expect(paragraphs(' Yksi.\nJatkuu.\n\n \nKaksi. ')).toEqual(['Yksi.\nJatkuu.', 'Kaksi.']);
	});
});

describe('versionsInForce, whatever order the versions come in', () => {
	it('counts a version from its first day', () => {
		expect(versionsInForce(versions, '2026-01-01').terms?.id).toBe(2);
	});

	it('keeps the later start, and on the same day the higher number, read backwards too', () => {
		const inForce = versionsInForce([...versions].reverse(), '2026-03-01');
		expect(inForce.terms?.id).toBe(2);
		expect(inForce.appeal?.id).toBe(4);
	});

	it('goes by the start day before the number', () => {
		const renumbered = [
			{ id: 6, kind: 'terms' as const, version: 2, validFrom: '2026-01-01' },
			{ id: 7, kind: 'terms' as const, version: 3, validFrom: '2025-06-01' }
		];
		expect(versionsInForce(renumbered, '2026-03-01').terms?.id).toBe(6);
	});
});

describe('nextVersion, per kind', () => {
	it('looks only at the versions of its own kind', () => {
		expect(nextVersion(versions, 'terms')).toBe(3);
	});
});

describe('paragraphs, at any blank line', () => {
	it('splits at an empty line and leaves out empty paragraphs', () => {
		expect(paragraphs('Yksi.\n\nKaksi.')).toEqual(['Yksi.', 'Kaksi.']);
		expect(paragraphs('\n\n  \n')).toEqual([]);
	});
});
