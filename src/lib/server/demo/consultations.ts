/**
 * The demo's consultations: the regional welfare plan, co-written by the
 * coordinators, with a first round that closed weeks ago (comments from NGOs,
 * answered) and the second round open now, until a week from today, with
 * comments from two NGOs. Everything goes through the real use cases.
 */
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { appendParagraphs } from '../../documents/doc-schema';
import { readSections, sectionText } from '../../documents/plan-doc';
import { planDocName } from '../../domain/doc-name';
import { ZONE } from '../../domain/time';
import { loadActor } from '../auth/actor';
import { changeLiveDoc } from '../collab/store';
import type { Db } from '../db/client';
import { user } from '../db/schema';
import { addComment, answerComment } from '../consultations/comments';
import { createPlanDocument, freezeVersion, versionSections } from '../consultations/documents';
import { openRound } from '../consultations/rounds';
import { DEMO_PEOPLE, type DemoPersonKey } from './data';

const PLAN_SECTIONS = [
	{
		title: 'Johdanto',
		text: `Alueellinen hyvinvointisuunnitelma kokoaa hyvinvointialueen ja kuntien yhteiset tavoitteet hyvinvoinnin ja terveyden edistämiseksi valtuustokaudelle 2026–2029. Suunnitelma perustuu alueelliseen hyvinvointikertomukseen, kuntien hyvinvointikertomuksiin sekä järjestöiltä ja asukkailta koottuun tietoon.

Suunnitelma hyväksytään aluevaltuustossa, ja sen toteutumista seurataan vuosittain osana hyvinvointikertomusta ja talousarvion valmistelua.`
	},
	{
		title: 'Nykytila',
		text: `Pohjois-Karjalassa väestö ikääntyy ja vähenee erityisesti maaseutumaisissa kunnissa. Lasten ja nuorten mielen hyvinvoinnin haasteet ovat lisääntyneet, ja yksinäisyyttä kokevien ikäihmisten osuus on maan keskitasoa suurempi.

Järjestöt tuottavat merkittävän osan vertaistuesta, harrastustoiminnasta ja kohtaamispaikoista. Järjestökyselyn mukaan toiminnan jatkuvuutta heikentävät lyhyet avustuskaudet ja avustusten myöhäinen maksatus.`
	},
	{
		title: 'Tavoitteet',
		text: `Tavoite 1: Lasten ja nuorten mielen hyvinvointi vahvistuu, ja jokaisella on mahdollisuus mieluisaan harrastukseen.

Tavoite 2: Ikäihmisten toimintakyky ja osallisuus paranevat, ja yksinäisyys vähenee.

Tavoite 3: Järjestöjen toimintaedellytykset turvataan pitkäjänteisellä kumppanuudella.`
	},
	{
		title: 'Toimenpiteet',
		text: `Laajennetaan maksuton harrastustoiminta koulupäivän yhteyteen kaikissa alueen kunnissa yhdessä järjestöjen kanssa.

Perustetaan jokaiseen kuntaan matalan kynnyksen kohtaamispaikka, jota hyvinvointialue, kunta ja järjestöt ylläpitävät yhdessä.

Siirrytään järjestöjen toiminta-avustuksissa kaksivuotisiin avustuskausiin.`
	},
	{
		title: 'Seuranta ja arviointi',
		text: `Tavoitteiden toteutumista seurataan indikaattoreilla, jotka raportoidaan vuosittain alueelliseen hyvinvointikertomukseen. Järjestöt osallistuvat arviointiin HYTE-foorumissa ja järjestöjen neuvottelukunnassa.`
	}
];

/** What the first round changed in the plan: added to its measures before the second round. */
const ADDED_AFTER_FIRST_ROUND =
	'Vahvistetaan ikäihmisten kohtaamispaikkatoimintaa ja ystävätoimintaa yhdessä eläkeläis- ja vapaaehtoisjärjestöjen kanssa. Järjestöjen toiminta-avustukset maksetaan tammikuussa.';

/** A Helsinki wall-clock time `days` from `now`'s day. */
function dayAt(now: Date, days: number, hour: number): Date {
	return DateTime.fromJSDate(now, { zone: ZONE })
		.plus({ days })
		.set({ hour, minute: 0, second: 0, millisecond: 0 })
		.toJSDate();
}

export function seedDemoConsultations(db: Db, now: Date): void {
	const actor = (key: DemoPersonKey) => {
		const row = db.select().from(user).where(eq(user.name, DEMO_PEOPLE[key].name)).get();
		if (!row) throw new Error(`demo consultations: no user ${key}`);
		return loadActor(db, row);
	};
	const coordinator = actor('coordinator');
	const leena = actor('ngo');
	const outi = actor('familiesDirector');
	const raimo = actor('seniorsChair');

	const plan = createPlanDocument(
		db,
		coordinator,
		{
			kind: 'welfare_plan',
			title: 'Alueellinen hyvinvointisuunnitelma 2026–2029',
			sections: PLAN_SECTIONS
		},
		dayAt(now, -75, 10)
	);
	const instructions =
		'Kommentoikaa erityisesti tavoitteita ja toimenpiteitä: ovatko ne oikeat, ja miten järjestönne voisi osallistua niiden toteuttamiseen?';

	// The first round, on the first draft: closed, its comments answered.
	const first = freezeVersion(db, coordinator, plan.id, dayAt(now, -61, 15));
	// Sections keep their ids from version to version.
	const sectionId = (title: string) => versionSections(first).find((s) => s.title === title)!.id;
	const closed = openRound(
		db,
		coordinator,
		plan.id,
		first.id,
		{
			title: 'Hyvinvointisuunnitelman luonnos: ensimmäinen kommenttikierros',
			instructions,
			audience: { kind: 'region_ngos', organisationIds: [], bodyIds: [] },
			opensAt: dayAt(now, -60, 9),
			closesAt: dayAt(now, -39, 16)
		},
		dayAt(now, -60, 9)
	);
	const seniors = addComment(
		db,
		raimo,
		closed.id,
		{
			sectionId: sectionId('Nykytila'),
			quote: 'yksinäisyyttä kokevien ikäihmisten osuus on maan keskitasoa suurempi',
			body: 'Yksinäisyys näkyy kerhoissamme joka viikko. Suunnitelman toimenpiteistä puuttuu kokonaan ikäihmisten kohtaamispaikat ja ystävätoiminta, jota järjestöt jo tekevät.',
			onBehalfOfOrganisation: true,
			parentId: null
		},
		dayAt(now, -55, 11)
	);
	const families = addComment(
		db,
		outi,
		closed.id,
		{
			sectionId: sectionId('Toimenpiteet'),
			quote: 'kaksivuotisiin avustuskausiin',
			body: 'Kaksivuotiset avustuskaudet ovat hyvä asia. Yhtä tärkeää on, että avustus maksetaan alkuvuodesta: keväällä maksettu avustus on liian myöhään palkkojen kannalta.',
			onBehalfOfOrganisation: true,
			parentId: null
		},
		dayAt(now, -50, 14)
	);
	const mind = addComment(
		db,
		leena,
		closed.id,
		{
			sectionId: sectionId('Tavoitteet'),
			quote: '',
			body: 'Ehdotamme tavoitteeksi myös aikuisten mielenterveyden edistämisen. Nyt mielen hyvinvointi mainitaan vain lasten ja nuorten kohdalla.',
			onBehalfOfOrganisation: false,
			parentId: null
		},
		dayAt(now, -45, 9)
	);
	answerComment(
		db,
		coordinator,
		closed.id,
		seniors.id,
		{
			outcome: 'accepted',
			text: 'Lisäsimme toimenpiteisiin ikäihmisten kohtaamispaikka- ja ystävätoiminnan yhdessä järjestöjen kanssa.'
		},
		dayAt(now, -35, 10)
	);
	answerComment(
		db,
		coordinator,
		closed.id,
		families.id,
		{
			outcome: 'partly',
			text: 'Avustusten maksatus siirretään tammikuuhun. Palkkakuluja koskevat ehdot valmistellaan avustusperiaatteissa syksyllä.'
		},
		dayAt(now, -35, 10)
	);
	answerComment(
		db,
		coordinator,
		closed.id,
		mind.id,
		{
			outcome: 'rejected',
			text: 'Aikuisten mielenterveystyö on mukana hyvinvointialueen palvelustrategiassa, joten sitä ei toisteta tässä suunnitelmassa.'
		},
		dayAt(now, -35, 11)
	);

	// The plan as revised after the first round, and the second round on it: open for a week more.
	changeLiveDoc(db, planDocName(plan.id), (doc) => {
		const measures = readSections(doc).find((s) => s.title === 'Toimenpiteet')!;
		appendParagraphs(sectionText(doc, measures.id), ADDED_AFTER_FIRST_ROUND);
	});
	const second = freezeVersion(db, coordinator, plan.id, dayAt(now, -2, 15));
	const open = openRound(
		db,
		coordinator,
		plan.id,
		second.id,
		{
			title: 'Hyvinvointisuunnitelma 2026–2029: lausuntokierros',
			instructions,
			audience: { kind: 'region_ngos', organisationIds: [], bodyIds: [] },
			opensAt: dayAt(now, -1, 9),
			closesAt: dayAt(now, 7, 16)
		},
		dayAt(now, -1, 9)
	);
	const statement = addComment(
		db,
		leena,
		open.id,
		{
			sectionId: sectionId('Toimenpiteet'),
			quote: 'matalan kynnyksen kohtaamispaikka',
			body: 'Mielenvireä Karjala ry on valmis vastaamaan kohtaamispaikkojen vertaistuesta Joensuussa ja Lieksassa. Kohtaamispaikoille tarvitaan pysyvät tilat, ei vain hankerahoitusta.',
			onBehalfOfOrganisation: true,
			parentId: null
		},
		dayAt(now, -1, 13)
	);
	addComment(
		db,
		outi,
		open.id,
		{
			sectionId: sectionId('Seuranta ja arviointi'),
			quote: '',
			body: 'Toivomme, että seurantaan otetaan mukaan myös järjestöjen oma tieto, esimerkiksi kohtaamispaikkojen kävijämäärät ja vapaaehtoisten määrä.',
			onBehalfOfOrganisation: true,
			parentId: null
		},
		dayAt(now, -1, 15)
	);
	addComment(
		db,
		outi,
		open.id,
		{
			sectionId: '',
			quote: '',
			body: 'Perheapila on mukana Lieksan kohtaamispaikassa perheiden osalta.',
			onBehalfOfOrganisation: false,
			parentId: statement.id
		},
		dayAt(now, -1, 16)
	);
}
