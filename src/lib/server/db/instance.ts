import { readConfig } from '../config';
import { openDatabase, type Db } from './client';

let instance: Db | undefined;

/** The process's database, opened on first use from `DATABASE_PATH`. */
export function getDb(): Db {
	instance ??= openDatabase(readConfig().databasePath);
	return instance;
}
