import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The database or an open transaction: what query helpers need. */
export type Queryable = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>;

/** Where the generated migrations live; the production entry runs from the project root. */
const MIGRATIONS_FOLDER = resolve(process.env.MIGRATIONS_PATH ?? 'drizzle');

/**
 * Opens (creating if needed) an SQLite database and brings it up to date.
 * Migrations are idempotent, so every process that opens the file may run them.
 */
export function openDatabase(path: string): Db {
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const sqlite = new Database(path);
	// WAL lets the web server, the collaboration server and backups read while one writes.
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = NORMAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	keepStatementsPrepared(sqlite);
	const db = drizzle(sqlite, { schema });
	migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
	return db;
}

/** Most recently used statements kept; a list filter (`in (?, ?, …)`) makes a new text per length. */
const PREPARED_STATEMENTS_KEPT = 500;

/**
 * drizzle prepares every query anew, and SQLite's prepare was a tenth of a
 * page's server time: statements are kept by their SQL text and reused.
 * drizzle switches a statement to rows as arrays for the calls that map
 * columns itself, so a reused one starts again in the default (objects).
 */
function keepStatementsPrepared(sqlite: Database.Database): void {
	const prepare = sqlite.prepare.bind(sqlite);
	const kept = new Map<string, Database.Statement>();
	sqlite.prepare = ((source: string) => {
		let statement = kept.get(source);
		if (statement) {
			kept.delete(source);
			if (statement.reader) statement.raw(false);
		} else {
			statement = prepare(source);
			if (kept.size >= PREPARED_STATEMENTS_KEPT) kept.delete(kept.keys().next().value!);
		}
		kept.set(source, statement);
		return statement;
	}) as Database.Database['prepare'];
}
