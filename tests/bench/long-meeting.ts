/**
 * A long running meeting for the page benchmark: the coordinator network's
 * meeting of twelve items (the six standard ones and six topics), started
 * half an hour ago through the real use cases, with the first three items
 * minuted as a secretary would have by then.
 */
import { eq } from 'drizzle-orm';
import {
	appendParagraphs,
	insertItemBeforeClosing,
	readItems,
	textOf
} from '../../src/lib/documents/doc-schema';
import { docName } from '../../src/lib/domain/doc-name';
import { loadActor } from '../../src/lib/server/auth/actor';
import { changeLiveDoc } from '../../src/lib/server/collab/store';
import type { Db } from '../../src/lib/server/db/client';
import { body, user } from '../../src/lib/server/db/schema';
import { projectItems } from '../../src/lib/server/meetings/projection';
import { scheduleMeeting, startMeeting } from '../../src/lib/server/meetings/service';

export const LONG_MEETING_ITEMS = 12;
const MINUTED_ITEMS = 3;
const MINUTE = 60_000;

const TOPICS = [
	'Hyvinvointikertomuksen indikaattorit kunnittain',
	'Liikkumisen edistämisen yhteinen malli',
	'Järjestöavustusten aikataulu',
	'Ikääntyneiden osallisuus',
	'Lasten ja nuorten mielenterveys',
	'Ehkäisevän päihdetyön viikko'
];

/** Returns the meeting's id. */
export function addLongMeeting(db: Db, now = new Date()): number {
	const coordinator = loadActor(
		db,
		db.select().from(user).where(eq(user.siteRole, 'coordinator')).get()!
	);
	const network = db.select().from(body).where(eq(body.level, 'coordinator_network')).get()!;
	const startsAt = new Date(now.getTime() - 30 * MINUTE);
	const created = scheduleMeeting(db, coordinator, network.id, {
		title: '',
		startsAt,
		endsAt: new Date(startsAt.getTime() + 3 * 60 * MINUTE),
		place: 'Teams',
		onlineUrl: ''
	});
	const agenda = changeLiveDoc(db, docName('agenda', created.id), (doc) => {
		for (const title of TOPICS)
			insertItemBeforeClosing(doc, {
				title,
				proposal: `Käydään läpi: ${title.toLowerCase()}. Valmistelija esittelee asian.`
			});
	});
	projectItems(db, created.id, agenda);
	startMeeting(db, coordinator, created.id, startsAt);
	const minutes = changeLiveDoc(db, docName('minutes', created.id), (doc) => {
		for (const item of readItems(doc).slice(0, MINUTED_ITEMS)) {
			appendParagraphs(textOf(doc, 'discussion', item.id), `Keskusteltiin kohdasta ${item.title}.`);
			appendParagraphs(textOf(doc, 'decision', item.id), 'Hyväksyttiin esityksen mukaisesti.');
		}
	});
	projectItems(db, created.id, minutes);
	const items = readItems(minutes).length;
	if (items !== LONG_MEETING_ITEMS)
		throw new Error(`the long meeting has ${items} items, not ${LONG_MEETING_ITEMS}`);
	return created.id;
}
