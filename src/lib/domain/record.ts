/**
 * The official record of a meeting: what the chair and the secretary approve,
 * what the archive, the PDF, search and OParl show. Built once from the live
 * minutes at approval and stored unchanged; corrections are recorded beside it.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import * as v from 'valibot';
import { DISQUALIFICATION_GROUNDS, type DeclaredDisqualification } from './disqualification';
import { LEVELS, type Level } from './levels';
import { RichNodeSchema, type RichNode } from './rich-text';

export const APPROVER_ROLES = ['chair', 'secretary', 'checker'] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];

export interface RecordAttachment {
	id: number;
	/** "Liite 1": numbered through the meeting in item order. */
	number: number;
	filename: string;
	public: boolean;
}

export interface RecordItem {
	number: number;
	key: string;
	title: string;
	presenter: string;
	public: boolean;
	/** Why the item is not public; shown publicly instead of its content. */
	reason: string;
	proposal: RichNode | null;
	discussion: RichNode | null;
	decision: RichNode | null;
	attachments: RecordAttachment[];
	/** What the meeting asked of its organisations on this item; absent when nothing was (and on older records). */
	requests?: RecordRequest[];
	/** Who declared a disqualification on this item; absent when nobody did (and on older records). */
	disqualified?: DeclaredDisqualification[];
}

export interface RecordRequest {
	organisation: string;
	text: string;
}

export interface RecordAttendee {
	name: string;
	title: string;
	organisation: string;
	role: string | null;
	status: string | null;
	/** Duties and comings and goings: "toimi puheenjohtajana asian 5 käsittelyn ajan, poistui klo 13.40 ja palasi 14.19" */
	wording: string;
	member: boolean;
}

export interface RecordApproval {
	name: string;
	role: ApproverRole;
	approvedAt: string;
}

/** The chair's sentences of Finnish minutes: "Puheenjohtaja avasi kokouksen klo 13.02.", "… päätti kokouksen klo 15.15." */
export type ChairSentence = 'opened' | 'closed';

export interface MeetingRecord {
	kind: 'agenda' | 'minutes';
	meeting: {
		id: number;
		number: string;
		title: string;
		startsAt: string;
		endsAt: string;
		place: string;
		openedAt: string | null;
		closedAt: string | null;
	};
	body: { id: number; name: string; level: Level; formal: boolean };
	attendance: RecordAttendee[];
	items: RecordItem[];
	approvals: RecordApproval[];
	/**
	 * The chair's sentences the items' own text says (src/lib/domain/chair-sentences.ts),
	 * so the rendering does not add them a second time. Absent when there are none,
	 * as on every record frozen before the app wrote them into the minutes: those
	 * render both sentences around the items, exactly as they always did.
	 */
	chairSentencesInItems?: ChairSentence[];
	/** The content fingerprint every approver approved; set when the record is frozen (absent on records older than the fingerprint). */
	fingerprint?: string;
}

const richText = v.nullable(RichNodeSchema);

/**
 * A stored record as read back. Only checks: fields it does not know are kept
 * as stored, so a record from any version of the app reads back unchanged.
 */
export const MeetingRecordSchema: v.GenericSchema<MeetingRecord> = v.looseObject({
	kind: v.picklist(['agenda', 'minutes']),
	meeting: v.looseObject({
		id: v.number(),
		number: v.string(),
		title: v.string(),
		startsAt: v.string(),
		endsAt: v.string(),
		place: v.string(),
		openedAt: v.nullable(v.string()),
		closedAt: v.nullable(v.string())
	}),
	body: v.looseObject({
		id: v.number(),
		name: v.string(),
		level: v.picklist(LEVELS),
		formal: v.boolean()
	}),
	attendance: v.array(
		v.looseObject({
			name: v.string(),
			title: v.string(),
			organisation: v.string(),
			role: v.nullable(v.string()),
			status: v.nullable(v.string()),
			wording: v.string(),
			member: v.boolean()
		})
	),
	items: v.array(
		v.looseObject({
			number: v.number(),
			key: v.string(),
			title: v.string(),
			presenter: v.string(),
			public: v.boolean(),
			reason: v.string(),
			proposal: richText,
			discussion: richText,
			decision: richText,
			attachments: v.array(
				v.looseObject({
					id: v.number(),
					number: v.number(),
					filename: v.string(),
					public: v.boolean()
				})
			),
			requests: v.optional(v.array(v.looseObject({ organisation: v.string(), text: v.string() }))),
			disqualified: v.optional(
				v.array(
					v.looseObject({
						name: v.string(),
						ground: v.picklist(DISQUALIFICATION_GROUNDS),
						specification: v.string()
					})
				)
			)
		})
	),
	approvals: v.array(
		v.looseObject({ name: v.string(), role: v.picklist(APPROVER_ROLES), approvedAt: v.string() })
	),
	chairSentencesInItems: v.optional(v.array(v.picklist(['opened', 'closed']))),
	fingerprint: v.optional(v.string())
});

/**
 * A SHA-256 of the minutes' content: everything but the approvals, which are
 * not what is approved. Every approval of a round carries it, the frozen
 * record stores it, and the record shows it, so a printed copy can be checked
 * against the archive.
 */
export function contentFingerprint(record: MeetingRecord): string {
	const { approvals: _approvals, fingerprint: _fingerprint, ...content } = record;
	return encodeHexLowerCase(sha256(new TextEncoder().encode(JSON.stringify(content))));
}

/** "3f2a 9c01 …": the fingerprint in groups of four, as people compare it by eye. */
export function groupedFingerprint(fingerprint: string): string {
	return fingerprint.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * What anyone may see of a record: non-public items keep only their number,
 * title and reason; non-public attachments are left out. Applied on the server,
 * so the content never leaves it for someone without the right.
 */
export function publicView(record: MeetingRecord): MeetingRecord {
	return {
		...record,
		items: record.items.map((item) =>
			item.public
				? { ...item, attachments: item.attachments.filter((a) => a.public) }
				: {
						...item,
						presenter: '',
						proposal: null,
						discussion: null,
						decision: null,
						attachments: [],
						requests: undefined,
						disqualified: undefined
					}
		)
	};
}

/** "Pöytäkirjan vakuudeksi" for formal bodies, "Muistion vakuudeksi" for the others. */
export function signOffHeading(formal: boolean): string {
	return formal ? 'Pöytäkirjan vakuudeksi' : 'Muistion vakuudeksi';
}
