/**
 * The OParl API against the official OParl 1.1 JSON schemas (copied into
 * tests/oparl/schema/, CC BY-SA 4.0, OParl project). The main test crawls the
 * real routes from the System object, as an OParl client would, so every id
 * and list link must resolve and every object reached must validate.
 */
import Ajv, { type SchemaValidateFunction, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { MeetingRecord, RecordItem } from '../../domain/record';
import { paragraphs } from '../../domain/rich-text';
import type { Db } from '../db/client';
import {
	attachment,
	body,
	meeting,
	membership,
	minutesRecord,
	type Body,
	type Meeting
} from '../db/schema';
import { createTestDb } from '../db/testing';
import { insertRegion, insertUser } from '../testing/fixtures';
import { oparlOrganization, oparlPerson, oparlMembership } from './bodies';
import {
	firstSentence,
	oparlAgendaItem,
	oparlFile,
	oparlMeeting,
	oparlMeetingList
} from './meetings';
import { ELEMENTS_PER_PAGE } from './pagination';

// The routes read the process's database; here it is this test's.
const testDb = vi.hoisted(() => ({ current: undefined as Db | undefined }));
vi.mock('../db/instance', () => ({ getDb: () => testDb.current! }));

const ORIGIN = 'https://yhdyspinta.example.fi';
const API = `${ORIGIN}/oparl/v1`;

const SECRET_DECISION = 'Myönnettiin salainen avustus henkilölle X';
const SECRET_PROPOSAL = 'Salainen esitys henkilöstä X';
const PUBLIC_DECISION =
	'Hyväksyttiin vuosikello esityksen mukaisesti. Lisäksi todettiin klo 13.00 pidetty esittely.';

// ---------------------------------------------------------------- the validator

/**
 * Ajv for the OParl schemas: draft-04, `format: url` as an absolute http(s)
 * URL (ajv-formats' own `url` rejects localhost), and OParl's `schema` keyword
 * (`"type": "object", "schema": "File.json"`) made to validate embedded
 * objects against the named schema, so a Meeting's agenda items and files are
 * checked too. `references`, `backreference` and `cardinality` only document.
 */
function createValidator(): Ajv {
	// The schemas escape ':' and '/' in their type patterns, valid in plain regexes but not with the 'u' flag;
	// and they put `items` on URL strings (external lists), which strict type checks would log.
	const ajv = new Ajv({ allErrors: true, unicodeRegExp: false, strictTypes: false });
	addFormats(ajv, ['date-time', 'date']);
	ajv.addFormat('url', (value: string) => {
		try {
			return ['http:', 'https:'].includes(new URL(value).protocol);
		} catch {
			return false;
		}
	});
	ajv.addVocabulary(['references', 'backreference', 'cardinality']);
	const embedded: SchemaValidateFunction = (name: string, data: unknown) => {
		// Where the value is a URL instead of an object, `type` and `format` already decide.
		if (typeof data !== 'object' || data === null) return true;
		const validate = ajv.getSchema(name.endsWith('.json') ? name : `${name}.json`)!;
		const valid = validate(data) as boolean;
		embedded.errors = validate.errors ?? [];
		return valid;
	};
	ajv.addKeyword({ keyword: 'schema', schemaType: 'string', errors: true, validate: embedded });
	const dir = fileURLToPath(new URL('../../../../tests/oparl/schema/', import.meta.url));
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
		ajv.addSchema(JSON.parse(readFileSync(`${dir}${file}`, 'utf8')), file);
	}
	return ajv;
}

const ajv = createValidator();

/** The schema's errors for an object of the given OParl type, or none. */
function schemaErrors(typeName: string, data: unknown): ValidateFunction['errors'] {
	const validate = ajv.getSchema(`${typeName}.json`);
	if (!validate) throw new Error(`no schema for ${typeName}`);
	return validate(data) ? null : validate.errors;
}

function typeNameOf(object: { type: string }): string {
	return object.type.replace('https://schema.oparl.org/1.1/', '');
}

// ---------------------------------------------------------------- the data

interface World {
	db: Db;
	regionId: number;
	publicBodyId: number;
	privateBodyId: number;
	meetingId: number;
	unpublishedMeetingId: number;
	privateMeetingId: number;
	publicAttachmentId: number;
	hiddenAttachmentId: number;
	nonPublicItemAttachmentId: number;
	chairId: number;
	memberId: number;
	privateChairId: number;
	chairMembershipId: number;
	memberMembershipId: number;
}

function item(number: number, fields: Partial<RecordItem> = {}): RecordItem {
	return {
		number,
		key: `item-${number}`,
		title: `Asia ${number}`,
		presenter: '',
		public: true,
		reason: '',
		proposal: null,
		discussion: null,
		decision: null,
		attachments: [],
		...fields
	};
}

/** A meeting with approved minutes, as sign-off leaves it; published unless `publishedAt` is null. */
function insertMeeting(db: Db, b: Body, sequence: number, publishedAt: Date | null) {
	const startsAt = new Date(Date.UTC(2026, 2, 10, 11, 0) - sequence * 86_400_000);
	return db
		.insert(meeting)
		.values({
			bodyId: b.id,
			sequence,
			year: 2026,
			title: sequence === 1 ? 'Kevätkokous' : '',
			startsAt,
			endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
			place: sequence === 1 ? 'Kaupungintalo, valtuustosali' : '',
			status: publishedAt ? 'published' : 'approved',
			publishedAt,
			createdAt: new Date('2026-01-05T08:00:00Z')
		})
		.returning()
		.get();
}

/** The stored record of a meeting: the full record, as approval stores it (published.ts makes the public view). */
function insertRecord(db: Db, m: Meeting, b: Body, items: RecordItem[]): void {
	const record: MeetingRecord = {
		kind: 'minutes',
		meeting: {
			id: m.id,
			number: `${m.sequence}/${m.year}`,
			title: m.title,
			startsAt: m.startsAt.toISOString(),
			endsAt: m.endsAt.toISOString(),
			place: m.place,
			openedAt: null,
			closedAt: null
		},
		body: { id: b.id, name: b.name, level: b.level, formal: b.formal },
		attendance: [],
		items,
		approvals: []
	};
	db.insert(minutesRecord)
		.values({
			meetingId: m.id,
			data: JSON.stringify(record),
			html: '',
			createdAt: new Date('2026-03-12T10:00:00Z')
		})
		.run();
}

function insertMeetingWithDecision(
	db: Db,
	b: Body,
	sequence: number,
	decision: string,
	publishedAt: Date | null
): number {
	const m = insertMeeting(db, b, sequence, publishedAt);
	insertRecord(db, m, b, [item(1, { decision: paragraphs(decision) })]);
	return m.id;
}

function insertAttachment(
	db: Db,
	meetingId: number,
	itemKey: string,
	filename: string,
	isPublic: boolean,
	uploadedBy: number
): number {
	return db
		.insert(attachment)
		.values({
			meetingId,
			itemKey,
			filename,
			contentType: 'application/pdf',
			size: 1234,
			sha256: 'a'.repeat(64),
			public: isPublic,
			uploadedBy,
			createdAt: new Date('2026-03-01T09:00:00Z')
		})
		.returning()
		.get().id;
}

/**
 * A public body with one detailed published meeting (a public item with a
 * decision and two attachments, a non-public item with secret content), 54
 * more published meetings for a second page, an unpublished meeting, and a
 * non-public body with a published meeting of its own.
 */
function buildWorld(): World {
	const db = createTestDb();
	const r = insertRegion(db, 'oparl');
	const newBody = (name: string, isPublic: boolean) =>
		db
			.insert(body)
			.values({
				regionId: r.regionId,
				name,
				level: 'operational',
				cadenceMin: 2,
				cadenceMax: 3,
				membersCoEditMinutes: false,
				formal: true,
				public: isPublic
			})
			.returning()
			.get();
	const publicBody = newBody('Kuntayhteistyöryhmä', true);
	const privateBody = newBody('Valmisteleva työrukkanen', false);

	// insertUser names a user after their email: "pekka.puheenjohtaja".
	const join = (
		bodyId: number,
		email: string,
		role: 'chair' | 'vice_chair' | 'secretary' | 'member'
	) => {
		const u = insertUser(db, r.countyId, email);
		const membershipId = db
			.insert(membership)
			.values({ bodyId, userId: u.id, role })
			.returning()
			.get().id;
		return { userId: u.id, membershipId };
	};
	const chair = join(publicBody.id, 'pekka.puheenjohtaja@example.fi', 'chair');
	join(publicBody.id, 'veera.vara@example.fi', 'vice_chair');
	join(publicBody.id, 'siiri.sihteeri@example.fi', 'secretary');
	const member = join(publicBody.id, 'jaana.jasen@example.fi', 'member');
	const privateChair = join(privateBody.id, 'salli.salainen@example.fi', 'chair');

	const publishedAt = new Date('2026-03-20T10:00:00Z');
	const detailed = insertMeeting(db, publicBody, 1, publishedAt);
	const meetingId = detailed.id;
	const publicAttachmentId = insertAttachment(
		db,
		meetingId,
		'item-1',
		'vuosikello.pdf',
		true,
		chair.userId
	);
	const hiddenAttachmentId = insertAttachment(
		db,
		meetingId,
		'item-1',
		'luonnos-sisainen.pdf',
		false,
		chair.userId
	);
	const nonPublicItemAttachmentId = insertAttachment(
		db,
		meetingId,
		'item-2',
		'hakemus-henkilo-x.pdf',
		true,
		chair.userId
	);
	insertRecord(db, detailed, publicBody, [
		item(1, {
			title: 'Hyvinvoinnin vuosikello',
			proposal: paragraphs('Hyväksytään vuosikello.'),
			decision: paragraphs(PUBLIC_DECISION),
			attachments: [
				{ id: publicAttachmentId, number: 1, filename: 'vuosikello.pdf', public: true },
				{ id: hiddenAttachmentId, number: 2, filename: 'luonnos-sisainen.pdf', public: false }
			]
		}),
		item(2, {
			title: 'Avustushakemus',
			public: false,
			reason: 'JulkL 24 § 1 mom. 25 k',
			proposal: paragraphs(SECRET_PROPOSAL),
			decision: paragraphs(SECRET_DECISION),
			attachments: [
				{
					id: nonPublicItemAttachmentId,
					number: 3,
					filename: 'hakemus-henkilo-x.pdf',
					public: true
				}
			]
		})
	]);
	for (let sequence = 2; sequence <= 55; sequence++)
		insertMeetingWithDecision(db, publicBody, sequence, 'Merkittiin tiedoksi.', publishedAt);
	const unpublishedMeetingId = insertMeetingWithDecision(
		db,
		publicBody,
		56,
		'Vielä julkaisematon päätös.',
		null
	);
	const privateMeetingId = insertMeetingWithDecision(
		db,
		privateBody,
		1,
		'Ei-julkisen ryhmän päätös.',
		publishedAt
	);

	return {
		db,
		regionId: r.regionId,
		publicBodyId: publicBody.id,
		privateBodyId: privateBody.id,
		meetingId,
		unpublishedMeetingId,
		privateMeetingId,
		publicAttachmentId,
		hiddenAttachmentId,
		nonPublicItemAttachmentId,
		chairId: chair.userId,
		memberId: member.userId,
		privateChairId: privateChair.userId,
		chairMembershipId: chair.membershipId,
		memberMembershipId: member.membershipId
	};
}

// ---------------------------------------------------------------- the client

type Handler = (event: unknown) => Response | Promise<Response>;
const routeModules = import.meta.glob<{ GET: Handler }>('/src/routes/oparl/v1/**/+server.ts', {
	eager: true
});

/** The route files as patterns: "/src/routes/oparl/v1/bodies/[id]/+server.ts" → /^\/oparl\/v1\/bodies\/(?<id>[^/]+)$/. */
const routes = Object.entries(routeModules).map(([file, module]) => {
	const path = file.replace('/src/routes', '').replace(/\/\+server\.ts$/, '');
	const pattern = new RegExp(`^${path.replace(/\[(\w+)\]/g, '(?<$1>[^/]+)')}$`);
	return { pattern, GET: module.GET };
});

interface Fetched {
	status: number;
	headers: Headers;
	json: Record<string, unknown>;
}

/** GET through the real route handlers, as the Kit server would call them. */
async function get(url: string): Promise<Fetched> {
	const parsed = new URL(url);
	const route = routes.find((r) => r.pattern.test(parsed.pathname));
	if (!route) throw new Error(`no OParl route for ${url}`);
	const response = await route.GET({
		url: parsed,
		params: { ...route.pattern.exec(parsed.pathname)!.groups }
	});
	return {
		status: response.status,
		headers: response.headers,
		json: (await response.json()) as Record<string, unknown>
	};
}

/** Every API URL inside a JSON value. */
function apiUrlsIn(value: unknown): string[] {
	if (typeof value === 'string') return value.startsWith(`${API}`) ? [value] : [];
	if (Array.isArray(value)) return value.flatMap(apiUrlsIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(apiUrlsIn);
	return [];
}

/** Every string value inside a JSON value. */
function stringsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(stringsIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
	return [];
}

/** Follows every API link from the System object: what a harvesting OParl client does. */
async function crawl(): Promise<Map<string, Fetched>> {
	const seen = new Map<string, Fetched>();
	const queue = [API];
	while (queue.length > 0) {
		const url = queue.shift()!;
		if (seen.has(url)) continue;
		const fetched = await get(url);
		seen.set(url, fetched);
		queue.push(...apiUrlsIn(fetched.json).filter((u) => !seen.has(u)));
	}
	return seen;
}

// ---------------------------------------------------------------- the tests

let world: World;
let crawled: Map<string, Fetched>;

beforeAll(async () => {
	world = buildWorld();
	testDb.current = world.db;
	crawled = await crawl();
});

describe('the schema validator', () => {
	it('accepts the shapes it should and rejects what the OParl schemas forbid', () => {
		const file = {
			id: `${API}/files/minutes-1`,
			type: 'https://schema.oparl.org/1.1/File',
			accessUrl: 'http://localhost:3000/x.pdf'
		};
		expect(schemaErrors('File', file)).toBeNull();
		expect(schemaErrors('File', { ...file, accessUrl: 'javascript:alert(1)' })).not.toBeNull();
		expect(
			schemaErrors('File', { ...file, type: 'https://schema.oparl.org/1.1/Paper' })
		).not.toBeNull();
		expect(schemaErrors('File', { ...file, created: '2026-03-01 10:00' })).not.toBeNull();
		// Embedded objects are validated too: an agenda item without its required `order`.
		const badItem = {
			id: `${API}/agenda-items/1-1`,
			type: 'https://schema.oparl.org/1.1/AgendaItem'
		};
		expect(
			schemaErrors('Meeting', {
				id: `${API}/meetings/1`,
				type: 'https://schema.oparl.org/1.1/Meeting',
				agendaItem: [badItem]
			})
		).not.toBeNull();
		expect(
			schemaErrors('Meeting', {
				id: `${API}/meetings/1`,
				type: 'https://schema.oparl.org/1.1/Meeting',
				resultsProtocol: { id: `${API}/files/minutes-1`, type: file.type }
			})
		).not.toBeNull();
	});
});

describe('OParl API, crawled from the System object', () => {
	it('resolves every link to a JSON 200 that any site may read', () => {
		for (const [url, fetched] of crawled) {
			expect(fetched.status, url).toBe(200);
			expect(fetched.headers.get('content-type'), url).toBe('application/json; charset=utf-8');
			expect(fetched.headers.get('access-control-allow-origin'), url).toBe('*');
		}
	});

	it('outputs only objects and list elements that validate against the OParl 1.1 schemas', () => {
		const types = new Set<string>();
		for (const [url, { json }] of crawled) {
			const objects = Array.isArray(json.data)
				? (json.data as { type: string }[])
				: [json as { type: string }];
			for (const object of objects) {
				expect(
					schemaErrors(typeNameOf(object), object),
					`${url}: ${JSON.stringify(object).slice(0, 200)}`
				).toBeNull();
				types.add(typeNameOf(object));
			}
		}
		expect([...types].sort()).toEqual([
			'AgendaItem',
			'Body',
			'File',
			'Location',
			'Meeting',
			'Membership',
			'Organization',
			'Person',
			'System'
		]);
	});

	it('gives every object its own absolute URL as id, and builds every URL from the request origin', () => {
		for (const [url, { json }] of crawled) {
			if (!Array.isArray(json.data)) expect(json.id, url).toBe(url);
			const absolute = stringsIn(json).filter((s) => /^[a-z]+:\/\//.test(s));
			for (const value of absolute)
				expect(
					value === ORIGIN ||
						value.startsWith(`${ORIGIN}/`) ||
						value.startsWith('https://schema.oparl.org/'),
					value
				).toBe(true);
		}
	});

	it('never shows the content of a non-public item, non-public bodies, ordinary members or emails', () => {
		const everything = JSON.stringify([...crawled.values()].map((f) => f.json));
		for (const secret of [
			SECRET_DECISION,
			SECRET_PROPOSAL,
			'hakemus-henkilo-x.pdf',
			'luonnos-sisainen.pdf',
			'Valmisteleva työrukkanen',
			'jaana.jasen',
			'salli.salainen',
			'@example.fi',
			'Ei-julkisen ryhmän päätös',
			'Vielä julkaisematon'
		]) {
			expect(everything).not.toContain(secret);
		}
		expect(everything).toContain('pekka.puheenjohtaja');
	});
});

describe('OParl meetings', () => {
	it('embed agenda items with result and resolution text, the minutes PDF and the public attachments', () => {
		const m = oparlMeeting(world.db, ORIGIN, String(world.meetingId))!;
		expect(m).toMatchObject({
			name: 'Kevätkokous 1/2026',
			start: '2026-03-09T13:00:00+02:00',
			end: '2026-03-09T15:00:00+02:00',
			organization: [`${API}/organizations/${world.publicBodyId}`],
			location: { description: 'Kaupungintalo, valtuustosali' },
			resultsProtocol: {
				name: 'Pöytäkirja 1/2026',
				accessUrl: `${ORIGIN}/archive/meetings/${world.meetingId}/minutes.pdf`,
				mimeType: 'application/pdf'
			},
			modified: '2026-03-20T12:00:00+02:00'
		});
		expect(m.auxiliaryFile.map((f) => [f.id, f.accessUrl])).toEqual([
			[
				`${API}/files/attachment-${world.publicAttachmentId}`,
				`${ORIGIN}/attachments/${world.publicAttachmentId}`
			]
		]);
		const [open, closed] = m.agendaItem;
		expect(open).toMatchObject({
			number: '1',
			order: 1,
			name: 'Hyvinvoinnin vuosikello',
			public: true,
			result: 'Hyväksyttiin vuosikello esityksen mukaisesti.',
			resolutionText: PUBLIC_DECISION
		});
		expect(closed).toMatchObject({
			number: '2',
			name: 'Avustushakemus',
			public: false,
			auxiliaryFile: []
		});
		expect(closed).not.toHaveProperty('result');
		expect(closed).not.toHaveProperty('resolutionText');
	});

	it('do not exist unless published, of a public body, and known', () => {
		const { db } = world;
		expect(oparlMeeting(db, ORIGIN, String(world.meetingId))).not.toBeNull();
		for (const id of [world.unpublishedMeetingId, world.privateMeetingId, 999_999]) {
			expect(oparlMeeting(db, ORIGIN, String(id)), `meeting ${id}`).toBeNull();
			expect(oparlFile(db, ORIGIN, `minutes-${id}`), `minutes ${id}`).toBeNull();
			expect(oparlAgendaItem(db, ORIGIN, `${id}-1`), `item of ${id}`).toBeNull();
		}
		for (const id of ['abc', '0', '-1', '1.5', `${world.meetingId}x`])
			expect(oparlMeeting(db, ORIGIN, id), id).toBeNull();
		expect(oparlFile(db, ORIGIN, `attachment-${world.publicAttachmentId}`)).not.toBeNull();
		expect(oparlFile(db, ORIGIN, `attachment-${world.hiddenAttachmentId}`)).toBeNull();
		expect(oparlFile(db, ORIGIN, `attachment-${world.nonPublicItemAttachmentId}`)).toBeNull();
	});

	it('answer 404 in JSON, readable cross-site, for an unpublished meeting', async () => {
		const fetched = await get(`${API}/meetings/${world.unpublishedMeetingId}`);
		expect(fetched.status).toBe(404);
		expect(fetched.json).toEqual({ message: 'Not found' });
		expect(fetched.headers.get('access-control-allow-origin')).toBe('*');
	});

	it('take the first sentence of a decision as its result', () => {
		expect(firstSentence('Merkittiin tiedoksi.')).toBe('Merkittiin tiedoksi.');
		expect(
			firstSentence('Kokous alkoi klo 13.00 ja 1.3.2026 sovittu asia hyväksyttiin. Muuta ei.')
		).toBe('Kokous alkoi klo 13.00 ja 1.3.2026 sovittu asia hyväksyttiin.');
		expect(firstSentence('Päätettiin jatkaa\n\nToinen kappale.')).toBe('Päätettiin jatkaa');
	});
});

describe('OParl people and organizations', () => {
	it('show only the officers of public bodies, with their roles in Finnish', () => {
		const { db } = world;
		expect(oparlPerson(db, ORIGIN, String(world.chairId))).toMatchObject({
			name: 'pekka.puheenjohtaja',
			body: `${API}/bodies/${world.regionId}`,
			membership: [
				{
					role: 'puheenjohtaja',
					organization: `${API}/organizations/${world.publicBodyId}`,
					person: `${API}/people/${world.chairId}`
				}
			]
		});
		expect(oparlPerson(db, ORIGIN, String(world.memberId))).toBeNull();
		expect(oparlPerson(db, ORIGIN, String(world.privateChairId))).toBeNull();
		expect(oparlMembership(db, ORIGIN, String(world.chairMembershipId))).not.toBeNull();
		expect(oparlMembership(db, ORIGIN, String(world.memberMembershipId))).toBeNull();
	});

	it('are public bodies only, classified by their level', () => {
		const { db } = world;
		const organization = oparlOrganization(db, ORIGIN, String(world.publicBodyId))!;
		expect(organization).toMatchObject({
			name: 'Kuntayhteistyöryhmä',
			organizationType: 'Gremium',
			classification: 'Operatiivinen taso'
		});
		expect(organization.membership).toHaveLength(3);
		expect(oparlOrganization(db, ORIGIN, String(world.privateBodyId))).toBeNull();
	});
});

describe('OParl pagination', () => {
	it('pages lists by 50 with absolute links, the second page linking back', () => {
		const list = `${API}/bodies/${world.regionId}/meetings`;
		const first = oparlMeetingList(world.db, ORIGIN, String(world.regionId), 1)!;
		expect(first.data).toHaveLength(ELEMENTS_PER_PAGE);
		expect(first.links).toEqual({
			first: `${list}?page=1`,
			last: `${list}?page=2`,
			next: `${list}?page=2`
		});
		const second = oparlMeetingList(world.db, ORIGIN, String(world.regionId), 2)!;
		expect(second.pagination).toEqual({
			totalElements: 55,
			elementsPerPage: 50,
			currentPage: 2,
			totalPages: 2
		});
		expect(second.links).toEqual({
			first: `${list}?page=1`,
			last: `${list}?page=2`,
			prev: `${list}?page=1`
		});
		expect(second.data).toHaveLength(5);
		// Newest first across pages, with no meeting on both.
		const ids = [...first.data, ...second.data].map((m) => m.id);
		expect(new Set(ids).size).toBe(55);
		expect(ids[0]).toBe(`${API}/meetings/${world.meetingId}`);
	});

	it('refuses a malformed page number and answers an unknown body with 404', async () => {
		expect((await get(`${API}/bodies/${world.regionId}/meetings?page=0`)).status).toBe(400);
		expect((await get(`${API}/bodies/${world.regionId}/meetings?page=x`)).status).toBe(400);
		expect((await get(`${API}/bodies/999999/meetings`)).status).toBe(404);
		expect((await get(`${API}/bodies/${world.regionId}/meetings?page=3`)).json.data).toEqual([]);
	});
});
