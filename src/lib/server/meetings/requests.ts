/**
 * Requests to organisations per agenda item: while preparing the agenda the
 * secretary asks an organisation of the body's members to bring something
 * ("kunnan hyvinvointikertomus 2025, esittelijä kunnanjohtaja"); the
 * organisation's people see it at the top of the meeting page and answer it
 * with a note, an attachment on the item, or both.
 */
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { agendaEditable, numberOf, requestsAnswerable } from '../../domain/meetings';
import { can, type Actor } from '../../domain/policy';
import { assertCan } from '../access';
import { storeAttachment } from '../attachments/service';
import { bodyTarget } from '../bodies/target';
import type { Db, Queryable } from '../db/client';
import { itemRequest, membership, organisation, user, type Body, type Meeting } from '../db/schema';
import { conflict, invalid, notFound } from '../errors';
import { notify } from '../notifications/service';
import { authorizeMeeting, getMeeting } from './readable';
import { listItems } from './rows';

export interface RequestView {
	id: number;
	itemKey: string;
	organisation: { id: number; name: string };
	text: string;
	answeredAt: Date | null;
	answeredBy: string | null;
	answerNote: string;
	answerAttachmentId: number | null;
}

/** Who answered: the user table a second time in the same query. */
const answerer = alias(user, 'answerer');

export function listRequests(db: Queryable, meetingId: number): RequestView[] {
	return db
		.select({
			id: itemRequest.id,
			itemKey: itemRequest.itemKey,
			organisation: { id: organisation.id, name: organisation.name },
			text: itemRequest.text,
			answeredAt: itemRequest.answeredAt,
			answeredBy: answerer.name,
			answerNote: itemRequest.answerNote,
			answerAttachmentId: itemRequest.answerAttachmentId
		})
		.from(itemRequest)
		.innerJoin(organisation, eq(organisation.id, itemRequest.organisationId))
		.leftJoin(answerer, eq(answerer.id, itemRequest.answeredBy))
		.where(eq(itemRequest.meetingId, meetingId))
		.orderBy(asc(itemRequest.id))
		.all();
}

/** The organisations a body's meetings can ask: those of its members. */
export function askableOrganisations(
	db: Queryable,
	bodyId: number
): { id: number; name: string }[] {
	return db
		.selectDistinct({ id: organisation.id, name: organisation.name })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.innerJoin(organisation, eq(organisation.id, user.organisationId))
		.where(eq(membership.bodyId, bodyId))
		.orderBy(asc(organisation.name))
		.all();
}

/**
 * The agenda's editors ask while it is prepared. `ownIds` checks that the ids from
 * the form are this meeting's, after who and before when: an id of another meeting
 * is not found, whatever the status.
 */
function preparedAgenda<T>(
	db: Queryable,
	actor: Actor,
	meetingId: number,
	ownIds: () => T
): { meeting: Meeting; body: Body; own: T } {
	const row = authorizeMeeting(db, actor, meetingId, 'agenda.edit');
	const own = ownIds();
	if (!agendaEditable(row.meeting.status)) throw conflict('request.closed');
	return { ...row, own };
}

export function askOrganisation(
	db: Db,
	actor: Actor,
	meetingId: number,
	input: { itemKey: string; organisationId: number; text: string },
	now = new Date()
): void {
	const {
		meeting: m,
		body: b,
		own: item
	} = preparedAgenda(db, actor, meetingId, () => {
		const found = listItems(db, [meetingId]).find((i) => i.key === input.itemKey);
		if (!found) throw notFound();
		return found;
	});
	const asked = askableOrganisations(db, b.id).find((o) => o.id === input.organisationId);
	if (!asked) throw invalid('request.notMember', { organisationId: 'request.notMember' });
	db.transaction((tx) => {
		tx.insert(itemRequest)
			.values({
				meetingId,
				itemKey: item.key,
				organisationId: asked.id,
				text: input.text,
				createdBy: actor.userId,
				createdAt: now
			})
			.run();
		const people = tx
			.select({ id: user.id })
			.from(membership)
			.innerJoin(user, eq(user.id, membership.userId))
			.where(and(eq(membership.bodyId, b.id), eq(user.organisationId, asked.id)))
			.all();
		notify(
			tx,
			{
				userIds: people.map((p) => p.id),
				kind: 'item_requested',
				params: { body: b.name, number: numberOf(m), item: item.title, organisation: asked.name },
				link: `/meetings/${meetingId}`
			},
			now
		);
	});
}

export function removeRequest(db: Db, actor: Actor, meetingId: number, requestId: number): void {
	const ofThisMeeting = and(eq(itemRequest.id, requestId), eq(itemRequest.meetingId, meetingId));
	preparedAgenda(db, actor, meetingId, () => {
		if (!db.select({ id: itemRequest.id }).from(itemRequest).where(ofThisMeeting).get())
			throw notFound();
	});
	db.delete(itemRequest).where(ofThisMeeting).run();
}

/**
 * An answer from the asked organisation: a note, a file (stored as an
 * attachment of the item, public as the item is), or both. Answering again
 * replaces the note and adds the new file.
 */
export async function answerRequest(
	db: Db,
	actor: Actor,
	meetingId: number,
	requestId: number,
	answer: { note: string; file: { filename: string; bytes: Uint8Array } | null },
	now = new Date(),
	attachmentDir?: string
): Promise<void> {
	const request = db
		.select()
		.from(itemRequest)
		.where(and(eq(itemRequest.id, requestId), eq(itemRequest.meetingId, meetingId)))
		.get();
	if (!request) throw notFound();
	const authorise = (q: Queryable) => {
		const { meeting: m, body: b } = getMeeting(q, actor, meetingId);
		assertCan(actor, 'request.answer', {
			...bodyTarget(b),
			organisationId: request.organisationId
		});
		if (!requestsAnswerable(m.status)) throw conflict('request.answerClosed');
	};
	authorise(db);
	if (!answer.note && !answer.file)
		throw invalid('request.emptyAnswer', { note: 'request.emptyAnswer' });
	const record = (q: Queryable, attachmentId: number | null) =>
		q
			.update(itemRequest)
			.set({
				answeredAt: now,
				answeredBy: actor.userId,
				answerNote: answer.note,
				...(attachmentId === null ? {} : { answerAttachmentId: attachmentId })
			})
			.where(eq(itemRequest.id, requestId))
			.run();
	if (!answer.file) {
		record(db, null);
		return;
	}
	const item = listItems(db, [meetingId]).find((i) => i.key === request.itemKey);
	await storeAttachment(
		db,
		actor,
		meetingId,
		{
			itemKey: request.itemKey,
			filename: answer.file.filename,
			bytes: answer.file.bytes,
			public: item?.public ?? false
		},
		authorise,
		attachmentDir,
		(tx, stored) => record(tx, stored.id)
	);
}

/**
 * Someone who may answer this meeting's requests to their own organisation: not
 * found for one who may not read the meeting, forbidden for one whose organisation
 * the body cannot ask. Each answer still checks the request's own organisation.
 */
export function authorizeAnswering(db: Queryable, actor: Actor, meetingId: number): void {
	const { body: b } = authorizeMeeting(db, actor, meetingId, 'meeting.read');
	assertCan(actor, 'request.answer', { ...bodyTarget(b), organisationId: actor.organisationId });
}

/** The requests the actor answers for their organisation (the policy's `request.answer`). */
export function requestsToActor(
	requests: readonly RequestView[],
	actor: Actor,
	b: Body
): RequestView[] {
	return requests.filter((r) =>
		can(actor, 'request.answer', { ...bodyTarget(b), organisationId: r.organisation.id })
	);
}
