import { describe, expect, it } from 'vitest';
import {
	addedChairSentences,
	chairSentence,
	chairSentenceEdit,
	chairSentenceItem,
	chairSentencesInItems
} from './chair-sentences';
import { STANDARD_AGENDA } from './minutes';
import type { MeetingRecord, RecordItem } from './record';
import { paragraphs } from './rich-text';

// 15.15 and 15.40 in Helsinki (UTC+3 in May)
const quarterPast = new Date('2025-05-20T12:15:00Z');
const twentyToFour = new Date('2025-05-20T12:40:00Z');

const item = (
	title: string,
	discussion: string | null,
	decision: string | null = null
): RecordItem => ({
	number: 1,
	key: title,
	title,
	presenter: '',
	public: true,
	reason: '',
	proposal: paragraphs('Puheenjohtaja päättää kokouksen.'),
	discussion: discussion === null ? null : paragraphs(discussion),
	decision: decision === null ? null : paragraphs(decision),
	attachments: []
});

const record = (extra: Partial<MeetingRecord> = {}): MeetingRecord => ({
	kind: 'minutes',
	meeting: {
		id: 1,
		number: '3/2025',
		title: '',
		startsAt: '2025-05-20T10:00:00Z',
		endsAt: '2025-05-20T12:15:00Z',
		place: '',
		openedAt: '2025-05-20T10:02:00Z',
		closedAt: '2025-05-20T12:15:00Z'
	},
	body: { id: 1, name: 'Kuntayhteistyöryhmä', level: 'operational', formal: true },
	attendance: [],
	items: [],
	approvals: [],
	...extra
});

describe("the chair's opening and closing sentences", () => {
	it('read as Finnish minutes write them, in Helsinki time', () => {
		expect(chairSentence('closed', quarterPast)).toBe('Puheenjohtaja päätti kokouksen klo 15.15.');
		expect(chairSentence('opened', '2025-05-20T10:02:00Z')).toBe(
			'Puheenjohtaja avasi kokouksen klo 13.02.'
		);
	});

	it("are carried by the standard agenda's opening and closing items, whatever the case of the title", () => {
		const items = STANDARD_AGENDA.map((s) => ({ title: s.title }));
		expect(chairSentenceItem('opened', items)?.title).toBe(
			'Kokouksen avaus ja läsnäolijoiden toteaminen'
		);
		expect(chairSentenceItem('closed', items)?.title).toBe('Kokouksen päättäminen');
		expect(chairSentenceItem('closed', [{ title: ' kokouksen PÄÄTTÄMINEN ' }])).toBeDefined();
		expect(chairSentenceItem('closed', [{ title: 'Muut asiat' }])).toBeUndefined();
	});

	it('go after what the secretary wrote when the item does not say it', () => {
		expect(chairSentenceEdit('closed', quarterPast, [])).toEqual({
			action: 'append',
			sentence: 'Puheenjohtaja päätti kokouksen klo 15.15.'
		});
		expect(
			chairSentenceEdit('closed', quarterPast, ['Todettiin seuraavan kokouksen aika.'])
		).toMatchObject({ action: 'append' });
	});

	it('leave a sentence the secretary typed in words of their own, in the discussion or the decision', () => {
		expect(
			chairSentenceEdit('closed', quarterPast, [
				'Puheenjohtaja päätti kokouksen ajassa 15.20 ja kiitti osallistujia.'
			])
		).toEqual({ action: 'keep' });
		expect(chairSentenceEdit('closed', quarterPast, ['Kokous päättyi klo 15.20.'])).toEqual({
			action: 'keep'
		});
		expect(
			chairSentenceEdit('closed', quarterPast, [], 'Puheenjohtaja päätti kokouksen klo 15.20.')
		).toEqual({ action: 'keep' });
		expect(
			chairSentenceEdit('opened', quarterPast, [
				'Puheenjohtaja avasi kokouksen ja totesi sen päätösvaltaiseksi.'
			])
		).toEqual({ action: 'keep' });
	});

	it("move the time of the app's own sentence, still as the app wrote it, to the time recorded", () => {
		const own = ['Todettiin.', 'Puheenjohtaja päätti kokouksen klo 15.15.'];
		expect(chairSentenceEdit('closed', quarterPast, own)).toEqual({ action: 'keep' });
		expect(chairSentenceEdit('closed', twentyToFour, own)).toEqual({
			action: 'replace',
			index: 1,
			sentence: 'Puheenjohtaja päätti kokouksen klo 15.40.'
		});
		// Once the secretary has added to it, the sentence is theirs.
		expect(
			chairSentenceEdit('closed', twentyToFour, [
				'Puheenjohtaja päätti kokouksen klo 15.15. Kiitos kaikille.'
			])
		).toEqual({ action: 'keep' });
	});

	it("are noted in a record when any item's discussion or decision says them", () => {
		expect(
			chairSentencesInItems([
				item('Kokouksen päättäminen', null, 'Puheenjohtaja päätti kokouksen klo 15.15.')
			])
		).toEqual(['closed']);
		expect(
			chairSentencesInItems([
				item('Avaus', 'Puheenjohtaja avasi kokouksen klo 13.02.'),
				item('Loppu', 'Kokous päättyi klo 15.15.')
			])
		).toEqual(['opened', 'closed']);
		// The agenda's proposal says what will happen, not what did.
		expect(chairSentencesInItems([item('Kokouksen päättäminen', null)])).toEqual([]);
	});

	it('are added by the rendering only where the items do not say them, and always on records frozen before', () => {
		expect(addedChairSentences(record())).toEqual({
			opened: 'Puheenjohtaja avasi kokouksen klo 13.02.',
			closed: 'Puheenjohtaja päätti kokouksen klo 15.15.'
		});
		expect(addedChairSentences(record({ chairSentencesInItems: ['closed'] }))).toEqual({
			opened: 'Puheenjohtaja avasi kokouksen klo 13.02.',
			closed: null
		});
		expect(addedChairSentences(record({ chairSentencesInItems: ['opened', 'closed'] }))).toEqual({
			opened: null,
			closed: null
		});
		const untimed = record();
		untimed.meeting = { ...untimed.meeting, openedAt: null, closedAt: null };
		expect(addedChairSentences(untimed)).toEqual({ opened: null, closed: null });
	});
});
