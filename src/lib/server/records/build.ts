/**
 * Builds a meeting's record (src/lib/domain/record.ts) from its live document,
 * attendance, attachments and approvals. For minutes this runs once, at
 * approval; the agenda record is built on demand (public agenda, agenda PDF).
 */
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { and, asc, eq } from 'drizzle-orm';
import { readItems, textOf, type TextField } from '../../documents/doc-schema';
import { chairSentencesInItems } from '../../domain/chair-sentences';
import { docName } from '../../domain/doc-name';
import { dutyWording } from '../../domain/officers';
import type {
	MeetingRecord,
	RecordApproval,
	RecordAttendee,
	RecordItem
} from '../../domain/record';
import type { RichNode } from '../../domain/rich-text';
import { loadDoc } from '../collab/store';
import type { Queryable } from '../db/client';
import { approval, attachment, body, meeting, user } from '../db/schema';
import { notFound } from '../errors';
import { numberOf } from '../../domain/meetings';
import {
	listAttendance,
	listDisqualifications,
	officersOf,
	type DisqualificationView
} from '../meetings/rows';
import { listRequests, type RequestView } from '../meetings/requests';

function richText(
	doc: Parameters<typeof textOf>[0],
	field: TextField,
	itemId: string
): RichNode | null {
	const fragment = textOf(doc, field, itemId);
	return fragment.length > 0 ? (yXmlFragmentToProsemirrorJSON(fragment) as RichNode) : null;
}

export function currentApprovals(
	db: Queryable,
	meetingId: number,
	round: number
): RecordApproval[] {
	return db
		.select({ name: user.name, role: approval.role, approvedAt: approval.approvedAt })
		.from(approval)
		.innerJoin(user, eq(approval.userId, user.id))
		.where(and(eq(approval.meetingId, meetingId), eq(approval.round, round)))
		.orderBy(asc(approval.approvedAt))
		.all()
		.map((a) => ({ ...a, approvedAt: a.approvedAt.toISOString() }));
}

/** Left out when there are none, so a record (and its fingerprint) without requests stays as it was. */
function itemRequests(
	requests: readonly RequestView[],
	itemKey: string
): Pick<RecordItem, 'requests'> {
	const asked = requests
		.filter((r) => r.itemKey === itemKey)
		.map((r) => ({ organisation: r.organisation.name, text: r.text }));
	return asked.length > 0 ? { requests: asked } : {};
}

/** Left out when nobody declared one, so a record (and its fingerprint) without them stays as it was. */
function itemDisqualified(
	declared: readonly DisqualificationView[],
	itemKey: string
): Pick<RecordItem, 'disqualified'> {
	const onItem = declared
		.filter((d) => d.itemKey === itemKey)
		.map((d) => ({ name: d.name, ground: d.ground, specification: d.specification }));
	return onItem.length > 0 ? { disqualified: onItem } : {};
}

/** The attendance as the record lists it, with who chaired or kept the minutes when that was not the body's chair or secretary. */
function recordAttendance(db: Queryable, meetingId: number): RecordAttendee[] {
	const attendees = listAttendance(db, meetingId);
	const officers = officersOf(db, meetingId, attendees);
	return attendees.map((a) => ({
		name: a.name,
		title: a.title,
		organisation: a.organisation,
		role: a.role,
		status: a.status,
		wording: [dutyWording(a, officers), a.wording].filter(Boolean).join(', '),
		member: a.userId !== null
	}));
}

export function buildMeetingRecord(
	db: Queryable,
	meetingId: number,
	kind: 'agenda' | 'minutes'
): MeetingRecord {
	const row = db
		.select({ meeting, body })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(meeting.id, meetingId))
		.get();
	const loaded = loadDoc(db, docName(kind, meetingId));
	if (!row || !loaded) throw notFound();
	const { meeting: m, body: b } = row;
	const files = db
		.select()
		.from(attachment)
		.where(eq(attachment.meetingId, meetingId))
		.orderBy(asc(attachment.id))
		.all();
	let attachmentNumber = 0;
	const requests = listRequests(db, meetingId);
	const declared = kind === 'minutes' ? listDisqualifications(db, meetingId) : [];
	const items = readItems(loaded.doc).map((item, index) => ({
		number: index + 1,
		key: item.id,
		title: item.title,
		presenter: item.presenter,
		public: item.public,
		reason: item.reason,
		proposal: richText(loaded.doc, 'proposal', item.id),
		discussion: kind === 'minutes' ? richText(loaded.doc, 'discussion', item.id) : null,
		decision: kind === 'minutes' ? richText(loaded.doc, 'decision', item.id) : null,
		attachments: files
			.filter((f) => f.itemKey === item.id)
			.map((f) => ({
				id: f.id,
				number: ++attachmentNumber,
				filename: f.filename,
				public: f.public
			})),
		...itemRequests(requests, item.id),
		...itemDisqualified(declared, item.id)
	}));
	const said = kind === 'minutes' ? chairSentencesInItems(items) : [];
	return {
		kind,
		meeting: {
			id: m.id,
			number: numberOf(m),
			title: m.title,
			startsAt: m.startsAt.toISOString(),
			endsAt: m.endsAt.toISOString(),
			place: m.place,
			openedAt: m.openedAt?.toISOString() ?? null,
			closedAt: m.closedAt?.toISOString() ?? null
		},
		body: { id: b.id, name: b.name, level: b.level, formal: b.formal },
		attendance: kind === 'minutes' ? recordAttendance(db, meetingId) : [],
		items,
		approvals: kind === 'minutes' ? currentApprovals(db, meetingId, m.reviewRound) : [],
		// Only when there are any: minutes sent to review before the app wrote the sentences keep their fingerprint.
		...(said.length > 0 ? { chairSentencesInItems: said } : {})
	};
}
