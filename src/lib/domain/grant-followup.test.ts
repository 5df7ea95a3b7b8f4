import { describe, expect, it } from 'vitest';
import {
	awaitsAcceptance,
	checklistOf,
	closerCheckReasons,
	closerCheckSummary,
	countsAsGranted,
	partCheckRefusal,
	statusAfterChecks,
	uncheckedItems
} from './grant-followup';

describe('acceptance of a grant', () => {
	it('is asked of a granted application not yet answered', () => {
		expect(awaitsAcceptance('granted', 'pending')).toBe(true);
		expect(awaitsAcceptance('partly_granted', 'pending')).toBe(true);
		expect(awaitsAcceptance('rejected', 'pending')).toBe(false);
		expect(awaitsAcceptance('granted', 'accepted')).toBe(false);
		expect(awaitsAcceptance('granted', 'refused')).toBe(false);
	});

	it('counts a refused grant out of the granted money', () => {
		expect(countsAsGranted('granted', 'pending')).toBe(true);
		expect(countsAsGranted('partly_granted', 'accepted')).toBe(true);
		expect(countsAsGranted('granted', 'refused')).toBe(false);
		expect(countsAsGranted('rejected', 'accepted')).toBe(false);
	});
});

describe('checking a report in two parts', () => {
	it('has a checklist per part, longer for a closer check', () => {
		expect(checklistOf('content', false)).toEqual([
			'activityRealised',
			'reachReported',
			'purposeKept'
		]);
		expect(checklistOf('finance', true)).toContain('vouchersChecked');
		expect(uncheckedItems('finance', false, ['budgetRealised'])).toEqual([
			'usedWithinGrant',
			'unusedReported'
		]);
		expect(uncheckedItems('content', true, [...checklistOf('content', true)])).toEqual([]);
	});

	it('lets one person check one part only, and each part once', () => {
		const content = { part: 'content' as const, checkedBy: 7, outcome: 'passed' as const };
		expect(partCheckRefusal([], 'content', 7)).toBeNull();
		expect(partCheckRefusal([content], 'finance', 7)).toBe('samePerson');
		expect(partCheckRefusal([content], 'finance', 8)).toBeNull();
		expect(partCheckRefusal([content], 'content', 8)).toBe('alreadyChecked');
	});

	it('accepts a report when both parts pass and returns it when either does not', () => {
		const passed = (part: 'content' | 'finance', checkedBy: number) =>
			({ part, checkedBy, outcome: 'passed' }) as const;
		expect(statusAfterChecks([])).toBe('submitted');
		expect(statusAfterChecks([passed('content', 1)])).toBe('submitted');
		expect(statusAfterChecks([passed('content', 1), passed('finance', 2)])).toBe('accepted');
		expect(
			statusAfterChecks([
				passed('content', 1),
				{ part: 'finance', checkedBy: 2, outcome: 'returned' }
			])
		).toBe('returned');
	});
});

describe('the closer check', () => {
	it('picks by the draw, by the size of the grant and by earlier problems', () => {
		const small = { grantedCents: 500_000, earlierProblems: false };
		expect(closerCheckReasons({ ...small, draw: 0.5 })).toEqual([]);
		expect(closerCheckReasons({ ...small, draw: 0.05 })).toEqual(['random']);
		expect(closerCheckReasons({ ...small, grantedCents: 2_000_000, draw: 0.5 })).toEqual([
			'largeGrant'
		]);
		expect(closerCheckReasons({ grantedCents: 3_000_000, earlierProblems: true, draw: 0 })).toEqual(
			['random', 'largeGrant', 'earlierProblems']
		);
	});

	it('states the rule and the pick for the log', () => {
		const input = { grantedCents: 2_500_000, earlierProblems: false, draw: 0.42 };
		expect(closerCheckSummary(input, closerCheckReasons(input))).toBe(
			'Tarkempi tarkastus: valittu (largeGrant). Sääntö: arvonta alle 0.1 (arvottu 0.420), avustus vähintään 20000 € (25000 €), aiemmat ongelmat (ei).'
		);
	});
});
