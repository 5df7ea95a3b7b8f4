/**
 * Plan documents (`document:<id>`) on the same collaboration server as the
 * meetings' documents: the region's coordinators co-edit them, everyone else
 * is refused at the upgrade, and a version frozen afterwards has what they typed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendParagraphs } from '../../src/lib/documents/doc-schema';
import { readSections, sectionText } from '../../src/lib/documents/plan-doc';
import { planDocName } from '../../src/lib/domain/doc-name';
import { createSession } from '../../src/lib/server/auth/session';
import {
	createPlanDocument,
	freezeVersion,
	versionSections
} from '../../src/lib/server/consultations/documents';
import {
	actorOf,
	insertOrganisation,
	insertRegion,
	insertUser
} from '../../src/lib/server/testing/fixtures';
import {
	connectClient,
	createTempDb,
	sameState,
	startServer,
	storedDoc,
	synced,
	upgradeStatus,
	waitFor,
	type Client,
	type RunningServer,
	type TempDb
} from './harness';

let temp: TempDb;
let server: RunningServer;
const clients: Client[] = [];

beforeEach(async () => {
	temp = createTempDb();
	server = await startServer(temp.db, { rooms: { unloadAfterMs: 100, projectAfterMs: 20 } });
});

afterEach(async () => {
	for (const c of clients.splice(0)) c.destroy();
	await server.close();
	temp.remove();
});

describe('plan documents', () => {
	it('are co-edited by the region’s coordinators and refused to anyone else', async () => {
		const { regionId, countyId } = insertRegion(temp.db, 'testi');
		const session = (userId: number) => createSession(temp.db, userId).token;
		const coordinators = [
			insertUser(temp.db, countyId, 'k1@testi.example', 'coordinator'),
			insertUser(temp.db, countyId, 'k2@testi.example', 'coordinator')
		];
		const ngo = insertUser(
			temp.db,
			insertOrganisation(temp.db, regionId, 'Järjestö ry', 'ngo'),
			'ngo@testi.example'
		);
		const coordinator = actorOf(temp.db, coordinators[0].id);
		const document = createPlanDocument(temp.db, coordinator, {
			kind: 'welfare_plan',
			title: 'Hyvinvointisuunnitelma'
		});
		const name = planDocName(document.id);

		expect(await upgradeStatus(server, name, session(ngo.id))).toBe(403);
		expect(
			await upgradeStatus(server, planDocName(document.id + 1), session(coordinators[0].id))
		).toBe(403);

		const [a, b] = coordinators.map((c) => {
			const client = connectClient(server, name, session(c.id));
			clients.push(client);
			return client;
		});
		await Promise.all([synced(a), synced(b)]);
		const [section] = readSections(a.doc);
		appendParagraphs(sectionText(a.doc, section.id), 'Lasten ja nuorten harrastukset.');
		await waitFor(
			() => sectionText(b.doc, section.id).length > 0 && sameState(storedDoc(temp.db, name), a.doc)
		);
		expect(versionSections(freezeVersion(temp.db, coordinator, document.id))[0].text).toBe(
			'Lasten ja nuorten harrastukset.'
		);
	});
});
