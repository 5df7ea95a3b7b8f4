/**
 * The hourly work of consultations: announce rounds whose opening time has
 * come (a round opened for later is not announced when it is created), and
 * remind those asked who have not commented yet, once, when three days or
 * less remain.
 */
import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import { deadlineReminderDue } from '../../domain/consultations';
import type { Db } from '../db/client';
import { consultationComment, consultationRound } from '../db/schema';
import { notify } from '../notifications/service';
import { audienceUserIds, loadRound, sendOpenNotice } from './rounds';

function announceOpenedRounds(db: Db, now: Date): void {
	const due = db
		.select({ id: consultationRound.id })
		.from(consultationRound)
		.where(
			and(
				isNull(consultationRound.openNoticeSentAt),
				lte(consultationRound.opensAt, now),
				gt(consultationRound.closesAt, now)
			)
		)
		.all();
	for (const { id } of due) db.transaction((tx) => sendOpenNotice(tx, loadRound(tx, id), now));
}

function remindOfDeadlines(db: Db, now: Date): void {
	const candidates = db
		.select({
			id: consultationRound.id,
			opensAt: consultationRound.opensAt,
			closesAt: consultationRound.closesAt
		})
		.from(consultationRound)
		.where(and(isNull(consultationRound.deadlineNoticeSentAt), gt(consultationRound.closesAt, now)))
		.all()
		.filter((round) => deadlineReminderDue(round, now));
	for (const { id } of candidates) {
		db.transaction((tx) => {
			const loaded = loadRound(tx, id);
			const { round } = loaded;
			const commented = new Set(
				tx
					.select({ authorId: consultationComment.authorId })
					.from(consultationComment)
					.where(eq(consultationComment.roundId, round.id))
					.all()
					.map((c) => c.authorId)
			);
			notify(
				tx,
				{
					userIds: audienceUserIds(tx, loaded).filter((id) => !commented.has(id)),
					kind: 'consultation_deadline',
					params: { title: round.title, closesAt: round.closesAt.toISOString() },
					link: `/consultations/${round.id}`
				},
				now
			);
			tx.update(consultationRound)
				.set({ deadlineNoticeSentAt: now })
				.where(eq(consultationRound.id, round.id))
				.run();
		});
	}
}

export function runConsultationJobs(db: Db, now: Date): void {
	announceOpenedRounds(db, now);
	remindOfDeadlines(db, now);
}
