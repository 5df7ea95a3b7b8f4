/**
 * The decision letter (päätöskirje, beslut om understöd) an applicant gets, in
 * its language, Finnish or Swedish (`organisation_profile.language`): the
 * decision, its grounds, the conditions and the general terms the call was
 * published under, the payment schedule, the reporting duty and the call's
 * pinned instructions for a request for a review (oikaisuvaatimusohje: a
 * county's decision is first reviewed by the body that made it, Act on
 * Wellbeing Services Counties 611/2021, on appeals).
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { decidedOutcome, letterDate, type Outcome } from '../../domain/grant-minutes';
import { formatEuros, type ReportKind } from '../../domain/grants';
import { paragraphs } from '../../domain/grant-documents';
import { numberOf } from '../../domain/meetings';
import type { RecordLanguage } from '../../domain/organisation-profile';
import type { Actor } from '../../domain/policy';
import { recordDate } from '../../domain/record-words';
import type { Queryable } from '../db/client';
import {
	body,
	grantInstalment,
	grantReport,
	meeting,
	organisation,
	organisationProfile,
	region
} from '../db/schema';
import { translator } from '../../i18n';
import { pdfmake } from '../pdf/pdfmake';
import { pinnedDocuments } from './documents';
import { authorizeGrant } from './grant';

export interface DecisionLetter {
	language: RecordLanguage;
	county: string;
	recipient: string;
	callTitle: string;
	applicationTitle: string;
	decidedAt: Date;
	body: string;
	meetingNumber: string;
	outcome: Outcome;
	requestedCents: number;
	grantedCents: number;
	grounds: string;
	conditions: string;
	instalments: { dueOn: string; amountCents: number }[];
	reports: { kind: ReportKind; dueOn: string }[];
	/** The versions pinned to the call; none for a call published before there were any. */
	terms: DocumentVersion | null;
	appeal: DocumentVersion | null;
}

interface DocumentVersion {
	version: number;
	validFrom: string;
	textFi: string;
	textSv: string;
}

/** The county that signs a letter: its own organisation's name, else the region's. */
export function countyName(db: Queryable, regionId: number): string {
	return (
		db
			.select({ name: organisation.name })
			.from(organisation)
			.where(and(eq(organisation.regionId, regionId), eq(organisation.kind, 'county')))
			.get()?.name ??
		db.select({ name: region.name }).from(region).where(eq(region.id, regionId)).get()!.name
	);
}

/** What the letter says, for the applicant's people and the call's handlers, once decided. */
export function decisionLetter(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	now = new Date()
): DecisionLetter {
	const { call, application } = authorizeGrant(db, actor, applicationId, now);
	const decider = db
		.select({ meeting, bodyName: body.name })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(meeting.id, application.decisionMeetingId!))
		.get()!;
	const county = countyName(db, call.regionId);
	const recipient = db
		.select({ name: organisation.name, language: organisationProfile.language })
		.from(organisation)
		.leftJoin(organisationProfile, eq(organisationProfile.organisationId, organisation.id))
		.where(eq(organisation.id, application.organisationId))
		.get()!;
	const pinned = pinnedDocuments(db, call.id);
	return {
		language: recipient.language ?? 'fi',
		county,
		recipient: recipient.name,
		callTitle: call.title,
		applicationTitle: application.title,
		decidedAt: application.decidedAt!,
		body: decider.bodyName,
		meetingNumber: numberOf(decider.meeting),
		outcome: decidedOutcome(application.status),
		requestedCents: application.amountRequestedCents ?? 0,
		grantedCents: application.amountGrantedCents ?? 0,
		grounds: application.decisionReason.trim() || application.proposalReason.trim(),
		conditions: call.conditions.trim(),
		instalments: db
			.select({ dueOn: grantInstalment.dueOn, amountCents: grantInstalment.amountCents })
			.from(grantInstalment)
			.where(eq(grantInstalment.applicationId, applicationId))
			.orderBy(asc(grantInstalment.dueOn))
			.all(),
		reports: db
			.select({ kind: grantReport.kind, dueOn: grantReport.dueOn })
			.from(grantReport)
			.where(eq(grantReport.applicationId, applicationId))
			.orderBy(asc(grantReport.dueOn))
			.all(),
		terms: pinned.terms ?? null,
		appeal: pinned.appeal ?? null
	};
}

/** The letter's words in the recipient's language: Finnish or Swedish. */
function letterWords(l: DecisionLetter) {
	const i18n = translator(l.language);
	const euros = (cents: number) => formatEuros(cents, i18n.locale === 'sv' ? 'sv-FI' : 'fi-FI');
	const version = (v: DocumentVersion) => ({
		version: v.version,
		validFrom: letterDate(v.validFrom)
	});
	return { t: i18n.t, euros, version };
}

export const heading = (text: string): Content => ({
	text,
	bold: true,
	fontSize: 11,
	margin: [0, 12, 0, 4]
});

const paragraph = (text: string): Content => ({ text, margin: [0, 0, 0, 6] });

/** What a grant carries: its conditions and terms, payments and reports. */
function grantSections(l: DecisionLetter): Content[] {
	const { t, euros, version } = letterWords(l);
	return [
		heading(t('grantDocuments.letter.conditions')),
		...[l.conditions, t('grantDocuments.letter.useOfGrant')].filter(Boolean).map(paragraph),
		...(l.terms ? [paragraph(t('grantDocuments.letter.terms', version(l.terms)))] : []),
		heading(t('grantDocuments.letter.payment')),
		{
			ul: l.instalments.map((i) => `${letterDate(i.dueOn)}: ${euros(i.amountCents)}`)
		},
		heading(t('grantDocuments.letter.reporting')),
		{
			ul: l.reports.map((r) =>
				t(`grantDocuments.letter.report.${r.kind}`, { date: letterDate(r.dueOn) })
			)
		},
		{ text: t('grantDocuments.letter.reportHelp'), margin: [0, 4, 0, 0] }
	];
}

/** The pinned appeal instructions with their version, or the statutory base text. */
function appealSection(l: DecisionLetter): Content[] {
	const { t, version } = letterWords(l);
	const appeal = l.appeal;
	const text = appeal
		? l.language === 'sv'
			? appeal.textSv
			: appeal.textFi
		: t('grantDocuments.default.appeal');
	return [
		heading(t('grantDocuments.letter.appeal')),
		...(appeal ? [paragraph(t('grantDocuments.letter.appealVersion', version(appeal)))] : []),
		...paragraphs(text).map(paragraph),
		paragraph(t('grantDocuments.letter.appealTo', { body: l.body, county: l.county }))
	];
}

/** The page every letter of the county is set on. */
export const LETTER_PAGE = {
	pageSize: 'A4',
	pageMargins: [60, 60, 60, 60],
	defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 }
} satisfies Partial<TDocumentDefinitions>;

function letterDefinition(l: DecisionLetter): TDocumentDefinitions {
	const { t, euros } = letterWords(l);
	const amounts = {
		body: l.body,
		granted: euros(l.grantedCents),
		requested: euros(l.requestedCents)
	};
	return {
		...LETTER_PAGE,
		info: { title: `${t('grantDocuments.letter.name')}: ${l.recipient}` },
		content: [
			{
				columns: [
					{ text: l.county, bold: true },
					{
						text: `${t('grantDocuments.letter.heading')}\n${recordDate(l.decidedAt)}`,
						alignment: 'right',
						bold: true
					}
				]
			},
			{ text: `${l.body} ${l.meetingNumber}`, alignment: 'right', margin: [0, 2, 0, 16] },
			{ text: t('grantDocuments.letter.recipient'), bold: true },
			{ text: l.recipient, margin: [0, 0, 0, 16] },
			{ text: t('grantDocuments.letter.subject', { call: l.callTitle }), fontSize: 14, bold: true },
			...(l.applicationTitle
				? [{ text: t('grantDocuments.letter.appliedFor', { title: l.applicationTitle }) }]
				: []),
			heading(t('grantDocuments.letter.decision')),
			{ text: t(`grantDocuments.letter.outcome.${l.outcome}`, amounts) },
			{
				text: t('grantDocuments.letter.granted', { amount: euros(l.grantedCents) }),
				bold: true,
				margin: [0, 4, 0, 0]
			},
			heading(t('grantDocuments.letter.grounds')),
			{ text: l.grounds || t('grantDocuments.letter.defaultGrounds') },
			...(l.outcome === 'rejected' ? [] : grantSections(l)),
			...appealSection(l)
		],
		footer: (current, total) => ({
			text: t('grantDocuments.letter.page', { county: l.county, current, total }),
			alignment: 'center',
			fontSize: 8,
			color: '#555555'
		})
	};
}

/** The letter's file name, in its language. */
export function letterFilename(l: DecisionLetter): string {
	return `${translator(l.language).t('grantDocuments.letter.name')} ${l.recipient} ${l.callTitle}.pdf`;
}

export async function renderDecisionLetterPdf(letter: DecisionLetter): Promise<Buffer> {
	return pdfmake.createPdf(letterDefinition(letter)).getBuffer();
}
