/**
 * A meeting's revision is its iCalendar SEQUENCE (src/lib/server/calendar/feeds.ts).
 * It rises with every change that shows in the meeting's event: time, place,
 * join link, status, the agenda's titles, and whether its agenda or minutes
 * are public. A calendar app then replaces the event it has instead of keeping
 * two of it.
 */
import { sql } from 'drizzle-orm';
import { meeting } from '../db/schema';

/** `revision` one up, counted in the database so that two changes never share a number. */
export const nextRevision = sql<number>`${meeting.revision} + 1`;
