/**
 * The per-file minimums of `npm run test:mutation` (stryker.config.mjs, `fileThresholds`): Stryker
 * only has a global threshold, so this reads its JSON report and fails, naming the survivors, when
 * a file's score is below its minimum.
 *
 * The score is Stryker's "mutation score": detected / valid, where detected is killed or timed out
 * and valid adds the survivors and the mutants no test reaches (no coverage). Ignored mutants and
 * those that do not compile are left out, as Stryker leaves them out. One difference: a mutant whose
 * run ends in a runtime error (a test file crashed while it loaded, so the suite failed) counts as
 * killed, where Stryker leaves it out.
 */
import { readFileSync } from 'node:fs';
import { fileThresholds } from '../stryker.config.mjs';

/** The part of the mutation-testing-report-schema format read here. */
export interface MutationReport {
	files: Record<string, { mutants: readonly Mutant[] }>;
}

export interface Mutant {
	mutatorName: string;
	replacement?: string;
	status: string;
	location: { start: { line: number; column: number } };
}

export interface FileThreshold {
	/** A file, or a folder ending in `/` for every file under it. */
	file: string;
	minimum: number;
}

export interface FileScore {
	file: string;
	/** Per cent, or null when the file has no valid mutants. */
	score: number | null;
	minimum: number;
	detected: number;
	valid: number;
	/** Mutants that no test noticed: survived, or reached by no test. */
	undetected: (Mutant & { file: string })[];
}

const DETECTED = new Set(['Killed', 'Timeout', 'RuntimeError']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

export function minimumFor(file: string, thresholds: readonly FileThreshold[]): number {
	const match = thresholds.find((t) =>
		t.file.endsWith('/') ? file.startsWith(t.file) : file === t.file
	);
	if (!match) throw new Error(`No mutation score minimum for ${file} in stryker.config.mjs`);
	return match.minimum;
}

export function fileScores(
	report: MutationReport,
	thresholds: readonly FileThreshold[]
): FileScore[] {
	return Object.entries(report.files)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([file, { mutants }]) => {
			const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
			const undetected = mutants
				.filter((m) => UNDETECTED.has(m.status))
				.map((m) => ({ ...m, file }))
				.sort(
					(a, b) =>
						a.location.start.line - b.location.start.line ||
						a.location.start.column - b.location.start.column
				);
			const valid = detected + undetected.length;
			return {
				file,
				score: valid === 0 ? null : (detected / valid) * 100,
				minimum: minimumFor(file, thresholds),
				detected,
				valid,
				undetected
			};
		});
}

/** Below the minimum; scores are compared as printed, to two decimals. */
export function isBelowMinimum(score: FileScore): boolean {
	return score.score !== null && Math.round(score.score * 100) < score.minimum * 100;
}

const percent = (score: number | null) => (score === null ? 'n/a' : `${score.toFixed(2)} %`);

/** "src/lib/domain/cadence.ts:42:7 EqualityOperator → a <= b (survived)" */
export function describeMutant(m: Mutant & { file: string }): string {
	const { line, column } = m.location.start;
	const replacement = m.replacement === undefined ? '' : ` → ${m.replacement.replace(/\s+/g, ' ')}`;
	const status = m.status === 'NoCoverage' ? 'no test reaches it' : 'survived';
	return `${m.file}:${line}:${column} ${m.mutatorName}${replacement} (${status})`;
}

export function summary(scores: readonly FileScore[]): { lines: string[]; passed: boolean } {
	const failing = scores.filter(isBelowMinimum);
	const lines = scores.map(
		(s) =>
			`${isBelowMinimum(s) ? 'FAIL' : 'ok  '} ${s.file}: ${percent(s.score)} ` +
			`(${s.detected}/${s.valid} caught, minimum ${s.minimum} %)`
	);
	for (const s of failing) {
		lines.push('', `${s.file} is below ${s.minimum} %; no test notices these changes:`);
		lines.push(...s.undetected.map((m) => `  ${describeMutant(m)}`));
	}
	lines.push(
		'',
		failing.length === 0
			? `Mutation scores: ${scores.length} files at or above their minimum.`
			: `Mutation scores: ${failing.length} of ${scores.length} files below their minimum.`
	);
	return { lines, passed: failing.length === 0 };
}

if (import.meta.main) {
	const reportPath = process.argv[2] ?? 'reports/mutation/mutation.json';
	const report = JSON.parse(readFileSync(reportPath, 'utf8')) as MutationReport;
	const { lines, passed } = summary(fileScores(report, fileThresholds));
	console.log(lines.join('\n'));
	process.exitCode = passed ? 0 : 1;
}
