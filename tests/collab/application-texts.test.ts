/**
 * A grant application's texts (`application:<id>`) on the collaboration
 * server: two people of the applicant NGO co-edit them over real sockets,
 * each change is put down as the change of whoever's connection sent it, the
 * texts reach the application's columns, another NGO is refused at the
 * upgrade, and once the application is submitted everyone connected is
 * read-only.
 */
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceApplicationText } from '../../src/lib/documents/application-doc';
import { applicationDocName } from '../../src/lib/domain/doc-name';
import { createSession } from '../../src/lib/server/auth/session';
import { lastUpdateId } from '../../src/lib/server/collab/store';
import { grantApplication } from '../../src/lib/server/db/schema';
import { emitAfterCommit } from '../../src/lib/server/events';
import { applicationDoc, textEdits } from '../../src/lib/server/grants/live-texts';
import {
	insertBody,
	insertOrganisation,
	insertRegion,
	insertUser
} from '../../src/lib/server/testing/fixtures';
import {
	insertApplication,
	insertBasket,
	insertCall
} from '../../src/lib/server/testing/grant-fixtures';
import { CLOSE } from '../../server/collab/close-codes';
import {
	connectClient,
	createTempDb,
	startServer,
	synced,
	upgradeStatus,
	waitFor,
	type Client,
	type RunningServer,
	type TempDb
} from './harness';

const DAY = 86_400_000;

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

describe('an application’s live texts', () => {
	it('are co-edited by the NGO’s people, each change theirs, and read-only once submitted', async () => {
		const db = temp.db;
		const { regionId, countyId } = insertRegion(db, 'testi');
		const ngoId = insertOrganisation(db, regionId, 'Tuki ry', 'ngo');
		const maija = insertUser(db, ngoId, 'maija@tuki.example');
		const matti = insertUser(db, ngoId, 'matti@tuki.example');
		const outsider = insertUser(
			db,
			insertOrganisation(db, regionId, 'Muu ry', 'ngo'),
			'muu@muu.example'
		);
		const coordinator = insertUser(db, countyId, 'k@testi.example', 'coordinator');
		const now = Date.now();
		// Open by the clock: the server decides access with the time of day.
		const call = insertCall(db, {
			regionId,
			basketId: insertBasket(db, regionId, 'operating', 2027, 1_000_000),
			decidingBodyId: insertBody(db, regionId, 'strategic'),
			createdBy: coordinator.id,
			opensAt: new Date(now - DAY),
			closesAt: new Date(now + DAY)
		});
		const application = insertApplication(db, call.id, ngoId, maija.id, { activity: '' });
		applicationDoc(db, application);
		const name = applicationDocName(application.id);
		const session = (userId: number) => createSession(db, userId).token;

		expect(await upgradeStatus(server, name, session(outsider.id))).toBe(403);

		const [a, b] = [maija, matti].map((person) => {
			const client = connectClient(server, name, session(person.id));
			clients.push(client);
			return client;
		});
		await Promise.all([synced(a), synced(b)]);
		a.doc.transact(() => replaceApplicationText(a.doc, 'activity', 'Maijan kuvaus'));
		b.doc.transact(() => replaceApplicationText(b.doc, 'targetGroups', 'Nuoret'));
		const row = () =>
			db.select().from(grantApplication).where(eq(grantApplication.id, application.id)).get()!;
		await waitFor(
			() => row().activity === 'Maijan kuvaus' && row().targetGroups === 'Nuoret',
			5_000,
			'the texts in the columns'
		);
		const { last } = textEdits(db, application.id);
		expect(last.activity?.userName).toBe('maija');
		expect(last.targetGroups?.userName).toBe('matti');

		db.update(grantApplication)
			.set({ status: 'submitted' })
			.where(eq(grantApplication.id, application.id))
			.run();
		emitAfterCommit('applicationAccessChanged', application.id);
		await waitFor(
			() => [a, b].every((c) => c.closes.some((close) => close.code === CLOSE.ACCESS_CHANGED)),
			2_000,
			'both downgraded'
		);
		await Promise.all([synced(a), synced(b)]);
		const stored = lastUpdateId(db, name);
		a.doc.transact(() => replaceApplicationText(a.doc, 'activity', 'Lähettämisen jälkeen'));
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(lastUpdateId(db, name)).toBe(stored);
		expect(row().activity).toBe('Maijan kuvaus');
	});
});
