import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { beforeEach, describe, expect, it } from 'vitest';
import {
	appendParagraphs,
	plainText,
	readItems,
	textOf,
	type TextField
} from '../../documents/doc-schema';
import type { Actor } from '../../domain/policy';
import type { MeetingRecord } from '../../domain/record';
import { changeLiveDoc } from '../collab/store';
import type { Db } from '../db/client';
import { body, membership, minutesRecord } from '../db/schema';
import { createTestDb } from '../db/testing';
import {
	recordMeetingTimes,
	scheduleMeeting,
	sendMinutesToReview,
	startMeeting
} from '../meetings/service';
import { actorOf, insertRegion, insertUser } from '../testing/fixtures';
import { renderRecordHtml } from './html';
import { renderRecordPdf } from './pdf';
import { approveMinutes, requestChanges } from './signoff';

const fixture = (name: string) =>
	readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const count = (text: string, phrase: string) => text.split(phrase).length - 1;
const pdfText = async (record: MeetingRecord) =>
	(await extractText(new Uint8Array(await renderRecordPdf(record, 'public')))).text.join('\n');

describe("the chair's sentences in a record", () => {
	it('render a record frozen before the app wrote them exactly as before, byte for byte', async () => {
		// Built the old way: the secretary typed the closing sentence, and the record has no chairSentencesInItems.
		const old = JSON.parse(fixture('record-before-chair-sentences.json')) as MeetingRecord;
		expect(renderRecordHtml(old)).toBe(fixture('record-before-chair-sentences.html'));
		// It said the sentences twice then, and still does.
		expect(count(await pdfText(old), 'Puheenjohtaja päätti kokouksen klo 15.15.')).toBe(2);
	});

	describe('written into the minutes', () => {
		let db: Db;
		let chair: Actor;
		let secretary: Actor;
		let meetingId: number;

		beforeEach(() => {
			db = createTestDb();
			const r = insertRegion(db, 'cs');
			const bodyId = db
				.insert(body)
				.values({
					regionId: r.regionId,
					name: 'Kuntayhteistyöryhmä',
					level: 'operational',
					cadenceMin: 2,
					cadenceMax: 3,
					membersCoEditMinutes: false
				})
				.returning()
				.get().id;
			const add = (email: string, role: 'chair' | 'secretary') => {
				const u = insertUser(db, r.municipalityId, email);
				db.insert(membership).values({ bodyId, userId: u.id, role }).run();
				return actorOf(db, u.id);
			};
			chair = add('pj@example.fi', 'chair');
			secretary = add('siht@example.fi', 'secretary');
			// 12.00–14.00 in Helsinki (UTC+2 in March)
			meetingId = scheduleMeeting(db, secretary, bodyId, {
				title: '',
				startsAt: new Date('2026-03-01T10:00:00Z'),
				endsAt: new Date('2026-03-01T12:00:00Z'),
				place: '',
				onlineUrl: ''
			}).id;
			startMeeting(db, secretary, meetingId, new Date('2026-03-01T10:02:00Z'));
		});

		const itemText = (title: string, field: TextField) => {
			const doc = changeLiveDoc(db, `minutes:${meetingId}`, () => {});
			return plainText(textOf(doc, field, readItems(doc).find((i) => i.title === title)!.id));
		};
		const type = (title: string, field: TextField, text: string) =>
			changeLiveDoc(db, `minutes:${meetingId}`, (doc) =>
				appendParagraphs(
					textOf(doc, field, readItems(doc).find((i) => i.title === title)!.id),
					text
				)
			);
		const approveAll = () => {
			approveMinutes(db, chair, meetingId, new Date('2026-03-02T08:00:00Z'));
			approveMinutes(db, secretary, meetingId, new Date('2026-03-02T09:00:00Z'));
			const stored = db
				.select()
				.from(minutesRecord)
				.where(eq(minutesRecord.meetingId, meetingId))
				.get()!;
			return { html: stored.html, record: JSON.parse(stored.data) as MeetingRecord };
		};

		it('say each once, in the opening and closing items, as editable text', async () => {
			expect(itemText('Kokouksen avaus ja läsnäolijoiden toteaminen', 'discussion')).toBe(
				'Puheenjohtaja avasi kokouksen klo 12.02.'
			);
			recordMeetingTimes(db, secretary, meetingId, {
				openedAt: new Date('2026-03-01T10:02:00Z'),
				closedAt: new Date('2026-03-01T11:50:00Z')
			});
			expect(itemText('Kokouksen päättäminen', 'discussion')).toBe(
				'Puheenjohtaja päätti kokouksen klo 13.50.'
			);

			sendMinutesToReview(db, secretary, meetingId);
			const { html, record } = approveAll();
			expect(record.chairSentencesInItems).toEqual(['opened', 'closed']);
			expect(count(html, 'Puheenjohtaja avasi kokouksen klo 12.02.')).toBe(1);
			expect(count(html, 'Puheenjohtaja päätti kokouksen klo 13.50.')).toBe(1);
			const pdf = await pdfText(record);
			expect(count(pdf, 'avasi kokouksen')).toBe(1);
			expect(count(pdf, 'päätti kokouksen')).toBe(1);
		});

		it('leave the closing sentence the secretary typed, and the record says it once', async () => {
			type('Kokouksen päättäminen', 'decision', 'Puheenjohtaja päätti kokouksen klo 13.45.');
			sendMinutesToReview(db, secretary, meetingId, new Date('2026-03-01T11:50:00Z'));
			expect(itemText('Kokouksen päättäminen', 'discussion')).toBe('');

			const { html, record } = approveAll();
			expect(count(html, 'päätti kokouksen')).toBe(1);
			expect(html).toContain('<h4>Päätös</h4><p>Puheenjohtaja päätti kokouksen klo 13.45.</p>');
			expect(count(await pdfText(record), 'päätti kokouksen')).toBe(1);
		});

		it("take the closing time confirmed on the way to review into the app's own sentence, and leave the secretary's words", () => {
			type('Kokouksen päättäminen', 'discussion', 'Todettiin seuraavan kokouksen aika.');
			sendMinutesToReview(db, secretary, meetingId, new Date('2026-03-01T11:50:00Z'));
			expect(itemText('Kokouksen päättäminen', 'discussion')).toBe(
				'Todettiin seuraavan kokouksen aika.\n\nPuheenjohtaja päätti kokouksen klo 13.50.'
			);

			requestChanges(db, chair, meetingId, 'Kokous päättyi myöhemmin.');
			sendMinutesToReview(db, secretary, meetingId, new Date('2026-03-01T11:58:00Z'));
			expect(itemText('Kokouksen päättäminen', 'discussion')).toBe(
				'Todettiin seuraavan kokouksen aika.\n\nPuheenjohtaja päätti kokouksen klo 13.58.'
			);
		});

		it('add the sentence when rendering minutes whose items do not say it (the closing item removed)', () => {
			changeLiveDoc(db, `minutes:${meetingId}`, (doc) => {
				const items = doc.getArray('items');
				items.delete(items.length - 1, 1);
			});
			sendMinutesToReview(db, secretary, meetingId, new Date('2026-03-01T11:50:00Z'));
			const { html, record } = approveAll();
			expect(record.chairSentencesInItems).toEqual(['opened']);
			expect(html).toContain(
				'<p>Puheenjohtaja päätti kokouksen klo 13.50.</p><h3>Muistion vakuudeksi</h3>'
			);
			expect(count(html, 'avasi kokouksen')).toBe(1);
		});
	});
});
