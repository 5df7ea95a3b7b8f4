/**
 * `npm run backup [target]`: an online backup of the database with SQLite's
 * backup API, safe while the server runs and writes, plus the attachment files
 * beside it (stored under their content hash, so they never change in place).
 */
// First: an older Node stops here with a clear message (see server/index.ts).
import '../scripts/node-version.js';
import Database from 'better-sqlite3';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const source = process.env.DATABASE_PATH || './data/yhdyspinta.db';
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = resolve(process.argv[2] ?? `./backups/yhdyspinta-${stamp}.db`);

const db = new Database(source, { fileMustExist: true });
mkdirSync(dirname(target), { recursive: true });
try {
	await db.backup(target);
	console.log(`Backed up ${source} to ${target}`);
} finally {
	db.close();
}

const attachments = join(dirname(resolve(source)), 'attachments');
if (existsSync(attachments)) {
	const copy = `${target}.attachments`;
	cpSync(attachments, copy, { recursive: true, filter: (path) => !path.endsWith('.tmp') });
	console.log(`Copied attachments to ${copy}`);
}
