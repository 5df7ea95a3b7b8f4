/**
 * The summary of a round for the body that decides: comments per section with
 * their answers, the organisations that responded and the outcomes; as a page,
 * a PDF, a CSV for Excel, and a PDF attached to a meeting's agenda item.
 */
import Papa from 'papaparse';
import {
	finnishDateTime,
	OUTCOME_FI,
	OUTCOMES,
	roundStatus,
	type DocumentKind,
	type Outcome,
	type RoundStatus
} from '../../domain/consultations';
import type { Actor } from '../../domain/policy';
import { mayChangeAttachments } from '../access';
import { addAttachment } from '../attachments/service';
import { attachmentDir } from '../files/stored-files';
import { bodyTarget } from '../bodies/target';
import { numberOf } from '../../domain/meetings';
import { listMeetings } from '../meetings/readable';
import { listItems } from '../meetings/rows';
import type { Db, Queryable } from '../db/client';
import { listComments, threadsOf, type CommentView, type Thread } from './comments';
import { versionSections } from './documents';
import { renderSummaryPdf } from './pdf';
import { authorizeRoundManagement, getRound, type LoadedRound } from './rounds';

export interface RoundSummary {
	round: {
		id: number;
		regionId: number;
		title: string;
		opensAt: Date;
		closesAt: Date;
		status: RoundStatus;
	};
	document: { title: string; kind: DocumentKind; version: number };
	sections: { id: string; title: string; threads: Thread[] }[];
	/** Organisations whose people commented, with how many of the comments are statements. */
	organisations: { name: string; comments: number; statements: number }[];
	outcomes: Record<Outcome | 'unanswered', number>;
	totals: { comments: number; statements: number; replies: number; hidden: number };
}

/** Hidden comments are left out of the summary (a hidden first comment with its thread) and only counted. */
export function roundSummary(
	db: Queryable,
	actor: Actor,
	roundId: number,
	now = new Date()
): RoundSummary {
	return summaryOf(db, actor, getRound(db, actor, roundId, now), now);
}

function summaryOf(
	db: Queryable,
	actor: Actor,
	loaded: LoadedRound & { status: RoundStatus },
	now: Date
): RoundSummary {
	const all = listComments(db, actor, loaded, now);
	const threads = threadsOf(all.filter((c) => !c.hidden));
	const replies = threads.flatMap((t) => t.replies);
	const organisations = new Map<string, { name: string; comments: number; statements: number }>();
	for (const c of [...threads, ...replies]) {
		const name = c.statementOf?.name ?? c.authorOrganisation;
		const entry = organisations.get(name) ?? { name, comments: 0, statements: 0 };
		entry.comments++;
		if (c.statementOf) entry.statements++;
		organisations.set(name, entry);
	}
	const outcomes = Object.fromEntries(
		[...OUTCOMES, 'unanswered'].map((o) => [o, 0])
	) as RoundSummary['outcomes'];
	for (const thread of threads) outcomes[thread.response?.outcome ?? 'unanswered']++;
	return {
		round: {
			id: loaded.round.id,
			regionId: loaded.document.regionId,
			title: loaded.round.title,
			opensAt: loaded.round.opensAt,
			closesAt: loaded.round.closesAt,
			status: loaded.status
		},
		document: {
			title: loaded.document.title,
			kind: loaded.document.kind,
			version: loaded.version.number
		},
		sections: versionSections(loaded.version).map((s) => ({
			id: s.id,
			title: s.title,
			threads: threads.filter((t) => t.sectionId === s.id)
		})),
		organisations: [...organisations.values()].sort((a, b) => a.name.localeCompare(b.name, 'fi')),
		outcomes,
		totals: {
			comments: threads.length,
			statements: threads.filter((t) => t.statementOf).length,
			replies: replies.length,
			hidden: all.filter((c) => c.hidden).length
		}
	};
}

/** The CSV's columns: a heading and how to read the cell from a comment of a section. */
const CSV_COLUMNS: readonly [string, (section: string, c: CommentView) => string | number][] = [
	['Kohta', (section) => section],
	['Nro', (_, c) => c.id],
	['Vastaus kommenttiin', (_, c) => c.parentId ?? ''],
	['Lainattu kohta', (_, c) => c.quote],
	['Kommentti', (_, c) => c.body],
	['Kommentoija', (_, c) => c.authorName],
	['Organisaatio', (_, c) => c.statementOf?.name ?? c.authorOrganisation],
	['Lausunto', (_, c) => (c.statementOf ? 'kyllä' : 'ei')],
	['Jätetty', (_, c) => finnishDateTime(c.createdAt)],
	['Lopputulos', (_, c) => (c.response ? OUTCOME_FI[c.response.outcome] : '')],
	['Vastaus', (_, c) => c.response?.text ?? ''],
	['Vastaaja', (_, c) => c.response?.by ?? '']
];

/**
 * One row per comment and reply. Semicolons and a byte order mark, because
 * that is what Excel in a Finnish locale opens directly, with ä and ö intact.
 */
export function summaryCsv(summary: RoundSummary): string {
	const rows = summary.sections.flatMap((s) =>
		s.threads.flatMap((t) =>
			[t, ...t.replies].map((c) => CSV_COLUMNS.map(([, cell]) => cell(s.title, c)))
		)
	);
	return (
		'\uFEFF' +
		Papa.unparse(
			{ fields: CSV_COLUMNS.map(([heading]) => heading), data: rows },
			{ delimiter: ';', newline: '\r\n', escapeFormulae: true }
		)
	);
}

/** "Lausuntoyhteenveto Hyvinvointisuunnitelma – lausuntokierros.pdf": no characters that file systems refuse. */
export function summaryFilename(summary: RoundSummary, extension: 'pdf' | 'csv'): string {
	const title = summary.round.title.replace(/\s*:\s*/g, ' – ').replace(/[\\/*?"<>|]/g, '-');
	return `Lausuntoyhteenveto ${title}.${extension}`;
}

/**
 * Stores the summary PDF as an attachment (liite) of a meeting's agenda item,
 * through the attachments service and its checks: the actor must be able to
 * change that meeting's attachments. Not public: comments name people.
 */
export async function attachSummary(
	db: Db,
	actor: Actor,
	roundId: number,
	target: { meetingId: number; itemKey: string },
	now = new Date(),
	dir = attachmentDir()
) {
	// Those who run consultations read every round of their region, so the summary needs no other check.
	const loaded = authorizeRoundManagement(db, actor, roundId);
	const summary = summaryOf(db, actor, { ...loaded, status: roundStatus(loaded.round, now) }, now);
	const bytes = await renderSummaryPdf(summary);
	return addAttachment(
		db,
		actor,
		target.meetingId,
		{ itemKey: target.itemKey, filename: summaryFilename(summary, 'pdf'), bytes, public: false },
		dir
	);
}

/** The agenda items the summary can be attached to: of coming meetings whose attachments the actor may change. */
export function attachTargets(db: Queryable, actor: Actor, now = new Date()) {
	const meetings = listMeetings(db, actor, { from: now }).filter(({ meeting, body }) =>
		mayChangeAttachments(actor, meeting.status, bodyTarget(body))
	);
	const items = listItems(
		db,
		meetings.map(({ meeting }) => meeting.id)
	);
	return meetings.map(({ meeting, body }) => ({
		meetingId: meeting.id,
		label: `${body.name} ${numberOf(meeting)}`,
		startsAt: meeting.startsAt,
		items: items
			.filter((item) => item.meetingId === meeting.id)
			.map((item, index) => ({ key: item.key, title: `${index + 1}. ${item.title}` }))
	}));
}
