/**
 * The notification centre's clock. The server entry calls `startNotifications`
 * once: every hour it runs the in-app jobs below, then sends pending email;
 * immediate emails also go out as soon as new notifications are committed.
 *
 * Another area's timed notifications (a consultation's "deadline in three
 * days", an upcoming round that has opened) are a `NotificationJob`: import it
 * here and list it in NOTIFICATION_JOBS. A job runs every hour and at start,
 * so it must remember what it already sent (e.g. a `...NoticeSentAt` column)
 * and call `notify` inside its own transaction.
 */
import { runConsultationJobs } from '../consultations/jobs';
import type { Db } from '../db/client';
import { remindOfGrantReports, remindOfUnfinishedDrafts } from '../grants/jobs';
import { serverEvents } from '../events';
import { remindOfSurveyDeadlines } from '../situation/jobs';
import { sendDigests, sendImmediateEmails, type Mailer } from './mail';

export type NotificationJob = (db: Db, now: Date) => void;

export const NOTIFICATION_JOBS: readonly NotificationJob[] = [
	runConsultationJobs,
	remindOfGrantReports,
	remindOfUnfinishedDrafts,
	remindOfSurveyDeadlines
];

const HOUR_MS = 60 * 60 * 1000;

/** Runs every job; one failing job does not stop the others. */
export function runNotificationJobs(
	db: Db,
	now: Date,
	jobs: readonly NotificationJob[] = NOTIFICATION_JOBS
): void {
	for (const job of jobs) {
		try {
			job(db, now);
		} catch (err) {
			console.error(`Notification job ${job.name} failed`, err);
		}
	}
}

function logFailure(err: unknown): void {
	console.error('Sending notification email failed', err);
}

/**
 * Starts the hourly jobs and, with a mailer, the email delivery. Without one
 * (no SMTP settings) notifications stay in-app only. Returns a stop function.
 */
export function startNotifications(db: Db, mailer: Mailer | null): () => void {
	const sendNew = () => {
		if (mailer) sendImmediateEmails(db, mailer).catch(logFailure);
	};
	const hourly = () => {
		const now = new Date();
		runNotificationJobs(db, now);
		if (mailer) {
			// Immediate ones first: anything a failed send left behind, then the digests that are due.
			sendImmediateEmails(db, mailer, now)
				.then(() => sendDigests(db, mailer, now))
				.catch(logFailure);
		}
	};
	serverEvents().on('notificationsCreated', sendNew);
	const timer = setInterval(hourly, HOUR_MS);
	hourly();
	return () => {
		clearInterval(timer);
		serverEvents().off('notificationsCreated', sendNew);
		mailer?.transport.close();
	};
}
