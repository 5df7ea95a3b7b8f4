/**
 * A stand-alone collaboration server for the crash test: bundled on the fly
 * by crash.test.ts and run as a child process, so that it can be killed with
 * SIGKILL. Prints `{"port":N}` on stdout once it listens.
 *   COLLAB_DB=<path> COLLAB_ORIGIN=<origin> node serve.js
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { attachCollaboration } from '../../server/collab/index';
import { openDatabase } from '../../src/lib/server/db/client';

const databasePath = process.env.COLLAB_DB;
const origin = process.env.COLLAB_ORIGIN;
if (!databasePath || !origin) throw new Error('COLLAB_DB and COLLAB_ORIGIN are required');

const db = openDatabase(databasePath);
const http = createServer((_req, res) => {
	res.statusCode = 404;
	res.end();
});
attachCollaboration(http, db, { allowedOrigins: [origin], exclusive: true });
http.listen(0, '127.0.0.1', () => {
	console.log(JSON.stringify({ port: (http.address() as AddressInfo).port }));
});
