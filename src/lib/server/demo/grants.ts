/**
 * The demo's NGO grants, through the same use cases the pages use. The county
 * has its three baskets with this and next year's appropriations and the eight
 * activity classes of its grant model. Last year's operating-grant call and a
 * partnership call were decided in a meeting of the strategic negotiation:
 * decision letters, instalments, two reports (one accepted, one overdue) and
 * the partnership's goals in the measures follow-up. This year's operating
 * call for next year is open, with three applications in different states.
 * Every NGO and person is fictional; dates are relative to `now`.
 */
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { docName } from '../../domain/doc-name';
import {
	type ApplicationAttachmentKind,
	type Criterion,
	type GrantBasket
} from '../../domain/grants';
import { helsinkiYear, isoDate, ZONE } from '../../domain/time';
import { meetingDay } from '../../domain/year-plan';
import { readItems, textOf, appendParagraphs } from '../../documents/doc-schema';
import { questionRows, type CallInput } from '../../schemas/grant-calls';
import { DEFAULT_REPORT_QUESTIONS } from '../../domain/grant-report-questions';
import type { ApplicationDraft } from '../../schemas/grant-applications';
import type { Actor } from '../../domain/policy';
import { changeLiveDoc } from '../collab/store';
import type { Db } from '../db/client';
import { seedDemoOpenData } from './grants-open-data';
import { seedDemoMerger, seedDemoProfiles } from './grants-profile';
import { nameColleague } from '../organisations/profile';
import { askDemoCompletion, seedDemoDocuments } from './grants-documents';
import { demoActor, demoOrganisationIds } from './people';
import { body, grantInstalment, grantReport } from '../db/schema';
import { addActivityClass } from '../grants/activity-classes';
import { addApplicationFile } from '../grants/application-files';
import {
	checkEligibility,
	startApplication,
	saveDraft,
	submitApplication
} from '../grants/applications';
import { declareConflict, saveAssessment } from '../grants/assessment';
import { createBasket, setAppropriation } from '../grants/baskets';
import { createCall, publishCall } from '../grants/calls';
import { recordDecision } from '../grants/decision';
import { submitReport } from '../grants/followup';
import { markInstalmentPaid } from '../grants/grant';
import { enterPaperApplication } from '../grants/paper-applications';
import { putProposalOnAgenda, saveProposal, type ProposalEntry } from '../grants/proposal';
import { recordMeasure } from '../measures/service';
import { listAttendance } from '../meetings/rows';
import { projectItems } from '../meetings/projection';
import {
	recordMeetingTimes,
	scheduleMeeting,
	sendMinutesToReview,
	setAttendanceStatus,
	startMeeting
} from '../meetings/service';
import { approveMinutes, publishMinutes } from '../records/signoff';
import {
	DEMO_BODIES,
	DEMO_ORGANISATIONS,
	DEMO_PEOPLE,
	type DemoOrganisationKey,
	type DemoPersonKey
} from './data';
import { seedDemoGrantChanges } from './grants-changes';
import { seedDemoPayments } from './grants-payments';
import { demoAnswers, seedGrantFollowup } from './grants-followup';
import { declareDemoDisqualification } from './grants-disqualification';
import { seedDemoReuse } from './grants-reuse';
import { demoPdf } from './meetings';

const STRATEGIC = DEMO_BODIES.find((b) => b.level === 'strategic')!.name;
const NETWORK = DEMO_BODIES.find((b) => b.level === 'coordinator_network')!.name;
const DAY = 24 * 60 * 60_000;

/** The county's classes with the municipalities' classes of the same field beside them. */
const ACTIVITY_CLASSES: [string, string][] = [
	['Sote-palveluihin kiinnittyvä kulttuurihyvinvointityö', 'Kulttuurityö'],
	[
		'Potilas- ja vammaisjärjestöjen kohderyhmilleen tarjoama toiminta',
		'Osallisuus ja virkistystoiminta'
	],
	[
		'Soten lapsiperhepalveluihin kiinnittyvä toiminta',
		'Lapsi- ja nuorisotyö, avoimet kohtaamispaikat'
	],
	['Mielenterveys- ja päihdepalveluihin kiinnittyvä toiminta ja kriisityö', 'Yhteisöllisyys'],
	[
		'Ikäihmisten ja muiden kotona asumisen tukemiseen liittyvä toiminta',
		'Ikäihmisten toiminta (mm. eläkeläisjärjestöt), osallisuus ja virkistystoiminta'
	],
	['Sote-palveluihin kiinnittyvä työtoiminnan tukeminen', 'Työttömyyden ehkäisy ja tuki'],
	['Järjestöjen tarjoama toimintakyvyn tuki sotaveteraaneille ja -invalideille', '–'],
	[
		'Pelastuslaitoksen toimintaan kiinnittyvä turvallisuus ja varautuminen',
		'Turvallisuus ja varautuminen'
	]
];

const BASKETS: {
	kind: GrantBasket;
	name: string;
	description: string;
	share?: number;
	euros: [number, number];
}[] = [
	{
		kind: 'operating',
		name: 'Järjestöjen toiminta-avustukset',
		description:
			'Yleisavustus järjestön sote-palveluihin kiinnittyvään toimintaan. Haku kerran vuodessa syksyllä.',
		euros: [450_000, 480_000]
	},
	{
		kind: 'partnership',
		name: 'Kumppanuussopimukset',
		description:
			'Neuvotellut monivuotiset sopimukset yhteisine tavoitteineen, rahoituksella tai ilman.',
		euros: [120_000, 120_000]
	},
	{
		kind: 'project',
		name: 'Hankeavustukset',
		description: 'Jatkuva haku kehittämishankkeille. Hakijalta edellytetään omarahoitusosuutta.',
		share: 10,
		euros: [80_000, 90_000]
	}
];

const CRITERIA: Criterion[] = [
	{ name: 'Toiminnan vaikuttavuus ja kytkös sote-palveluihin', weight: 3 },
	{ name: 'Kohderyhmän tarve ja tavoittavuus', weight: 2 },
	{ name: 'Talousarvion realistisuus', weight: 1 }
];

const INSTRUCTIONS =
	'Avustusta voi hakea Pohjois-Karjalassa toimiva rekisteröity yhdistys tai säätiö sote-palveluihin kiinnittyvään toimintaan. Täytä hakemus, liitä säännöt, viimeisin tilinpäätös ja toimintakertomus sekä toimintasuunnitelma, ja lähetä hakemus ennen hakuajan päättymistä. Tapahtumat ja tilat voivat kuulua avustettavaan toimintaan osana yhdistyksen vuosisuunnitelmaa. Kysy neuvoa järjestöyhteistyön koordinaattorilta.';
const CONDITIONS =
	'Järjestön palvelut on kuvattu Lähellä.fi-palvelussa tai Palvelutietovarannossa (PTV). Avustettava toiminta kohdistuu Pohjois-Karjalaan ja on eriteltävissä kirjanpidossa.';
const REQUIRED: ApplicationAttachmentKind[] = ['statutes', 'financial_statements', 'plan'];

interface DemoApplication {
	ngo: DemoOrganisationKey;
	applicant: DemoPersonKey;
	title: string;
	activity: string;
	classIndex: number;
	targetGroups: string;
	municipalities: DemoOrganisationKey[];
	euros: number;
}

const LAST_YEAR_APPLICATIONS: (DemoApplication & { grantedEuros: number; grounds: string })[] = [
	{
		ngo: 'mentalHealth',
		applicant: 'ngo',
		title: 'Mielenterveyskuntoutujien vertaistuki ja kriisipuhelin',
		activity:
			'Viikoittaiset vertaistukiryhmät Joensuussa, Lieksassa ja Kiteellä sekä iltaisin päivystävä kriisipuhelin. Toiminta täydentää aikuisten mielenterveyspalveluja.',
		classIndex: 3,
		targetGroups: 'Mielenterveyskuntoutujat ja heidän läheisensä',
		municipalities: ['joensuu', 'lieksa', 'kitee'],
		euros: 42_000,
		grantedEuros: 42_000,
		grounds: 'Toiminta kiinnittyy mielenterveyspalveluihin ja tavoittaa laajasti kohderyhmänsä.'
	},
	{
		ngo: 'villages',
		applicant: 'villagesChair',
		title: 'Kotona asuvien ikäihmisten kyläapu',
		activity:
			'Kyläavustajat käyvät yksin asuvien ikäihmisten luona ja järjestävät kuljetuksia asiointiin.',
		classIndex: 4,
		targetGroups: 'Yksin asuvat yli 75-vuotiaat haja-asutusalueella',
		municipalities: ['ilomantsi', 'lieksa', 'nurmes'],
		euros: 30_000,
		grantedEuros: 18_000,
		grounds:
			'Avustus myönnetään kyläavustajien toimintaan. Kuljetukset ovat kunnan asiointiliikenteen tehtävä, eikä niihin myönnetä avustusta.'
	},
	{
		ngo: 'seniors',
		applicant: 'seniorsChair',
		title: 'Senioreiden virkistysretket',
		activity: 'Kaksi virkistysretkeä vuodessa jäsenistölle.',
		classIndex: 4,
		targetGroups: 'Yhdistyksen jäsenet',
		municipalities: ['joensuu'],
		euros: 6_000,
		grantedEuros: 0,
		grounds:
			'Virkistystoiminta on kunnan avustettavaa toimintaa (kunnan toimintaluokka ”Osallisuus ja virkistystoiminta”). Ohjaamme hakemaan avustusta Joensuun kaupungilta.'
	},
	{
		ngo: 'sportsClub',
		applicant: 'sportsClubCoach',
		title: 'Liikuntakerhot syrjäkylien nuorille',
		activity:
			'Viikoittaiset liikuntakerhot kolmella kyläkoululla nuorille, joilla ei ole harrastusmahdollisuuksia lähellä.',
		classIndex: 4,
		targetGroups: '10–17-vuotiaat haja-asutusalueella',
		municipalities: ['lieksa', 'nurmes'],
		euros: 12_000,
		grantedEuros: 8_000,
		grounds:
			'Avustus myönnetään kahden kerhon toimintaan; kolmannelle kerholle ei esitetty ohjaajaa.'
	},
	{
		// A Swedish-speaking association: its letter is in Swedish (grants-documents.ts).
		ngo: 'gemenskap',
		applicant: 'gemenskapChair',
		title: 'Kamratstöd på svenska för barnfamiljer',
		activity:
			'Svenskspråkiga kamratstödsgrupper och familjeträffar varannan vecka i Joensuu för familjer som har flyttat till regionen.',
		classIndex: 2,
		targetGroups: 'Svenskspråkiga barnfamiljer',
		municipalities: ['joensuu'],
		euros: 9_000,
		grantedEuros: 9_000,
		grounds: 'Toiminta tavoittaa ruotsinkieliset lapsiperheet, joille alueella on vähän palveluja.'
	}
];

const PARTNERSHIP: DemoApplication & { grantedEuros: number; grounds: string } = {
	ngo: 'carers',
	applicant: 'carersChair',
	title: 'Omaishoitajien tuen kumppanuus',
	activity:
		'Omaishoitajien valmennus, vertaisryhmät ja lakisääteisten vapaiden aikainen tuki yhdessä hyvinvointialueen omaishoidon palvelujen kanssa.',
	classIndex: 4,
	targetGroups: 'Omaishoitajat ja hoidettavat',
	municipalities: ['joensuu', 'liperi', 'outokumpu', 'kitee'],
	euros: 40_000,
	grantedEuros: 40_000,
	grounds: 'Kumppanuussopimuksen tavoitteet on neuvoteltu yhdessä omaishoidon palvelujen kanssa.'
};

const PARTNERSHIP_GOALS: { title: string; kind?: 'goal'; dueInDays?: number }[] = [
	{ title: 'Omaishoitajien jaksaminen paranee', kind: 'goal' },
	{ title: 'Omaishoitajavalmennus kaikissa neljässä kunnassa', dueInDays: 120 },
	{ title: 'Vertaisryhmä jokaiseen kuntaan, jossa sopimus on voimassa', dueInDays: 200 }
];

/** Each with its assessors' scores, and the handler's proposal in euros with its reason. */
const PROJECT_APPLICATIONS: [DemoApplication, number[], number, string][] = [
	[
		{
			ngo: 'villages',
			applicant: 'villagesChair',
			title: 'Kylien turvallisuusverkosto',
			activity:
				'Kehitetään kylille naapuriapu- ja varautumisverkosto yhdessä pelastuslaitoksen kanssa: harjoitukset, yhteystietoketjut ja kylien turvallisuussuunnitelmat.',
			classIndex: 7,
			targetGroups: 'Haja-asutusalueiden asukkaat',
			municipalities: ['ilomantsi', 'lieksa'],
			euros: 24_000
		},
		[4, 4, 3],
		20_000,
		'Harjoitukset ja suunnitelmat rahoitetaan; yhteystietojärjestelmän hankinta kuuluu pelastuslaitokselle.'
	],
	[
		{
			ngo: 'families',
			applicant: 'familiesDirector',
			title: 'Perheolohuoneesta perhekeskuksen kumppani',
			activity:
				'Kaksivuotinen kehittämishanke, jossa perheolohuoneen vapaaehtoistoiminta kytketään perhekeskuksen palveluohjaukseen.',
			classIndex: 2,
			targetGroups: 'Lapsiperheet',
			municipalities: ['joensuu', 'kontiolahti'],
			euros: 36_000
		},
		[5, 4, 4],
		36_000,
		'Hanke kytkee järjestön toiminnan perhekeskuksen palveluohjaukseen, kuten hankeavustusten painopisteissä on linjattu.'
	],
	[
		// The handler has asked the demo NGO to complete its budget (grants-documents.ts).
		{
			ngo: 'mentalHealth',
			applicant: 'ngo',
			title: 'Kriisipuhelimen chat nuorille',
			activity:
				'Kokeillaan vuoden ajan kriisipuhelimen rinnalla chat-päivystystä nuorille iltaisin ja viikonloppuisin.',
			classIndex: 3,
			targetGroups: 'Nuoret ja nuoret aikuiset',
			municipalities: ['joensuu', 'nurmes'],
			euros: 18_000
		},
		[4, 3, 3],
		15_000,
		'Kokeilu rahoitetaan päivystäjien palkkioihin; laitehankinnat jäävät omarahoitukseksi.'
	]
];

const THIS_YEAR_APPLICATIONS: DemoApplication[] = [
	{
		ngo: 'mentalHealth',
		applicant: 'ngo',
		title: 'Mielenterveyskuntoutujien vertaistuki ja kriisipuhelin',
		activity:
			'Jatkamme vertaisryhmiä ja kriisipuhelinta; uutena nuorten aikuisten ryhmä Nurmekseen.',
		classIndex: 3,
		targetGroups: 'Mielenterveyskuntoutujat, nuoret aikuiset ja läheiset',
		municipalities: ['joensuu', 'lieksa', 'kitee', 'nurmes'],
		euros: 48_000
	},
	{
		ngo: 'families',
		applicant: 'familiesDirector',
		title: 'Perheiden kotiapu ja olohuonetoiminta',
		activity:
			'Vapaaehtoisten kotiapu vauvaperheille ja avoin perheolohuone perhekeskuksen yhteydessä.',
		classIndex: 2,
		targetGroups: 'Vauvaperheet ja pikkulapsiperheet',
		municipalities: ['joensuu', 'kontiolahti', 'liperi'],
		euros: 25_000
	},
	{
		ngo: 'sportsClub',
		applicant: 'sportsClubCoach',
		title: 'Nuorten harrastusvuorot',
		activity: 'Salivuorojen vuokrat junioritoimintaan.',
		classIndex: 2,
		targetGroups: 'Alakouluikäiset',
		municipalities: ['kontiolahti'],
		euros: 8_000
	}
];

/** Sent on paper by post; the coordinator entered it with its scan. */
const PAPER_APPLICATION: DemoApplication = {
	ngo: 'seniors',
	applicant: 'seniorsChair',
	title: 'Senioreiden liikuntaryhmät kylätaloilla',
	activity:
		'Viikoittaiset tuolijumppa- ja kävelyryhmät neljällä kylätalolla vapaaehtoisten ohjaajien voimin.',
	classIndex: 4,
	targetGroups: 'Yli 70-vuotiaat kotona asuvat',
	municipalities: ['joensuu'],
	euros: 4_500
};

function euros(amount: number): string {
	return String(amount);
}

export async function seedDemoGrants(db: Db, now: Date, attachmentsDir: string): Promise<void> {
	const strategic = db.select().from(body).where(eq(body.name, STRATEGIC)).get();
	if (!strategic) throw new Error('demo seed: no strategic body');
	const actorOf = (key: DemoPersonKey) => demoActor(db, key);
	const orgId = demoOrganisationIds(db, strategic.regionId);
	const coordinator = actorOf('coordinator');
	const year = helsinkiYear(now);

	const basketIds = new Map<GrantBasket, number>();
	for (const b of BASKETS) {
		const created = createBasket(db, coordinator, {
			kind: b.kind,
			name: b.name,
			description: b.description,
			selfFinancingPercent: b.share ?? 0
		});
		basketIds.set(b.kind, created.id);
		setAppropriation(db, coordinator, created.id, year, euros(b.euros[0]));
		setAppropriation(db, coordinator, created.id, year + 1, euros(b.euros[1]));
	}
	const classIds = ACTIVITY_CLASSES.map(
		([name, municipalityClasses]) =>
			addActivityClass(db, coordinator, { name, municipalityClasses }).id
	);
	const assessors = [actorOf('hyteManager'), actorOf('partnershipManager')];

	const callInput = (
		basket: GrantBasket,
		title: string,
		budgetYear: number,
		opensAt: Date,
		closesAt: Date,
		schedule: { dueOn: string; percent: number }[],
		reportDueOn: string | null,
		assessorIds: number[] = assessors.map((a) => a.userId),
		decidingBodyId = strategic.id
	): CallInput => ({
		basketId: basketIds.get(basket)!,
		budgetYear,
		title,
		instructions: INSTRUCTIONS,
		conditions: CONDITIONS,
		criteria: CRITERIA.map((c, i) => ({ row: i + 1, name: c.name, weight: String(c.weight) })),
		classIds,
		requiredAttachments: REQUIRED,
		schedule: schedule.map((s, i) => ({ row: i + 1, dueOn: s.dueOn, percent: String(s.percent) })),
		reportDueOn,
		reportQuestions: questionRows(DEFAULT_REPORT_QUESTIONS),
		paymentType: 'scheduled',
		costCentre: '4410',
		account: '6850',
		opensAt,
		closesAt,
		decidingBodyId,
		handlerIds: [],
		assessorIds
	});

	const draftOf = (a: DemoApplication, declaration: boolean): ApplicationDraft => ({
		title: a.title,
		activity: a.activity,
		activityClassId: classIds[a.classIndex]!,
		targetGroups: a.targetGroups,
		municipalityIds: a.municipalities.map(orgId),
		amountRequestedCents: a.euros * 100,
		budget: {
			costs: [
				{ label: 'Palkat ja palkkiot', cents: Math.round(a.euros * 70) },
				{ label: 'Tilat ja tarvikkeet', cents: Math.round(a.euros * 45) }
			],
			income: [{ label: 'Osallistumismaksut', cents: Math.round(a.euros * 15) }],
			ownFundingCents: 0
		},
		declarationAccepted: declaration
	});

	/** Adds the application's attachments of the kinds given, as `who` (its NGO, or the handler of a paper one). */
	const attach = async (
		who: Actor,
		id: number,
		a: DemoApplication,
		kinds: ApplicationAttachmentKind[],
		at: Date
	) => {
		for (const kind of kinds) {
			const label = {
				statutes: 'Säännöt',
				financial_statements: 'Tilinpäätös',
				plan: 'Toimintasuunnitelma'
			}[kind as 'statutes'];
			const bytes = await demoPdf(
				label,
				`${label}: ${DEMO_ORGANISATIONS[a.ngo].name}`,
				a.title,
				a.activity
			);
			await addApplicationFile(
				db,
				who,
				id,
				{ kind, filename: `${label}.pdf`, bytes },
				at,
				attachmentsDir
			);
		}
	};

	/** Starts, fills in and (unless told otherwise) submits an application with its attachments. */
	const apply = async (
		callId: number,
		a: DemoApplication,
		at: Date,
		submit: boolean
	): Promise<number> => {
		const applicant = actorOf(a.applicant);
		const id = startApplication(db, applicant, callId, at);
		saveDraft(db, applicant, id, draftOf(a, false), at);
		await attach(applicant, id, a, submit ? REQUIRED : REQUIRED.slice(0, 1), at);
		if (submit) submitApplication(db, applicant, id, draftOf(a, true), at);
		return id;
	};

	// Last year: the operating grants and a partnership for this year, decided in December.
	const lastYear = year - 1;
	const opened = DateTime.fromObject(
		{ year: lastYear, month: 9, day: 1, hour: 8 },
		{ zone: ZONE }
	).toJSDate();
	const closed = DateTime.fromObject(
		{ year: lastYear, month: 10, day: 31, hour: 16 },
		{ zone: ZONE }
	).toJSDate();
	const decisionDay = meetingDay(
		DateTime.fromObject({ year: lastYear, month: 12, day: 10 }, { zone: ZONE })
	).set({
		hour: 13
	});
	// The report was due five weeks ago, so one of the two is overdue whenever the demo starts.
	const reportDue = isoDate(new Date(now.getTime() - 37 * DAY));
	const operating = createCall(
		db,
		coordinator,
		callInput(
			'operating',
			`Toiminta-avustukset ${year}`,
			year,
			opened,
			closed,
			[
				{ dueOn: `${year}-02-15`, percent: 60 },
				{ dueOn: `${year}-08-14`, percent: 40 }
			],
			reportDue
		),
		opened
	);
	seedDemoDocuments(db, coordinator, opened);
	publishCall(db, coordinator, operating.id, opened);
	const partnership = createCall(
		db,
		coordinator,
		callInput(
			'partnership',
			`Kumppanuussopimukset ${year}–${year + 2}`,
			year,
			opened,
			closed,
			[{ dueOn: `${year}-02-15`, percent: 100 }],
			null
		),
		opened
	);
	publishCall(db, coordinator, partnership.id, opened);

	seedDemoProfiles(db, coordinator, actorOf, orgId, new Date(opened.getTime() - 30 * DAY));
	const submittedAt = new Date(closed.getTime() - 5 * DAY);
	const operatingIds: number[] = [];
	for (const a of LAST_YEAR_APPLICATIONS)
		operatingIds.push(await apply(operating.id, a, submittedAt, true));
	const partnershipId = await apply(partnership.id, PARTNERSHIP, submittedAt, true);

	// Both assessors score; the partnership manager sits on the carers' board and declares a conflict there.
	const assessedAt = new Date(closed.getTime() + 7 * DAY);
	const scores = [
		[5, 4, 4],
		[4, 5, 3],
		[2, 2, 4],
		[3, 4, 3],
		[4, 4, 4]
	];
	operatingIds.forEach((id, i) => {
		for (const assessor of assessors)
			saveAssessment(
				db,
				assessor,
				id,
				{ intent: 'complete', comment: '', scores: scores[i]! },
				assessedAt
			);
	});
	saveAssessment(
		db,
		assessors[0]!,
		partnershipId,
		{ intent: 'complete', comment: 'Tavoitteet neuvoteltu.', scores: [5, 4, 4] },
		assessedAt
	);
	declareConflict(
		db,
		assessors[1]!,
		partnershipId,
		{ ground: 'position', specification: 'hakijajärjestön hallituksen jäsen' },
		assessedAt
	);

	const proposedAt = new Date(closed.getTime() + 14 * DAY);
	saveProposal(
		db,
		coordinator,
		operating.id,
		LAST_YEAR_APPLICATIONS.map((a, i) => ({
			applicationId: operatingIds[i]!,
			cents: a.grantedEuros * 100,
			reason: a.grounds
		})),
		proposedAt
	);
	saveProposal(
		db,
		coordinator,
		partnership.id,
		[
			{
				applicationId: partnershipId,
				cents: PARTNERSHIP.grantedEuros * 100,
				reason: PARTNERSHIP.grounds
			}
		],
		proposedAt
	);

	const held = await holdDecisionMeeting(db, strategic.id, decisionDay.toJSDate(), {
		secretary: actorOf('hyteManager'),
		chair: actorOf('countyDirector'),
		coordinator,
		proposedAt,
		calls: [
			{
				callId: operating.id,
				entries: LAST_YEAR_APPLICATIONS.map((a, i) => ({
					applicationId: operatingIds[i]!,
					cents: a.grantedEuros * 100,
					grounds: a.grounds
				}))
			},
			{
				callId: partnership.id,
				entries: [
					{
						applicationId: partnershipId,
						cents: PARTNERSHIP.grantedEuros * 100,
						grounds: PARTNERSHIP.grounds
					}
				]
			}
		],
		attachmentsDir
	});

	seedGrantFollowup(db, {
		decidedAt: decisionDay.toJSDate(),
		now,
		coordinator,
		colleague: actorOf('ngoCoordinator'),
		partnershipCallId: partnership.id,
		accepted: { applicationId: operatingIds[1]!, by: actorOf('villagesChair') },
		returned: { applicationId: operatingIds[0]!, by: actorOf('ngo') },
		refused: { applicationId: operatingIds[3]!, by: actorOf('sportsClubCoach') },
		partnership: { applicationId: partnershipId, by: actorOf('carersChair') }
	});
	seedDemoOpenData(db, coordinator, operatingIds[1]!, decisionDay.toJSDate());
	seedDemoPayments(db, {
		now,
		springDueOn: `${year}-02-15`
	});

	// Payments on their dates. The mental health association's report was sent back and is
	// overdue again; the villages' waits for the handler, and so does their last instalment.
	for (const applicationId of [operatingIds[0]!, operatingIds[1]!, partnershipId]) {
		for (const instalment of db
			.select()
			.from(grantInstalment)
			.where(eq(grantInstalment.applicationId, applicationId))
			.all()) {
			const due = new Date(`${instalment.dueOn}T10:00:00Z`);
			// The villages' last instalment is held until the handler accepts their report.
			const held = applicationId === operatingIds[1] && instalment.dueOn >= `${year}-06-01`;
			// The spring instalments went out in a payment batch (grants-payments.ts).
			if (due < now && !held && instalment.paidAt === null)
				markInstalmentPaid(db, coordinator, applicationId, instalment.id, due);
		}
	}
	const reportOf = (applicationId: number) =>
		db.select().from(grantReport).where(eq(grantReport.applicationId, applicationId)).all();
	const sentAt = new Date(now.getTime() - 20 * DAY);
	const villagesReport = reportOf(operatingIds[1]!)[0];
	if (villagesReport)
		submitReport(
			db,
			actorOf('villagesChair'),
			operatingIds[1]!,
			villagesReport.id,
			{
				answers: demoAnswers(villagesReport.kind, {
					done: 'Kyläavustajat tekivät 410 kotikäyntiä kolmessa kunnassa. Avustus käytettiin avustajien palkkioihin ja matkakuluihin.',
					reached: '126',
					changed:
						'Yksin asuvat ikäihmiset pääsivät asioimaan ja mukaan kylätalojen toimintaan; kaksi kylää perusti oman kahvilan.'
				}),
				usedCents: 1_800_000
			},
			sentAt
		);

	seedDemoGrantChanges(db, now, year, partnershipId, operatingIds);

	// The partnership's goals go into the measures follow-up, owned by the carers and the county.
	const partnershipItem = held.itemKeys.get(partnership.id)!;
	const goals: number[] = [];
	for (const g of PARTNERSHIP_GOALS)
		goals.push(
			recordMeasure(
				db,
				coordinator,
				{ meetingId: held.meetingId, itemKey: partnershipItem },
				{
					kind: g.kind ?? 'measure',
					parentId: g.kind ? null : goals[0]!,
					title: g.title,
					description: `Kumppanuussopimus: ${DEMO_ORGANISATIONS.carers.name}`,
					ownerOrganisationIds: [orgId('carers'), orgId('county')],
					responsibleUserId: null,
					responsibleName: DEMO_PEOPLE.carersChair.name,
					budgetYear: year,
					amountEuros: null,
					needsNextYearBudget: false,
					dueDate:
						g.dueInDays === undefined ? null : isoDate(new Date(now.getTime() + g.dueInDays * DAY)),
					indicatorIds: []
				},
				new Date(held.closedAt.getTime() + 3 * DAY)
			).id
		);

	// This year: next year's operating grants, open now, three applications in different states.
	const thisOpened = new Date(now.getTime() - 30 * DAY);
	// Within a week, so the demo NGO's draft has had its reminder (grants-reuse.ts).
	const thisCloses = DateTime.fromJSDate(new Date(now.getTime() + 6 * DAY), { zone: ZONE })
		.set({ hour: 16, minute: 0, second: 0, millisecond: 0 })
		.toJSDate();
	const current = createCall(
		db,
		coordinator,
		callInput(
			'operating',
			`Toiminta-avustukset ${year + 1}`,
			year + 1,
			thisOpened,
			thisCloses,
			[
				{ dueOn: `${year + 1}-01-31`, percent: 60 },
				{ dueOn: `${year + 1}-06-30`, percent: 40 }
			],
			`${year + 2}-01-31`,
			// The administrative manager (a demo account) assesses with the HYTE manager.
			[actorOf('secretary').userId, assessors[0]!.userId]
		),
		thisOpened
	);
	publishCall(db, coordinator, current.id, thisOpened);
	const [draft, submitted, ineligible] = THIS_YEAR_APPLICATIONS;
	// The demo NGO account's own application is a draft with one attachment, waiting for the rest.
	const draftId = await apply(current.id, draft!, new Date(now.getTime() - 3 * DAY), false);
	// A colleague, named by the contact to act for the NGO, has carried on with its texts since
	// (the page shows who changed what).
	const colleague = actorOf('ngoColleague');
	nameColleague(
		db,
		actorOf('ngo'),
		colleague.organisationId,
		colleague.userId,
		new Date(now.getTime() - 3 * DAY)
	);
	saveDraft(
		db,
		colleague,
		draftId,
		{
			...draftOf(draft!, false),
			activity: `${draft!.activity}\n\nVertaisohjaajat koulutetaan syksyllä kahtena viikonloppuna.`,
			targetGroups: `${draft!.targetGroups} sekä vertaisohjaajat`
		},
		new Date(now.getTime() - 2 * DAY)
	);
	const submittedId = await apply(current.id, submitted!, new Date(now.getTime() - 6 * DAY), true);
	saveAssessment(
		db,
		assessors[0]!,
		submittedId,
		{
			intent: 'save',
			comment: 'Kesken: tarkistan kuntien perhekeskusten tilanteen.',
			scores: [4, null, null]
		},
		new Date(now.getTime() - 2 * DAY)
	);
	const ineligibleId = await apply(
		current.id,
		ineligible!,
		new Date(now.getTime() - 10 * DAY),
		true
	);
	checkEligibility(
		db,
		coordinator,
		ineligibleId,
		{
			verdict: 'ineligible',
			note: 'Salivuorot kuuluvat kunnan liikuntatoiminnan avustuksiin. Ohjaamme hakemaan Kontiolahden kunnalta.'
		},
		new Date(now.getTime() - 4 * DAY)
	);
	// The seniors sent theirs by post: the coordinator entered it with its scan and sent it on.
	const paperAt = new Date(now.getTime() - 5 * DAY);
	const paperId = await enterPaperApplication(
		db,
		coordinator,
		current.id,
		{
			organisationId: orgId(PAPER_APPLICATION.ngo),
			receivedOn: isoDate(new Date(now.getTime() - 7 * DAY)),
			scan: {
				filename: 'paperihakemus.pdf',
				bytes: await demoPdf(
					'Avustushakemus',
					DEMO_ORGANISATIONS[PAPER_APPLICATION.ngo].name,
					PAPER_APPLICATION.title,
					PAPER_APPLICATION.activity
				)
			}
		},
		paperAt,
		attachmentsDir
	);
	await attach(coordinator, paperId, PAPER_APPLICATION, REQUIRED, paperAt);
	submitApplication(db, coordinator, paperId, draftOf(PAPER_APPLICATION, true), paperAt);
	seedDemoMerger(db, actorOf, orgId, new Date(now.getTime() - 2 * DAY));

	const network = db.select().from(body).where(eq(body.name, NETWORK)).get();
	if (!network) throw new Error('demo seed: no coordinator network');
	await seedProjectCalls(db, now, year, {
		apply,
		callInput,
		coordinator,
		assessors,
		networkId: network.id
	});
	await seedDemoReuse(db, {
		now,
		year,
		ngo: actorOf('ngo'),
		coordinator,
		smallGrantsCall: (title, opensAt, closesAt) =>
			callInput(
				'operating',
				title,
				year + 1,
				opensAt,
				closesAt,
				[{ dueOn: `${year + 1}-03-31`, percent: 100 }],
				`${year + 2}-01-31`
			),
		statutesAt: new Date(opened.getTime() - 30 * DAY),
		attachmentsDir
	});
}

/**
 * Project grants: this year's call closed ten days ago, its two applications
 * assessed and proposed, the proposal waiting to go on the coordinator
 * network's agenda; next year's call is a draft the coordinator is still writing.
 */
async function seedProjectCalls(
	db: Db,
	now: Date,
	year: number,
	demo: {
		apply: (callId: number, a: DemoApplication, at: Date, submit: boolean) => Promise<number>;
		callInput: (
			basket: GrantBasket,
			title: string,
			budgetYear: number,
			opensAt: Date,
			closesAt: Date,
			schedule: { dueOn: string; percent: number }[],
			reportDueOn: string | null,
			assessorIds?: number[],
			decidingBodyId?: number
		) => CallInput;
		coordinator: Actor;
		assessors: Actor[];
		networkId: number;
	}
): Promise<void> {
	const { apply, callInput, coordinator, assessors, networkId } = demo;
	const opensAt = new Date(now.getTime() - 120 * DAY);
	const closesAt = new Date(now.getTime() - 10 * DAY);
	const schedule = [{ dueOn: `${year + 1}-03-31`, percent: 100 }];
	const ids = assessors.map((a) => a.userId);
	const closed = createCall(
		db,
		coordinator,
		callInput(
			'project',
			`Hankeavustukset ${year}`,
			year,
			opensAt,
			closesAt,
			schedule,
			null,
			ids,
			networkId
		),
		opensAt
	);
	publishCall(db, coordinator, closed.id, opensAt);
	const submittedAt = new Date(closesAt.getTime() - 3 * DAY);
	const assessedAt = new Date(closesAt.getTime() + 4 * DAY);
	const proposal: ProposalEntry[] = [];
	for (const [a, scores, proposedEuros, reason] of PROJECT_APPLICATIONS) {
		const id = await apply(closed.id, a, submittedAt, true);
		for (const assessor of assessors)
			saveAssessment(db, assessor, id, { intent: 'complete', comment: '', scores }, assessedAt);
		proposal.push({ applicationId: id, cents: proposedEuros * 100, reason });
	}
	saveProposal(db, coordinator, closed.id, proposal, new Date(assessedAt.getTime() + DAY));
	askDemoCompletion(db, coordinator, proposal.at(-1)!.applicationId, now);
	createCall(
		db,
		coordinator,
		callInput(
			'project',
			`Hankeavustukset ${year + 1}`,
			year + 1,
			new Date(now.getTime() + 60 * DAY),
			new Date(now.getTime() + 180 * DAY),
			[{ dueOn: `${year + 2}-03-31`, percent: 100 }],
			null,
			ids,
			networkId
		),
		now
	);
}

/**
 * The December meeting of the strategic negotiation that decides the grants:
 * the proposals go on its agenda, the meeting is held, the decisions recorded
 * in the minutes, which are approved (settling the grants) and published.
 */
async function holdDecisionMeeting(
	db: Db,
	bodyId: number,
	startsAt: Date,
	people: {
		secretary: Actor;
		chair: Actor;
		coordinator: Actor;
		proposedAt: Date;
		calls: {
			callId: number;
			entries: { applicationId: number; cents: number; grounds: string }[];
		}[];
		attachmentsDir: string;
	}
): Promise<{ meetingId: number; itemKeys: Map<number, string>; closedAt: Date }> {
	const { secretary, chair, coordinator } = people;
	const endsAt = new Date(startsAt.getTime() + 2 * 60 * 60_000);
	const created = scheduleMeeting(db, secretary, bodyId, {
		title: 'Järjestöavustukset',
		startsAt,
		endsAt,
		place: 'Joensuu, Carelicum',
		onlineUrl: ''
	});
	const itemKeys = new Map<number, string>();
	for (const { callId } of people.calls) {
		const { itemKey } = await putProposalOnAgenda(
			db,
			coordinator,
			callId,
			{ meetingId: created.id, confirmed: false },
			people.proposedAt,
			people.attachmentsDir
		);
		itemKeys.set(callId, itemKey);
	}
	const openedAt = new Date(startsAt.getTime() + 2 * 60_000);
	startMeeting(db, secretary, created.id, openedAt);
	for (const person of listAttendance(db, created.id))
		setAttendanceStatus(db, secretary, created.id, person.id, 'present');
	declareDemoDisqualification(
		db,
		secretary,
		created.id,
		itemKeys.get(people.calls[0]!.callId)!,
		new Date(openedAt.getTime() + 25 * 60_000)
	);
	const minutes = changeLiveDoc(db, docName('minutes', created.id), (doc) => {
		for (const item of readItems(doc)) {
			if ([...itemKeys.values()].includes(item.id)) continue;
			appendParagraphs(textOf(doc, 'decision', item.id), 'Hyväksyttiin esityksen mukaisesti.');
		}
	});
	projectItems(db, created.id, minutes);
	for (const { callId, entries } of people.calls)
		recordDecision(db, secretary, callId, entries, new Date(openedAt.getTime() + 30 * 60_000));
	const closedAt = new Date(endsAt.getTime() - 15 * 60_000);
	recordMeetingTimes(db, secretary, created.id, { openedAt, closedAt });
	sendMinutesToReview(db, secretary, created.id, closedAt, closedAt);
	approveMinutes(db, secretary, created.id, new Date(closedAt.getTime() + DAY));
	approveMinutes(db, chair, created.id, new Date(closedAt.getTime() + 2 * DAY));
	publishMinutes(db, secretary, created.id, new Date(closedAt.getTime() + 3 * DAY));
	return { meetingId: created.id, itemKeys, closedAt };
}
