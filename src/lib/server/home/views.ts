/** What every page's header shows, and the front page. */
import { can, type Actor } from '../../domain/policy';
import { calendarGlance } from '../calendar/year';
import type { Queryable } from '../db/client';
import { countUnread } from '../notifications/service';
import { surveyLinks } from '../situation/answers';
import { getHomeOverview } from './overview';

/** The header's administration and survey links and unread count; a visitor has none. */
export function siteHeader(db: Queryable, actor: Actor | null) {
	return {
		canAdmin: can(actor, 'admin.access', null),
		unreadNotifications: actor ? countUnread(db, actor) : 0,
		surveyLinks: surveyLinks(db, actor)
	};
}

/** `/` for a signed-in user: their bodies, what waits for them, and the calendar at a glance. */
export function frontPage(db: Queryable, actor: Actor, now: Date) {
	return {
		overview: getHomeOverview(db, actor, now),
		calendar: calendarGlance(db, actor, now)
	};
}
