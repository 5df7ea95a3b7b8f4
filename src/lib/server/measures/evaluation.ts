/**
 * The "evaluation of last year" agenda item: early in the year, whoever
 * prepares a strategic meeting's agenda adds a summary of the year's goals and
 * measures as they stand at that moment. It is written into the live agenda
 * as text, a snapshot that later follow-up does not change.
 */
import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import {
	appendParagraphs,
	createItemMap,
	itemsOf,
	newItemId,
	textOf
} from '../../documents/doc-schema';
import { docName } from '../../domain/doc-name';
import { agendaEditable } from '../../domain/meetings';
import { evaluationSummary, offersEvaluation, type EvaluationScope } from '../../domain/measures';
import type { Actor } from '../../domain/policy';
import { isoDate } from '../../domain/time';
import { assertCan } from '../access';
import { bodyTarget } from '../bodies/target';
import { changeLiveDoc } from '../collab/store';
import type { Db } from '../db/client';
import { body, meeting, region } from '../db/schema';
import { conflict, notFound } from '../errors';
import { projectItems } from '../meetings/projection';
import { reindexMeeting } from '../search/index';
import { listMeasures } from './lists';

/** The items come after the opening and the approval of the agenda: the evaluation is the main business. */
const POSITION_AFTER_OPENING = 2;

/** A bullet list in the node names TipTap's StarterKit uses (bulletList > listItem > paragraph). */
function bulletList(lines: readonly string[]): Y.XmlElement {
	const list = new Y.XmlElement('bulletList');
	list.insert(
		0,
		lines.map((line) => {
			const paragraph = new Y.XmlElement('paragraph');
			paragraph.insert(0, [new Y.XmlText(line)]);
			const listItem = new Y.XmlElement('listItem');
			listItem.insert(0, [paragraph]);
			return listItem;
		})
	);
	return list;
}

/**
 * Adds the item to a planned meeting's agenda and returns its key. `year` is
 * the year evaluated (by default the one before the meeting's); `scope` takes
 * the whole region's measures or only those born in this body.
 */
export function addEvaluationItem(
	db: Db,
	actor: Actor,
	meetingId: number,
	input: { scope: EvaluationScope; year: number },
	now = new Date()
): string {
	const row = db
		.select({ meeting, body, regionName: region.name })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.innerJoin(region, eq(body.regionId, region.id))
		.where(eq(meeting.id, meetingId))
		.get();
	if (!row) throw notFound();
	assertCan(actor, 'agenda.edit', bodyTarget(row.body));
	if (!agendaEditable(row.meeting.status)) throw conflict('measures.evaluation.agendaClosed');
	if (!offersEvaluation(row.body.level)) throw conflict('measures.evaluation.notOffered');
	const today = isoDate(now);
	const measures = listMeasures(
		db,
		actor,
		{
			regionId: row.body.regionId,
			budgetYear: input.year,
			bodyId: input.scope === 'body' ? row.body.id : undefined
		},
		today
	);
	const summary = evaluationSummary(
		measures.map((m) => ({
			title: m.title,
			kind: m.kind,
			owners: m.owners.map((o) => o.name),
			status: m.status,
			dueDate: m.dueDate,
			lastComment: m.lastUpdate?.comment ?? ''
		})),
		input.year,
		today,
		input.scope === 'body' ? row.body.name : row.regionName
	);
	const key = newItemId();
	db.transaction((tx) => {
		const agenda = changeLiveDoc(tx, docName('agenda', meetingId), (doc) => {
			const items = itemsOf(doc);
			items.insert(Math.min(POSITION_AFTER_OPENING, items.length), [
				createItemMap({ id: key, title: summary.title })
			]);
			const proposal = textOf(doc, 'proposal', key);
			appendParagraphs(proposal, summary.intro);
			if (summary.lines.length > 0) proposal.insert(proposal.length, [bulletList(summary.lines)]);
		});
		projectItems(tx, meetingId, agenda);
		reindexMeeting(tx, meetingId);
	});
	return key;
}
