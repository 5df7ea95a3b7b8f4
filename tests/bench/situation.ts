/**
 * `npm run bench:situation`: the server time of the national picture's pages with 22 regions and
 * five published years. Builds a database of its own with 22 regions, each with a submitted answer
 * to each year's 20 questions, then times each page's server function as its route calls it.
 * Prints a table, asserts nothing.
 *
 * Target: every page under 100 ms (the median) on this machine.
 *
 * Then the national installation's cost to one region (national-scale.ts): the demo coordinator's
 * front page and calendar with 22 regions as busy as the demo county, at most 1.5× their times
 * with the demo county alone.
 */
// First: an older Node stops here with a clear message.
import '../../scripts/node-version.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnswerValue, QuestionKind } from '../../src/lib/domain/survey';
import { openDatabase, type Db } from '../../src/lib/server/db/client';
import { picturePage, regionHistory } from '../../src/lib/server/situation/picture';
import { insertRegion } from '../../src/lib/server/testing/fixtures';
import {
	insertSurvey,
	insertSurveyAnswer,
	setRegionFacts
} from '../../src/lib/server/testing/situation-fixtures';
import { measureNationalScale, NATIONAL_SCALE_TARGET } from './national-scale';
import { printTable, printTimings, TIMED_RUNS, WARM_UP_RUNS } from './timings';

const REGIONS = 22;
const YEARS = [2021, 2022, 2023, 2024, 2025];
const TARGET_MS = 100;

/** The measures' questions and enough others to make a survey of the seed's size. */
const QUESTIONS: { key: string; kind: QuestionKind }[] = [
	{ key: 'ngo_grants', kind: 'money' },
	{ key: 'stea_c_grants', kind: 'money' },
	{ key: 'county_structure', kind: 'structure' },
	{ key: 'ngo_structure', kind: 'structure' },
	{ key: 'cooperation_document', kind: 'document' },
	{ key: 'hyte_negotiations', kind: 'choice' },
	...Array.from({ length: 14 }, (_, i) => ({ key: `question_${i}`, kind: 'text' as const }))
];

function valueOf(kind: QuestionKind, seed: number): AnswerValue {
	switch (kind) {
		case 'money':
			return { kind, cents: 10_000_000 + seed * 7_919 };
		case 'structure':
			return { kind, structure: seed % 2 ? 'formal' : 'informal', name: 'Kumppanuuspöytä' };
		case 'document':
			return { kind, state: seed % 3 ? 'present' : 'in_preparation', name: 'Yhteistyöasiakirja' };
		case 'choice':
			return { kind, choice: seed % 2 ? 'with_ngos' : 'without_ngos' };
		default:
			return { kind: 'text', text: `Vastaus ${seed}: vahvuudet ja kehittämistarpeet.` };
	}
}

function seed(db: Db): string {
	const regions = Array.from({ length: REGIONS }, (_, i) => {
		const { regionId } = insertRegion(db, `alue-${i + 1}`);
		setRegionFacts(db, regionId, 60_000 + i * 25_000, i !== REGIONS - 1);
		return regionId;
	});
	db.transaction(() => {
		for (const year of YEARS) {
			const surveyId = insertSurvey(db, year, QUESTIONS);
			regions.forEach((regionId, r) =>
				insertSurveyAnswer(
					db,
					surveyId,
					regionId,
					Object.fromEntries(QUESTIONS.map((q, i) => [q.key, valueOf(q.kind, year + r * 31 + i)]))
				)
			);
		}
	});
	return 'alue-1';
}

const dir = mkdtempSync(join(tmpdir(), 'yhdyspinta-bench-situation-'));
try {
	const db = openDatabase(join(dir, 'app.db'));
	const slug = seed(db);
	const year = YEARS.at(-1)!;
	const pages = [
		{
			label: `/situation/${year}, by grants per resident`,
			run: () => picturePage(db, year, { measure: 'grantsPerResident', sort: 'name', dir: 'asc' })
		},
		{
			label: `/situation/${year}, by structure, sorted by STEA change`,
			run: () =>
				picturePage(db, year, {
					measure: 'countyStructure',
					sort: 'steaChangePercent',
					dir: 'desc'
				})
		},
		{
			label: `/situation/regions/${slug}, ${YEARS.length} years`,
			run: () => regionHistory(db, slug)
		}
	];
	console.log(
		`${REGIONS} regions × ${YEARS.length} published years × ${QUESTIONS.length} questions; ` +
			`${TIMED_RUNS} timed runs after ${WARM_UP_RUNS}; target: median under ${TARGET_MS} ms.\n`
	);
	printTimings('Page', pages, TARGET_MS);
	db.$client.close();
} finally {
	rmSync(dir, { recursive: true, force: true });
}

console.log(
	'\nThe demo coordinator’s pages with the demo county alone busy, and with every region as busy ' +
		`(five years of meetings each; this takes minutes); target: at most ${NATIONAL_SCALE_TARGET}×.\n`
);
const scale = await measureNationalScale();
printTable(
	['Page', 'one region ms', `${scale.regions} regions ms`, 'ratio', `≤ ${NATIONAL_SCALE_TARGET}×`],
	scale.rows
);
console.log(`(${scale.meetings} meetings in all)`);
