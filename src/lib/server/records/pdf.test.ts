import { extractText, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../domain/record';
import { paragraphs, type RichNode } from '../../domain/rich-text';
import { renderRecordPdf } from './pdf';

/** The text of each page; pdf.js copies the bytes it is given, so the buffer stays usable. */
async function pagesOf(pdf: Buffer): Promise<string[]> {
	return (await extractText(new Uint8Array(pdf))).text;
}

const textOf = async (pdf: Buffer) => (await pagesOf(pdf)).join('\n');

const decision: RichNode = {
	type: 'doc',
	content: [
		{
			type: 'paragraph',
			content: [
				{ type: 'text', text: 'Päihdetyö ', marks: [{ type: 'bold' }] },
				{ type: 'text', text: 'jatkuu Åbo Akademin kanssa, ks. ' },
				{
					type: 'text',
					text: 'ohjelma',
					marks: [{ type: 'link', attrs: { href: 'https://example.fi/ohjelma' } }]
				},
				{ type: 'text', text: ' ja ' },
				{
					type: 'text',
					text: 'skripti',
					marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]
				}
			]
		},
		{ type: 'paragraph' },
		{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Jatkotoimet' }] },
		{
			type: 'orderedList',
			attrs: { start: 3 },
			content: [
				{
					type: 'listItem',
					content: [{ type: 'paragraph', content: [{ type: 'text', text: 'kolmas vaihe' }] }]
				}
			]
		},
		{
			type: 'blockquote',
			content: [
				{
					type: 'paragraph',
					content: [
						{ type: 'text', text: 'lainauksen alku' },
						{ type: 'hardBreak' },
						{ type: 'text', text: 'lainauksen loppu' }
					]
				}
			]
		},
		{ type: 'codeBlock', content: [{ type: 'text', text: 'koodirivi' }] },
		{
			type: 'bulletList',
			content: [
				{
					type: 'listItem',
					content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ensimmäinen kohta' }] }]
				},
				{
					type: 'listItem',
					content: [
						{
							type: 'paragraph',
							content: [{ type: 'text', text: 'toinen kohta', marks: [{ type: 'italic' }] }]
						}
					]
				}
			]
		}
	]
};

function minutes(): MeetingRecord {
	return {
		kind: 'minutes',
		meeting: {
			id: 7,
			number: '1/2026',
			title: 'Kevään kokous',
			// 13.00–15.15 in Helsinki (UTC+2 in March)
			startsAt: '2026-03-12T11:00:00.000Z',
			endsAt: '2026-03-12T13:15:00.000Z',
			place: 'Teams',
			openedAt: '2026-03-12T11:02:00.000Z',
			closedAt: '2026-03-12T13:15:00.000Z'
		},
		body: { id: 3, name: 'Kuntayhteistyöryhmä', level: 'operational', formal: false },
		attendance: [
			{
				name: 'Aino Virtanen',
				title: 'kunnanjohtaja',
				organisation: 'Liperi',
				role: 'chair',
				status: 'present',
				wording: 'poistui klo 13.40 ja palasi 14.19',
				member: true
			},
			{
				name: 'Jari Aho',
				title: 'hallintopäällikkö',
				organisation: 'Joensuu',
				role: 'secretary',
				status: 'present',
				wording: '',
				member: true
			},
			{
				name: 'Esko Rautiainen',
				title: 'kunnanjohtaja',
				organisation: 'Rääkkylä',
				role: null,
				status: 'excused',
				wording: '',
				member: true
			},
			{
				name: 'Heini Lehikoinen',
				title: 'hyvinvointikoordinaattori',
				organisation: '',
				role: null,
				status: 'present',
				wording: 'saapui klo 14.22',
				member: false
			}
		],
		items: [
			{
				number: 1,
				key: 'a',
				title: 'Päihdetyön avustukset',
				presenter: 'Jari Aho',
				public: true,
				reason: '',
				proposal: paragraphs('Hyväksytään avustusten periaatteet.'),
				discussion: paragraphs('Keskusteltiin avustuksista.'),
				decision,
				attachments: [{ id: 1, number: 1, filename: 'avustukset.pdf', public: true }]
			},
			{
				number: 2,
				key: 'b',
				title: 'Henkilöstöasia',
				presenter: 'Aino Virtanen',
				public: false,
				reason: 'JulkL 24.1 § 32 k',
				proposal: paragraphs('Käsitellään henkilöstöasia.'),
				discussion: null,
				decision: paragraphs('Salattu kuukausipalkka Zebrakoodi.'),
				attachments: [{ id: 2, number: 2, filename: 'salainen-liite.pdf', public: false }]
			}
		],
		approvals: [
			{ name: 'Aino Virtanen', role: 'chair', approvedAt: '2026-03-13T07:12:00.000Z' },
			{ name: 'Jari Aho', role: 'secretary', approvedAt: '2026-03-13T08:30:00.000Z' }
		]
	};
}

describe('renderRecordPdf', () => {
	it('prints the Finnish header, the attendance and the page numbers', async () => {
		const text = await textOf(await renderRecordPdf(minutes(), 'public'));
		expect(text).toContain('Kuntayhteistyöryhmä');
		expect(text).toContain('Muistio');
		expect(text).toContain('Kokous 1/2026');
		expect(text).toContain('12.3.2026 klo 13.00–15.15');
		expect(text).toContain('Teams');
		expect(text).toContain(
			'kunnanjohtaja Aino Virtanen, pj., Liperi, poistui klo 13.40 ja palasi 14.19'
		);
		expect(text).toContain('Muut osallistujat');
		expect(text).toContain('hyvinvointikoordinaattori Heini Lehikoinen, saapui klo 14.22');
		expect(text).toMatch(/Poissa\s+kunnanjohtaja Esko Rautiainen, Rääkkylä/);
		expect(text).toContain('Puheenjohtaja avasi kokouksen klo 13.02.');
		expect(text).toContain('Puheenjohtaja päätti kokouksen klo 15.15.');
		expect(text).toContain('Sivu 1 / ');
	});

	it('prints the items with their sections, attachments and rich text, keeping ä ö å', async () => {
		const text = await textOf(await renderRecordPdf(minutes(), 'public'));
		expect(text).toContain('1. Päihdetyön avustukset');
		expect(text).toContain('Liite 1 avustukset.pdf');
		expect(text).toContain('Käsittelyehdotus:');
		expect(text).toContain('Käsittely:');
		expect(text).toContain('Päätös:');
		expect(text).toContain('Päihdetyö jatkuu Åbo Akademin kanssa');
		expect(text).toContain('ohjelma (https://example.fi/ohjelma) ja skripti');
		expect(text).not.toContain('javascript:');
		expect(text).toContain('ensimmäinen kohta');
		expect(text).toContain('Jatkotoimet');
		// The list marker is drawn after its text, so pdf.js may give it either side.
		expect(text).toMatch(/3\.\s*kolmas vaihe|kolmas vaihe\s*3\./);
		expect(text).toMatch(/lainauksen alku\s*\n\s*lainauksen loppu/);
		expect(text).toContain('koodirivi');
	});

	it('signs off with the approvers and the Helsinki time of each approval', async () => {
		const text = await textOf(await renderRecordPdf(minutes(), 'public'));
		expect(text).toContain('Muistion vakuudeksi');
		expect(text).toContain('Aino Virtanen');
		expect(text).toContain('puheenjohtaja');
		expect(text).toContain('hyväksytty 13.3.2026 klo 9.12');
		expect(text).toContain('Jari Aho');
		expect(text).toContain('hyväksytty 13.3.2026 klo 10.30');
		expect(text).not.toContain('LUONNOS');
	});

	it('uses "Pöytäkirja" and its sign-off heading for a formal body', async () => {
		const record = minutes();
		record.body.formal = true;
		const text = await textOf(await renderRecordPdf(record, 'members'));
		expect(text).toContain('Pöytäkirja');
		expect(text).toContain('Pöytäkirjan vakuudeksi');
		expect(text).not.toContain('Muistio');
	});

	it('leaves a non-public item to its title and reason in the public PDF', async () => {
		const text = await textOf(await renderRecordPdf(minutes(), 'public'));
		expect(text).toContain('2. Henkilöstöasia');
		expect(text).toContain('Ei julkinen: JulkL 24.1 § 32 k');
		expect(text).not.toContain('Zebrakoodi');
		expect(text).not.toContain('Käsitellään henkilöstöasia');
		expect(text).not.toContain('salainen-liite.pdf');
	});

	it('shows the non-public content to members, marked as not public', async () => {
		const text = await textOf(await renderRecordPdf(minutes(), 'members'));
		expect(text).toContain('Ei julkinen: JulkL 24.1 § 32 k');
		expect(text).toContain('Salattu kuukausipalkka Zebrakoodi.');
		expect(text).toContain('Liite 2 salainen-liite.pdf');
	});

	it('marks every page of unapproved minutes as a draft and repeats the running header', async () => {
		const record = minutes();
		record.approvals = [];
		// Enough items to run over several pages.
		record.items = Array.from({ length: 30 }, (_, i) => ({
			...record.items[0],
			number: i + 1,
			key: `k${i}`
		}));
		const pages = await pagesOf(await renderRecordPdf(record, 'public'));
		expect(pages.length).toBeGreaterThan(1);
		pages.forEach((page, i) => {
			expect(page).toContain('LUONNOS');
			expect(page).toContain('Kuntayhteistyöryhmä · Kokous 1/2026');
			expect(page).toContain(`Sivu ${i + 1} / ${pages.length}`);
		});
		expect(pages.join('\n')).not.toContain('Muistion vakuudeksi');
	});

	it('never ends a page with an item title or a section label', async () => {
		const record = minutes();
		// Items of growing length, so that titles and labels fall at many heights of the page.
		record.items = Array.from({ length: 40 }, (_, i) => ({
			...record.items[0],
			number: i + 1,
			key: `k${i}`,
			title: `Asia numero ${i + 1}`,
			attachments: [],
			proposal: paragraphs(`Ehdotus ${i + 1}. `.repeat(4 + i * 3))
		}));
		const pages = await pagesOf(await renderRecordPdf(record, 'public'));
		expect(pages.length).toBeGreaterThan(3);
		for (const page of pages.slice(0, -1)) {
			// The running header and the page number come after the page's own content.
			const lastContentLine = page.split('\n').at(-3);
			expect(lastContentLine).not.toMatch(
				/^(\d+\. Asia numero|Esittelijä|Käsittelyehdotus:|Käsittely:|Päätös:)/
			);
		}
	});

	it('gives both dates of a meeting that runs past midnight, and leaves out what is not recorded', async () => {
		const record = minutes();
		record.meeting = {
			...record.meeting,
			endsAt: '2026-03-13T08:00:00.000Z',
			place: '',
			openedAt: null,
			closedAt: null
		};
		record.attendance = [];
		const text = await textOf(await renderRecordPdf(record, 'public'));
		expect(text).toContain('12.3.2026 klo 13.00 – 13.3.2026 klo 10.00');
		for (const absent of ['Paikka', 'Osallistujat', 'avasi kokouksen', 'päätti kokouksen']) {
			expect(text).not.toContain(absent);
		}
	});

	it('renders an agenda without attendance, opening, sign-off or draft mark', async () => {
		const record: MeetingRecord = { ...minutes(), kind: 'agenda', approvals: [] };
		const text = await textOf(await renderRecordPdf(record, 'public'));
		expect(text).toContain('Esityslista');
		expect(text).toContain('Kokous 1/2026');
		expect(text).toContain('1. Päihdetyön avustukset');
		for (const absent of [
			'Osallistujat',
			'Poissa',
			'Aino Virtanen, pj.',
			'avasi kokouksen',
			'vakuudeksi',
			'LUONNOS'
		]) {
			expect(text).not.toContain(absent);
		}
	});

	it('sets the document title and author', async () => {
		const { info } = await getMeta(new Uint8Array(await renderRecordPdf(minutes(), 'public')));
		expect(info.Title).toBe('Kuntayhteistyöryhmä – Muistio 1/2026');
		expect(info.Author).toBe('Yhdyspinta');
	});
});
