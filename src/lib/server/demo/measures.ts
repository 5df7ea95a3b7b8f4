/**
 * The demo's goals and measures. Last year's strategic HYTE negotiation is
 * held, minuted and signed through the real use cases; its decisions yield a
 * goal and measures for the county and several municipalities (Liperi, the
 * demo director's, among them) in every status, one of them overdue. The
 * latest past negotiation adds two measures that need money in next year's
 * budget, for the September planning list. Dates are relative to `now`.
 */
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { meetingDay } from '../../domain/year-plan';
import {
	appendParagraphs,
	createItemMap,
	itemsOf,
	newItemId,
	readItems,
	textOf
} from '../../documents/doc-schema';
import { docName } from '../../domain/doc-name';
import type { MeasureStatus } from '../../domain/measures';
import { helsinkiYear, isoDate, ZONE } from '../../domain/time';
import type { Actor } from '../../domain/policy';
import { changeLiveDoc } from '../collab/store';
import type { Db } from '../db/client';
import { demoActor, demoOrganisationIds } from './people';
import { body, indicator } from '../db/schema';
import { listAttendance } from '../meetings/rows';
import { projectItems } from '../meetings/projection';
import {
	recordMeetingTimes,
	scheduleMeeting,
	sendMinutesToReview,
	setAttendanceStatus,
	startMeeting
} from '../meetings/service';
import { recordMeasure, updateMeasureStatus, type MeasureInput } from '../measures/service';
import { approveMinutes, publishMinutes } from '../records/signoff';
import { reindexMeeting } from '../search/index';
import { DEMO_BODIES, type DemoOrganisationKey, type DemoPersonKey } from './data';

const STRATEGIC = DEMO_BODIES.find((b) => b.level === 'strategic')!.name;
const DAY = 24 * 60 * 60_000;

interface Topic {
	title: string;
	proposal: string;
	discussion: string;
	decision: string;
}

const topic = (year: number): Topic => ({
	title: `Yhteiset HYTE-tavoitteet ja toimenpiteet ${year}`,
	proposal:
		'Sovitaan vuoden yhteiset tavoitteet, toimenpiteet ja niiden vastuutahot hyvinvointikertomusten pohjalta.',
	discussion:
		'Keskusteltiin lasten ja nuorten mielenterveydestä, liikkumisesta ja ikäihmisten yksinäisyydestä. Kunnat kertoivat omista painopisteistään.',
	decision:
		'Hyväksyttiin yhteinen tavoite ja toimenpiteet vastuutahoineen. Toteutumista seurataan seuraavassa arviointikokouksessa.'
});

interface DemoMeasure {
	title: string;
	kind?: 'goal';
	/** Index of the goal in the list that this measure serves. */
	goal?: number;
	owners: DemoOrganisationKey[];
	responsible?: DemoPersonKey;
	responsibleName?: string;
	amountEuros?: number;
	/** Days from now; negative for a due date already passed. */
	dueInDays?: number;
	indicator?: string;
	/** Status updates in order: who, the status, the comment, days after the meeting. */
	updates: [DemoPersonKey, MeasureStatus, string, number][];
}

const LAST_YEAR: DemoMeasure[] = [
	{
		title: 'Lasten ja nuorten mielenterveys vahvistuu',
		kind: 'goal',
		owners: ['county', 'liperi', 'joensuu'],
		responsible: 'hyteManager',
		updates: [
			[
				'coordinator',
				'in_progress',
				'Toimenpiteet käynnistyneet kaikissa mukana olevissa kunnissa.',
				60
			]
		]
	},
	{
		title: 'Liikuntatuokiot päivittäin kaikkiin alakouluihin',
		goal: 0,
		owners: ['liperi', 'kontiolahti'],
		responsibleName: 'sivistysjohtajat',
		amountEuros: 18000,
		dueInDays: -45,
		indicator: 'Liikuntasuositusten mukaisesti liikkuvat',
		updates: [
			[
				'director',
				'in_progress',
				'Liperissä käynnissä kuudessa koulussa, kaksi koulua puuttuu vielä.',
				120
			]
		]
	},
	{
		title: 'Nuorten matalan kynnyksen mielenterveyspalvelu Ohjaamoon',
		goal: 0,
		owners: ['county', 'joensuu'],
		responsible: 'hyteManager',
		amountEuros: 45000,
		dueInDays: 90,
		updates: [
			['hyteManager', 'in_progress', 'Työntekijä rekrytoitu, palvelu avautuu syyskuussa.', 90],
			[
				'joensuuCoordinator',
				'done',
				'Palvelu avattiin Ohjaamossa; kävijöitä noin 40 viikossa.',
				200
			]
		]
	},
	{
		title: 'Ikäihmisten kohtaamispaikat kylätaloille',
		owners: ['liperi', 'outokumpu', 'county'],
		responsible: 'liperiCoordinator',
		dueInDays: 150,
		indicator: 'Yksinäisyyttä kokevat 75 vuotta täyttäneet',
		updates: [
			[
				'liperiCoordinator',
				'not_started',
				'Aloitus siirtyy, kun kylätalojen vuokrasopimukset on tehty.',
				150
			]
		]
	},
	{
		title: 'Järjestöavustusten toinen hakukierros syksyllä',
		owners: ['county'],
		responsible: 'partnershipManager',
		updates: [
			['coordinator', 'dropped', 'Luovuttiin: asia siirtyy avustusperiaatteiden uudistukseen.', 100]
		]
	},
	{
		title: 'Ehkäisevän päihdetyön yhteinen toimintamalli',
		owners: ['county', 'liperi', 'joensuu', 'kitee'],
		responsibleName: 'ehkäisevän päihdetyön verkosto',
		dueInDays: 30,
		updates: [
			[
				'joensuuCoordinator',
				'in_progress',
				'Toimintamallin luonnos verkoston kommentoitavana.',
				80
			],
			[
				'kiteeCoordinator',
				'done',
				'Toimintamalli hyväksytty kaikissa neljässä organisaatiossa.',
				180
			]
		]
	},
	{
		title: 'Perhekeskusten avoimet kohtaamispaikat kaikkiin kuntiin',
		goal: 0,
		owners: ['county', 'lieksa'],
		responsible: 'lieksaCoordinator',
		dueInDays: 240,
		updates: []
	}
];

/** Measures for this year, agreed in last year's negotiation, whose money belongs in next year's budget. */
const NEXT_BUDGET: DemoMeasure[] = [
	{
		title: 'Liikuntaneuvonnan vakinaistaminen',
		owners: ['county', 'liperi'],
		responsible: 'hyteManager',
		amountEuros: 60000,
		updates: []
	},
	{
		title: 'Jalkautuva nuorisotyö ja mielenterveyden ensiapu',
		owners: ['joensuu', 'kontiolahti'],
		responsibleName: 'nuorisotoimen päälliköt',
		amountEuros: 35000,
		updates: []
	}
];

export function seedDemoMeasures(db: Db, now: Date): void {
	const strategic = db.select().from(body).where(eq(body.name, STRATEGIC)).get();
	if (!strategic) throw new Error('demo seed: no strategic body');
	const actorOf = (key: DemoPersonKey) => demoActor(db, key);
	const orgId = demoOrganisationIds(db, strategic.regionId);
	const indicatorId = (prefix: string) =>
		db
			.select({ id: indicator.id, name: indicator.name })
			.from(indicator)
			.where(eq(indicator.regionId, strategic.regionId))
			.all()
			.find((i) => i.name.startsWith(prefix))?.id;

	const coordinator = actorOf('coordinator');
	const lastYear = helsinkiYear(now) - 1;
	const held = holdNegotiation(db, strategic.id, lastYear, {
		secretary: actorOf('hyteManager'),
		chair: actorOf('countyDirector'),
		coordinator
	});

	const record = (
		list: DemoMeasure[],
		source: { meetingId: number; itemKey: string },
		budgetYear: number,
		at: Date,
		needsNextYearBudget: boolean
	) => {
		const ids: number[] = [];
		for (const m of list) {
			const linked = m.indicator ? indicatorId(m.indicator) : undefined;
			const input: MeasureInput = {
				kind: m.kind ?? 'measure',
				parentId: m.goal === undefined ? null : ids[m.goal],
				title: m.title,
				description: '',
				ownerOrganisationIds: m.owners.map(orgId),
				responsibleUserId: m.responsible ? actorOf(m.responsible).userId : null,
				responsibleName: m.responsibleName ?? '',
				budgetYear,
				amountEuros: m.amountEuros ?? null,
				needsNextYearBudget,
				dueDate:
					m.dueInDays === undefined ? null : isoDate(new Date(now.getTime() + m.dueInDays * DAY)),
				indicatorIds: linked ? [linked] : []
			};
			const created = recordMeasure(db, coordinator, source, input, at);
			ids.push(created.id);
			for (const [who, status, comment, days] of m.updates) {
				updateMeasureStatus(
					db,
					actorOf(who),
					created.id,
					{ status, comment },
					new Date(Math.min(at.getTime() + days * DAY, now.getTime() - DAY))
				);
			}
		}
	};
	record(LAST_YEAR, held, lastYear, new Date(held.closedAt.getTime() + 3 * DAY), false);

	// Two decisions are this year's work whose money must also go into next year's budget: the September milestone lists them.
	record(NEXT_BUDGET, held, lastYear + 1, new Date(held.closedAt.getTime() + 3 * DAY), true);
}

/**
 * Last year's spring negotiation: scheduled, its agenda prepared, held with
 * everyone present, minuted, approved by the secretary and the chair, and
 * published, through the same use cases the pages use.
 */
function holdNegotiation(
	db: Db,
	bodyId: number,
	year: number,
	people: {
		secretary: Actor;
		chair: Actor;
		coordinator: Actor;
	}
): { meetingId: number; itemKey: string; closedAt: Date } {
	// Mid-March, on a working day.
	const startsAt = meetingDay(DateTime.fromObject({ year, month: 3, day: 12 }, { zone: ZONE }))
		.set({ hour: 13 })
		.toJSDate();
	const endsAt = DateTime.fromJSDate(startsAt, { zone: ZONE })
		.plus({ hours: 2, minutes: 30 })
		.toJSDate();
	const { secretary, chair } = people;
	const created = scheduleMeeting(db, secretary, bodyId, {
		title: '',
		startsAt,
		endsAt,
		place: 'Joensuu, Carelicum',
		onlineUrl: ''
	});
	const agreed = topic(year);
	db.transaction((tx) => {
		const agenda = changeLiveDoc(tx, docName('agenda', created.id), (doc) => {
			const id = newItemId();
			// After the opening and the approval of the agenda, as the standard items stand.
			itemsOf(doc).insert(2, [
				createItemMap({ id, title: agreed.title, presenter: 'HYTE-päällikkö' })
			]);
			appendParagraphs(textOf(doc, 'proposal', id), agreed.proposal);
		});
		projectItems(tx, created.id, agenda);
	});
	startMeeting(db, secretary, created.id, new Date(startsAt.getTime() + 2 * 60_000));
	for (const person of listAttendance(db, created.id))
		setAttendanceStatus(db, secretary, created.id, person.id, 'present');
	let itemKey = '';
	const minutes = changeLiveDoc(db, docName('minutes', created.id), (doc) => {
		for (const item of readItems(doc)) {
			const ours = item.title === agreed.title;
			if (ours) itemKey = item.id;
			appendParagraphs(textOf(doc, 'discussion', item.id), ours ? agreed.discussion : 'Todettiin.');
			appendParagraphs(
				textOf(doc, 'decision', item.id),
				ours ? agreed.decision : 'Hyväksyttiin esityksen mukaisesti.'
			);
		}
	});
	projectItems(db, created.id, minutes);
	const closedAt = new Date(endsAt.getTime() - 10 * 60_000);
	recordMeetingTimes(db, secretary, created.id, {
		openedAt: new Date(startsAt.getTime() + 2 * 60_000),
		closedAt
	});
	sendMinutesToReview(db, secretary, created.id, closedAt, closedAt);
	approveMinutes(db, secretary, created.id, new Date(closedAt.getTime() + DAY));
	approveMinutes(db, chair, created.id, new Date(closedAt.getTime() + 2 * DAY));
	publishMinutes(db, secretary, created.id, new Date(closedAt.getTime() + 3 * DAY));
	reindexMeeting(db, created.id);
	return { meetingId: created.id, itemKey, closedAt };
}
