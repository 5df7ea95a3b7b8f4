import { describe, expect, it } from 'vitest';
import { fileThresholds } from '../stryker.config.mjs';
import {
	fileScores,
	minimumFor,
	summary,
	type FileThreshold,
	type Mutant,
	type MutationReport
} from './mutation-thresholds.ts';

const mutant = (status: string, line = 1, mutatorName = 'ConditionalExpression'): Mutant => ({
	mutatorName,
	replacement: 'false',
	status,
	location: { start: { line, column: 5 } }
});

const THRESHOLDS: FileThreshold[] = [
	{ file: 'src/lib/domain/policy.ts', minimum: 98 },
	{ file: 'src/lib/domain/', minimum: 85 }
];

describe('the mutation score of a file', () => {
	it('is what the tests caught of the mutants that compile and are not ignored', () => {
		const report: MutationReport = {
			files: {
				'src/lib/domain/cadence.ts': {
					mutants: [
						mutant('Killed'),
						mutant('Killed'),
						mutant('Timeout'),
						mutant('Survived', 12),
						mutant('NoCoverage', 30),
						mutant('CompileError'),
						mutant('Ignored')
					]
				}
			}
		};
		const [score] = fileScores(report, THRESHOLDS);
		expect(score).toMatchObject({ detected: 3, valid: 5, score: 60, minimum: 85 });
		expect(score.undetected.map((m) => m.location.start.line)).toEqual([12, 30]);
	});

	it('counts a mutant that crashed a test file while it loaded as killed', () => {
		const report: MutationReport = {
			files: {
				'src/lib/domain/minutes.ts': { mutants: [mutant('RuntimeError'), mutant('Survived')] }
			}
		};
		expect(fileScores(report, THRESHOLDS)[0]).toMatchObject({ detected: 1, valid: 2, score: 50 });
	});

	it('is none for a file without valid mutants, which passes', () => {
		const report: MutationReport = {
			files: { 'src/lib/domain/ids.ts': { mutants: [mutant('Ignored')] } }
		};
		const scores = fileScores(report, THRESHOLDS);
		expect(scores[0].score).toBeNull();
		expect(summary(scores).passed).toBe(true);
	});
});

describe('the minimum of a file', () => {
	it('is the first that names the file or a folder above it', () => {
		expect(minimumFor('src/lib/domain/policy.ts', THRESHOLDS)).toBe(98);
		expect(minimumFor('src/lib/domain/year-plan.ts', THRESHOLDS)).toBe(85);
		expect(() => minimumFor('src/lib/server/db/index.ts', THRESHOLDS)).toThrow(/No mutation/);
	});

	it('is 98 % for the policy and the access module and 85 % for the rest of the domain', () => {
		expect(minimumFor('src/lib/domain/policy.ts', fileThresholds)).toBe(98);
		expect(minimumFor('src/lib/server/access.ts', fileThresholds)).toBe(98);
		expect(minimumFor('src/lib/domain/minutes.ts', fileThresholds)).toBe(85);
	});
});

describe('the verdict', () => {
	const report = (policy: Mutant[]): MutationReport => ({
		files: {
			'src/lib/domain/policy.ts': { mutants: policy },
			'src/lib/domain/time.ts': { mutants: [mutant('Killed'), mutant('Survived', 7)] }
		}
	});
	const killed = (n: number) => Array.from({ length: n }, () => mutant('Killed'));

	it('fails below a minimum and names the file’s survivors with line, mutator and replacement', () => {
		const { lines, passed } = summary(
			fileScores(report([...killed(48), mutant('Survived', 40, 'EqualityOperator')]), THRESHOLDS)
		);
		expect(passed).toBe(false);
		expect(lines).toContain('FAIL src/lib/domain/policy.ts: 97.96 % (48/49 caught, minimum 98 %)');
		expect(lines).toContain('  src/lib/domain/policy.ts:40:5 EqualityOperator → false (survived)');
		expect(lines).toContain('FAIL src/lib/domain/time.ts: 50.00 % (1/2 caught, minimum 85 %)');
	});

	it('passes at the minimum exactly and lists no survivors of files that reach it', () => {
		const scores = fileScores(report([...killed(49), mutant('NoCoverage')]), [
			{ file: 'src/lib/domain/', minimum: 50 }
		]);
		const { lines, passed } = summary(scores);
		expect(passed).toBe(true);
		expect(lines.filter((line) => line.includes('survived'))).toEqual([]);
	});
});
