import { describe, expect, it } from 'vitest';
import { continuesEdit, isApplicationTextField, TEXT_EDIT_PAUSE_MS } from './application-texts';

describe('application texts', () => {
	it('name the long texts only', () => {
		expect(isApplicationTextField('activity')).toBe(true);
		expect(isApplicationTextField('targetGroups')).toBe(true);
		for (const other of ['title', 'budget', 'pageSignal', '', 'Activity'])
			expect(isApplicationTextField(other), other).toBe(false);
	});

	describe('an edit continues the latest entry', () => {
		const start = new Date('2026-03-02T12:00:00Z');
		const last = { userId: 7, changedAt: start };
		const after = (ms: number) => new Date(start.getTime() + ms);

		it('by the same person within the pause', () => {
			expect(continuesEdit(last, { field: 'activity', userId: 7, at: after(0) })).toBe(true);
			expect(
				continuesEdit(last, { field: 'activity', userId: 7, at: after(TEXT_EDIT_PAUSE_MS) })
			).toBe(true);
		});

		it('not after a longer pause, by another person, or with no entry yet', () => {
			expect(
				continuesEdit(last, { field: 'activity', userId: 7, at: after(TEXT_EDIT_PAUSE_MS + 1) })
			).toBe(false);
			expect(continuesEdit(last, { field: 'activity', userId: 8, at: after(1) })).toBe(false);
			expect(continuesEdit(undefined, { field: 'activity', userId: 7, at: after(1) })).toBe(false);
		});

		it('pauses five minutes', () => {
			expect(TEXT_EDIT_PAUSE_MS).toBe(300_000);
		});
	});
});
