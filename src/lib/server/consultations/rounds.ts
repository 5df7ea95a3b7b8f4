/**
 * Consultation rounds: opened on a frozen version for an audience, with an
 * opening and a closing time. The audience is told when the round opens and
 * reminded three days before it closes (jobs.ts).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import {
	finnishDateTime,
	inAudience,
	roundStatus,
	roundTimesProblem,
	type Audience,
	type RoundStatus
} from '../../domain/consultations';
import { can, type Actor, type ConsultationTarget } from '../../domain/policy';
import { assertCan, assertCanRead } from '../access';
import { recordAudit } from '../audit/log';
import type { Db, Queryable } from '../db/client';
import {
	body,
	consultationBody,
	consultationOrganisation,
	consultationRound,
	documentVersion,
	membership,
	organisation,
	planDocument,
	user,
	type ConsultationRound,
	type DocumentVersion,
	type PlanDocument
} from '../db/schema';
import { invalid, notFound } from '../errors';
import { notify } from '../notifications/service';
import { getVersion } from './documents';

export interface LoadedRound {
	round: ConsultationRound;
	version: DocumentVersion;
	document: PlanDocument;
	audience: Audience;
}

export function roundTarget(loaded: LoadedRound, now: Date): ConsultationTarget {
	return {
		regionId: loaded.document.regionId,
		audience: loaded.audience,
		status: roundStatus(loaded.round, now)
	};
}

/** The audiences of the given rounds, read in two queries. */
function audiencesOf(db: Queryable, rounds: readonly ConsultationRound[]): Map<number, Audience> {
	const ids = rounds.map((r) => r.id);
	const organisations = ids.length
		? db
				.select()
				.from(consultationOrganisation)
				.where(inArray(consultationOrganisation.roundId, ids))
				.all()
		: [];
	const bodies = ids.length
		? db.select().from(consultationBody).where(inArray(consultationBody.roundId, ids)).all()
		: [];
	return new Map(
		rounds.map((r) => [
			r.id,
			{
				kind: r.audienceKind,
				organisationIds: organisations
					.filter((o) => o.roundId === r.id)
					.map((o) => o.organisationId),
				bodyIds: bodies.filter((b) => b.roundId === r.id).map((b) => b.bodyId)
			}
		])
	);
}

interface RoundFilter {
	roundId?: number;
	regionId?: number;
	documentId?: number;
}

function loadRounds(
	db: Queryable,
	{ roundId, regionId, documentId }: RoundFilter = {}
): LoadedRound[] {
	const rows = db
		.select({ round: consultationRound, version: documentVersion, document: planDocument })
		.from(consultationRound)
		.innerJoin(documentVersion, eq(consultationRound.versionId, documentVersion.id))
		.innerJoin(planDocument, eq(documentVersion.documentId, planDocument.id))
		.where(
			and(
				roundId === undefined ? undefined : eq(consultationRound.id, roundId),
				regionId === undefined ? undefined : eq(planDocument.regionId, regionId),
				documentId === undefined ? undefined : eq(planDocument.id, documentId)
			)
		)
		.orderBy(asc(consultationRound.closesAt))
		.all();
	const audiences = audiencesOf(
		db,
		rows.map((r) => r.round)
	);
	return rows.map((row) => ({ ...row, audience: audiences.get(row.round.id)! }));
}

/** The round for the use cases, whoever asks; they check the policy themselves. */
export function loadRound(db: Queryable, roundId: number): LoadedRound {
	const [found] = loadRounds(db, { roundId });
	if (!found) throw notFound();
	return found;
}

/** A round the actor may read, with its status now. */
export function getRound(
	db: Queryable,
	actor: Actor,
	roundId: number,
	now = new Date()
): LoadedRound & { status: RoundStatus } {
	const loaded = loadRound(db, roundId);
	assertCanRead(actor, 'consultation.read', roundTarget(loaded, now));
	return { ...loaded, status: roundStatus(loaded.round, now) };
}

/** May the actor run the round (move its deadline, attach its summary)? Those who run the region's consultations may. */
export function authorizeRoundManagement(
	db: Queryable,
	actor: Actor,
	roundId: number
): LoadedRound {
	const loaded = loadRound(db, roundId);
	assertCan(actor, 'consultation.manage', { regionId: loaded.document.regionId });
	return loaded;
}

const STATUS_ORDER: Record<RoundStatus, number> = { open: 0, upcoming: 1, closed: 2 };

/**
 * Rounds the actor may read, optionally of one document: open ones first (the nearest deadline first),
 * then upcoming, then closed (latest first). Only the actor's region is read; a site admin sees every region.
 */
export function listRounds(
	db: Queryable,
	actor: Actor,
	now = new Date(),
	documentId?: number
): (LoadedRound & { status: RoundStatus })[] {
	return loadRounds(db, {
		regionId: actor.siteRole === 'admin' ? undefined : actor.regionId,
		documentId
	})
		.filter((loaded) => can(actor, 'consultation.read', roundTarget(loaded, now)))
		.map((loaded) => ({ ...loaded, status: roundStatus(loaded.round, now) }))
		.sort(
			(a, b) =>
				STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
				(a.status === 'closed'
					? b.round.closesAt.getTime() - a.round.closesAt.getTime()
					: a.round.closesAt.getTime() - b.round.closesAt.getTime())
		);
}

/** Everyone the round asks: active users whose organisation and memberships put them in its audience. */
export function audienceUserIds(
	db: Queryable,
	loaded: Pick<LoadedRound, 'document' | 'audience'>
): number[] {
	const people = db
		.select({
			id: user.id,
			organisationId: user.organisationId,
			organisationKind: organisation.kind,
			regionId: organisation.regionId
		})
		.from(user)
		.innerJoin(organisation, eq(user.organisationId, organisation.id))
		.where(and(eq(user.active, true), eq(organisation.regionId, loaded.document.regionId)))
		.all();
	const { bodyIds } = loaded.audience;
	const memberships =
		loaded.audience.kind === 'bodies' && bodyIds.length
			? db
					.select({ userId: membership.userId, bodyId: membership.bodyId, role: membership.role })
					.from(membership)
					.where(inArray(membership.bodyId, [...bodyIds]))
					.all()
			: [];
	const round = { regionId: loaded.document.regionId, audience: loaded.audience };
	return people
		.filter((person) =>
			inAudience(
				{ ...person, memberships: memberships.filter((m) => m.userId === person.id) },
				round
			)
		)
		.map((person) => person.id);
}

/** Tells the audience that the round is open, once. */
export function sendOpenNotice(db: Queryable, loaded: LoadedRound, now: Date): void {
	const { round } = loaded;
	notify(
		db,
		{
			userIds: audienceUserIds(db, loaded),
			kind: 'consultation_opened',
			params: { title: round.title, closesAt: round.closesAt.toISOString() },
			link: `/consultations/${round.id}`
		},
		now
	);
	db.update(consultationRound)
		.set({ openNoticeSentAt: now })
		.where(eq(consultationRound.id, round.id))
		.run();
}

export interface RoundInput {
	title: string;
	instructions: string;
	audience: Audience;
	opensAt: Date;
	closesAt: Date;
}

/** Only the region's own organisations and bodies can be asked. */
function checkAudience(db: Queryable, regionId: number, audience: Audience): Audience {
	if (audience.kind === 'organisations') {
		const ids = [...new Set(audience.organisationIds)];
		const found = ids.length
			? db
					.select({ id: organisation.id })
					.from(organisation)
					.where(and(inArray(organisation.id, ids), eq(organisation.regionId, regionId)))
					.all()
			: [];
		if (found.length === 0 || found.length !== ids.length)
			throw invalid('consultations.round.chooseOrganisations', {
				organisationIds: 'consultations.round.chooseOrganisations'
			});
		return { kind: 'organisations', organisationIds: ids, bodyIds: [] };
	}
	if (audience.kind === 'bodies') {
		const ids = [...new Set(audience.bodyIds)];
		const found = ids.length
			? db
					.select({ id: body.id })
					.from(body)
					.where(and(inArray(body.id, ids), eq(body.regionId, regionId)))
					.all()
			: [];
		if (found.length === 0 || found.length !== ids.length)
			throw invalid('consultations.round.chooseBodies', {
				bodyIds: 'consultations.round.chooseBodies'
			});
		return { kind: 'bodies', organisationIds: [], bodyIds: ids };
	}
	return { kind: 'region_ngos', organisationIds: [], bodyIds: [] };
}

/**
 * Opens a round on a version of the document. An audience asked from now on is told at once; a
 * later opening is announced by the hourly job.
 */
export function openRound(
	db: Db,
	actor: Actor,
	documentId: number,
	versionId: number,
	input: RoundInput,
	now = new Date()
): ConsultationRound {
	const { version, document } = getVersion(db, actor, documentId, versionId);
	const problem = roundTimesProblem(input, now);
	if (problem) throw invalid(problem, { closesDate: problem });
	const audience = checkAudience(db, document.regionId, input.audience);
	return db.transaction((tx) => {
		const round = tx
			.insert(consultationRound)
			.values({
				versionId,
				title: input.title,
				instructions: input.instructions,
				audienceKind: audience.kind,
				opensAt: input.opensAt,
				closesAt: input.closesAt,
				createdBy: actor.userId,
				createdAt: now
			})
			.returning()
			.get();
		if (audience.organisationIds.length)
			tx.insert(consultationOrganisation)
				.values(
					audience.organisationIds.map((organisationId) => ({ roundId: round.id, organisationId }))
				)
				.run();
		if (audience.bodyIds.length)
			tx.insert(consultationBody)
				.values(audience.bodyIds.map((bodyId) => ({ roundId: round.id, bodyId })))
				.run();
		if (roundStatus(round, now) === 'open')
			sendOpenNotice(tx, { round, version, document, audience }, now);
		return round;
	});
}

/**
 * Moves the deadline: later to give more time, or to now to end the round.
 * Logged, since it decides who could still comment.
 */
export function changeClosingTime(
	db: Db,
	actor: Actor,
	roundId: number,
	closesAt: Date,
	now = new Date()
): void {
	const loaded = authorizeRoundManagement(db, actor, roundId);
	if (closesAt <= loaded.round.opensAt)
		throw invalid('consultations.round.closesBeforeOpens', {
			closesDate: 'consultations.round.closesBeforeOpens'
		});
	db.transaction((tx) => {
		// A later deadline earns a new three-day reminder.
		const reminder = closesAt > loaded.round.closesAt ? { deadlineNoticeSentAt: null } : {};
		tx.update(consultationRound)
			.set({ closesAt, ...reminder })
			.where(eq(consultationRound.id, roundId))
			.run();
		recordAudit(
			tx,
			{
				regionId: loaded.document.regionId,
				userId: actor.userId,
				action: 'consultation.closingChanged',
				targetType: 'consultation',
				targetId: roundId,
				summary: `${loaded.round.title}: ${finnishDateTime(loaded.round.closesAt)} → ${finnishDateTime(closesAt)}`
			},
			now
		);
	});
}

/** What a round can ask in the region: its organisations (NGOs first) and its bodies. */
export function audienceChoices(db: Queryable, actor: Actor, regionId: number) {
	assertCan(actor, 'consultation.manage', { regionId });
	const organisations = db
		.select({ id: organisation.id, name: organisation.name, kind: organisation.kind })
		.from(organisation)
		.where(eq(organisation.regionId, regionId))
		.orderBy(asc(organisation.name))
		.all()
		.sort((a, b) => Number(b.kind === 'ngo') - Number(a.kind === 'ngo'));
	const bodies = db
		.select({ id: body.id, name: body.name })
		.from(body)
		.where(eq(body.regionId, regionId))
		.orderBy(asc(body.name))
		.all();
	return { organisations, bodies };
}

/** Whom the round asks, in words: the names of the chosen organisations or bodies (none for the region's NGOs). */
export function audienceNames(
	db: Queryable,
	{ audience }: Pick<LoadedRound, 'audience'>
): string[] {
	if (audience.kind === 'organisations' && audience.organisationIds.length)
		return db
			.select({ name: organisation.name })
			.from(organisation)
			.where(inArray(organisation.id, [...audience.organisationIds]))
			.orderBy(asc(organisation.name))
			.all()
			.map((o) => o.name);
	if (audience.kind === 'bodies' && audience.bodyIds.length)
		return db
			.select({ name: body.name })
			.from(body)
			.where(inArray(body.id, [...audience.bodyIds]))
			.orderBy(asc(body.name))
			.all()
			.map((b) => b.name);
	return [];
}
