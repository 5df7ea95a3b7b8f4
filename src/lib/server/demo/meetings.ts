/**
 * Demo meetings relative to today: past ones with complete, approved minutes
 * (published for public bodies), one set of minutes waiting for its chair,
 * upcoming ones with agendas in preparation (the next of each public body
 * invited) and background documents attached, and meetings running right now (the coordinator network and the
 * HYTE forum) with minutes already started.
 */
import { and, asc, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import {
	appendParagraphs,
	createAgendaDoc,
	createMinutesDoc,
	readItems,
	textOf,
	writeChairSentences
} from '../../documents/doc-schema';
import { docName } from '../../domain/doc-name';
import type { MeetingStatus } from '../../domain/meetings';
import { STANDARD_AGENDA } from '../../domain/minutes';
import { ZONE } from '../../domain/time';
import { meetingDay } from '../../domain/year-plan';
import { listMembers } from '../bodies/rows';
import { storeNewDoc } from '../collab/store';
import type { Db, Queryable } from '../db/client';
import { loadActor } from '../auth/actor';
import {
	agendaItem,
	attendance,
	body,
	meeting,
	membership,
	presenceEvent,
	user,
	type Body
} from '../db/schema';
import { addAttachment } from '../attachments/service';
import { sendMinutesToReview } from '../meetings/service';
import { pdfmake } from '../pdf/pdfmake';
import { renderRecordPdf } from '../records/pdf';
import { approveMinutes, publishMinutes } from '../records/signoff';
import { effectiveRecord } from '../records/stored';
import { projectItems } from '../meetings/projection';
import { listItems } from '../meetings/rows';
import { askableOrganisations, askOrganisation } from '../meetings/requests';
import { DEMO_ORGANISATIONS, DEMO_PEOPLE } from './data';
import { reindexMeeting } from '../search/index';

interface Topic {
	title: string;
	proposal: string;
	presenter?: string;
	discussion: string;
	decision: string;
	public?: boolean;
	/** Why a non-public item is not public. */
	reason?: string;
}

/** The items each body discusses, between the standard opening and closing items. */
const TOPICS: Record<string, Topic[]> = {
	'HYTE-neuvottelut (strateginen taso)': [
		{
			title: 'Edellisen vuoden arviointi ja tilinpäätös',
			proposal:
				'Käydään läpi hyvinvointikertomuksen seurantaindikaattorit kunnittain ja tilinpäätöksen HYTE-osuudet.',
			discussion:
				'Todettiin, että lasten ja nuorten mielenterveyden indikaattorit ovat heikentyneet useimmissa kunnissa.',
			decision:
				'Merkittiin arvio tiedoksi. Mielenterveyden edistäminen nostetaan ensi vuoden painopisteeksi.'
		},
		{
			title: 'Mihin päätetään panostaa ensi vuonna',
			proposal:
				'Sovitaan yhteiset panostukset, jotka viedään kuntien ja hyvinvointialueen talousarvioihin.',
			discussion:
				'Keskusteltiin liikkumisen edistämisestä ja järjestöjen toiminta-avustusten aikataulusta.',
			decision: 'Hyväksyttiin kolme yhteistä panostusta valmistelun pohjaksi.'
		}
	],
	Kuntayhteistyöryhmä: [
		{
			title: 'Hyvinvointialueen järjestöavustukset',
			proposal:
				'Esitellään alustava ehdotus järjestöavustusten avustuskoreista ja jaottelusta kuntien ja hyvinvointialueen kesken.',
			presenter: 'kumppanuuspäällikkö',
			discussion:
				'Käytiin vilkas keskustelu avustusten jaottelusta. Kunnat päättävät itse omien avustustensa kriteereistä.',
			decision:
				'Merkittiin tiedoksi. Avustusperiaatteet valmistellaan edelleen yhdessä järjestöjen kanssa.'
		},
		{
			title: 'Hyvinvointikertomuksen aikataulu',
			proposal: 'Sovitaan laajan hyvinvointikertomuksen valmistelun aikataulu valtuustokaudelle.',
			discussion:
				'Todettiin, että kuntien ja alueen aikataulut kannattaa sovittaa talousarvion rytmiin.',
			decision: 'Hyväksyttiin aikataulu esityksen mukaisesti.'
		}
	],
	Hyvinvointikoordinaattoriverkosto: [
		{
			title: 'Strategisen tason neuvottelujen valmistelu',
			proposal:
				'Valmistellaan syyskuun HYTE-neuvottelujen esityslista ja kuntakohtaiset tilannekuvat.',
			discussion:
				'Sovittiin, että jokainen koordinaattori kokoaa oman kuntansa indikaattorit yhteiseen pohjaan.',
			decision: 'Valmisteluvastuut jaettiin liitteen mukaisesti.'
		},
		{
			title: 'Yhteinen vuosikello talousarvion rytmissä',
			proposal:
				'Käydään läpi kuntien HYTE-vuosikellot ja sovitetaan ne hyvinvointialueen talousarvioprosessiin.',
			discussion: 'Todettiin, että avustusten maksatus keväällä on järjestöille liian myöhään.',
			decision: 'Vuosikelloluonnos viedään kuntayhteistyöryhmän käsittelyyn.'
		}
	],
	'HYTE-foorumi': [
		{
			title: 'Järjestöjen näkemykset hyvinvointisuunnitelmaan',
			proposal: 'Kuullaan järjestöjen näkemykset alueellisen hyvinvointisuunnitelman luonnoksesta.',
			discussion: 'Järjestöt toivoivat osallisuuden keinoihin myös kylätoimintaa ja vertaistukea.',
			decision: 'Näkemykset kirjataan ja välitetään suunnitelman valmisteluun.'
		},
		{
			title: 'Päihdetyön yhteistyö',
			proposal:
				'Sovitaan ehkäisevän päihdetyön yhteistyöstä kuntien, alueen ja järjestöjen kesken.',
			discussion: 'Päihdetyön verkostoon nimettiin yhteyshenkilöt kustakin kunnasta.',
			decision: 'Hyväksyttiin yhteistyömalli jatkovalmistelun pohjaksi.'
		}
	],
	'Järjestöasiain neuvottelukunta JANE': [
		{
			title: 'Järjestöavustusten periaatteet',
			proposal:
				'Annetaan lausunto hyvinvointialueen järjestöavustusten periaatteista ja kriteereistä.',
			discussion: 'Neuvottelukunta painotti avoimuutta, yhdenvertaisuutta ja selkeää aikataulua.',
			decision: 'Lausunto hyväksyttiin keskustelun pohjalta täydennettynä.'
		},
		{
			title: 'Yksittäisen järjestön avustushakemus',
			proposal: 'Käsitellään järjestön liikesalaisuuksia sisältävä selvitys.',
			discussion: 'Käsiteltiin selvitys.',
			decision: 'Merkittiin tiedoksi.',
			public: false,
			reason: 'JulkL 24 § 1 mom. 20 k (liikesalaisuus)'
		}
	],
	Perhekeskusverkosto: [
		{
			title: 'Perhekeskusten palveluohjaus',
			proposal: 'Sovitaan perhekeskusten ja järjestöjen palveluohjauksen käytännöistä.',
			discussion: 'Todettiin tarve yhteiselle palvelukartalle.',
			decision: 'Palvelukartan valmistelu aloitetaan.'
		}
	]
};

/** Where a demo meeting stands: `signed` past minutes are approved, and published for public bodies. */
type PlanStatus = 'signed' | 'awaiting_chair' | 'in_progress' | 'planned';

interface Plan {
	/** Days from today; 0 means the meeting runs right now. */
	days: number;
	status: PlanStatus;
}

const USUAL: Plan[] = [
	{ days: -150, status: 'signed' },
	{ days: -60, status: 'signed' },
	{ days: 21, status: 'planned' }
];

/**
 * The strategic level meets this year only after the September budget
 * milestone: the deliberate gap the calendar warns about ("no meeting before
 * the September budget milestone"). Last year's negotiation, with its
 * measures, comes from the measures demo (`demo/measures.ts`).
 */
function strategicPlans(now: Date): Plan[] {
	const today = DateTime.fromJSDate(now).setZone(ZONE).startOf('day');
	const afterBudget = DateTime.fromObject({ year: today.year, month: 10, day: 13 }, { zone: ZONE });
	// Still this year: before the Christmas break, where the working-day rule would otherwise push it into January.
	const beforeBreak = DateTime.fromObject({ year: today.year, month: 12, day: 18 }, { zone: ZONE });
	const days = Math.max(
		Math.min(21, Math.round(beforeBreak.diff(today, 'days').days)),
		Math.round(afterBudget.diff(today, 'days').days),
		1
	);
	return [{ days, status: 'planned' }];
}

const PLANS: Record<string, Plan[] | ((now: Date) => Plan[])> = {
	'HYTE-neuvottelut (strateginen taso)': strategicPlans,
	Hyvinvointikoordinaattoriverkosto: [
		{ days: -100, status: 'signed' },
		{ days: -45, status: 'signed' },
		{ days: 0, status: 'in_progress' },
		{ days: 14, status: 'planned' },
		{ days: 42, status: 'planned' }
	],
	// The last meeting's minutes wait for the chair: the secretary has approved them.
	Kuntayhteistyöryhmä: [
		{ days: -150, status: 'signed' },
		{ days: -20, status: 'awaiting_chair' },
		{ days: 21, status: 'planned' }
	],
	'HYTE-foorumi': [
		{ days: -90, status: 'signed' },
		{ days: 0, status: 'in_progress' },
		{ days: 60, status: 'planned' }
	]
};

const MINUTE = 60_000;

function agendaFor(topics: Topic[]) {
	const [opening, approval, ...rest] = STANDARD_AGENDA;
	return [opening, approval, ...topics, ...rest];
}

/** Writes discussion and decision of the first `upTo` items, as the secretary does during the meeting. */
function writeMinutes(
	minutes: ReturnType<typeof createMinutesDoc>,
	topics: Topic[],
	upTo: number
): void {
	const texts = new Map(topics.map((t) => [t.title, t]));
	minutes.transact(() => {
		for (const item of readItems(minutes).slice(0, upTo)) {
			const topic = texts.get(item.title);
			appendParagraphs(textOf(minutes, 'discussion', item.id), topic?.discussion ?? 'Todettiin.');
			appendParagraphs(
				textOf(minutes, 'decision', item.id),
				topic?.decision ?? 'Hyväksyttiin esityksen mukaisesti.'
			);
		}
	});
}

function meetingTimes(now: Date, days: number): { startsAt: Date; endsAt: Date } {
	if (days === 0) {
		// Running now: started an hour ago, on a five-minute mark.
		const startsAt = new Date(
			Math.floor((now.getTime() - 60 * MINUTE) / (5 * MINUTE)) * 5 * MINUTE
		);
		return { startsAt, endsAt: new Date(startsAt.getTime() + 3 * 60 * MINUTE) };
	}
	// On a working day, as a coordinator would convene it.
	const start = meetingDay(DateTime.fromJSDate(now, { zone: ZONE }).plus({ days })).set({
		hour: 13,
		minute: 0,
		second: 0,
		millisecond: 0
	});
	return { startsAt: start.toJSDate(), endsAt: start.plus({ hours: 2, minutes: 15 }).toJSDate() };
}

/** Attendance as a secretary records it: most present, one excused, one who left and came back. */
function recordAttendance(db: Queryable, meetingId: number, bodyId: number, openedAt: Date): void {
	const members = (listMembers(db, [bodyId]).get(bodyId) ?? []).filter((m) => m.active);
	members.forEach((m, index) => {
		const status = index === members.length - 1 ? 'excused' : 'present';
		const row = db
			.insert(attendance)
			.values({
				meetingId,
				userId: m.userId,
				name: m.name,
				title: m.title,
				organisation: m.organisationName,
				role: m.role,
				status
			})
			.returning({ id: attendance.id })
			.get();
		if (index === 2) {
			db.insert(presenceEvent)
				.values([
					{ attendanceId: row.id, kind: 'left', at: new Date(openedAt.getTime() + 40 * MINUTE) },
					{ attendanceId: row.id, kind: 'returned', at: new Date(openedAt.getTime() + 79 * MINUTE) }
				])
				.run();
		}
	});
}

/** Past minutes written during the seed, to be signed off once they are complete. */
export interface PendingSignOff {
	meetingId: number;
	body: Body;
	startsAt: Date;
	closedAt: Date;
	complete: boolean;
}

/** Creates the meetings; past ones are left running, for `signOffDemoMinutes` to finish. */
export function seedDemoMeetings(db: Queryable, now: Date): PendingSignOff[] {
	const pending: PendingSignOff[] = [];
	for (const b of db.select().from(body).all()) {
		const topics = TOPICS[b.name] ?? [];
		const planned = PLANS[b.name] ?? USUAL;
		const plans = [...(typeof planned === 'function' ? planned(now) : planned)].sort(
			(x, y) => x.days - y.days
		);
		const perYear = new Map<number, number>();
		for (const plan of plans) {
			const { startsAt, endsAt } = meetingTimes(now, plan.days);
			const year = DateTime.fromJSDate(startsAt, { zone: ZONE }).year;
			const sequence = (perYear.get(year) ?? 0) + 1;
			perYear.set(year, sequence);
			const started = plan.status !== 'planned';
			const past = plan.status === 'signed' || plan.status === 'awaiting_chair';
			const openedAt = started ? new Date(startsAt.getTime() + 2 * MINUTE) : null;
			const closedAt = past ? new Date(endsAt.getTime() - 5 * MINUTE) : null;
			// A public body's next meeting has been called: its agenda is public already.
			const invitedAt =
				plan.status === 'planned' && b.public && plan === plans.find((p) => p.status === 'planned')
					? now
					: null;
			const status: MeetingStatus = started ? 'in_progress' : 'planned';
			const id = db
				.insert(meeting)
				.values({
					bodyId: b.id,
					sequence,
					year,
					title: `${b.name} ${sequence}/${year}`,
					startsAt,
					endsAt,
					place: 'Teams',
					// A fictional host: the demo's join links lead nowhere.
					onlineUrl: `https://teams.pkhva.example/kokous/${b.id}-${sequence}-${year}`,
					status,
					openedAt,
					closedAt,
					invitedAt
				})
				.returning({ id: meeting.id })
				.get().id;

			const agenda = createAgendaDoc(agendaFor(topics));
			storeNewDoc(db, docName('agenda', id), agenda);
			if (!started) {
				projectItems(db, id, agenda);
				reindexMeeting(db, id);
				continue;
			}
			const minutes = createMinutesDoc(agenda);
			// As startMeeting does: the opening item says when the chair opened the meeting.
			writeChairSentences(minutes, { openedAt, closedAt: null });
			// Past minutes are complete; a running meeting has reached its first two items.
			const reached = past ? Infinity : 2;
			writeMinutes(minutes, topics, reached);
			storeNewDoc(db, docName('minutes', id), minutes);
			projectItems(db, id, minutes);
			recordAttendance(db, id, b.id, openedAt!);
			markItemTimes(db, id, openedAt!, reached);
			reindexMeeting(db, id);
			if (past)
				pending.push({
					meetingId: id,
					body: b,
					startsAt,
					closedAt: closedAt!,
					complete: plan.status === 'signed'
				});
		}
	}
	return pending;
}

/** The body whose latest minutes carry the previous minutes as an attachment ("Liite 1"). */
const ATTACHING_BODY = 'Järjestöasiain neuvottelukunta JANE';

/**
 * Finishes the past minutes in the order they were held, through the real use
 * cases: the coordinator attaches the previous minutes where the demo shows an
 * attachment and sends the minutes to review; then the sign-off follows.
 */
export async function signOffDemoMinutes(
	db: Db,
	pending: PendingSignOff[],
	attachmentsDir: string
): Promise<void> {
	const coordinator = demoCoordinator(db);
	const ordered = [...pending].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
	for (const minutes of ordered) {
		const previous = ordered
			.filter((p) => p.body.id === minutes.body.id && p.startsAt < minutes.startsAt)
			.at(-1);
		if (
			minutes.body.name === ATTACHING_BODY &&
			previous &&
			minutes === ordered.filter((p) => p.body.id === minutes.body.id).at(-1)
		) {
			const record = effectiveRecord(db, previous.meetingId);
			const item = db
				.select()
				.from(agendaItem)
				.where(eq(agendaItem.meetingId, minutes.meetingId))
				.all()
				.find((i) => i.position === 2);
			if (record && item) {
				const bytes = await renderRecordPdf(record, 'public');
				await addAttachment(
					db,
					coordinator,
					minutes.meetingId,
					{
						itemKey: item.key,
						filename: `Edellinen muistio ${record.meeting.number.replace('/', '-')}.pdf`,
						bytes,
						public: true
					},
					attachmentsDir
				);
			}
		}
		sendMinutesToReview(db, coordinator, minutes.meetingId, minutes.closedAt, minutes.closedAt);
		signOff(db, minutes.meetingId, minutes.body, minutes.complete, minutes.closedAt);
	}
}

/** A short background memo (taustamuistio) on one topic, as a real PDF the attachment service accepts. */
function backgroundMemo(bodyName: string, topic: Topic): Promise<Buffer> {
	return demoPdf('Taustamuistio', topic.title, bodyName, topic.proposal);
}

/** A small PDF for the demo's attachments: its kind, title, subtitle and text, marked as fictional. */
export function demoPdf(
	kind: string,
	title: string,
	subtitle: string,
	text: string
): Promise<Buffer> {
	return pdfmake
		.createPdf({
			pageSize: 'A4',
			language: 'fi-FI',
			info: { title: `${kind}: ${title}`, author: 'Yhdyspinta (demo)' },
			defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.3 },
			content: [
				{ text: kind, fontSize: 9, color: '#555555' },
				{ text: title, fontSize: 16, bold: true, margin: [0, 4, 0, 12] },
				{ text: subtitle, margin: [0, 0, 0, 12] },
				{ text, margin: [0, 0, 0, 8] },
				{
					text: 'Demoaineisto: asiakirjan henkilöt, luvut ja järjestöt ovat kuvitteellisia.',
					italics: true,
					color: '#555555'
				}
			]
		})
		.getBuffer();
}

/**
 * The upcoming meetings' background documents: the coordinator attaches a
 * memo to each topic on a planned agenda, through the real use case. A
 * non-public item's memo is non-public too. Same topic, same bytes: the
 * attachment store keeps one file per content.
 */
export async function attachBackgroundDocuments(db: Db, attachmentsDir: string): Promise<void> {
	const coordinator = demoCoordinator(db);
	const upcoming = db
		.select({ meeting, body })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(meeting.status, 'planned'))
		.all();
	for (const { meeting: m, body: b } of upcoming) {
		const topics = new Map((TOPICS[b.name] ?? []).map((t) => [t.title, t]));
		for (const item of listItems(db, [m.id])) {
			const topic = topics.get(item.title);
			if (!topic) continue;
			const bytes = await backgroundMemo(b.name, topic);
			await addAttachment(
				db,
				coordinator,
				m.id,
				{
					itemKey: item.key,
					filename: `Taustamuistio – ${topic.title}.pdf`,
					bytes,
					public: topic.public ?? true
				},
				attachmentsDir
			);
		}
	}
}

/**
 * What the upcoming meetings ask of their organisations, through the real use
 * case: the strategic negotiation asks Liperi for its welfare figures, the
 * forum asks the demo NGO to present its work. Unanswered, for the demo's
 * director and NGO account to answer.
 */
export function askDemoOrganisations(db: Db, now: Date): void {
	const coordinator = demoCoordinator(db);
	const asks = [
		{
			body: 'HYTE-neuvottelut (strateginen taso)',
			organisation: DEMO_ORGANISATIONS.liperi.name,
			text: 'Liperin hyvinvointikertomuksen keskeiset havainnot ja ensi vuoden HYTE-panostukset, esittelijä kunnanjohtaja.'
		},
		{
			body: 'HYTE-foorumi',
			organisation: DEMO_ORGANISATIONS[DEMO_PEOPLE.ngo.organisation].name,
			text: 'Lyhyt esittely yhdistyksen toiminnasta ja sen tarpeista (5 min).'
		}
	];
	for (const ask of asks) {
		const next = db
			.select({ meeting })
			.from(meeting)
			.innerJoin(body, eq(meeting.bodyId, body.id))
			.where(and(eq(body.name, ask.body), eq(meeting.status, 'planned')))
			.orderBy(asc(meeting.startsAt))
			.get();
		if (!next) continue;
		const item = listItems(db, [next.meeting.id])[2];
		const organisationId = askableOrganisations(db, next.meeting.bodyId).find(
			(o) => o.name === ask.organisation
		)?.id;
		if (!item || organisationId === undefined)
			throw new Error(`demo seed: ${ask.body} cannot ask ${ask.organisation}`);
		askOrganisation(
			db,
			coordinator,
			next.meeting.id,
			{ itemKey: item.key, organisationId, text: ask.text },
			now
		);
	}
}

function demoCoordinator(db: Queryable) {
	const row = db.select().from(user).where(eq(user.siteRole, 'coordinator')).get();
	if (!row) throw new Error('demo seed: no coordinator');
	return loadActor(db, row);
}

/**
 * Past minutes go through the real sign-off: the secretary approves the day
 * after the meeting, the chair the day after that, and the secretary publishes
 * the minutes of a public body. `complete: false` stops after the secretary.
 */
function signOff(
	db: Queryable,
	meetingId: number,
	owner: Body,
	complete: boolean,
	closedAt: Date
): void {
	const officer = (role: 'chair' | 'secretary') => {
		const row = db
			.select({ user })
			.from(membership)
			.innerJoin(user, eq(membership.userId, user.id))
			.where(and(eq(membership.bodyId, owner.id), eq(membership.role, role)))
			.get();
		if (!row) throw new Error(`demo seed: ${owner.name} has no ${role}`);
		return loadActor(db, row.user);
	};
	const day = 24 * 60 * MINUTE;
	approveMinutes(db, officer('secretary'), meetingId, new Date(closedAt.getTime() + day));
	if (!complete) return;
	approveMinutes(db, officer('chair'), meetingId, new Date(closedAt.getTime() + 2 * day));
	if (owner.public)
		publishMinutes(db, officer('secretary'), meetingId, new Date(closedAt.getTime() + 3 * day));
}

/** Items handled one after another every 15 minutes; a running meeting has reached only the first few. */
function markItemTimes(db: Queryable, meetingId: number, openedAt: Date, reached: number): void {
	const items = db.select().from(agendaItem).where(eq(agendaItem.meetingId, meetingId)).all();
	for (const item of items.filter((i) => i.position < reached)) {
		db.update(agendaItem)
			.set({ startedAt: new Date(openedAt.getTime() + item.position * 15 * MINUTE) })
			.where(eq(agendaItem.id, item.id))
			.run();
	}
}
