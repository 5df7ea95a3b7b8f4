import { milestoneSpan } from '../domain/calendar';
import type { Translator } from '../i18n';

/** "15.11.–15.12.2026" for a milestone that runs days, "31.5.2026" for one that is a day. */
export function milestoneDates(
	m: { startsOn: string; endsOn: string | null },
	i18n: Pick<Translator, 'date' | 'dateRange'>
): string {
	const { from, to } = milestoneSpan(m);
	return to ? i18n.dateRange(from, to) : i18n.date(from);
}

/** "15.11.–15.12.2026, käynnissä" while the milestone runs, else just its dates. */
export function milestoneWhen(
	m: { startsOn: string; endsOn: string | null },
	underway: boolean,
	i18n: Pick<Translator, 't' | 'date' | 'dateRange'>
): string {
	const dates = milestoneDates(m, i18n);
	return underway ? i18n.t('calendar.milestone.underway', { dates }) : dates;
}
