/**
 * A round's comments are shown a stretch at a time, so that its page stays
 * light however busy the round: per section its newest threads, per thread
 * its latest replies. How far the reader has opened them travels in the
 * page's query string, so that "show more" is a plain link:
 *
 *   section=<section id>:<start>-<end>   threads of a section, newest first
 *   replies=<thread id>:<start>-<end>    replies of a thread, newest first
 *   comment=<id>                         a comment the page must show (a permalink)
 *
 * Positions count from the newest (0), the end is exclusive.
 */

/** Threads a section shows at a time. */
export const THREADS_PER_PAGE = 10;
/** Replies a thread shows at a time: one long discussion must not crowd out the rest either. */
export const REPLIES_PER_PAGE = 3;

/** `count` comments from position `start` of a newest-first list. */
export interface CommentWindow {
	start: number;
	count: number;
}

export interface CommentPaging {
	sections: Record<string, CommentWindow>;
	replies: Record<number, CommentWindow>;
	comment: number | null;
}

export const firstWindow = (size: number): CommentWindow => ({ start: 0, count: size });

export const covers = (window: CommentWindow, position: number): boolean =>
	position >= window.start && position < window.start + window.count;

/** The page of `size` that holds the position: what a permalink opens. */
export const windowAround = (position: number, size: number): CommentWindow => ({
	start: Math.floor(position / size) * size,
	count: size
});

/** The window grown by a page towards the older comments. */
export const withOlder = (window: CommentWindow, size: number): CommentWindow => ({
	start: window.start,
	count: window.count + size
});

/** The window grown by a page towards the newer comments. */
export function withNewer(window: CommentWindow, size: number): CommentWindow {
	const start = Math.max(0, window.start - size);
	return { start, count: window.count + window.start - start };
}

/** Large enough for any round, small enough that a hand-made address stays a number. */
const MAX_POSITION = 1_000_000;

function parseWindow(value: string): [key: string, window: CommentWindow] | null {
	const match = /^(.+):(\d{1,7})-(\d{1,7})$/.exec(value);
	if (!match) return null;
	const [start, end] = [Number(match[2]), Number(match[3])];
	if (end <= start || end > MAX_POSITION) return null;
	return [match[1], { start, count: end - start }];
}

/** What the query string asks for; anything malformed is left out, not refused: it is only a view. */
export function readPaging(params: URLSearchParams): CommentPaging {
	const paging: CommentPaging = { sections: {}, replies: {}, comment: null };
	for (const value of params.getAll('section')) {
		const parsed = parseWindow(value);
		if (parsed) paging.sections[parsed[0]] = parsed[1];
	}
	for (const value of params.getAll('replies')) {
		const parsed = parseWindow(value);
		if (parsed && /^\d{1,15}$/.test(parsed[0])) paging.replies[Number(parsed[0])] = parsed[1];
	}
	const comment = params.get('comment');
	if (comment && /^\d{1,15}$/.test(comment)) paging.comment = Number(comment);
	return paging;
}

/** The paging with one section's or one thread's window changed: the target of a link to more. */
export function withWindow(
	paging: CommentPaging,
	kind: 'sections' | 'replies',
	key: string | number,
	window: CommentWindow
): CommentPaging {
	return { ...paging, [kind]: { ...paging[kind], [key]: window } };
}

const isFirst = (window: CommentWindow, size: number) =>
	window.start === 0 && window.count === size;

/** The query string of a paging, leaving out the windows that are shown anyway. */
export function pagingQuery(paging: CommentPaging): string {
	const params = new URLSearchParams();
	const put = (name: string, key: string | number, window: CommentWindow, size: number) => {
		if (!isFirst(window, size))
			params.append(name, `${key}:${window.start}-${window.start + window.count}`);
	};
	for (const [id, window] of Object.entries(paging.sections))
		put('section', id, window, THREADS_PER_PAGE);
	for (const [id, window] of Object.entries(paging.replies))
		put('replies', id, window, REPLIES_PER_PAGE);
	if (paging.comment !== null) params.set('comment', String(paging.comment));
	// Colons need no escaping in a query, and the addresses stay readable.
	return `?${params.toString().replaceAll('%3A', ':')}`;
}

/** The address of a comment: the page opens the stretch of comments that holds it. */
export function commentLink(roundId: number, commentId: number): string {
	return `/consultations/${roundId}?comment=${commentId}#comment-${commentId}`;
}
