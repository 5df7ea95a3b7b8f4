/**
 * Full-text search over agendas, minutes and attachment names (SQLite FTS5,
 * `search_entry` in drizzle/0003_search.sql). Every meeting's entries are
 * derived data: `reindexMeeting` rebuilds them from the live documents, the
 * attachment rows and the published record, and only this module writes them.
 *
 * Each entry keeps the source it came from, and the source decides who may
 * find it: the live agenda and public attachment names need `meeting.read`,
 * the live minutes `minutes.read`, non-public attachment names what their
 * download needs, and the public view of a published record is for everyone.
 */
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type * as Y from 'yjs';
import {
	plainText,
	readItems,
	textOf,
	TEXT_FIELDS,
	type TextField
} from '../../documents/doc-schema';
import { docName } from '../../domain/doc-name';
import { meetingNumber } from '../../domain/meetings';
import { can, type Actor, type BodyTarget } from '../../domain/policy';
import { escapeHtml, richTextToPlain } from '../../domain/rich-text';
import { mayReadAttachment } from '../access';
import { bodyTarget } from '../bodies/target';
import { loadDoc } from '../collab/store';
import type { Queryable } from '../db/client';
import { agendaItem, attachment, body, meeting } from '../db/schema';
import { getPublishedRecord } from '../records/published';

/** Where a result comes from, as the UI labels it. */
export type SearchSource = 'agenda' | 'minutes' | 'attachment' | 'public';

/** As stored: non-public attachment names are kept apart because fewer people may find them. */
type IndexedSource = SearchSource | 'restricted_attachment';

interface Entry {
	itemKey: string;
	source: IndexedSource;
	title: string;
	body: string;
}

/**
 * The meeting's entries live in the rowid block [meetingId·2^20, (meetingId+1)·2^20):
 * `meeting_id` is UNINDEXED, so deleting or reading by it would scan the whole
 * table on every keystroke's reindex, while a rowid range is a direct lookup.
 */
const ROWS_PER_MEETING = 2 ** 20;

/**
 * snippet() wraps hits in these; they are stripped from the indexed text, so
 * after escaping they can only stand for our own <mark> tags.
 */
const HIT_OPEN = '\u0001';
const HIT_CLOSE = '\u0002';
// eslint-disable-next-line no-control-regex -- the markers are control characters on purpose
const MARKERS = /[\u0001\u0002]/g;

const MAX_TERMS = 12;
const MAX_LIMIT = 200;

function entry(
	itemKey: string,
	source: IndexedSource,
	title: string,
	texts: readonly string[]
): Entry {
	const body = texts.filter((text) => text !== '').join('\n\n');
	return { itemKey, source, title: title.replace(MARKERS, ''), body: body.replace(MARKERS, '') };
}

function docEntries(
	doc: Y.Doc,
	source: 'agenda' | 'minutes',
	fields: readonly TextField[]
): Entry[] {
	return readItems(doc).map((item) =>
		entry(
			item.id,
			source,
			item.title,
			fields.map((field) => plainText(textOf(doc, field, item.id)))
		)
	);
}

function attachmentEntries(db: Queryable, meetingId: number): Entry[] {
	return db
		.select({
			itemKey: attachment.itemKey,
			filename: attachment.filename,
			public: attachment.public
		})
		.from(attachment)
		.where(eq(attachment.meetingId, meetingId))
		.orderBy(asc(attachment.id))
		.all()
		.map((file) =>
			entry(file.itemKey, file.public ? 'attachment' : 'restricted_attachment', file.filename, [])
		);
}

/** The published record is already the public view; non-public items are cut to their title here too, so nothing else can slip in. */
function publicEntries(db: Queryable, meetingId: number): Entry[] {
	const published = getPublishedRecord(db, meetingId);
	if (!published) return [];
	return published.record.items.map((item) =>
		entry(
			item.key,
			'public',
			item.title,
			item.public
				? [
						...[item.proposal, item.discussion, item.decision].map(richTextToPlain),
						...item.attachments.filter((file) => file.public).map((file) => file.filename)
					]
				: []
		)
	);
}

/** A document the caller holds loaded and as stored (the collaboration server's copy). */
export interface LoadedLiveDoc {
	name: string;
	doc: Y.Doc;
}

function meetingEntries(db: Queryable, meetingId: number, live?: LoadedLiveDoc): Entry[] {
	const load = (name: string) => (live?.name === name ? live.doc : loadDoc(db, name)?.doc);
	const agenda = load(docName('agenda', meetingId));
	const minutes = load(docName('minutes', meetingId));
	return [
		...(agenda ? docEntries(agenda, 'agenda', ['proposal']) : []),
		...(minutes ? docEntries(minutes, 'minutes', TEXT_FIELDS) : []),
		...attachmentEntries(db, meetingId),
		...publicEntries(db, meetingId)
	];
}

function sameEntries(a: readonly Entry[], b: readonly Entry[]): boolean {
	return (
		a.length === b.length &&
		a.every(
			(x, i) =>
				x.itemKey === b[i].itemKey &&
				x.source === b[i].source &&
				x.title === b[i].title &&
				x.body === b[i].body
		)
	);
}

/**
 * Rebuilds the meeting's search entries. Called after a live document is
 * stored, after an attachment changes and after approval and publication,
 * possibly inside the caller's transaction. Unchanged entries are not
 * rewritten, so calling this every few hundred ms while people type costs
 * the document loads and one indexed read, not a rewrite of the FTS index.
 * `live` spares the load of a document the caller has in memory: loading
 * replays every update since the last snapshot, and the collaboration server
 * would otherwise do that on its event loop every few hundred ms of typing.
 */
export function reindexMeeting(db: Queryable, meetingId: number, live?: LoadedLiveDoc): void {
	const first = meetingId * ROWS_PER_MEETING;
	const last = first + ROWS_PER_MEETING - 1;
	db.transaction((tx) => {
		const entries = meetingEntries(tx, meetingId, live);
		if (entries.length > ROWS_PER_MEETING)
			throw new Error(`Meeting ${meetingId} has more search entries than its rowid block holds`);
		const stored = tx.all<Entry>(sql`
			SELECT item_key AS itemKey, source, title, body FROM search_entry
			WHERE rowid BETWEEN ${first} AND ${last} ORDER BY rowid`);
		if (sameEntries(stored, entries)) return;
		tx.run(sql`DELETE FROM search_entry WHERE rowid BETWEEN ${first} AND ${last}`);
		entries.forEach((e, i) => {
			tx.run(sql`
				INSERT INTO search_entry (rowid, meeting_id, item_key, source, title, body)
				VALUES (${first + i}, ${meetingId}, ${e.itemKey}, ${e.source}, ${e.title}, ${e.body})`);
		});
	});
}

export interface SearchResult {
	meetingId: number;
	meetingTitle: string;
	/** "8/2026" */
	number: string;
	bodyName: string;
	startsAt: Date;
	itemKey: string;
	/** Absent when the item is no longer on the meeting's list. */
	itemNumber?: number;
	itemTitle: string;
	source: SearchSource;
	/** Escaped text with the hits in <mark>: safe for {@html}. */
	snippetHtml: string;
}

/**
 * The user's words as an FTS5 query: each one a quoted prefix term, so
 * operators, quotes and hyphens are plain text and can never break the
 * query. Words without a letter or digit would match nothing and are dropped.
 */
function matchExpression(query: string): string | null {
	// Control characters (a NUL ends an FTS5 string early) separate words like spaces.
	const terms = query
		.split(/[\s\p{Cc}]+/u)
		.filter((word) => /[\p{L}\p{N}]/u.test(word))
		.slice(0, MAX_TERMS)
		.map((word) => `"${word.replaceAll('"', '""')}"*`);
	return terms.length > 0 ? terms.join(' ') : null;
}

const SOURCE = sql.raw('search_entry.source');

/**
 * Which entries the actor may find. Published entries are checked against the
 * meeting and body again, in case either changed after the last reindex.
 */
function visibleTo(db: Queryable, actor: Actor | null): SQL {
	const published = and(
		sql`${SOURCE} = 'public'`,
		eq(meeting.status, 'published'),
		eq(body.public, true)
	)!;
	if (!actor) return published;
	const targets = db.select().from(body).all().map(bodyTarget);
	const bodiesWhere = (allowed: (target: BodyTarget) => boolean) =>
		targets.filter(allowed).map((target) => target.id);
	return or(
		published,
		and(
			sql`${SOURCE} IN ('agenda', 'attachment')`,
			inArray(
				meeting.bodyId,
				bodiesWhere((t) => can(actor, 'meeting.read', t))
			)
		),
		and(
			sql`${SOURCE} = 'minutes'`,
			inArray(
				meeting.bodyId,
				bodiesWhere((t) => can(actor, 'minutes.read', t))
			)
		),
		// The download rule of non-public attachments.
		and(
			sql`${SOURCE} = 'restricted_attachment'`,
			inArray(
				meeting.bodyId,
				bodiesWhere((t) => mayReadAttachment(actor, t, { public: false }))
			)
		)
	)!;
}

interface Row {
	id: number;
	meetingId: number;
	itemKey: string;
	source: IndexedSource;
	entryTitle: string;
	snippet: string;
	meetingTitle: string;
	sequence: number;
	year: number;
	startsAt: number;
	bodyName: string;
	position: number | null;
	itemTitle: string | null;
}

function snippetHtml(snippet: string): string {
	return escapeHtml(snippet).replaceAll(HIT_OPEN, '<mark>').replaceAll(HIT_CLOSE, '</mark>');
}

/**
 * Finds what the actor may see, best hits first (a hit in a title weighs more
 * than one in the text). `actor` null is the public archive: published
 * records only.
 */
export function searchMeetings(
	db: Queryable,
	actor: Actor | null,
	query: string,
	{ limit }: { limit: number }
): SearchResult[] {
	const match = matchExpression(query);
	if (!match) return [];
	// One read transaction: both steps see the same entries even while another process reindexes.
	const rows = db.transaction((tx) => {
		// Ranked first, snippets after: SQLite would otherwise build a snippet for every hit before sorting.
		const ids = tx
			.all<{ id: number }>(
				sql`
				SELECT search_entry.rowid AS id
				FROM search_entry
				JOIN ${meeting} ON ${meeting.id} = search_entry.meeting_id
				JOIN ${body} ON ${body.id} = ${meeting.bodyId}
				WHERE search_entry MATCH ${match} AND ${visibleTo(tx, actor)}
				ORDER BY bm25(search_entry, 0, 0, 0, 4, 1), ${meeting.startsAt} DESC
				LIMIT ${Math.min(Math.max(Math.trunc(limit), 1), MAX_LIMIT)}`
			)
			.map((row) => row.id);
		if (ids.length === 0) return [];
		const found = tx.all<Row>(sql`
			SELECT search_entry.rowid AS id, search_entry.meeting_id AS meetingId, search_entry.item_key AS itemKey,
				${SOURCE} AS source, search_entry.title AS entryTitle,
				snippet(search_entry, -1, ${HIT_OPEN}, ${HIT_CLOSE}, '…', 16) AS snippet,
				${meeting.title} AS meetingTitle, ${meeting.sequence} AS sequence, ${meeting.year} AS year,
				${meeting.startsAt} AS startsAt, ${body.name} AS bodyName,
				${agendaItem.position} AS position, ${agendaItem.title} AS itemTitle
			FROM search_entry
			JOIN ${meeting} ON ${meeting.id} = search_entry.meeting_id
			JOIN ${body} ON ${body.id} = ${meeting.bodyId}
			LEFT JOIN ${agendaItem} ON ${agendaItem.meetingId} = search_entry.meeting_id AND ${agendaItem.key} = search_entry.item_key
			WHERE search_entry MATCH ${match} AND search_entry.rowid IN (${sql.join(
				ids.map((id) => sql`${id}`),
				sql`, `
			)})`);
		const byId = new Map(found.map((row) => [row.id, row]));
		return ids.flatMap((id) => byId.get(id) ?? []);
	});
	// An item lives in the agenda, the minutes and the published record: show its best hit once.
	const seenItems = new Set<string>();
	const distinct = rows.filter((row) => {
		if (row.source === 'attachment' || row.source === 'restricted_attachment') return true;
		const key = `${row.meetingId}:${row.itemKey}`;
		if (seenItems.has(key)) return false;
		seenItems.add(key);
		return true;
	});
	return distinct.map((row) => {
		const source = row.source === 'restricted_attachment' ? 'attachment' : row.source;
		return {
			meetingId: row.meetingId,
			meetingTitle: row.meetingTitle,
			number: meetingNumber(row.sequence, row.year),
			bodyName: row.bodyName,
			startsAt: new Date(row.startsAt),
			itemKey: row.itemKey,
			...(row.position !== null && { itemNumber: row.position + 1 }),
			// An attachment's own title is its file name; the item it belongs to comes from the item list.
			itemTitle: source === 'attachment' ? (row.itemTitle ?? '') : row.entryTitle,
			source,
			snippetHtml: snippetHtml(row.snippet)
		};
	});
}
