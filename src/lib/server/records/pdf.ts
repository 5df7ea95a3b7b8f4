/**
 * Agenda and minutes as PDF in the Finnish layout of the seed minutes (A4, the
 * body and meeting number on every page, "Sivu n / N"), made on the server
 * with pdfmake so no headless browser is needed.
 */
import type {
	Content,
	ContentText,
	Node,
	NodeQueries,
	TDocumentDefinitions
} from 'pdfmake/interfaces';
import { addedChairSentences } from '../../domain/chair-sentences';
import { disqualificationSentence } from '../../domain/disqualification';
import {
	groupedFingerprint,
	publicView,
	signOffHeading,
	type MeetingRecord,
	type RecordItem
} from '../../domain/record';
import {
	attendeeLine,
	RECORD_WORDS as FI,
	recordKind,
	recordMeetingTime,
	requestLine,
	signatures,
	splitAttendance
} from '../../domain/record-words';
import { safeHref, type RichNode } from '../../domain/rich-text';
import { pdfmake } from '../pdf/pdfmake';

const APP_NAME = 'Yhdyspinta';
const MUTED = '#555555';
const DRAFT_RED = '#b00020';

/** "Kokous 8/2022" */
const meetingLabel = (record: MeetingRecord) => `${FI.meeting} ${record.meeting.number}`;

/** Minutes without any approval are a draft; an agenda is never signed. */
const isDraft = (record: MeetingRecord) =>
	record.kind === 'minutes' && record.approvals.length === 0;

// ---------------------------------------------------------------- rich text

type Inline = ContentText & { text: string };

/** One run of text with its marks; a link keeps its URL visible, since paper cannot be clicked. */
function inlineText(node: RichNode): Inline[] {
	const run: Inline = { text: node.text ?? '' };
	let href: string | null = null;
	for (const mark of node.marks ?? []) {
		if (mark.type === 'bold') run.bold = true;
		else if (mark.type === 'italic') run.italics = true;
		else if (mark.type === 'strike') run.decoration = 'lineThrough';
		else if (mark.type === 'underline') run.decoration = 'underline';
		// Only Roboto is embedded, so code is set apart by a background, not a monospace font.
		else if (mark.type === 'code') run.background = '#eeeeee';
		else if (mark.type === 'link') href = safeHref(mark.attrs?.href);
	}
	if (!href) return [run];
	run.link = href;
	return run.text === href ? [run] : [run, { text: ` (${href})`, link: href, color: MUTED }];
}

function inlines(nodes: RichNode[] | undefined): Inline[] {
	return (nodes ?? []).flatMap((node) => {
		if (node.type === 'text') return inlineText(node);
		if (node.type === 'hardBreak') return [{ text: '\n' }];
		return inlines(node.content);
	});
}

/** A block of the editor's document; unknown blocks give way to their content, as in the HTML rendering. */
function block(node: RichNode): Content[] {
	const children = node.content ?? [];
	switch (node.type) {
		case 'paragraph':
			return [{ text: inlines(children), margin: [0, 0, 0, 5] }];
		case 'heading':
			return [
				{
					text: inlines(children),
					bold: true,
					fontSize: Number(node.attrs?.level) === 1 ? 12 : 11,
					margin: [0, 4, 0, 3]
				}
			];
		case 'bulletList':
			return [{ ul: children.map(listItem), margin: [0, 0, 0, 5] }];
		case 'orderedList':
			return [
				{ ol: children.map(listItem), start: Number(node.attrs?.start) || 1, margin: [0, 0, 0, 5] }
			];
		case 'blockquote':
			return [{ stack: blocks(children), margin: [14, 0, 0, 5], color: MUTED }];
		// Text straight inside an unknown block (StarterKit's codeBlock) is kept as a paragraph.
		case 'text':
		case 'hardBreak':
			return [{ text: inlines([node]) }];
		default:
			return blocks(children);
	}
}

function blocks(nodes: RichNode[]): Content[] {
	return nodes.flatMap(block);
}

function listItem(node: RichNode): Content {
	return { stack: blocks(node.content ?? []) };
}

/** The rich text of a document, or nothing when the field is empty. */
function richText(doc: RichNode | null): Content[] {
	return doc ? blocks(doc.content ?? []) : [];
}

// ----------------------------------------------------------------- sections

/** A label in the left column and its lines on the right, like "Aika" and "Osallistujat" in the seed minutes. */
type Row = [label: string, lines: string[]];

/** Rows without lines are left out, and no rows give no table (pdfmake cannot lay out an empty one). */
function labelledRows(rows: Row[]): Content[] {
	const body = rows
		.filter(([, lines]) => lines.length > 0)
		.map(([label, lines]) => [{ text: label, bold: true }, { stack: lines }]);
	return body.length
		? [{ layout: 'noBorders', table: { widths: [110, '*'], body }, margin: [0, 0, 0, 10] }]
		: [];
}

function headerBlock(record: MeetingRecord): Content[] {
	const { meeting } = record;
	return [
		{ text: record.body.name, bold: true, fontSize: 12 },
		{ text: recordKind(record), fontSize: 18, bold: true, margin: [0, 6, 0, 0] },
		{
			text: [meetingLabel(record), meeting.title ? ` · ${meeting.title}` : ''],
			fontSize: 12,
			margin: [0, 0, 0, 10]
		},
		...labelledRows([
			[FI.time, [recordMeetingTime(meeting.startsAt, meeting.endsAt)]],
			[FI.place, meeting.place ? [meeting.place] : []]
		])
	];
}

function attendanceBlock(record: MeetingRecord): Content[] {
	const { members, others, away } = splitAttendance(record);
	return labelledRows([
		[FI.attendees, members.map(attendeeLine)],
		[FI.others, others.map(attendeeLine)],
		[FI.away, away.map(attendeeLine)]
	]);
}

/** A proposal, discussion or decision with its label; nothing when the field is empty. */
function itemSection(label: string, doc: RichNode | null): Content[] {
	const content = richText(doc);
	return content.length
		? [{ text: label, bold: true, headlineLevel: 2, margin: [0, 4, 0, 2] }, ...content]
		: [];
}

/**
 * One numbered item. A non-public item says so and why; in the public PDF
 * `publicView` has already emptied its content, so only that line remains.
 */
function itemBlock(item: RecordItem): Content {
	return {
		stack: [
			{
				text: `${item.number}. ${item.title}`,
				bold: true,
				fontSize: 12,
				headlineLevel: 1,
				margin: [0, 10, 0, 4]
			},
			item.public
				? []
				: {
						text: [FI.notPublic, item.reason].filter(Boolean).join(': '),
						bold: true,
						color: DRAFT_RED,
						headlineLevel: 2,
						margin: [0, 0, 0, 4]
					},
			item.presenter
				? { text: `${FI.presenter} ${item.presenter}`, color: MUTED, headlineLevel: 2 }
				: [],
			item.attachments.map((a) => ({
				text: `${FI.attachment} ${a.number} ${a.filename}`,
				headlineLevel: 2
			})),
			(item.requests ?? []).map((r) => ({ text: requestLine(r), italics: true, headlineLevel: 2 })),
			(item.disqualified ?? []).map((d) => ({
				text: disqualificationSentence(d),
				headlineLevel: 2,
				margin: [0, 4, 0, 0]
			})),
			itemSection(`${FI.proposal}:`, item.proposal),
			itemSection(`${FI.discussion}:`, item.discussion),
			itemSection(`${FI.decision}:`, item.decision)
		]
	};
}

/** The chair's opening or closing sentence, when the items do not say it themselves. */
function chairSentenceBlock(sentence: string | null): Content[] {
	return sentence ? [{ text: sentence, margin: [0, 10, 0, 0] }] : [];
}

/** "Muistion vakuudeksi" and the signers side by side, as signatures sit on paper, each approval's time beneath. */
function signOffBlock(record: MeetingRecord): Content[] {
	const signed = signatures(record);
	if (signed.length === 0) return [];
	return [
		{
			stack: [
				{ text: `${signOffHeading(record.body.formal)}:`, bold: true, margin: [0, 0, 0, 8] },
				{
					columns: signed.map((s) => ({
						stack: [
							{ text: s.name, bold: true },
							s.role,
							{ text: `${FI.approved} ${s.approvedAt}`, color: MUTED, fontSize: 9 }
						]
					})),
					columnGap: 16
				},
				record.fingerprint
					? {
							text: `${FI.fingerprint}: ${groupedFingerprint(record.fingerprint)}`,
							color: MUTED,
							fontSize: 8,
							margin: [0, 12, 0, 0]
						}
					: []
			],
			margin: [0, 24, 0, 0],
			unbreakable: true
		}
	];
}

/** The running header: where the page belongs, and "LUONNOS" on every page of a draft. */
function pageHeader(record: MeetingRecord): Content {
	return {
		columns: [
			{ text: `${record.body.name} · ${meetingLabel(record)}`, style: 'running' },
			isDraft(record)
				? { text: FI.draft, style: ['running', 'draft'], alignment: 'right', width: 'auto' }
				: []
		],
		style: 'running',
		margin: [56, 24, 56, 0]
	};
}

// The running header and footer (and each text in them) are among a page's
// nodes too, with no usable position, so they are told apart by their style.
const isRunning = (node: Node) => [node.style ?? []].flat().includes('running');
const isHeading = (node: Node) => node.headlineLevel !== undefined;
const isText = (node: Node) => !isRunning(node) && !isHeading(node);

/**
 * pdfmake has no "keep with next": a heading (an item's title and the lines
 * under it, "Päätös:") that only headings follow on its page moves to the next
 * page, where its text continues.
 */
function keepHeadingsWithText(node: Node, nodes: NodeQueries): boolean {
	return (
		isHeading(node) &&
		!nodes.getFollowingNodesOnPage().some(isText) &&
		nodes.getNodesOnNextPage().some((n) => !isRunning(n))
	);
}

function documentDefinition(record: MeetingRecord): TDocumentDefinitions {
	const minutes = record.kind === 'minutes';
	const added = addedChairSentences(record);
	return {
		pageSize: 'A4',
		pageMargins: [56, 64, 56, 56],
		language: 'fi-FI',
		info: {
			title: `${record.body.name} – ${recordKind(record)} ${record.meeting.number}`,
			author: APP_NAME,
			creator: APP_NAME
		},
		defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
		header: pageHeader(record),
		pageBreakBefore: keepHeadingsWithText,
		styles: {
			running: { fontSize: 9, color: MUTED },
			draft: { bold: true, fontSize: 16, color: DRAFT_RED }
		},
		footer: (page, pages) => ({
			text: `${FI.page} ${page} / ${pages}`,
			style: 'running',
			alignment: 'center',
			margin: [0, 20, 0, 0]
		}),
		content: [
			...headerBlock(record),
			...(minutes ? attendanceBlock(record) : []),
			...(minutes ? chairSentenceBlock(added.opened) : []),
			...record.items.map(itemBlock),
			...(minutes ? chairSentenceBlock(added.closed) : []),
			...(minutes ? signOffBlock(record) : [])
		]
	};
}

/**
 * The record as a PDF. The public view is applied here, not by the caller, so
 * a non-public item's content cannot reach a public PDF by a forgotten step.
 */
export async function renderRecordPdf(
	record: MeetingRecord,
	audience: 'public' | 'members'
): Promise<Buffer> {
	const shown = audience === 'public' ? publicView(record) : record;
	return pdfmake.createPdf(documentDefinition(shown)).getBuffer();
}
