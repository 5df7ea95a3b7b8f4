import type { Actor } from '../../domain/policy';
import { readConfig } from '../config';
import type { Queryable } from '../db/client';
import { getEmailPreference, listMyNotifications } from './service';

/** `/notifications`: one's notifications, how they come by email, and whether email is sent at all. */
export function notificationsPage(db: Queryable, actor: Actor) {
	return {
		...listMyNotifications(db, actor),
		emailPreference: getEmailPreference(db, actor),
		mailEnabled: readConfig().smtp !== null
	};
}
