/**
 * The summary of a consultation round as an A4 PDF in Finnish, for the body
 * that decides (and as an attachment of its agenda item).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { finnishDateTime, OUTCOME_FI } from '../../domain/consultations';
import { pdfmake } from '../pdf/pdfmake';
import type { CommentView, Thread } from './comments';
import type { RoundSummary } from './summary';

const FI = {
	title: 'Lausuntokierroksen yhteenveto',
	document: 'Asiakirja',
	version: 'versio',
	period: 'Lausuntoaika',
	comments: 'Kommentit',
	statements: 'joista järjestöjen ja muiden organisaatioiden lausuntoja',
	replies: 'Vastauksia ketjuissa',
	hidden: 'Piilotettuja (asiattomia) kommentteja',
	organisations: 'Vastanneet organisaatiot',
	outcomes: 'Kommenttien huomioon ottaminen',
	unanswered: 'Ei vielä vastattu',
	noComments: 'Ei kommentteja.',
	statement: 'lausunto',
	answer: 'Vastaus',
	reply: 'Vastaus ketjussa',
	page: 'Sivu',
	author: 'Yhdyspinta'
} as const;

const MUTED = '#555555';

/** "Leena Ahonen, Mielenvireä Karjala ry (lausunto) 12.5.2026 klo 10.15" */
function byline(c: CommentView): string {
	const who = c.statementOf
		? `${c.authorName}, ${c.statementOf.name} (${FI.statement})`
		: `${c.authorName}, ${c.authorOrganisation}`;
	return `${who} ${finnishDateTime(c.createdAt)}`;
}

function comment(c: CommentView, indent: number): Content {
	return {
		stack: [
			c.quote ? { text: `”${c.quote}”`, italics: true, color: MUTED, margin: [0, 0, 0, 2] } : [],
			{ text: c.body, margin: [0, 0, 0, 2] },
			{ text: byline(c), fontSize: 8, color: MUTED }
		],
		margin: [indent, 0, 0, 6],
		unbreakable: true
	};
}

function thread(t: Thread): Content {
	return {
		stack: [
			comment(t, 0),
			t.response
				? {
						text: [
							{ text: `${FI.answer} (${OUTCOME_FI[t.response.outcome]}): `, bold: true },
							t.response.text,
							{ text: ` – ${t.response.by}`, color: MUTED }
						],
						margin: [14, 0, 0, 6]
					}
				: [],
			t.replies.map((r) => [
				{ text: FI.reply, fontSize: 8, bold: true, margin: [14, 0, 0, 0] },
				comment(r, 14)
			])
		],
		margin: [0, 0, 0, 8]
	};
}

function definition(summary: RoundSummary): TDocumentDefinitions {
	const { round, document, totals, outcomes } = summary;
	const counts: [string, number][] = [
		[FI.comments, totals.comments],
		[FI.statements, totals.statements],
		[FI.replies, totals.replies],
		...(totals.hidden ? [[FI.hidden, totals.hidden] as [string, number]] : [])
	];
	return {
		pageSize: 'A4',
		pageMargins: [56, 56, 56, 56],
		language: 'fi-FI',
		info: { title: `${FI.title} – ${round.title}`, author: FI.author, creator: FI.author },
		defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
		footer: (page, pages) => ({
			text: `${FI.page} ${page} / ${pages}`,
			fontSize: 9,
			color: MUTED,
			alignment: 'center',
			margin: [0, 20, 0, 0]
		}),
		content: [
			{ text: FI.title, fontSize: 18, bold: true },
			{ text: round.title, fontSize: 13, margin: [0, 4, 0, 10] },
			{
				layout: 'noBorders',
				table: {
					widths: [110, '*'],
					body: [
						[
							{ text: FI.document, bold: true },
							`${document.title}, ${FI.version} ${document.version}`
						],
						[
							{ text: FI.period, bold: true },
							`${finnishDateTime(round.opensAt)} – ${finnishDateTime(round.closesAt)}`
						],
						...counts.map(([label, n]) => [{ text: label, bold: true }, String(n)])
					]
				},
				margin: [0, 0, 0, 10]
			},
			{ text: FI.organisations, bold: true, fontSize: 12, margin: [0, 6, 0, 4] },
			summary.organisations.length
				? {
						ul: summary.organisations.map(
							(o) =>
								`${o.name}: ${o.comments}${o.statements ? ` (${FI.statement} ${o.statements})` : ''}`
						)
					}
				: { text: FI.noComments },
			{ text: FI.outcomes, bold: true, fontSize: 12, margin: [0, 10, 0, 4] },
			{
				ul: [
					...(['accepted', 'partly', 'rejected'] as const).map(
						(o) => `${OUTCOME_FI[o]}: ${outcomes[o]}`
					),
					`${FI.unanswered}: ${outcomes.unanswered}`
				]
			},
			...summary.sections.flatMap((section, index): Content[] => [
				{ text: `${index + 1}. ${section.title}`, bold: true, fontSize: 12, margin: [0, 14, 0, 6] },
				section.threads.length ? section.threads.map(thread) : { text: FI.noComments, color: MUTED }
			])
		]
	};
}

export async function renderSummaryPdf(summary: RoundSummary): Promise<Buffer> {
	return pdfmake.createPdf(definition(summary)).getBuffer();
}
