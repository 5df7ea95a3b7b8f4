import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
	contentFingerprint,
	MeetingRecordSchema,
	groupedFingerprint,
	publicView,
	signOffHeading,
	type MeetingRecord,
	type RecordItem
} from './record';
import { paragraphs } from './rich-text';

function item(number: number, overrides: Partial<RecordItem> = {}): RecordItem {
	return {
		number,
		key: `item-${number}`,
		title: `Asia ${number}`,
		presenter: 'Hyvinvointikoordinaattori',
		public: true,
		reason: '',
		proposal: paragraphs('Ehdotus.'),
		discussion: paragraphs('Keskustelu.'),
		decision: paragraphs('Päätös.'),
		attachments: [],
		...overrides
	};
}

function record(overrides: Partial<MeetingRecord> = {}): MeetingRecord {
	return {
		kind: 'minutes',
		meeting: {
			id: 1,
			number: '2/2026',
			title: 'HYTE-neuvottelu',
			startsAt: '2026-05-20T10:00:00.000Z',
			endsAt: '2026-05-20T12:00:00.000Z',
			place: 'Kaupungintalo',
			openedAt: '2026-05-20T10:02:00.000Z',
			closedAt: '2026-05-20T11:55:00.000Z'
		},
		body: { id: 10, name: 'Strateginen neuvottelu', level: 'strategic', formal: true },
		attendance: [
			{
				name: 'Maija Meikäläinen',
				title: 'johtaja',
				organisation: 'Kunta',
				role: 'chair',
				status: null,
				wording: '',
				member: true
			}
		],
		items: [
			item(1, {
				attachments: [
					{ id: 1, number: 1, filename: 'talousarvio.pdf', public: true },
					{ id: 2, number: 2, filename: 'henkilöstö.pdf', public: false }
				]
			}),
			item(2, {
				public: false,
				reason: 'JulkL 24 § 1 mom. 25 k',
				attachments: [{ id: 3, number: 3, filename: 'asiakas.pdf', public: false }]
			})
		],
		approvals: [
			{ name: 'Maija Meikäläinen', role: 'chair', approvedAt: '2026-05-21T08:00:00.000Z' }
		],
		...overrides
	};
}

describe('the public view of a record', () => {
	it('keeps only the number, title and reason of a non-public item', () => {
		expect(publicView(record()).items[1]).toEqual({
			number: 2,
			key: 'item-2',
			title: 'Asia 2',
			presenter: '',
			public: false,
			reason: 'JulkL 24 § 1 mom. 25 k',
			proposal: null,
			discussion: null,
			decision: null,
			attachments: []
		});
	});

	it('keeps a public item whole but leaves out its non-public attachments', () => {
		expect(publicView(record()).items[0]).toEqual({
			...record().items[0],
			attachments: [{ id: 1, number: 1, filename: 'talousarvio.pdf', public: true }]
		});
	});

	it('keeps everything else of the record as it is, and leaves the stored record unchanged', () => {
		const original = record();
		const { items: _items, ...rest } = publicView(original);
		const { items: _originalItems, ...originalRest } = record();
		expect(rest).toEqual(originalRest);
		expect(original).toEqual(record());
	});
});

describe('the content fingerprint', () => {
	/** The fingerprint of the record as built above; a function, so that every test computes it itself. */
	const original = () => contentFingerprint(record());

	it('is the SHA-256 of the content, in hex, the same every time', () => {
		expect(original()).toMatch(/^[0-9a-f]{64}$/);
		expect(contentFingerprint(record())).toBe(original());
	});

	it('changes when anything that was approved changes', () => {
		const changed: [string, MeetingRecord][] = [
			[
				'an item’s decision',
				record({ items: [item(1, { decision: paragraphs('Toinen päätös.') }), record().items[1]] })
			],
			['an item’s title', record({ items: [item(1, { title: 'Muu asia' }), record().items[1]] })],
			[
				'an item made public',
				record({ items: [record().items[0], { ...record().items[1], public: true }] })
			],
			['an attachment', record({ items: [item(1), record().items[1]] })],
			[
				'the attendance',
				record({ attendance: [{ ...record().attendance[0], wording: 'poistui klo 13.40' }] })
			],
			[
				'the meeting’s closing time',
				record({ meeting: { ...record().meeting, closedAt: '2026-05-20T11:56:00.000Z' } })
			],
			['the body', record({ body: { ...record().body, formal: false } })],
			['agenda instead of minutes', record({ kind: 'agenda' })]
		];
		for (const [what, other] of changed)
			expect(contentFingerprint(other), what).not.toBe(original());
	});

	it('stays the same when approvals are added or the fingerprint is stored with the record', () => {
		const approved = record({
			approvals: [
				...record().approvals,
				{ name: 'Sihteeri', role: 'secretary', approvedAt: '2026-05-21T09:00:00.000Z' }
			],
			fingerprint: original()
		});
		expect(contentFingerprint(approved)).toBe(original());
		expect(contentFingerprint(record({ approvals: [] }))).toBe(original());
	});

	it('is shown in groups of four characters, as people compare it by eye', () => {
		expect(groupedFingerprint('3f2a9c01ab')).toBe('3f2a 9c01 ab');
		expect(groupedFingerprint('3f2a9c01')).toBe('3f2a 9c01');
		expect(
			groupedFingerprint(original())
				.split(' ')
				.map((g) => g.length)
		).toEqual(Array(16).fill(4));
	});
});

describe('the sign-off', () => {
	it('vouches for the minutes of a formal body and the memo of the others', () => {
		expect(signOffHeading(true)).toBe('Pöytäkirjan vakuudeksi');
		expect(signOffHeading(false)).toBe('Muistion vakuudeksi');
	});
});

describe('a stored record read back', () => {
	const stored = (value: MeetingRecord) => JSON.parse(JSON.stringify(value)) as MeetingRecord;
	const reads = (value: unknown) => v.safeParse(MeetingRecordSchema, value).success;
	const full = record({
		items: [item(1, { requests: [{ organisation: 'Liperin kunta', text: 'Tilannekatsaus' }] })],
		approvals: [
			{ name: 'Maija Meikäläinen', role: 'chair', approvedAt: '2026-05-27T09:00:00.000Z' }
		],
		chairSentencesInItems: ['opened', 'closed'],
		fingerprint: 'ab12'
	});

	it('reads back as it was stored, the agenda and the minutes, with fields of later versions kept', () => {
		expect(v.parse(MeetingRecordSchema, stored(full))).toEqual(full);
		expect(reads(stored(record({ kind: 'agenda', approvals: [] })))).toBe(true);
		const later = { ...stored(full), signedBy: 'someone' };
		expect(v.parse(MeetingRecordSchema, later)).toEqual(later);
	});

	it('refuses a record whose parts do not have their shape', () => {
		// Wrong on purpose: the values are not what the type allows.
		const unlike = (value: unknown) => value as never;
		const broken: [string, (r: MeetingRecord) => void][] = [
			['an unknown kind', (r) => (r.kind = unlike('memo'))],
			['a meeting without its number', (r) => Reflect.deleteProperty(r.meeting, 'number')],
			['a body of an unknown level', (r) => (r.body.level = unlike('national'))],
			['a person without a name', (r) => Reflect.deleteProperty(r.attendance[0], 'name')],
			['an item numbered in words', (r) => (r.items[0].number = unlike('yksi'))],
			['an item whose decision is not rich text', (r) => (r.items[0].decision = unlike('Päätös.'))],
			[
				'an attachment without its file name',
				(r) => Reflect.deleteProperty(r.items[0].attachments[0], 'filename')
			],
			[
				'a request without its text',
				(r) => Reflect.deleteProperty(r.items[0].requests![0], 'text')
			],
			['an approval by an unknown role', (r) => (r.approvals[0].role = unlike('member'))],
			['an unknown chair sentence', (r) => (r.chairSentencesInItems = unlike(['paused']))],
			['a fingerprint that is not text', (r) => (r.fingerprint = unlike(12))]
		];
		for (const [what, breakIt] of broken) {
			const value = stored(
				record({
					items: [
						item(1, {
							attachments: [{ id: 1, number: 1, filename: 'liite.pdf', public: true }],
							requests: [{ organisation: 'Liperin kunta', text: 'Tilannekatsaus' }]
						})
					],
					approvals: [
						{ name: 'Maija Meikäläinen', role: 'chair', approvedAt: '2026-05-27T09:00:00.000Z' }
					]
				})
			);
			expect(reads(value), `before: ${what}`).toBe(true);
			breakIt(value);
			expect(reads(value), what).toBe(false);
		}
	});
});
