import { describe, expect, it } from 'vitest';
import {
	commentLink,
	covers,
	firstWindow,
	pagingQuery,
	readPaging,
	REPLIES_PER_PAGE,
	THREADS_PER_PAGE,
	windowAround,
	withNewer,
	withOlder,
	withWindow
} from './comment-paging';

const SECTION = '0b6c2a4e-7d1f-4c3a-9e8b-5f2d1a0c9b7e';

describe('comment paging', () => {
	it('reads the windows and the permalink from the query string, leaving out what is malformed', () => {
		const params = new URLSearchParams(
			`section=${SECTION}:10-30&section=other:5-5&replies=12:3-6&replies=x:0-3&comment=42`
		);
		expect(readPaging(params)).toEqual({
			sections: { [SECTION]: { start: 10, count: 20 } },
			replies: { 12: { start: 3, count: 3 } },
			comment: 42
		});
		expect(readPaging(new URLSearchParams('comment=abc&section=:0-10'))).toEqual({
			sections: {},
			replies: {},
			comment: null
		});
	});

	it('writes only the windows that differ from the first page, readable and read back the same', () => {
		const paging = {
			sections: {
				[SECTION]: { start: 0, count: 20 },
				other: { start: 0, count: THREADS_PER_PAGE }
			},
			replies: { 7: { start: 0, count: REPLIES_PER_PAGE } },
			comment: 3
		};
		const query = pagingQuery(paging);
		expect(query).toBe(`?section=${SECTION}:0-20&comment=3`);
		expect(readPaging(new URLSearchParams(query))).toEqual({
			sections: { [SECTION]: { start: 0, count: 20 } },
			replies: {},
			comment: 3
		});
		expect(pagingQuery(withWindow(paging, 'replies', 7, { start: 0, count: 6 }))).toBe(
			`?section=${SECTION}:0-20&replies=7:0-6&comment=3`
		);
	});

	it('grows a window by a page either way, and finds the page that holds a position', () => {
		expect(withOlder({ start: 20, count: 10 }, 10)).toEqual({ start: 20, count: 20 });
		expect(withNewer({ start: 20, count: 10 }, 10)).toEqual({ start: 10, count: 20 });
		expect(withNewer({ start: 4, count: 3 }, 3)).toEqual({ start: 1, count: 6 });
		expect(withNewer({ start: 2, count: 3 }, 3)).toEqual({ start: 0, count: 5 });
		expect(windowAround(25, 10)).toEqual({ start: 20, count: 10 });
		expect(windowAround(0, 3)).toEqual({ start: 0, count: 3 });
	});

	it('opens on the newest page, and a window holds the comments from its start up to its end, not the end itself', () => {
		expect(firstWindow(THREADS_PER_PAGE)).toEqual({ start: 0, count: 10 });
		const window = { start: 10, count: 10 };
		expect([9, 10, 19, 20].map((position) => covers(window, position))).toEqual([
			false,
			true,
			true,
			false
		]);
	});

	it('leaves out windows with anything after them, beyond a million, and thread or comment ids that are not whole numbers', () => {
		const read = (query: string) => readPaging(new URLSearchParams(query));
		expect(read('section=a:0-20x&section=b:0-1000001&section=c:0-1000000').sections).toEqual({
			c: { start: 0, count: 1_000_000 }
		});
		expect(read('replies=12x:0-6&replies=x12:0-6&replies=12:0-6').replies).toEqual({
			12: { start: 0, count: 6 }
		});
		expect(read('comment=42x').comment).toBeNull();
		expect(read('comment=x42').comment).toBeNull();
	});

	it('writes a later page even when it is a page long, and nothing when the first pages are shown', () => {
		const paging = {
			sections: { a: { start: 10, count: THREADS_PER_PAGE } },
			replies: {},
			comment: null
		};
		expect(pagingQuery(paging)).toBe('?section=a:10-20');
		expect(pagingQuery({ sections: {}, replies: {}, comment: null })).toBe('?');
	});

	it('links a comment so that the server can open it and the browser scroll to it', () => {
		expect(commentLink(7, 3)).toBe('/consultations/7?comment=3#comment-3');
	});
});
