/**
 * OParl Meeting, AgendaItem, File and Location, from published records only
 * (records/published.ts): a meeting without published minutes, or of a body
 * that is not public, does not exist here. The records arrive already in
 * their public view, so non-public items carry their title and nothing else.
 */
import { eq, inArray, max } from 'drizzle-orm';
import type { RecordItem } from '../../domain/record';
import { richTextToPlain } from '../../domain/rich-text';
import type { Queryable } from '../db/client';
import { attachment, minutesCorrection } from '../db/schema';
import {
	getPublishedRecord,
	listPublicBodies,
	listPublishedRecords,
	type PublishedRecord
} from '../records/published';
import { findRegion } from './bodies';
import { paginate } from './pagination';
import {
	oparlDate,
	oparlDateTime,
	oparlType,
	type OParlAgendaItem,
	type OParlFile,
	type OParlList,
	type OParlLocation,
	type OParlMeeting
} from './types';
import { parseId } from '../../domain/ids';
import { oparlUrls, parseAgendaItemId, parseFileId, type OParlUrls } from './urls';

/** What every object of one published meeting shares: its files and its time stamps. */
interface MeetingContext {
	urls: OParlUrls;
	published: PublishedRecord;
	/** The public attachments by id, as OParl Files. */
	files: Map<number, OParlFile>;
	created: string;
	/** Publication or the latest correction since, whichever is later: what sync clients compare. */
	modified: string;
}

// `publishedAt!` here and below: published.ts only returns meetings whose publishedAt is set.
function lastChange(db: Queryable, { meeting: m }: PublishedRecord): Date {
	const corrected = db
		.select({ at: max(minutesCorrection.createdAt) })
		.from(minutesCorrection)
		.where(eq(minutesCorrection.meetingId, m.id))
		.get()?.at;
	return corrected && corrected > m.publishedAt! ? corrected : m.publishedAt!;
}

function meetingContext(
	db: Queryable,
	urls: OParlUrls,
	published: PublishedRecord
): MeetingContext {
	const meetingId = published.meeting.id;
	const listed = published.record.items.flatMap((item) =>
		item.attachments.map((a) => ({ item, a }))
	);
	// The record lists only public attachments of public items; the table adds what a File needs.
	const rows = new Map(
		listed.length === 0
			? []
			: db
					.select()
					.from(attachment)
					.where(
						inArray(
							attachment.id,
							listed.map(({ a }) => a.id)
						)
					)
					.all()
					.map((row) => [row.id, row])
	);
	const files = new Map<number, OParlFile>();
	for (const { item, a } of listed) {
		const row = rows.get(a.id);
		if (!row) continue;
		files.set(a.id, {
			id: urls.attachmentFile(a.id),
			type: oparlType('File'),
			name: `Liite ${a.number}`,
			fileName: a.filename,
			mimeType: row.contentType,
			size: row.size,
			date: oparlDate(row.createdAt),
			accessUrl: urls.web.attachment(a.id),
			downloadUrl: urls.web.attachment(a.id),
			meeting: [urls.meeting(meetingId)],
			agendaItem: [urls.agendaItem(meetingId, item.number)],
			created: oparlDateTime(row.createdAt),
			// Attachments are stored under their SHA-256 and never change.
			modified: oparlDateTime(row.createdAt)
		});
	}
	return {
		urls,
		published,
		files,
		created: oparlDateTime(published.meeting.createdAt),
		modified: oparlDateTime(lastChange(db, published))
	};
}

/** "Hyväksyttiin esityksen mukaisesti." from a longer decision: its first sentence, as OParl's short `result`. */
export function firstSentence(text: string): string {
	const firstParagraph = text.split('\n')[0].trim();
	// A sentence ends at . ! or ? before a capital letter; "klo 13.00" and "1.3.2026" have no space after the dot.
	return /^.+?[.!?](?=\s+[A-ZÅÄÖ])/u.exec(firstParagraph)?.[0] ?? firstParagraph;
}

function toAgendaItem(ctx: MeetingContext, item: RecordItem): OParlAgendaItem {
	const meetingId = ctx.published.meeting.id;
	// The public view already emptied non-public items; checking again keeps their content out even if that changed.
	const resolution = item.public ? richTextToPlain(item.decision) : '';
	return {
		id: ctx.urls.agendaItem(meetingId, item.number),
		type: oparlType('AgendaItem'),
		meeting: ctx.urls.meeting(meetingId),
		number: String(item.number),
		order: item.number,
		name: item.title,
		public: item.public,
		...(resolution && { result: firstSentence(resolution), resolutionText: resolution }),
		auxiliaryFile: item.attachments.flatMap((a) => ctx.files.get(a.id) ?? []),
		created: ctx.created,
		modified: ctx.modified
	};
}

function toMinutesFile(ctx: MeetingContext): OParlFile {
	const { meeting: m, record } = ctx.published;
	return {
		id: ctx.urls.minutesFile(m.id),
		type: oparlType('File'),
		name: `${record.body.formal ? 'Pöytäkirja' : 'Muistio'} ${record.meeting.number}`,
		mimeType: 'application/pdf',
		date: oparlDate(m.publishedAt!),
		accessUrl: ctx.urls.web.minutesPdf(m.id),
		downloadUrl: ctx.urls.web.minutesPdf(m.id),
		meeting: [ctx.urls.meeting(m.id)],
		created: oparlDateTime(m.publishedAt!),
		// The PDF is rendered from the record, so it changes with every correction.
		modified: ctx.modified
	};
}

/** The meeting's place as written in the record; online-only meetings have none. */
function toLocation(ctx: MeetingContext): OParlLocation | null {
	const { meeting: m, record } = ctx.published;
	if (!record.meeting.place) return null;
	return {
		id: ctx.urls.location(m.id),
		type: oparlType('Location'),
		description: record.meeting.place,
		meetings: [ctx.urls.meeting(m.id)],
		created: ctx.created,
		modified: ctx.modified
	};
}

function toMeeting(ctx: MeetingContext): OParlMeeting {
	const { meeting: m, body: b, record } = ctx.published;
	const location = toLocation(ctx);
	return {
		id: ctx.urls.meeting(m.id),
		type: oparlType('Meeting'),
		name: `${record.meeting.title || b.name} ${record.meeting.number}`,
		start: oparlDateTime(new Date(record.meeting.startsAt)),
		end: oparlDateTime(new Date(record.meeting.endsAt)),
		...(location && { location }),
		organization: [ctx.urls.organization(b.id)],
		resultsProtocol: toMinutesFile(ctx),
		auxiliaryFile: [...ctx.files.values()],
		agendaItem: record.items.map((item) => toAgendaItem(ctx, item)),
		web: ctx.urls.web.meeting(m.id),
		created: ctx.created,
		modified: ctx.modified
	};
}

/** The published record behind an id, with its context; null for anything unpublished or unknown. */
function publishedContext(
	db: Queryable,
	origin: string,
	meetingId: number | null
): MeetingContext | null {
	const published = meetingId ? getPublishedRecord(db, meetingId) : null;
	return published && meetingContext(db, oparlUrls(origin), published);
}

/**
 * Lists read every published record of the body, newest first, and build
 * objects for one page only. A county publishes some hundred meetings a
 * year, so reading them all stays cheap and keeps published.ts the only gate.
 */
function meetingPage(
	db: Queryable,
	origin: string,
	records: PublishedRecord[],
	page: number,
	listUrl: string
): OParlList<OParlMeeting> {
	const urls = oparlUrls(origin);
	return paginate(records, page, listUrl, (published) =>
		toMeeting(meetingContext(db, urls, published))
	);
}

export function oparlMeetingList(
	db: Queryable,
	origin: string,
	regionIdParam: string,
	page: number
): OParlList<OParlMeeting> | null {
	const found = findRegion(db, regionIdParam);
	if (!found) return null;
	const records = listPublishedRecords(db).filter((p) => p.body.regionId === found.id);
	return meetingPage(db, origin, records, page, oparlUrls(origin).bodyList(found.id, 'meetings'));
}

export function oparlOrganizationMeetingList(
	db: Queryable,
	origin: string,
	bodyIdParam: string,
	page: number
): OParlList<OParlMeeting> | null {
	const found = listPublicBodies(db).find((b) => b.id === parseId(bodyIdParam));
	if (!found) return null;
	return meetingPage(
		db,
		origin,
		listPublishedRecords(db, { bodyId: found.id }),
		page,
		oparlUrls(origin).organizationMeetings(found.id)
	);
}

export function oparlMeeting(
	db: Queryable,
	origin: string,
	meetingIdParam: string
): OParlMeeting | null {
	const ctx = publishedContext(db, origin, parseId(meetingIdParam));
	return ctx && toMeeting(ctx);
}

export function oparlAgendaItem(
	db: Queryable,
	origin: string,
	agendaItemIdParam: string
): OParlAgendaItem | null {
	const parsed = parseAgendaItemId(agendaItemIdParam);
	const ctx = publishedContext(db, origin, parsed?.meetingId ?? null);
	const item = ctx?.published.record.items.find((i) => i.number === parsed?.itemNumber);
	return ctx && item ? toAgendaItem(ctx, item) : null;
}

export function oparlLocation(
	db: Queryable,
	origin: string,
	meetingIdParam: string
): OParlLocation | null {
	const ctx = publishedContext(db, origin, parseId(meetingIdParam));
	return ctx && toLocation(ctx);
}

export function oparlFile(db: Queryable, origin: string, fileIdParam: string): OParlFile | null {
	const parsed = parseFileId(fileIdParam);
	if (!parsed) return null;
	if (parsed.kind === 'minutes') {
		const ctx = publishedContext(db, origin, parsed.id);
		return ctx && toMinutesFile(ctx);
	}
	// An attachment is public only if its meeting's published record still lists it.
	const meetingId =
		db
			.select({ meetingId: attachment.meetingId })
			.from(attachment)
			.where(eq(attachment.id, parsed.id))
			.get()?.meetingId ?? null;
	return publishedContext(db, origin, meetingId)?.files.get(parsed.id) ?? null;
}
