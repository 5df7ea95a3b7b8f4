/** Wall-clock times in Finland: forms speak Helsinki date and time, the database stores instants. */
import { DateTime } from 'luxon';

export const ZONE = 'Europe/Helsinki';

/** "2026-11-23" + "13.00" or "13:00" → the instant, or null when either part is not a real date or time. */
export function helsinkiInstant(date: string, time: string): Date | null {
	const parsed = DateTime.fromISO(`${date}T${time.replace('.', ':')}`, { zone: ZONE });
	return parsed.isValid ? parsed.toJSDate() : null;
}

/** The same day as `day`, at a Helsinki clock time. */
export function atClockOn(day: Date, time: string): Date | null {
	return helsinkiInstant(isoDate(day), time);
}

/**
 * The Helsinki calendar day and clock of an instant. Pages read these for every
 * meeting they list, so they use one platform formatter rather than building
 * luxon objects, which was a tenth of the calendar's time.
 */
let helsinkiClock: Intl.DateTimeFormat | undefined;

/** Made on first use: a module-level formatter would keep this module, and luxon with it, in every browser bundle that imports it. */
const newHelsinkiClock = () =>
	new Intl.DateTimeFormat('en-GB', {
		timeZone: ZONE,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	});

function helsinkiParts(at: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
	// Stryker disable next-line StringLiteral: every one of these is overwritten by the formatter's part
	const parts = { year: '', month: '', day: '', hour: '', minute: '' };
	helsinkiClock ??= newHelsinkiClock();
	for (const { type, value } of helsinkiClock.formatToParts(at))
		// Stryker disable next-line ConditionalExpression: the other parts (separators) are never read
		if (type in parts) parts[type as keyof typeof parts] = value;
	return parts;
}

/** "2026-11-23" in Helsinki, for date inputs. */
export function isoDate(at: Date): string {
	const { year, month, day } = helsinkiParts(at);
	return `${year}-${month}-${day}`;
}

/** "13:00" in Helsinki, for time inputs. */
export function isoTime(at: Date): string {
	const { hour, minute } = helsinkiParts(at);
	return `${hour}:${minute}`;
}

/** "2026-02-28" yes; "2026-02-31", "2026-2-3" or anything else no. */
export function isIsoDate(value: string): boolean {
	// Stryker disable next-line ObjectLiteral: whether a calendar date exists does not depend on the zone
	return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: ZONE }).isValid;
}

export function helsinkiYear(at: Date): number {
	return Number(helsinkiParts(at).year);
}
