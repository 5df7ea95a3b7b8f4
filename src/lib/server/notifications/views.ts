import type { Actor } from '../../domain/policy';
import { translator } from '../../i18n';
import { notificationText } from '../../i18n/notification-text';
import { readConfig } from '../config';
import type { Queryable } from '../db/client';
import { recipientLanguageOf } from '../users/language';
import { getEmailPreference, listMyNotifications } from './service';

/**
 * `/notifications`: one's notifications, how they come by email, and whether
 * email is sent at all. Each text is in the recipient's language, as its email
 * is: a Swedish-speaking NGO's people read its messages in Swedish even where
 * the page around them is Finnish.
 */
export function notificationsPage(db: Queryable, actor: Actor) {
	const { notifications, unread } = listMyNotifications(db, actor);
	const language = recipientLanguageOf(db, actor.userId);
	const t = translator(language);
	return {
		notifications: notifications.map((n) => ({
			...n,
			text: notificationText(t, n.kind, n.params),
			language
		})),
		unread,
		emailPreference: getEmailPreference(db, actor),
		mailEnabled: readConfig().smtp !== null
	};
}
