import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inTurn } from './editor-queue';

describe('editors made in turn', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('makes one per task, in the order they asked', () => {
		const made: string[] = [];
		for (const name of ['1 proposal', '1 discussion', '1 decision']) inTurn(() => made.push(name));
		expect(made).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(made).toEqual(['1 proposal']);
		vi.advanceTimersToNextTimer();
		expect(made).toEqual(['1 proposal', '1 discussion']);
		vi.runAllTimers();
		expect(made).toEqual(['1 proposal', '1 discussion', '1 decision']);
	});

	it('skips one withdrawn before its turn, and goes on after one that fails', () => {
		const made: string[] = [];
		inTurn(() => {
			throw new Error('no editor');
		});
		const withdraw = inTurn(() => made.push('removed item'));
		inTurn(() => made.push('next item'));
		withdraw();
		expect(() => vi.advanceTimersToNextTimer()).toThrow('no editor');
		vi.runAllTimers();
		expect(made).toEqual(['next item']);
	});
});
