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

/** "2026-11-23" in Helsinki, for date inputs. */
export function isoDate(at: Date): string {
	return DateTime.fromJSDate(at, { zone: ZONE }).toISODate()!;
}

/** "13:00" in Helsinki, for time inputs. */
export function isoTime(at: Date): string {
	return DateTime.fromJSDate(at, { zone: ZONE }).toFormat('HH:mm');
}

/** "2026-02-28" yes; "2026-02-31", "2026-2-3" or anything else no. */
export function isIsoDate(value: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: ZONE }).isValid;
}

export function helsinkiYear(at: Date): number {
	return DateTime.fromJSDate(at, { zone: ZONE }).year;
}
