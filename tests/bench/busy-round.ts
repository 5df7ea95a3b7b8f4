/**
 * A busy consultation round for the page benchmark: 1 000 comments on the
 * demo's welfare plan, made through the real use cases, so that they are
 * what the demo's people could have written. Deterministic: the same seed
 * gives the same round.
 */
import { and, eq } from 'drizzle-orm';
import { normaliseSpace, OUTCOMES } from '../../src/lib/domain/consultations';
import type { Actor } from '../../src/lib/domain/policy';
import { loadActor } from '../../src/lib/server/auth/actor';
import {
	addComment,
	answerComment,
	hideComment
} from '../../src/lib/server/consultations/comments';
import { versionSections } from '../../src/lib/server/consultations/documents';
import { listRounds, openRound } from '../../src/lib/server/consultations/rounds';
import type { Db } from '../../src/lib/server/db/client';
import { organisation, user } from '../../src/lib/server/db/schema';

export const BUSY_COMMENTS = 1_000;
/** One thread draws a long discussion, so that its replies are measured too. */
const HOT_THREAD_REPLIES = 60;
const REPLY_SHARE = 0.2;
const QUOTE_SHARE = 0.25;
const STATEMENT_SHARE = 0.2;
const ANSWER_SHARE = 0.35;
const HIDDEN_SHARE = 0.01;

const SENTENCES = [
	'Järjestömme on valmis osallistumaan toimenpiteen toteuttamiseen omalla alueellaan.',
	'Tavoite on hyvä, mutta sille tarvitaan mitattava lähtötaso ja aikataulu.',
	'Maaseudun pitkät etäisyydet pitää ottaa huomioon, kun palveluja ja kohtaamispaikkoja suunnitellaan.',
	'Vapaaehtoisten jaksaminen on jo nyt koetuksella, joten uusi toiminta tarvitsee myös palkattua työtä.',
	'Ehdotamme, että nuoret itse osallistuvat harrastustoiminnan suunnitteluun kouluilla.',
	'Ikäihmisten kuljetukset ovat usein ratkaiseva este osallistumiselle.',
	'Avustusten maksatuksen aikataulu ratkaisee, pystymmekö pitämään työntekijämme.',
	'Seurantaan kannattaa ottaa mukaan järjestöjen omat kävijä- ja vapaaehtoismäärät.',
	'Kohtaamispaikoille tarvitaan pysyvät tilat, ei pelkkää hankerahoitusta.',
	'Omaishoitajat jäävät suunnitelmassa liian vähälle huomiolle.',
	'Toivomme, että kunnat sitoutuvat tavoitteisiin omissa talousarvioissaan.',
	'Suunnitelman kieli on paikoin vaikeaa; selkokielinen tiivistelmä auttaisi asukkaita.'
];

const ANSWERS = [
	'Kiitos, lisäämme tämän toimenpiteisiin ja sovimme toteutuksesta järjestöjen kanssa syksyllä.',
	'Asia valmistellaan avustusperiaatteissa, joten sitä ei toisteta tässä suunnitelmassa.',
	'Tarkennamme tavoitteen mittarit hyvinvointikertomuksen yhteydessä.'
];

/** A small deterministic generator (mulberry32), so that every run measures the same round. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface BusyRound {
	roundId: number;
	/** The oldest first comment: far beyond the first page of its section. */
	oldestThreadId: number;
	/** The first reply of the long discussion: beyond the replies a thread shows at first. */
	oldReplyId: number;
}

/** Opens a round on the demo plan's latest version, a day ago, and fills it with comments. */
export function addBusyRound(db: Db, now = new Date()): BusyRound {
	const actorOf = (email: string): Actor =>
		loadActor(db, db.select().from(user).where(eq(user.email, email)).get()!);
	const coordinator = actorOf('koordinaattori@yhdyspinta.example');
	const regionId = coordinator.regionId;
	const people = db
		.select()
		.from(user)
		.innerJoin(organisation, eq(user.organisationId, organisation.id))
		.where(
			and(eq(organisation.kind, 'ngo'), eq(organisation.regionId, regionId), eq(user.active, true))
		)
		.all()
		.map((row) => loadActor(db, row.user));
	const [latest] = listRounds(db, coordinator, now).filter((r) => r.status === 'open');
	const sections = versionSections(latest.version);

	const opensAt = new Date(now.getTime() - 24 * 60 * 60 * 1000);
	const round = openRound(
		db,
		coordinator,
		latest.document.id,
		latest.version.id,
		{
			title: 'Hyvinvointisuunnitelma 2026–2029: vilkas lausuntokierros',
			instructions: 'Kommentoikaa suunnitelman kaikkia kohtia.',
			audience: { kind: 'region_ngos', organisationIds: [], bodyIds: [] },
			opensAt,
			closesAt: new Date(now.getTime() + 7 * 24 * 60 * 60 * 1000)
		},
		opensAt
	);

	const next = random(26);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
	const step = (now.getTime() - opensAt.getTime()) / (BUSY_COMMENTS + 2);
	const at = (index: number) => new Date(opensAt.getTime() + (index + 1) * step);
	const body = () =>
		Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(SENTENCES)).join(' ');
	/** A few whole words of the section: quotes must be found in it. */
	const quoteOf = (text: string) => {
		const words = normaliseSpace(text).split(' ');
		const start = Math.floor(next() * Math.max(1, words.length - 6));
		return words.slice(start, start + 3 + Math.floor(next() * 4)).join(' ');
	};

	const threads: number[] = [];
	let hotThread: number | null = null;
	let oldReplyId = 0;
	let hotReplies = 0;
	for (let index = 0; index < BUSY_COMMENTS; index++) {
		const author = pick(people);
		const time = at(index);
		// The hot thread's replies are spread over the whole round, the others' follow their thread.
		const wantsHot: boolean =
			hotThread !== null &&
			hotReplies < HOT_THREAD_REPLIES &&
			index % Math.floor(BUSY_COMMENTS / HOT_THREAD_REPLIES) === 0;
		const parentId: number | null = wantsHot
			? hotThread
			: threads.length > 0 && next() < REPLY_SHARE
				? pick(threads.slice(-50))
				: null;
		const section = pick(sections);
		const saved = addComment(
			db,
			author,
			round.id,
			{
				sectionId: section.id,
				body: body(),
				quote: parentId === null && next() < QUOTE_SHARE ? quoteOf(section.text) : '',
				onBehalfOfOrganisation: next() < STATEMENT_SHARE,
				parentId
			},
			time
		);
		if (parentId === null) {
			threads.push(saved.id);
			hotThread ??= saved.id;
			if (next() < ANSWER_SHARE)
				answerComment(
					db,
					coordinator,
					round.id,
					saved.id,
					{ outcome: pick(OUTCOMES), text: pick(ANSWERS) },
					time
				);
		} else if (parentId === hotThread) {
			oldReplyId ||= saved.id;
			hotReplies++;
		}
		if (saved.id !== hotThread && next() < HIDDEN_SHARE) {
			hideComment(db, coordinator, round.id, saved.id, 'Asiaton kielenkäyttö', time);
			// Nobody replies in a hidden thread.
			if (parentId === null) threads.pop();
		}
	}
	return { roundId: round.id, oldestThreadId: threads[0], oldReplyId };
}
