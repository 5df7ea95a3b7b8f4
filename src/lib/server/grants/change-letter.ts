/**
 * The letter of a decision on a change application, in the recipient's
 * language (its profile's, Finnish or Swedish): what was asked, what was
 * decided and why, the period of use and report date an extension set, and
 * how to ask for a review (oikaisuvaatimus: to the county's body under which
 * the handler decides, 611/2021 on appeals).
 */
import { and, eq } from 'drizzle-orm';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ChangeDecision, ChangeKind } from '../../domain/grant-changes';
import { letterDate } from '../../domain/grant-minutes';
import type { RecordLanguage } from '../../domain/organisation-profile';
import type { Actor } from '../../domain/policy';
import { recordDate } from '../../domain/record-words';
import type { Queryable } from '../db/client';
import {
	body,
	grantChangeRequest,
	grantReport,
	organisation,
	organisationProfile,
	user
} from '../db/schema';
import { notFound } from '../errors';
import { pdfmake } from '../pdf/pdfmake';
import { authorizeGrant } from './grant';
import { countyName, heading, LETTER_PAGE } from './letter';

export interface ChangeLetter {
	language: RecordLanguage;
	county: string;
	/** The body the handler decides under, to which a request for a review goes. */
	body: string;
	recipient: string;
	callTitle: string;
	applicationTitle: string;
	kind: ChangeKind;
	description: string;
	reasons: string;
	requestedEndOn: string | null;
	decision: ChangeDecision;
	decisionReasons: string;
	previousEndOn: string | null;
	newEndOn: string | null;
	/** The final report's due date as it stands, shown when the period moved. */
	reportDueOn: string | null;
	decidedAt: Date;
	decidedBy: string;
}

/** What the letter says, once the change is decided, for whoever may read the grant. */
export function changeLetter(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	changeId: number,
	now = new Date()
): ChangeLetter {
	const { call, application } = authorizeGrant(db, actor, applicationId, now);
	const change = db
		.select()
		.from(grantChangeRequest)
		.where(
			and(eq(grantChangeRequest.id, changeId), eq(grantChangeRequest.applicationId, applicationId))
		)
		.get();
	if (!change || change.status === 'pending' || change.decidedAt === null) throw notFound();
	const recipient = db
		.select({ name: organisation.name, language: organisationProfile.language })
		.from(organisation)
		.leftJoin(organisationProfile, eq(organisationProfile.organisationId, organisation.id))
		.where(eq(organisation.id, application.organisationId))
		.get()!;
	return {
		language: recipient.language ?? 'fi',
		county: countyName(db, call.regionId),
		body: db.select({ name: body.name }).from(body).where(eq(body.id, call.decidingBodyId)).get()!
			.name,
		recipient: recipient.name,
		callTitle: call.title,
		applicationTitle: application.title,
		kind: change.kind,
		description: change.description,
		reasons: change.reasons,
		requestedEndOn: change.requestedEndOn,
		decision: change.status,
		decisionReasons: change.decisionReasons,
		previousEndOn: change.previousEndOn,
		newEndOn: change.decidedEndOn,
		reportDueOn:
			db
				.select({ dueOn: grantReport.dueOn })
				.from(grantReport)
				.where(and(eq(grantReport.applicationId, applicationId), eq(grantReport.kind, 'final')))
				.get()?.dueOn ?? null,
		decidedAt: change.decidedAt,
		decidedBy: db
			.select({ name: user.name })
			.from(user)
			.where(eq(user.id, change.decidedBy!))
			.get()!.name
	};
}

interface LetterWords {
	decisionHeading: string;
	letterTitle: string;
	recipient: string;
	grant: string;
	asked: string;
	kind: Record<ChangeKind, string>;
	requestedEnd: (date: string) => string;
	applicantReasons: string;
	decision: string;
	outcome: Record<ChangeDecision, string>;
	newPeriod: (l: ChangeLetter) => string;
	grounds: string;
	defaultGrounds: string;
	restStands: string;
	decidedBy: string;
	electronic: string;
	appealHeading: string;
	appeal: (l: ChangeLetter) => string[];
	page: (current: number, total: number) => string;
}

const WORDS: Record<RecordLanguage, LetterWords> = {
	fi: {
		decisionHeading: 'PÄÄTÖS',
		letterTitle: 'Päätös avustuksen muutoshakemukseen',
		recipient: 'Vastaanottaja',
		grant: 'Avustus',
		asked: 'Haettu muutos',
		kind: {
			extension: 'Avustuksen käyttöajan pidentäminen',
			budget: 'Talousarvion muutos',
			purpose: 'Käyttötarkoituksen muutos'
		},
		requestedEnd: (date) => `Haettu uusi käyttöajan päättymispäivä: ${date}`,
		applicantReasons: 'Hakijan perustelut',
		decision: 'Päätös',
		outcome: {
			accepted: 'Muutoshakemus hyväksytään haetun mukaisesti.',
			accepted_with_changes: 'Muutoshakemus hyväksytään muutettuna alla perustelluin tavoin.',
			rejected: 'Muutoshakemus hylätään.'
		},
		newPeriod: (l) =>
			`Avustuksen käyttöaika päättyy ${letterDate(l.newEndOn!)} (aiemmin ${letterDate(l.previousEndOn!)}).` +
			(l.reportDueOn
				? ` Käyttöselvitys on jätettävä viimeistään ${letterDate(l.reportDueOn)}.`
				: ''),
		grounds: 'Perustelut',
		defaultGrounds: 'Muutos on avustuspäätöksen ja haetun toiminnan tarkoituksen mukainen.',
		restStands: 'Muilta osin avustuspäätös ja sen ehdot ovat voimassa sellaisinaan.',
		decidedBy: 'Päätöksen tekijä',
		electronic: 'Päätös on tehty ja allekirjoitettu sähköisesti.',
		appealHeading: 'Oikaisuvaatimusohje',
		appeal: (l) => [
			'Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen. Päätökseen ei saa hakea muutosta valittamalla tuomioistuimeen.',
			'Oikaisuvaatimuksen saa tehdä asianosainen eli se, johon päätös on kohdistettu tai jonka oikeuteen, velvollisuuteen tai etuun päätös välittömästi vaikuttaa.',
			`Oikaisuvaatimus tehdään toimielimelle, jonka alaisena päätöksen tehnyt viranhaltija toimii: ${l.body}, ${l.county}.`,
			'Oikaisuvaatimus on tehtävä 14 päivän kuluessa päätöksen tiedoksisaannista. Tiedoksisaantipäivää ei lueta määräaikaan. Jos päätös on annettu tiedoksi sähköisesti, asianosaisen katsotaan saaneen siitä tiedon kolmantena päivänä viestin lähettämisestä, ellei muuta näytetä.',
			`Oikaisuvaatimuksesta on käytävä ilmi tekijän nimi ja yhteystiedot, päätös, johon oikaisua vaaditaan, millaista oikaisua vaaditaan ja millä perusteilla. Se toimitetaan määräajan kuluessa hyvinvointialueen kirjaamoon (${l.county}).`
		],
		page: (current, total) => `Sivu ${current} / ${total}`
	},
	sv: {
		decisionHeading: 'BESLUT',
		letterTitle: 'Beslut om ändringsansökan gällande understöd',
		recipient: 'Mottagare',
		grant: 'Understöd',
		asked: 'Ändring som ansökts',
		kind: {
			extension: 'Förlängning av understödets användningstid',
			budget: 'Ändring av budgeten',
			purpose: 'Ändring av användningsändamålet'
		},
		requestedEnd: (date) => `Ansökt nytt slutdatum för användningstiden: ${date}`,
		applicantReasons: 'Sökandens motivering',
		decision: 'Beslut',
		outcome: {
			accepted: 'Ändringsansökan godkänns i enlighet med ansökan.',
			accepted_with_changes: 'Ändringsansökan godkänns med de ändringar som motiveras nedan.',
			rejected: 'Ändringsansökan avslås.'
		},
		newPeriod: (l) =>
			`Understödets användningstid går ut ${letterDate(l.newEndOn!)} (tidigare ${letterDate(l.previousEndOn!)}).` +
			(l.reportDueOn ? ` Redovisningen ska lämnas senast ${letterDate(l.reportDueOn)}.` : ''),
		grounds: 'Motivering',
		defaultGrounds:
			'Ändringen är förenlig med syftet med beslutet om understöd och den verksamhet som ansökts.',
		restStands: 'I övrigt gäller beslutet om understöd och dess villkor oförändrade.',
		decidedBy: 'Beslutsfattare',
		electronic: 'Beslutet har fattats och undertecknats elektroniskt.',
		appealHeading: 'Anvisning om begäran om omprövning',
		appeal: (l) => [
			'Den som är missnöjd med beslutet kan skriftligen begära omprövning. Ändring i beslutet får inte sökas genom besvär hos domstol.',
			'Begäran om omprövning får göras av en part, det vill säga den som beslutet avser eller vars rätt, skyldighet eller fördel direkt påverkas av beslutet.',
			`Begäran om omprövning riktas till det organ under vilket den tjänsteinnehavare som fattat beslutet verkar: ${l.body}, ${l.county}.`,
			'Begäran om omprövning ska göras inom 14 dagar från delfåendet av beslutet. Dagen för delfåendet räknas inte in i tidsfristen. Om beslutet har delgetts elektroniskt anses parten ha fått del av det den tredje dagen efter att meddelandet sändes, om inte något annat visas.',
			`Av begäran ska framgå avsändarens namn och kontaktuppgifter, det beslut som avses, vilken ändring som yrkas och på vilka grunder. Den lämnas inom tidsfristen till välfärdsområdets registratorskontor (${l.county}).`
		],
		page: (current, total) => `Sida ${current} / ${total}`
	}
};

function letterDefinition(l: ChangeLetter): TDocumentDefinitions {
	const w = WORDS[l.language];
	const para = (text: string): Content => ({ text, margin: [0, 0, 0, 6] });
	return {
		...LETTER_PAGE,
		info: { title: `${w.letterTitle}: ${l.recipient}` },
		content: [
			{
				columns: [
					{ text: l.county, bold: true },
					{
						text: `${w.decisionHeading}\n${recordDate(l.decidedAt)}`,
						alignment: 'right',
						bold: true
					}
				],
				margin: [0, 0, 0, 16]
			},
			{ text: w.recipient, bold: true },
			{ text: l.recipient, margin: [0, 0, 0, 16] },
			{ text: w.letterTitle, fontSize: 14, bold: true },
			{ text: `${w.grant}: ${l.callTitle}${l.applicationTitle ? ` – ${l.applicationTitle}` : ''}` },
			heading(w.asked),
			{ text: w.kind[l.kind], bold: true },
			...(l.requestedEndOn ? [para(w.requestedEnd(letterDate(l.requestedEndOn)))] : []),
			...(l.description ? [para(l.description)] : []),
			heading(w.applicantReasons),
			para(l.reasons),
			heading(w.decision),
			para(w.outcome[l.decision]),
			...(l.newEndOn && l.previousEndOn ? [{ text: w.newPeriod(l), bold: true }] : []),
			heading(w.grounds),
			para(l.decisionReasons || w.defaultGrounds),
			...(l.decision === 'rejected' ? [] : [para(w.restStands)]),
			heading(w.decidedBy),
			{ text: [l.decidedBy, w.electronic].join('\n') },
			heading(w.appealHeading),
			...w.appeal(l).map(para)
		],
		footer: (current, total) => ({
			text: `${l.county} – ${w.page(current, total)}`,
			alignment: 'center',
			fontSize: 8,
			color: '#555555'
		})
	};
}

export async function renderChangeLetterPdf(letter: ChangeLetter): Promise<Buffer> {
	return pdfmake.createPdf(letterDefinition(letter)).getBuffer();
}

/** The letter's file name, in its language. */
export function changeLetterFileName(letter: ChangeLetter): string {
	return `${WORDS[letter.language].letterTitle} ${letter.recipient}.pdf`;
}
