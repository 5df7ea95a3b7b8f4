import { openDatabase, type Db } from './client';

/** A fresh in-memory database built from the real migrations in `drizzle/`. */
export function createTestDb(): Db {
	return openDatabase(':memory:');
}
