/**
 * Two connections co-edit one application's texts through a room on the
 * app's own storage: each change is put down as the change of the user whose
 * connection sent it, and the texts reach the application's columns.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { replaceApplicationText } from '../../src/lib/documents/application-doc';
import { applicationDocName } from '../../src/lib/domain/doc-name';
import { grantApplication, grantCall } from '../../src/lib/server/db/schema';
import { applicationDoc, textEdits } from '../../src/lib/server/grants/live-texts';
import { insertApplication } from '../../src/lib/server/testing/grant-fixtures';
import { grantScene } from '../../src/lib/server/testing/grant-scene';
import { CLOSE } from './close-codes';
import { Room, type Peer } from './room';
import { sqliteStorage } from './sqlite-storage';

const settings = {
	compactAfterUpdates: 1_000,
	projectAfterMs: 60_000,
	unloadAfterMs: 60_000,
	maxAwarenessClientsPerPeer: 4
};

const connection = (userId: number): Peer => ({
	userId,
	canEdit: true,
	send: () => {},
	close: () => {}
});

describe('co-editing an application', () => {
	it('attributes each connection’s changes to its own user and writes the texts through', () => {
		const s = grantScene();
		// The room projects with the clock's time: keep the call open whatever the day.
		s.db
			.update(grantCall)
			.set({ closesAt: new Date(Date.now() + 86_400_000) })
			.where(eq(grantCall.id, s.call.id))
			.run();
		const application = insertApplication(s.db, s.call.id, s.ngoId, s.applicant.userId);
		applicationDoc(s.db, application);
		const room = Room.load(
			sqliteStorage(s.db),
			applicationDocName(application.id),
			settings,
			{ warn: () => {}, error: () => {} },
			() => {}
		)!;
		const maija = connection(s.applicant.userId);
		const matti = connection(s.colleague.userId);
		room.join(maija);
		room.join(matti);

		const edit = (peer: Peer, field: 'activity' | 'targetGroups', text: string) => {
			const copy = new Y.Doc();
			Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.doc));
			const before = Y.encodeStateVector(copy);
			copy.transact(() => replaceApplicationText(copy, field, text));
			room.applyClientUpdate(peer, Y.encodeStateAsUpdate(copy, before));
		};
		edit(maija, 'activity', 'Maijan kuvaus toiminnasta');
		edit(matti, 'targetGroups', 'Nuoret ja heidän perheensä');
		// Leaving writes what is pending: the projection into the columns.
		room.shutDown(CLOSE.GOING_AWAY, 'test over');

		const { last, history } = textEdits(s.db, application.id);
		expect(last.activity?.userName).toBe('hakija');
		expect(last.targetGroups?.userName).toBe('kollega');
		expect(history.map((h) => [h.field, h.userName])).toEqual([
			['targetGroups', 'kollega'],
			['activity', 'hakija']
		]);
		const row = s.db
			.select()
			.from(grantApplication)
			.where(eq(grantApplication.id, application.id))
			.get()!;
		expect([row.activity, row.targetGroups]).toEqual([
			'Maijan kuvaus toiminnasta',
			'Nuoret ja heidän perheensä'
		]);
	});
});
