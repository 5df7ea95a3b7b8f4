import { describe, expect, it } from 'vitest';
import { labelPlacement } from './caret-labels';

// An editor 300 px wide whose text starts 8 px below its top; a label 80 × 16 px.
const box = { left: 0, right: 300, top: 0 };
const label = { width: 80, height: 16 };

describe('a remote caret label', () => {
	it('goes above the caret, towards the right, when there is room', () => {
		expect(labelPlacement({ left: 40, top: 40 }, label, box)).toEqual({
			below: false,
			toLeft: false,
			maxWidth: 260
		});
	});

	it('goes below the caret on the first line, so it stays inside the editor', () => {
		expect(labelPlacement({ left: 40, top: 10 }, label, box).below).toBe(true);
		expect(labelPlacement({ left: 40, top: 16 }, label, box).below).toBe(false);
	});

	it('ends at the caret near the right edge', () => {
		expect(labelPlacement({ left: 250, top: 40 }, label, box)).toEqual({
			below: false,
			toLeft: true,
			maxWidth: 250
		});
		// Exactly enough room on the right: it stays there.
		expect(labelPlacement({ left: 220, top: 40 }, label, box).toLeft).toBe(false);
	});

	it('takes the wider side and is cut to it when the name fits on neither', () => {
		const long = { width: 400, height: 16 };
		expect(labelPlacement({ left: 100, top: 40 }, long, box)).toEqual({
			below: false,
			toLeft: false,
			maxWidth: 200
		});
		expect(labelPlacement({ left: 200.6, top: 40 }, long, box)).toEqual({
			below: false,
			toLeft: true,
			maxWidth: 200
		});
	});

	it('has no room outside the editor', () => {
		expect(labelPlacement({ left: 320, top: 40 }, label, box)).toEqual({
			below: false,
			toLeft: true,
			maxWidth: 300
		});
	});
});
