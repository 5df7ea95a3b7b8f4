import { describe, expect, it } from 'vitest';
import {
	CLOSING_TITLES,
	STANDARD_AGENDA,
	currentItemKey,
	itemWindows,
	presenceIntervals,
	presenceWording,
	presentDuring,
	type PresenceMark
} from './minutes';

/** 20.5.2022 at a Helsinki clock time (UTC+3 in May). */
const at = (hhmm: string) => new Date(`2022-05-20T${hhmm}:00+03:00`);
const meeting = { openedAt: at('13:00'), closedAt: at('15:15') };

describe('the standard agenda', () => {
	it('is the six items of Finnish minutes, each with the proposal the secretary starts from', () => {
		expect(STANDARD_AGENDA).toEqual([
			{
				title: 'Kokouksen avaus ja läsnäolijoiden toteaminen',
				proposal: 'Puheenjohtaja avaa kokouksen. Todetaan läsnäolijat.'
			},
			{
				title: 'Esityslistan hyväksyminen',
				proposal: 'Hyväksytään esityslista kokouksen työjärjestykseksi.'
			},
			{ title: 'Seuraavat kokoukset', proposal: 'Sovitaan seuraavien kokousten ajankohdat.' },
			{ title: 'Muut asiat', proposal: 'Käsitellään muut esille tulevat asiat.' },
			{ title: 'Tiedoksi', proposal: 'Merkitään tiedoksi.' },
			{ title: 'Kokouksen päättäminen', proposal: 'Puheenjohtaja päättää kokouksen.' }
		]);
	});

	it('opens with the opening and the agenda; everything added goes before the next meetings, other matters, for information and closing', () => {
		expect(CLOSING_TITLES).toEqual([
			'Seuraavat kokoukset',
			'Muut asiat',
			'Tiedoksi',
			'Kokouksen päättäminen'
		]);
	});
});

describe('presence wording', () => {
	it('renders the forms of the seed minutes', () => {
		expect(
			presenceWording([
				{ kind: 'left', at: at('13:40') },
				{ kind: 'returned', at: at('14:19') }
			])
		).toBe('poistui klo 13.40 ja palasi 14.19');
		expect(presenceWording([{ kind: 'arrived', at: at('14:22') }])).toBe('saapui klo 14.22');
		expect(presenceWording([{ kind: 'left', at: at('14:30') }])).toBe('poistui klo 14.30');
		expect(presenceWording([])).toBe('');
		expect(presenceWording([{ kind: 'returned', at: at('14:05') }])).toBe('palasi klo 14.05');
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

/** The seed meeting's items: four handled in agenda order, the fifth never taken up. Built in each test, as the rule under test. */
function seedItems() {
	return itemWindows(
		[
			{ key: '1', startedAt: at('13:00') },
			{ key: '2', startedAt: at('13:20') },
			{ key: '3', startedAt: at('14:00') },
			{ key: '4', startedAt: at('14:25') },
			{ key: '5', startedAt: null }
		],
		meeting.closedAt
	);
}
/** Present for each of the four handled items? */
const presence = (marks: PresenceMark[]) =>
	seedItems()
		.slice(0, 4)
		.map((i) => presentDuring(marks, meeting, i.window!));

describe('presence per item', () => {
	it('gives each item the time until the next one starts', () => {
		const items = seedItems();
		expect(items[1].window).toEqual({ start: at('13:20'), end: at('14:00') });
		expect(items[3].window).toEqual({ start: at('14:25'), end: at('15:15') });
		expect(items[4].window).toBeNull();
	});

	it('counts someone who left and returned as absent only for the items in between', () => {
		const marks: PresenceMark[] = [
			{ kind: 'left', at: at('13:40') },
			{ kind: 'returned', at: at('14:19') }
		];
		// Item 3 ran 14.00–14.25: back at 14.19, so present for part of it.
		expect(presence(marks)).toEqual([true, true, true, true]);
		const strict: PresenceMark[] = [
			{ kind: 'left', at: at('13:19') },
			{ kind: 'returned', at: at('14:30') }
		];
		expect(presence(strict)).toEqual([true, false, false, true]);
	});

	it('counts a late arrival from the arrival on', () => {
		const marks: PresenceMark[] = [{ kind: 'arrived', at: at('14:22') }];
		expect(presence(marks)).toEqual([false, false, true, true]);
	});

	it('counts someone without marks as present throughout', () => {
		expect(presence([])).toEqual([true, true, true, true]);
	});
});

describe('presence marks', () => {
	it('counts someone who leaves and does not return as absent for the rest of the meeting', () => {
		const marks: PresenceMark[] = [{ kind: 'left', at: at('13:50') }];
		expect(presenceIntervals(marks, meeting)).toEqual([{ from: at('13:00'), to: at('13:50') }]);
		expect(presence(marks)).toEqual([true, true, false, false]);
	});

	it('does not count an item as attended by someone who left as it started or arrived as it ended', () => {
		expect(presence([{ kind: 'left', at: at('13:20') }])).toEqual([true, false, false, false]);
		expect(presence([{ kind: 'arrived', at: at('14:00') }])).toEqual([false, false, true, true]);
	});

	it('ignores a mark recorded twice', () => {
		const once: PresenceMark[] = [
			{ kind: 'left', at: at('13:30') },
			{ kind: 'returned', at: at('14:10') }
		];
		const twice: PresenceMark[] = [
			...once,
			{ kind: 'left', at: at('13:35') },
			{ kind: 'returned', at: at('14:12') }
		];
		const expected = [
			{ from: at('13:00'), to: at('13:30') },
			{ from: at('14:10'), to: at('15:15') }
		];
		expect(presenceIntervals(once, meeting)).toEqual(expected);
		expect(presenceIntervals(twice, meeting)).toEqual(expected);
	});

	it('reads the marks in time order, whatever order they were recorded in', () => {
		const marks: PresenceMark[] = [
			{ kind: 'returned', at: at('14:10') },
			{ kind: 'left', at: at('13:30') }
		];
		expect(presenceIntervals(marks, meeting)).toEqual([
			{ from: at('13:00'), to: at('13:30') },
			{ from: at('14:10'), to: at('15:15') }
		]);
	});

	it('counts an arrival after leaving as coming back', () => {
		const marks: PresenceMark[] = [
			{ kind: 'left', at: at('13:30') },
			{ kind: 'arrived', at: at('14:10') }
		];
		expect(presenceIntervals(marks, meeting)).toEqual([
			{ from: at('13:00'), to: at('13:30') },
			{ from: at('14:10'), to: at('15:15') }
		]);
	});

	it('gives no time in the room to someone who left at the opening', () => {
		expect(presenceIntervals([{ kind: 'left', at: meeting.openedAt }], meeting)).toEqual([]);
	});
});

describe('items handled out of agenda order', () => {
	it('run from their own start to the start of the item handled next, in the agenda’s order', () => {
		// Item 3 was taken up before item 2, and item 2 ran until the closing.
		const items = itemWindows(
			[
				{ key: '1', startedAt: at('13:00') },
				{ key: '2', startedAt: at('14:00') },
				{ key: '3', startedAt: at('13:20') }
			],
			meeting.closedAt
		);
		expect(items.map((i) => [i.key, i.window])).toEqual([
			['1', { start: at('13:00'), end: at('13:20') }],
			['2', { start: at('14:00'), end: at('15:15') }],
			['3', { start: at('13:20'), end: at('14:00') }]
		]);
	});
});

describe('currentItemKey', () => {
	const at = (time: string) => new Date(`2022-05-20T${time}:00+03:00`);
	it('is the item started last, whatever the agenda order', () => {
		expect(
			currentItemKey([
				{ key: 'a', startedAt: at('13:00') },
				{ key: 'b', startedAt: at('13:40') },
				{ key: 'c', startedAt: at('13:20') },
				{ key: 'd', startedAt: null }
			])
		).toBe('b');
	});
	it('is the later one in the agenda when two started at the same minute', () => {
		expect(
			currentItemKey([
				{ key: 'a', startedAt: at('13:00') },
				{ key: 'b', startedAt: at('13:00') }
			])
		).toBe('b');
	});
	it('is none before any item has started', () => {
		expect(currentItemKey([{ key: 'a', startedAt: null }])).toBeNull();
	});
});
