/**
 * The production entry: our own HTTP server around SvelteKit's handler, so the
 * collaboration server can take WebSocket upgrades on the same port.
 *   node build-server/index.js [--demo]
 */
// First: an older Node stops here with a clear message (scripts/build-server.js keeps this import
// out of the bundle, so it runs before the bundle's dependencies are loaded).
import '../scripts/node-version.js';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readConfig } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/client';
import {
	DEMO_ACCOUNTS,
	DEMO_PASSWORD,
	isDatabaseEmpty,
	seedDemoRegion
} from '../src/lib/server/demo/seed';
import { startNotifications } from '../src/lib/server/notifications/jobs';
import { createMailer } from '../src/lib/server/notifications/mail';
import { attachCollaboration } from './collab/index';
import { applyDefaults } from './env';

const settings = applyDefaults(process.env, process.argv.includes('--demo'));

// Migrate (and in demo mode seed an empty database) before the first request.
const db = openDatabase(settings.databasePath);
if (settings.demoMode && isDatabaseEmpty(db)) {
	await seedDemoRegion(db);
	console.log(`Demo data created in ${settings.databasePath}`);
}

const { handler } = await import(pathToFileURL(resolve('build/handler.js')).href);
const server = createServer(handler);
const collab = attachCollaboration(server, db, {
	allowedOrigins: [settings.origin],
	exclusive: true
});
const { smtp } = readConfig();
const stopNotifications = startNotifications(db, smtp ? createMailer(smtp, settings.origin) : null);

server.listen(settings.port, settings.host, () => {
	console.log(`Yhdyspinta is running at ${settings.origin} (database ${settings.databasePath})`);
	if (settings.demoMode) {
		console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
		for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email}`);
	}
	console.log(
		smtp
			? 'Notification email is sent through SMTP_URL'
			: 'No SMTP_URL: notifications are in-app only'
	);
});

async function shutDown(signal: string) {
	console.log(`${signal}: shutting down`);
	stopNotifications();
	// Live documents first: their clients are sent away and pending work is written.
	try {
		await collab.close();
	} catch (err) {
		console.error('Closing the collaboration server failed', err);
	}
	server.close(() => {
		db.$client.close();
		process.exit(0);
	});
	server.closeAllConnections();
}
process.on('SIGTERM', () => void shutDown('SIGTERM'));
process.on('SIGINT', () => void shutDown('SIGINT'));
