import { describe, expect, it } from 'vitest';
import { itemWindows, presenceWording, presentDuring, type PresenceMark } from './minutes';

/** 20.5.2022 at a Helsinki clock time (UTC+3 in May). */
const at = (hhmm: string) => new Date(`2022-05-20T${hhmm}:00+03:00`);
const meeting = { openedAt: at('13:00'), closedAt: at('15:15') };

describe('presence wording', () => {
	it('renders the forms of the seed minutes', () => {
		expect(presenceWording([{ kind: 'left', at: at('13:40') }, { kind: 'returned', at: at('14:19') }])).toBe(
			'poistui klo 13.40 ja palasi 14.19'
		);
		expect(presenceWording([{ kind: 'arrived', at: at('14:22') }])).toBe('saapui klo 14.22');
		expect(presenceWording([{ kind: 'left', at: at('14:30') }])).toBe('poistui klo 14.30');
		expect(presenceWording([])).toBe('');
	});

	it('orders marks by time and lists longer stories with commas', () => {
		const marks: PresenceMark[] = [
			{ kind: 'returned', at: at('14:00') },
			{ kind: 'arrived', at: at('13:10') },
			{ kind: 'left', at: at('13:30') }
		];
		expect(presenceWording(marks)).toBe('saapui klo 13.10, poistui 13.30 ja palasi 14.00');
	});
});

describe('presence per item', () => {
	const items = itemWindows(
		[
			{ key: '1', startedAt: at('13:00') },
			{ key: '2', startedAt: at('13:20') },
			{ key: '3', startedAt: at('14:00') },
			{ key: '4', startedAt: at('14:25') },
			{ key: '5', startedAt: null }
		],
		meeting.closedAt
	);

	it('gives each item the time until the next one starts', () => {
		expect(items[1].window).toEqual({ start: at('13:20'), end: at('14:00') });
		expect(items[3].window).toEqual({ start: at('14:25'), end: at('15:15') });
		expect(items[4].window).toBeNull();
	});

	it('counts someone who left and returned as absent only for the items in between', () => {
		const marks: PresenceMark[] = [{ kind: 'left', at: at('13:40') }, { kind: 'returned', at: at('14:19') }];
		const present = items.slice(0, 4).map((i) => presentDuring(marks, meeting, i.window!));
		// Item 3 ran 14.00–14.25: back at 14.19, so present for part of it.
		expect(present).toEqual([true, true, true, true]);
		const strict: PresenceMark[] = [{ kind: 'left', at: at('13:19') }, { kind: 'returned', at: at('14:30') }];
		expect(items.slice(0, 4).map((i) => presentDuring(strict, meeting, i.window!))).toEqual([true, false, false, true]);
	});

	it('counts a late arrival from the arrival on', () => {
		const marks: PresenceMark[] = [{ kind: 'arrived', at: at('14:22') }];
		expect(items.slice(0, 4).map((i) => presentDuring(marks, meeting, i.window!))).toEqual([false, false, true, true]);
	});

	it('counts someone without marks as present throughout', () => {
		expect(items.slice(0, 4).every((i) => presentDuring([], meeting, i.window!))).toBe(true);
	});
});
