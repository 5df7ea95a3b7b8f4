/**
 * `npm run backup [target]`: an online backup of the database with SQLite's
 * backup API, safe while the server runs and writes.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

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
