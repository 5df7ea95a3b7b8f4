/**
 * The hourly work of grants: remind each recipient of a report that is still
 * expected when its due date nears, and again every week while it is overdue
 * (`reportReminderDue`); `remindedAt` remembers the last reminder.
 */
import { eq, inArray } from 'drizzle-orm';
import { reportReminderDue } from '../../domain/grants';
import type { Db } from '../db/client';
import { grantApplication, grantCall, grantReport, organisation } from '../db/schema';
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
