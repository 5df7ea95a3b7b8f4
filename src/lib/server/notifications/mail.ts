/**
 * Notification email through SMTP (nodemailer): one message per notification
 * for 'immediate' users, one morning digest for 'daily' users, each in the
 * recipient's language (their own choice, else their NGO's: recipientLanguage). A notification is marked `emailedAt` only once its message
 * was accepted, so a failure is tried again later and never loses the in-app
 * notification.
 */
import { and, asc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import { escapeHtml } from '../../domain/rich-text';
import {
	DEFAULT_EMAIL_PREFERENCE,
	digestDue,
	NotificationParamsSchema,
	recipientLanguage,
	type NotificationKind
} from '../../domain/notifications';
import type { Language } from '../../domain/roles';
import { translator } from '../../i18n';
import { notificationText } from '../../i18n/notification-text';
import type { Db } from '../db/client';
import { notification, notificationPreference, organisationProfile, user } from '../db/schema';
import { parseStored } from '../db/stored';
import { recipientLanguageColumns, withOrganisationProfile } from '../users/language';

export interface Mailer {
	transport: Transporter;
	/** The From address, e.g. `Yhdyspinta <no-reply@yhdyspinta.fi>`. */
	from: string;
	/** The site's public origin, for absolute links, e.g. `https://yhdyspinta.fi`. */
	origin: string;
}

/** A mailer from SMTP_URL/SMTP_FROM; without SMTP_FROM the sender is no-reply at the site's host name. */
export function createMailer(smtp: { url: string; from: string | null }, origin: string): Mailer {
	return {
		transport: nodemailer.createTransport(smtp.url),
		from: smtp.from ?? `Yhdyspinta <no-reply@${new URL(origin).hostname}>`,
		origin
	};
}

/** An immediate email is tried (again) for this long; after that the notification stays in-app only. */
const IMMEDIATE_WINDOW_MS = 60 * 60 * 1000;

interface Pending {
	id: number;
	userId: number;
	kind: NotificationKind;
	params: string;
	link: string;
	email: string;
	name: string;
	language: Language;
}

/** The effective preference: no row means the default. */
const preferenceOf = sql<string>`coalesce(${notificationPreference.email}, ${DEFAULT_EMAIL_PREFERENCE})`;

function pendingRows(db: Db, preference: 'immediate' | 'daily', since?: Date): Pending[] {
	return db
		.select({
			id: notification.id,
			userId: notification.userId,
			kind: notification.kind,
			params: notification.params,
			link: notification.link,
			email: user.email,
			name: user.name,
			...recipientLanguageColumns
		})
		.from(notification)
		.innerJoin(user, eq(notification.userId, user.id))
		.leftJoin(organisationProfile, withOrganisationProfile)
		.leftJoin(notificationPreference, eq(notificationPreference.userId, user.id))
		.where(
			and(
				isNull(notification.emailedAt),
				isNull(notification.readAt),
				eq(user.active, true),
				eq(preferenceOf, preference),
				since ? gte(notification.createdAt, since) : undefined
			)
		)
		.orderBy(asc(notification.createdAt), asc(notification.id))
		.all()
		.map(({ preferredLanguage, languageChosen, organisationLanguage, ...row }) => ({
			...row,
			language: recipientLanguage({ preferredLanguage, languageChosen, organisationLanguage })
		}));
}

/**
 * Claims rows before the (asynchronous) send, so that a second run starting
 * meanwhile does not send them again; a failed send releases them.
 */
function claim(db: Db, ids: number[], now: Date): void {
	db.update(notification).set({ emailedAt: now }).where(inArray(notification.id, ids)).run();
}

function release(db: Db, ids: number[]): void {
	db.update(notification).set({ emailedAt: null }).where(inArray(notification.id, ids)).run();
}

interface Line {
	text: string;
	url: string;
	/** A meeting invitation's join link, for the email only: in the app the meeting page has it. */
	joinUrl: string | null;
}

function lineOf(mailer: Mailer, row: Pending): Line {
	const params = parseStored(NotificationParamsSchema, row.params, `notification ${row.id}`);
	return {
		text: notificationText(translator(row.language), row.kind, params),
		url: new URL(row.link, mailer.origin).href,
		joinUrl:
			typeof params.onlineUrl === 'string' && params.onlineUrl !== '' ? params.onlineUrl : null
	};
}

function message(
	mailer: Mailer,
	to: Pending,
	subject: string,
	intro: string | null,
	lines: Line[]
) {
	const t = translator(to.language);
	const settings = t.t('notifications.mail.settings', {
		url: new URL('/notifications', mailer.origin).href
	});
	const text = [
		intro,
		...lines.map((l) =>
			[
				l.text,
				t.t('notifications.mail.open', { url: l.url }),
				l.joinUrl && t.t('notifications.mail.join', { url: l.joinUrl })
			]
				.filter(Boolean)
				.join('\n')
		),
		settings
	]
		.filter((part) => part !== null)
		.join('\n\n');
	const link = (url: string, text = url) => `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
	const items = lines.map(
		(l) =>
			`<p>${escapeHtml(l.text)}<br>${link(l.url)}${
				l.joinUrl
					? `<br>${link(l.joinUrl, t.t('notifications.mail.join', { url: l.joinUrl }))}`
					: ''
			}</p>`
	);
	const html = [
		`<!doctype html><html lang="${to.language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>`,
		intro === null ? '' : `<p>${escapeHtml(intro)}</p>`,
		...items,
		`<p><small>${escapeHtml(settings)}</small></p></body></html>`
	].join('');
	return { from: mailer.from, to: { name: to.name, address: to.email }, subject, text, html };
}

async function send(
	db: Db,
	mailer: Mailer,
	ids: number[],
	mail: ReturnType<typeof message>
): Promise<boolean> {
	try {
		await mailer.transport.sendMail(mail);
		return true;
	} catch (err) {
		release(db, ids);
		console.error(`Notification email to user failed (notifications ${ids.join(', ')})`, err);
		return false;
	}
}

/** One email per new notification of each 'immediate' user. Returns how many were sent. */
export async function sendImmediateEmails(
	db: Db,
	mailer: Mailer,
	now: Date = new Date()
): Promise<number> {
	const rows = pendingRows(db, 'immediate', new Date(now.getTime() - IMMEDIATE_WINDOW_MS));
	if (rows.length === 0) return 0;
	claim(
		db,
		rows.map((r) => r.id),
		now
	);
	const sent = await Promise.all(
		rows.map((row) => {
			const line = lineOf(mailer, row);
			const subject = `${translator(row.language).t('app.name')}: ${line.text}`;
			return send(db, mailer, [row.id], message(mailer, row, subject, null, [line]));
		})
	);
	return sent.filter(Boolean).length;
}

/** The day's digest of unread, un-emailed notifications to each 'daily' user it is due for. */
export async function sendDigests(db: Db, mailer: Mailer, now: Date = new Date()): Promise<number> {
	const byUser = new Map<number, Pending[]>();
	for (const row of pendingRows(db, 'daily')) {
		const rows = byUser.get(row.userId);
		if (rows) rows.push(row);
		else byUser.set(row.userId, [row]);
	}
	if (byUser.size === 0) return 0;
	const lastSent = new Map(
		db
			.select({
				userId: notificationPreference.userId,
				digestSentAt: notificationPreference.digestSentAt
			})
			.from(notificationPreference)
			.where(inArray(notificationPreference.userId, [...byUser.keys()]))
			.all()
			.map((p) => [p.userId, p.digestSentAt])
	);
	const due = [...byUser.values()].filter((rows) =>
		digestDue(now, lastSent.get(rows[0].userId) ?? null)
	);
	for (const rows of due)
		claim(
			db,
			rows.map((r) => r.id),
			now
		);
	const sent = await Promise.all(
		due.map(async (rows) => {
			const to = rows[0];
			const t = translator(to.language);
			const mail = message(
				mailer,
				to,
				t.t('notifications.mail.digestSubject', { count: rows.length }),
				t.t('notifications.mail.digestIntro'),
				rows.map((row) => lineOf(mailer, row))
			);
			if (
				!(await send(
					db,
					mailer,
					rows.map((r) => r.id),
					mail
				))
			)
				return false;
			db.insert(notificationPreference)
				.values({ userId: to.userId, digestSentAt: now })
				.onConflictDoUpdate({ target: notificationPreference.userId, set: { digestSentAt: now } })
				.run();
			return true;
		})
	);
	return sent.filter(Boolean).length;
}
