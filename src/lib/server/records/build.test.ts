import { describe, expect, it } from 'vitest';
import { membership } from '../db/schema';
import { body } from '../db/schema';
import { createTestDb } from '../db/testing';
import { scheduleMeeting, startMeeting } from '../meetings/service';
import { actorOf, insertRegion, insertUser } from '../testing/fixtures';
import { buildMeetingRecord } from './build';
import { richTextToPlain } from '../../domain/rich-text';

describe('meeting records', () => {
	it('carry items, proposals and attendance from the live documents', () => {
		const db = createTestDb();
		const r = insertRegion(db, 'rec');
		const bodyId = db
			.insert(body)
			.values({
				regionId: r.regionId,
				name: 'Ryhmä',
				level: 'operational',
				cadenceMin: 2,
				cadenceMax: 3,
				membersCoEditMinutes: false
			})
			.returning()
			.get().id;
		const secretary = insertUser(db, r.countyId, 's@example.fi');
		db.insert(membership).values({ bodyId, userId: secretary.id, role: 'secretary' }).run();
		const actor = actorOf(db, secretary.id);
		const m = scheduleMeeting(db, actor, bodyId, {
			title: '',
			startsAt: new Date('2026-03-01T10:00:00Z'),
			endsAt: new Date('2026-03-01T12:00:00Z'),
			place: '',
			onlineUrl: ''
		});
		const agenda = buildMeetingRecord(db, m.id, 'agenda');
		expect(agenda.items[0]).toMatchObject({
			number: 1,
			title: 'Kokouksen avaus ja läsnäolijoiden toteaminen',
			public: true
		});
		expect(richTextToPlain(agenda.items[0].proposal)).toBe(
			'Puheenjohtaja avaa kokouksen. Todetaan läsnäolijat.'
		);
		startMeeting(db, actor, m.id);
		const minutes = buildMeetingRecord(db, m.id, 'minutes');
		expect(minutes.attendance.map((a) => a.name)).toEqual(['s']);
		expect(minutes.items).toHaveLength(agenda.items.length);
		expect(minutes.meeting.number).toBe('1/2026');
	});
});
