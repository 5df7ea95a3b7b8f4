import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { MeetingRecordSchema } from '../../domain/record';
import { listMyNotifications, notify } from '../notifications/service';
import { insertActor, insertRegion } from '../testing/fixtures';
import { notification } from './schema';
import { CorruptRowError, parseStored } from './stored';
import { createTestDb } from './testing';

describe('stored JSON', () => {
	it('names the row and the first wrong field of a record that does not fit its shape', () => {
		const cutShort = JSON.stringify({ kind: 'minutes', items: [{ number: 'one' }] });
		expect(() => parseStored(MeetingRecordSchema, cutShort, 'minutes record of meeting 3')).toThrow(
			/^Stored minutes record of meeting 3 is corrupt: meeting: /
		);
		expect(() =>
			parseStored(MeetingRecordSchema, '{"kind":', 'minutes record of meeting 3')
		).toThrow(new CorruptRowError('minutes record of meeting 3', 'not JSON'));
	});

	it('stops a use case at a corrupt row with that error, not a TypeError later', () => {
		const db = createTestDb();
		const { countyId } = insertRegion(db, 'pk');
		const anna = insertActor(db, countyId, 'anna@example.fi', 'member');
		notify(db, {
			userIds: [anna.userId],
			kind: 'comment_answered',
			params: { title: 'Hyvinvointisuunnitelma' },
			link: '/consultations/1'
		});
		const { id } = db.select({ id: notification.id }).from(notification).get()!;
		db.update(notification)
			.set({ params: '{"title":{"fi":"Suunnitelma"}}' })
			.where(eq(notification.id, id))
			.run();
		expect(() => listMyNotifications(db, anna)).toThrow(CorruptRowError);
		expect(() => listMyNotifications(db, anna)).toThrow(
			`Stored notification ${id} is corrupt: title:`
		);
	});
});
