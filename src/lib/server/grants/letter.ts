/**
 * The decision letter (päätöskirje) an applicant gets: in the Finnish form,
 * with the decision, its grounds, the conditions, the payment schedule, the
 * reporting duty and the instructions for a request for a review
 * (oikaisuvaatimusohje: a county's decision is first reviewed by the body
 * that made it, Act on Wellbeing Services Counties 611/2021, on appeals).
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { decidedOutcome, letterDate, type Outcome } from '../../domain/grant-minutes';
import { formatEuros, type ReportKind } from '../../domain/grants';
import { numberOf } from '../../domain/meetings';
import type { Actor } from '../../domain/policy';
import { recordDate } from '../../domain/record-words';
import type { Queryable } from '../db/client';
import { body, grantInstalment, grantReport, meeting, organisation, region } from '../db/schema';
import { pdfmake } from '../pdf/pdfmake';
import { authorizeGrant } from './grant';

export interface DecisionLetter {
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
		.select({ name: organisation.name })
		.from(organisation)
		.where(eq(organisation.id, application.organisationId))
		.get()!.name;
	return {
		county,
		recipient,
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
			.all()
	};
}

const euros = (cents: number) => formatEuros(cents, 'fi-FI');

const OUTCOME_SENTENCE: Record<DecisionLetter['outcome'], (l: DecisionLetter) => string> = {
	granted: (l) =>
		`${l.body} on myöntänyt hakijalle avustusta ${euros(l.grantedCents)} haetun mukaisesti.`,
	partly_granted: (l) =>
		`${l.body} on myöntänyt hakijalle avustusta ${euros(l.grantedCents)}. Haettu määrä oli ${euros(l.requestedCents)}, joten avustus myönnettiin osittain.`,
	rejected: (l) =>
		`${l.body} on hylännyt hakemuksen. Haettu määrä oli ${euros(l.requestedCents)}; avustusta ei myönnetty.`
};

const REPORT_NAME: Record<ReportKind, string> = {
	interim: 'Väliselvitys avustuksen käytöstä',
	final: 'Käyttöselvitys (loppuraportti)'
};

/** The request for a review: to whom, by when, in what form and with what content. */
export function appealInstructions(l: Pick<DecisionLetter, 'body' | 'county'>): string[] {
	return [
		`Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen. Päätökseen ei saa hakea muutosta valittamalla tuomioistuimeen.`,
		`Oikaisuvaatimuksen saa tehdä asianosainen eli se, johon päätös on kohdistettu tai jonka oikeuteen, velvollisuuteen tai etuun päätös välittömästi vaikuttaa.`,
		`Oikaisuvaatimus tehdään toimielimelle, joka teki päätöksen: ${l.body}, ${l.county}.`,
		`Oikaisuvaatimus on tehtävä 14 päivän kuluessa päätöksen tiedoksisaannista. Tiedoksisaantipäivää ei lueta määräaikaan. Jos päätös on annettu tiedoksi sähköisesti, asianosaisen katsotaan saaneen siitä tiedon kolmantena päivänä viestin lähettämisestä, ellei muuta näytetä. Jos määräajan viimeinen päivä on pyhäpäivä, itsenäisyyspäivä, vapunpäivä, joulu- tai juhannusaatto tai arkilauantai, saa oikaisuvaatimuksen tehdä ensimmäisenä arkipäivänä sen jälkeen.`,
		`Oikaisuvaatimuksesta on käytävä ilmi: vaatimuksen tekijän nimi ja yhteystiedot (postiosoite ja mahdollinen sähköpostiosoite), päätös, johon oikaisua vaaditaan, millaista oikaisua vaaditaan ja millä perusteilla. Oikaisuvaatimuksen tekijän, laillisen edustajan tai asiamiehen on allekirjoitettava vaatimus, jollei se ole sähköinen asiakirja, josta tekijä käy ilmi. Sähköinen asiakirja ei tarvitse allekirjoitusta.`,
		`Oikaisuvaatimus toimitetaan määräajan kuluessa hyvinvointialueen kirjaamoon (${l.county}) postitse, sähköpostitse tai henkilökohtaisesti kirjaamon aukioloaikana. Oikaisuvaatimuksen on oltava perillä ennen määräajan päättymistä. Lähetys on lähettäjän vastuulla.`
	];
}

export const heading = (text: string): Content => ({
	text,
	bold: true,
	fontSize: 11,
	margin: [0, 12, 0, 4]
});

/** What a grant carries: its conditions, payments and reports. */
function grantSections(l: DecisionLetter): Content[] {
	return [
		heading('Avustuksen ehdot'),
		{
			text: [
				l.conditions,
				'Avustus on käytettävä hakemuksessa kuvattuun toimintaan päätöksen mukaisesti. Käyttämättä jäänyt tai ehtojen vastaisesti käytetty avustus voidaan periä takaisin.'
			]
				.filter(Boolean)
				.join('\n\n')
		},
		heading('Maksatus'),
		{
			ul: l.instalments.map((i) => `${letterDate(i.dueOn)}: ${euros(i.amountCents)}`)
		},
		heading('Raportointivelvollisuus'),
		{
			ul: l.reports.map((r) => `${REPORT_NAME[r.kind]} viimeistään ${letterDate(r.dueOn)}`)
		},
		{
			text: 'Selvitys jätetään sovelluksessa avustuksen sivulla. Siinä kerrotaan, mitä avustuksella tehtiin ja paljonko siitä käytettiin.',
			margin: [0, 4, 0, 0]
		}
	];
}

/** The page every letter of the county is set on. */
export const LETTER_PAGE = {
	pageSize: 'A4',
	pageMargins: [60, 60, 60, 60],
	defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 }
} satisfies Partial<TDocumentDefinitions>;

function letterDefinition(l: DecisionLetter): TDocumentDefinitions {
	const date = recordDate(l.decidedAt);
	return {
		...LETTER_PAGE,
		info: { title: `Avustuspäätös: ${l.recipient}` },
		content: [
			{
				columns: [
					{ text: l.county, bold: true },
					{ text: `PÄÄTÖS\n${date}`, alignment: 'right', bold: true }
				]
			},
			{ text: `${l.body} ${l.meetingNumber}`, alignment: 'right', margin: [0, 2, 0, 16] },
			{ text: 'Vastaanottaja', bold: true },
			{ text: l.recipient, margin: [0, 0, 0, 16] },
			{ text: `Järjestöavustus: ${l.callTitle}`, fontSize: 14, bold: true },
			...(l.applicationTitle ? [{ text: `Haettu toimintaan: ${l.applicationTitle}` }] : []),
			heading('Päätös'),
			{ text: OUTCOME_SENTENCE[l.outcome](l) },
			{ text: `Myönnetty avustus: ${euros(l.grantedCents)}`, bold: true, margin: [0, 4, 0, 0] },
			heading('Perustelut'),
			{ text: l.grounds || 'Päätös tehtiin esityksen ja hakemusten arvioinnin perusteella.' },
			...(l.outcome === 'rejected' ? [] : grantSections(l)),
			heading('Oikaisuvaatimusohje'),
			...appealInstructions(l).map((text) => ({
				text,
				margin: [0, 0, 0, 6] as [number, number, number, number]
			}))
		],
		footer: (current, total) => ({
			text: `${l.county} – Sivu ${current} / ${total}`,
			alignment: 'center',
			fontSize: 8,
			color: '#555555'
		})
	};
}

export async function renderDecisionLetterPdf(letter: DecisionLetter): Promise<Buffer> {
	return pdfmake.createPdf(letterDefinition(letter)).getBuffer();
}
