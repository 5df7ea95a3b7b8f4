import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appendParagraphs, readItems, textOf } from '../../documents/doc-schema';
import type { Actor } from '../../domain/policy';
import { changeLiveDoc, loadDoc } from '../collab/store';
import type { Db } from '../db/client';
import { body } from '../db/schema';
import { createTestDb } from '../db/testing';
import { scheduleMeeting, sendMinutesToReview, startMeeting } from '../meetings/service';
import { insertActor, insertOrganisation, insertRegion } from '../testing/fixtures';
import { recordMeasure } from './service';

const testDb = vi.hoisted(() => ({ current: undefined as Db | undefined }));
vi.mock('../db/instance', () => ({ getDb: () => testDb.current! }));

const { GET } = await import('../../../routes/api/measures/+server');
const { PATCH } = await import('../../../routes/api/measures/[id=id]/+server');

type Handler = (event: never) => Response | Promise<Response>;

/** Calls a route handler as Kit would; a thrown `error()` becomes its status and body. */
async function call(
	handler: Handler,
	actor: Actor | null,
	{
		params = {},
		search = '',
		body
	}: { params?: Record<string, string>; search?: string; body?: string } = {}
) {
	const url = new URL(`http://localhost/api/measures${search}`);
	const request = new Request(url, { method: body === undefined ? 'GET' : 'PATCH', body });
	try {
		const response = await handler({
			locals: { actor, locale: 'fi' },
			params,
			request,
			url
		} as never);
		return { status: response.status, json: await response.json() };
	} catch (err) {
		const thrown = err as { status?: number; body?: unknown };
		if (typeof thrown.status !== 'number') throw err;
		return { status: thrown.status, json: thrown.body };
	}
}

describe('measures API', () => {
	let owner: Actor;
	let other: Actor;
	let coordinator: Actor;
	let measureId: string;

	beforeEach(() => {
		const db = createTestDb();
		testDb.current = db;
		const r = insertRegion(db, 'pk');
		coordinator = insertActor(db, r.countyId, 'k@example.fi', 'coordinator');
		owner = insertActor(db, r.municipalityId, 'kunta@example.fi', 'member');
		other = insertActor(
			db,
			insertOrganisation(db, r.regionId, 'Toinen kunta', 'municipality'),
			'toinen@example.fi',
			'member'
		);
		const bodyId = db
			.insert(body)
			.values({
				regionId: r.regionId,
				name: 'HYTE',
				level: 'strategic',
				cadenceMin: 1,
				cadenceMax: 2,
				membersCoEditMinutes: false
			})
			.returning()
			.get().id;
		const meetingId = scheduleMeeting(db, coordinator, bodyId, {
			title: '',
			startsAt: new Date('2026-03-01T10:00:00Z'),
			endsAt: new Date('2026-03-01T12:00:00Z'),
			place: '',
			onlineUrl: ''
		}).id;
		startMeeting(db, coordinator, meetingId);
		const itemKey = readItems(loadDoc(db, `minutes:${meetingId}`)!.doc)[2].id;
		changeLiveDoc(db, `minutes:${meetingId}`, (doc) =>
			appendParagraphs(textOf(doc, 'decision', itemKey), 'Sovittiin.')
		);
		sendMinutesToReview(db, coordinator, meetingId);
		const input = {
			kind: 'measure' as const,
			parentId: null,
			title: 'Liikuntatuokiot',
			description: '',
			ownerOrganisationIds: [r.municipalityId],
			responsibleUserId: null,
			responsibleName: '',
			budgetYear: 2026,
			amountEuros: null,
			needsNextYearBudget: false,
			dueDate: null,
			indicatorIds: []
		};
		measureId = String(recordMeasure(db, coordinator, { meetingId, itemKey }, input).id);
	});

	const patch = (actor: Actor | null, body: unknown, id = measureId) =>
		call(PATCH as Handler, actor, {
			params: { id },
			body: typeof body === 'string' ? body : JSON.stringify(body)
		});

	it('lists the year’s measures with the contract’s fields, and refuses a malformed year', async () => {
		const listed = await call(GET as Handler, other, { search: '?year=2026' });
		expect(listed.status).toBe(200);
		expect(Object.keys(listed.json[0])).toEqual(
			expect.arrayContaining([
				'id',
				'title',
				'ownerOrganisationIds',
				'bodyId',
				'sourceMeetingId',
				'budgetYear',
				'dueDate',
				'status',
				'lastUpdate'
			])
		);
		expect((await call(GET as Handler, other, { search: '?year=2027' })).json).toEqual([]);
		expect((await call(GET as Handler, other, { search: '?year=26' })).status).toBe(400);
		expect((await call(GET as Handler, null)).status).toBe(401);
	});

	it('lets an owner organisation’s member and a coordinator patch, and refuses others with 403', async () => {
		const done = await patch(owner, { status: 'in_progress', comment: 'Aloitettu.' });
		expect(done.status).toBe(200);
		expect(done.json).toMatchObject({
			status: 'in_progress',
			lastUpdate: { status: 'in_progress', comment: 'Aloitettu.' }
		});
		expect((await patch(coordinator, { status: 'done', comment: 'Valmis.' })).status).toBe(200);
		expect((await patch(other, { status: 'done', comment: 'Ei meidän.' })).status).toBe(403);
		// Access is decided before the input is read: an outsider's bad input is still 403, an unknown id 404.
		expect((await patch(other, '{not json')).status).toBe(403);
		expect((await patch(owner, { status: 'finished' }, '999')).status).toBe(404);
		expect((await patch(null, { status: 'done' })).status).toBe(401);
		expect((await patch(owner, { status: 'done', comment: 'x' }, '999')).status).toBe(404);
	});

	it('answers bad input with 400 and a message per field', async () => {
		expect(await patch(owner, { status: 'finished' })).toEqual({
			status: 400,
			json: {
				message: 'Korjaa merkityt kohdat.',
				issues: { status: 'Valitse jokin vaihtoehdoista.' }
			}
		});
		expect((await patch(owner, { status: 'not_started' })).json.issues).toEqual({
			comment: 'Kirjoita kommentti, kun tila pysyy samana.'
		});
		expect((await patch(owner, '{not json')).json.issues).toEqual({
			body: 'Pyynnön runko ei ole JSON-muotoinen.'
		});
	});
});
