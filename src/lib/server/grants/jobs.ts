/**
 * The hourly work of grants: remind each recipient of a report that is still
 * expected when its due date nears, and again every week while it is overdue
 * (`reportReminderDue`); `remindedAt` remembers the last reminder. Remind an
 * unfinished draft's organisation before its call closes
 * (`draftReminderDue`); `grant_draft_reminder` remembers each one sent.
 */
import { and, eq, gt, inArray } from 'drizzle-orm';
import { draftReminderDue } from '../../domain/grant-reuse';
import { reportReminderDue } from '../../domain/grants';
import type { Db } from '../db/client';
import {
	grantApplication,
	grantCall,
	grantDraftReminder,
	grantReport,
	organisation
} from '../db/schema';
import { notify } from '../notifications/service';
import { applicantUserIds } from './people';

export function remindOfGrantReports(db: Db, now: Date): void {
	const expected = db
		.select({
			id: grantReport.id,
			status: grantReport.status,
			dueOn: grantReport.dueOn,
			remindedAt: grantReport.remindedAt,
			applicationId: grantReport.applicationId,
			organisationId: grantApplication.organisationId,
			organisation: organisation.name,
			title: grantCall.title
		})
		.from(grantReport)
		.innerJoin(grantApplication, eq(grantReport.applicationId, grantApplication.id))
		.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
		.innerJoin(organisation, eq(grantApplication.organisationId, organisation.id))
		.where(inArray(grantReport.status, ['due', 'returned']))
		.all()
		.filter((report) => reportReminderDue(report, now));
	for (const report of expected) {
		db.transaction((tx) => {
			notify(
				tx,
				{
					userIds: applicantUserIds(tx, report.organisationId),
					kind: 'grant_report_due',
					params: { title: report.title, organisation: report.organisation, dueOn: report.dueOn },
					link: `/grants/applications/${report.applicationId}/grant`
				},
				now
			);
			tx.update(grantReport).set({ remindedAt: now }).where(eq(grantReport.id, report.id)).run();
		});
	}
}

/** Reminds the organisation's people of each draft of an open call before it closes, once per reminder. */
export function remindOfUnfinishedDrafts(db: Db, now: Date): void {
	const drafts = db
		.select({
			id: grantApplication.id,
			organisationId: grantApplication.organisationId,
			organisation: organisation.name,
			title: grantCall.title,
			closesAt: grantCall.closesAt
		})
		.from(grantApplication)
		.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
		.innerJoin(organisation, eq(grantApplication.organisationId, organisation.id))
		.where(and(eq(grantApplication.status, 'draft'), gt(grantCall.closesAt, now)))
		.all();
	for (const draft of drafts) {
		db.transaction((tx) => {
			const sent = tx
				.select({ daysBefore: grantDraftReminder.daysBefore })
				.from(grantDraftReminder)
				.where(eq(grantDraftReminder.applicationId, draft.id))
				.all()
				.map((r) => r.daysBefore);
			const daysBefore = draftReminderDue(draft.closesAt, now, sent);
			if (daysBefore === null) return;
			tx.insert(grantDraftReminder)
				.values({ applicationId: draft.id, daysBefore, sentAt: now })
				.run();
			notify(
				tx,
				{
					userIds: applicantUserIds(tx, draft.organisationId),
					kind: 'grant_draft_reminder',
					params: {
						title: draft.title,
						organisation: draft.organisation,
						closesAt: draft.closesAt.toISOString()
					},
					link: `/grants/applications/${draft.id}`
				},
				now
			);
		});
	}
}
