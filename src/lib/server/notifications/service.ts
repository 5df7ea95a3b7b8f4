/**
 * The notification centre: other areas call `notify` inside their own
 * transaction; users list their notifications, mark them read and choose how
 * often they get email. Sending email is `mail.ts`; the hourly jobs `jobs.ts`.
 */
import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import {
	DEFAULT_EMAIL_PREFERENCE,
	type EmailPreference,
	NotificationParamsSchema,
	type NotificationKind,
	type NotificationParams
} from '../../domain/notifications';
import type { Actor } from '../../domain/policy';
import { assertCan } from '../access';
import type { Queryable } from '../db/client';
import { notification, notificationPreference, user } from '../db/schema';
import { parseStored } from '../db/stored';
import { notFound } from '../errors';
import { emitAfterCommit } from '../events';

export interface Notice {
	userIds: readonly number[];
	kind: NotificationKind;
	params: NotificationParams;
	/** Site-relative path the notification opens, e.g. `/meetings/3`. */
	link: string;
}

/**
 * Stores one in-app notification per user (deduplicated ids, inactive users
 * skipped) inside the caller's transaction; immediate emails go out after commit.
 */
export function notify(db: Queryable, notice: Notice, now: Date = new Date()): void {
	const ids = [...new Set(notice.userIds)];
	if (ids.length === 0) return;
	const recipients = db
		.select({ id: user.id })
		.from(user)
		.where(and(inArray(user.id, ids), eq(user.active, true)))
		.all();
	if (recipients.length === 0) return;
	const params = JSON.stringify(notice.params);
	db.insert(notification)
		.values(
			recipients.map((r) => ({
				userId: r.id,
				kind: notice.kind,
				params,
				link: notice.link,
				createdAt: now
			}))
		)
		.run();
	// After commit the mailer (if configured) sends whatever is pending for 'immediate' users;
	// if the caller's transaction rolled back, it simply finds nothing new.
	emitAfterCommit('notificationsCreated');
}

/**
 * What a user was notified about has been dealt with by them (e.g. they
 * approved the minutes): their notification of it counts as read.
 */
export function settleNotifications(
	db: Queryable,
	userId: number,
	kind: NotificationKind,
	link: string,
	now: Date = new Date()
): void {
	db.update(notification)
		.set({ readAt: now })
		.where(
			and(
				eq(notification.userId, userId),
				eq(notification.kind, kind),
				eq(notification.link, link),
				isNull(notification.readAt)
			)
		)
		.run();
}

export interface NotificationView {
	id: number;
	kind: NotificationKind;
	params: NotificationParams;
	link: string;
	createdAt: Date;
	readAt: Date | null;
}

export interface MyNotifications {
	notifications: NotificationView[];
	unread: number;
}

/** How many notifications the centre lists: recent ones; older ones stay stored. */
const LIST_LIMIT = 100;

function toView(row: typeof notification.$inferSelect): NotificationView {
	return {
		id: row.id,
		kind: row.kind,
		params: parseStored(NotificationParamsSchema, row.params, `notification ${row.id}`),
		link: row.link,
		createdAt: row.createdAt,
		readAt: row.readAt
	};
}

/** The actor's notifications, newest first, and how many are unread. */
export function listMyNotifications(db: Queryable, actor: Actor): MyNotifications {
	const userId = ownUserId(actor);
	const rows = db
		.select()
		.from(notification)
		.where(eq(notification.userId, userId))
		.orderBy(desc(notification.createdAt), desc(notification.id))
		.limit(LIST_LIMIT)
		.all();
	return { notifications: rows.map(toView), unread: countUnread(db, actor) };
}

/** For the site header on every page: a single count. */
export function countUnread(db: Queryable, actor: Actor): number {
	const userId = ownUserId(actor);
	return db
		.select({ n: count() })
		.from(notification)
		.where(and(eq(notification.userId, userId), isNull(notification.readAt)))
		.get()!.n;
}

export function markRead(
	db: Queryable,
	actor: Actor,
	notificationId: number,
	now: Date = new Date()
): void {
	const row = db
		.select({ userId: notification.userId })
		.from(notification)
		.where(eq(notification.id, notificationId))
		.get();
	if (!row) throw notFound();
	assertCan(actor, 'notification.read', { id: row.userId });
	db.update(notification)
		.set({ readAt: now })
		.where(and(eq(notification.id, notificationId), isNull(notification.readAt)))
		.run();
}

export function markAllRead(db: Queryable, actor: Actor, now: Date = new Date()): void {
	const userId = ownUserId(actor);
	db.update(notification)
		.set({ readAt: now })
		.where(and(eq(notification.userId, userId), isNull(notification.readAt)))
		.run();
}

export function getEmailPreference(db: Queryable, actor: Actor): EmailPreference {
	const userId = ownUserId(actor);
	return (
		db
			.select({ email: notificationPreference.email })
			.from(notificationPreference)
			.where(eq(notificationPreference.userId, userId))
			.get()?.email ?? DEFAULT_EMAIL_PREFERENCE
	);
}

export function setEmailPreference(db: Queryable, actor: Actor, email: EmailPreference): void {
	const userId = ownUserId(actor);
	db.insert(notificationPreference)
		.values({ userId, email })
		.onConflictDoUpdate({ target: notificationPreference.userId, set: { email } })
		.run();
}

/**
 * The signed-in user's own id, once the policy agrees they may see their
 * notifications; the notification centre's forms ask it before they are read.
 */
export function ownUserId(actor: Actor): number {
	assertCan(actor, 'notification.read', { id: actor.userId });
	return actor.userId;
}
