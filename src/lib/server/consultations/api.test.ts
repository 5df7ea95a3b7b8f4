import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readSections, sectionText } from '../../documents/plan-doc';
import { appendParagraphs } from '../../documents/doc-schema';
import { planDocName } from '../../domain/doc-name';
import type { Actor } from '../../domain/policy';
import * as Y from 'yjs';
import { appendUpdate, loadDoc } from '../collab/store';
import type { Db } from '../db/client';
import { createTestDb } from '../db/testing';
import { insertActor, insertOrganisation, insertRegion } from '../testing/fixtures';
import { createPlanDocument, freezeVersion } from './documents';
import { changeClosingTime, openRound } from './rounds';

const testDb = vi.hoisted(() => ({ current: undefined as Db | undefined }));
vi.mock('../db/instance', () => ({ getDb: () => testDb.current! }));

const { GET } = await import('../../../routes/api/consultations/+server');
const { POST } = await import('../../../routes/api/consultations/[id=id]/comments/+server');

type Handler = (event: never) => Response | Promise<Response>;

/** Calls a route handler as Kit would; a thrown `error()` becomes its status and body. */
async function call(
	handler: Handler,
	actor: Actor | null,
	params: Record<string, string> = {},
	body?: unknown
) {
	const request = new Request('http://localhost/api', {
		method: body === undefined ? 'GET' : 'POST',
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	try {
		const response = await handler({ locals: { actor, locale: 'fi' }, params, request } as never);
		return { status: response.status, json: await response.json() };
	} catch (err) {
		const thrown = err as { status?: number; body?: unknown };
		if (typeof thrown.status !== 'number') throw err;
		return { status: thrown.status, json: thrown.body };
	}
}

describe('consultations API', () => {
	let db: Db;
	let ngo: Actor;
	let municipal: Actor;
	let coordinator: Actor;
	let roundId: number;
	let sectionId: string;

	beforeEach(() => {
		db = createTestDb();
		testDb.current = db;
		const r = insertRegion(db, 'pk');
		coordinator = insertActor(db, r.countyId, 'k@example.fi', 'coordinator');
		ngo = insertActor(
			db,
			insertOrganisation(db, r.regionId, 'Mielenvireä ry', 'ngo'),
			'ngo@example.fi',
			'member'
		);
		municipal = insertActor(db, r.municipalityId, 'kunta@example.fi', 'member');
		const documentId = createPlanDocument(db, coordinator, {
			kind: 'welfare_plan',
			title: 'Hyvinvointisuunnitelma'
		}).id;
		const { doc } = loadDoc(db, planDocName(documentId))!;
		const before = Y.encodeStateVector(doc);
		sectionId = readSections(doc)[0].id;
		appendParagraphs(sectionText(doc, sectionId), 'Lasten ja nuorten harrastukset.');
		appendUpdate(db, planDocName(documentId), Y.encodeStateAsUpdate(doc, before));
		const version = freezeVersion(db, coordinator, documentId);
		const now = Date.now();
		roundId = openRound(db, coordinator, documentId, version.id, {
			title: 'Lausuntokierros',
			instructions: '',
			audience: { kind: 'region_ngos', organisationIds: [], bodyIds: [] },
			opensAt: new Date(now - 60_000),
			closesAt: new Date(now + 7 * 24 * 3600_000)
		}).id;
	});

	it('lists the rounds the user may see, with their sections', async () => {
		const listed = await call(GET as Handler, ngo);
		expect(listed.status).toBe(200);
		expect(listed.json).toEqual([
			expect.objectContaining({
				id: roundId,
				title: 'Lausuntokierros',
				documentTitle: 'Hyvinvointisuunnitelma',
				status: 'open',
				sections: [{ id: sectionId, title: 'Johdanto' }]
			})
		]);
		expect((await call(GET as Handler, municipal)).json).toEqual([]);
		expect((await call(GET as Handler, null)).status).toBe(401);
	});

	it('answers 201 with the comment, 400 with field messages, 403 outside the audience and 409 after the deadline', async () => {
		const params = { id: String(roundId) };
		const made = await call(POST as Handler, ngo, params, {
			sectionId,
			body: 'Harrastukset maksuttomiksi.',
			quote: 'nuorten harrastukset',
			onBehalfOfOrganisation: true
		});
		expect(made.status).toBe(201);
		expect(made.json).toMatchObject({
			sectionId,
			body: 'Harrastukset maksuttomiksi.',
			quote: 'nuorten harrastukset',
			onBehalfOfOrganisation: { name: 'Mielenvireä ry' }
		});

		const empty = await call(POST as Handler, ngo, params, { sectionId, body: '  ' });
		expect(empty.status).toBe(400);
		expect(empty.json.issues).toEqual({ body: 'Täytä tämä kenttä.' });
		const badQuote = await call(POST as Handler, ngo, params, {
			sectionId,
			body: 'x',
			quote: 'ei tekstissä'
		});
		expect(badQuote.status).toBe(400);
		expect(badQuote.json.issues).toHaveProperty('quote');
		const otherOrganisation = await call(POST as Handler, ngo, params, {
			sectionId,
			body: 'x',
			onBehalfOfOrganisation: ngo.organisationId + 1
		});
		expect(otherOrganisation.status).toBe(400);
		expect(otherOrganisation.json.issues).toHaveProperty('onBehalfOfOrganisation');

		const notAnObject = await call(POST as Handler, ngo, params, 'Pelkkä teksti');
		expect(notAnObject).toEqual({
			status: 400,
			json: expect.objectContaining({
				issues: { form: 'Lähetä JSON-objekti, jossa on ainakin kentät sectionId ja body.' }
			})
		});

		expect((await call(POST as Handler, municipal, params, { sectionId, body: 'x' })).status).toBe(
			403
		);
		// Access is decided before the body is read: an outsider's bad input is 403 too.
		expect((await call(POST as Handler, municipal, params, 'Pelkkä teksti')).status).toBe(403);
		changeClosingTime(db, coordinator, roundId, new Date());
		expect((await call(POST as Handler, ngo, params, { sectionId, body: 'Myöhässä' })).status).toBe(
			409
		);
		expect((await call(POST as Handler, ngo, { id: '999' }, { sectionId, body: 'x' })).status).toBe(
			404
		);
	});
});
