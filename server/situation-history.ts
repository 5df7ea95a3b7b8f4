/**
 * `npm run situation:history`: loads the national picture's earlier years
 * (2022–2025, from the public reports) into the database at DATABASE_PATH,
 * as published years, for the regions it holds. A year already there is left
 * alone, so running it again, or after adding regions, is safe: add the
 * regions first, since a year once loaded is not filled in later.
 */
// First: an older Node stops here with a clear message (see server/index.ts).
import '../scripts/node-version.js';
import { openDatabase } from '../src/lib/server/db/client';
import { region } from '../src/lib/server/db/schema';
import { loadSituationHistory } from '../src/lib/server/situation/history';

const path = process.env.DATABASE_PATH || './data/yhdyspinta.db';
const db = openDatabase(path);
try {
	// A year once loaded is left alone: loading before the regions exist would leave it empty for good.
	if (db.select({ id: region.id }).from(region).limit(1).get() === undefined) {
		console.error(`No regions in ${path}: add the regions first`);
		process.exitCode = 1;
	} else {
		const years = loadSituationHistory(db, new Date());
		console.log(
			years.length > 0
				? `Loaded the situational picture of ${years.join(', ')} into ${path}`
				: `The situational picture's history was already in ${path}`
		);
	}
} finally {
	db.$client.close();
}
