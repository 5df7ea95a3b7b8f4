import type { NotificationKind, NotificationParams } from '../domain/notifications';
import type { MessageValues, Translator } from './index';

/**
 * A notification's text in the reader's language. Instants travel as ISO
 * text in the stored params (`closesAt`, `startsAt`); the messages show them as Helsinki
 * date and time.
 */
export function notificationText(
	i18n: Translator,
	kind: NotificationKind,
	params: NotificationParams
): string {
	const values: MessageValues = { ...params };
	if (typeof params.closesAt === 'string') {
		const closesAt = new Date(params.closesAt);
		values.closesDate = i18n.date(closesAt);
		values.closesTime = i18n.time(closesAt);
	}
	if (typeof params.startsAt === 'string') {
		const startsAt = new Date(params.startsAt);
		values.startsDate = i18n.date(startsAt);
		values.startsTime = i18n.time(startsAt);
	}
	if (typeof params.dueOn === 'string')
		values.dueDate = i18n.date(new Date(`${params.dueOn}T12:00:00Z`));
	return i18n.tKey(`notification.${kind}`, values);
}
