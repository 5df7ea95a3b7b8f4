/**
 * The collaboration server as `npm run dev` runs it: loaded through Vite's
 * SSR module graph by vite-plugin.ts, so it shares modules (the access events
 * emitter, the schema) with the SvelteKit server code of the dev server.
 */
import { readConfig } from '../../src/lib/server/config';
import { openDatabase } from '../../src/lib/server/db/client';
import { attachCollaboration, type CollabServer, type UpgradeSource } from './index';

export function startDevCollaboration(
	httpServer: UpgradeSource,
	allowedOrigins: () => readonly string[]
): CollabServer {
	const db = openDatabase(readConfig().databasePath);
	// Vite's HMR socket shares the server: only /collab/ upgrades are ours.
	const collab = attachCollaboration(httpServer, db, { allowedOrigins, exclusive: false });
	return {
		loadedDocuments: () => collab.loadedDocuments(),
		async close() {
			await collab.close();
			db.$client.close();
		}
	};
}
