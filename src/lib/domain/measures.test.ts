import { describe, expect, it } from 'vitest';
import { LEVELS } from './levels';
import { MEETING_STATUSES } from './meetings';
import {
	MEASURE_STATUSES,
	belongsToBudgetList,
	canMoveMeasure,
	compareFollowUp,
	defaultBudgetYear,
	evaluatedYear,
	evaluationSummary,
	followUpAction,
	isOverdue,
	isReopening,
	offersEvaluation,
	openCommitments,
	openingMeasureView,
	recordsFromMinutes,
	type EvaluationRow,
	type MeasureStatus
} from './measures';

describe('where goals and measures come from', () => {
	it('records them from settled minutes only: in review, approved or published', () => {
		expect(MEETING_STATUSES.filter(recordsFromMinutes)).toEqual([
			'minutes_review',
			'approved',
			'published'
		]);
	});
});

describe('measure status moves', () => {
	// from → the statuses it may move to (keeping the status is a progress note).
	const ALLOWED: Record<MeasureStatus, MeasureStatus[]> = {
		not_started: ['not_started', 'in_progress', 'done', 'dropped'],
		in_progress: ['not_started', 'in_progress', 'done', 'dropped'],
		done: ['in_progress', 'done'],
		dropped: ['not_started', 'in_progress', 'dropped']
	};
	for (const from of MEASURE_STATUSES) {
		for (const to of MEASURE_STATUSES) {
			const expected = ALLOWED[from].includes(to);
			it(`${from} → ${to}: ${expected ? 'allowed' : 'refused'}`, () =>
				expect(canMoveMeasure(from, to)).toBe(expected));
		}
	}

	it('calls moving a closed measure back to open a reopening', () => {
		expect(isReopening('done', 'in_progress')).toBe(true);
		expect(isReopening('dropped', 'not_started')).toBe(true);
		expect(isReopening('in_progress', 'done')).toBe(false);
		expect(isReopening('done', 'done')).toBe(false);
	});

	it('leaves reopening to those who may reopen, and every other move to those who follow up', () => {
		expect(followUpAction('done', 'in_progress')).toBe('measure.reopen');
		expect(followUpAction('dropped', 'not_started')).toBe('measure.reopen');
		expect(followUpAction('in_progress', 'done')).toBe('measure.update');
		expect(followUpAction('not_started', 'in_progress')).toBe('measure.update');
		// A progress note on a closed measure does not reopen it.
		expect(followUpAction('done', 'done')).toBe('measure.update');
	});
});

describe('overdue', () => {
	it('is an open measure past its due date', () => {
		expect(isOverdue({ dueDate: '2026-03-31', status: 'in_progress' }, '2026-04-01')).toBe(true);
		expect(isOverdue({ dueDate: '2026-03-31', status: 'not_started' }, '2026-04-01')).toBe(true);
		expect(isOverdue({ dueDate: '2026-03-31', status: 'in_progress' }, '2026-03-31')).toBe(false);
		expect(isOverdue({ dueDate: '2026-03-31', status: 'done' }, '2026-04-01')).toBe(false);
		expect(isOverdue({ dueDate: '2026-03-31', status: 'dropped' }, '2026-04-01')).toBe(false);
		expect(isOverdue({ dueDate: null, status: 'in_progress' }, '2030-01-01')).toBe(false);
	});
});

describe('the September budget list', () => {
	const m = (over: Partial<Parameters<typeof belongsToBudgetList>[0]>) => ({
		needsNextYearBudget: true,
		budgetYear: 2026,
		status: 'not_started' as MeasureStatus,
		...over
	});
	it('lists the budget year’s measures that need money in its budget, unless dropped', () => {
		expect(belongsToBudgetList(m({}), 2027)).toBe(true);
		expect(belongsToBudgetList(m({ status: 'done' }), 2027)).toBe(true);
		expect(belongsToBudgetList(m({ status: 'dropped' }), 2027)).toBe(false);
		expect(belongsToBudgetList(m({ needsNextYearBudget: false }), 2027)).toBe(false);
		expect(belongsToBudgetList(m({ budgetYear: 2027 }), 2027)).toBe(false);
	});
});

describe('evaluation summary', () => {
	const row = (
		title: string,
		status: MeasureStatus,
		over: Partial<EvaluationRow> = {}
	): EvaluationRow => ({
		title,
		kind: 'measure',
		owners: ['Liperin kunta'],
		status,
		dueDate: null,
		lastComment: '',
		...over
	});

	it('counts the statuses and lists open measures first, overdue ones marked in words', () => {
		const summary = evaluationSummary(
			[
				row('Valmis asia', 'done'),
				row('Myöhässä oleva', 'in_progress', {
					dueDate: '2025-10-31',
					lastComment: 'Rekrytointi kesken'
				}),
				row('Luovuttu', 'dropped')
			],
			2025,
			'2026-01-15',
			'Pohjois-Karjala'
		);
		expect(summary.intro).toBe(
			'Pohjois-Karjala: vuoden 2025 tavoitteet ja toimenpiteet ja niiden tila 15.1.2026. Yhteensä 3: käynnissä 1 (myöhässä 1), ei aloitettu 0, valmis 1, luovuttu 1.'
		);
		expect(summary.lines[0]).toBe(
			'Toimenpide: Myöhässä oleva – tila: käynnissä – MYÖHÄSSÄ, määräpäivä 31.10.2025 – vastuu: Liperin kunta – viimeisin kommentti: ”Rekrytointi kesken”'
		);
		expect(summary.lines.slice(1).map((l) => l.split(' – ')[0])).toEqual([
			'Toimenpide: Valmis asia',
			'Toimenpide: Luovuttu'
		]);
	});

	it('names the statuses in Finnish and gives goals, due dates, owners and comments only when there are any', () => {
		const summary = evaluationSummary(
			[
				row('Liikuntaneuvonta', 'not_started', { dueDate: '2026-06-30', owners: [] }),
				row('Hyvinvointi paranee', 'in_progress', { kind: 'goal' }),
				row('Valmis asia', 'done', { owners: ['Joensuun kaupunki', 'Liperin kunta'] }),
				row('Luovuttu', 'dropped')
			],
			2025,
			'2026-01-15',
			'Pohjois-Karjala'
		);
		expect(summary.title).toBe('Edellisen vuoden arviointi: tavoitteet ja toimenpiteet 2025');
		// Nothing overdue: no "myöhässä" in the counts.
		expect(summary.intro).toBe(
			'Pohjois-Karjala: vuoden 2025 tavoitteet ja toimenpiteet ja niiden tila 15.1.2026. Yhteensä 4: käynnissä 1, ei aloitettu 1, valmis 1, luovuttu 1.'
		);
		expect(summary.lines).toEqual([
			'Tavoite: Hyvinvointi paranee – tila: käynnissä – vastuu: Liperin kunta',
			'Toimenpide: Liikuntaneuvonta – tila: ei aloitettu – määräpäivä 30.6.2026',
			'Toimenpide: Valmis asia – tila: valmis – vastuu: Joensuun kaupunki, Liperin kunta',
			'Toimenpide: Luovuttu – tila: luovuttu – vastuu: Liperin kunta'
		]);
	});

	it('lists measures of the same status in Finnish alphabetical order, Å, Ä and Ö after Z', () => {
		const summary = evaluationSummary(
			[row('Ääniviestit', 'in_progress'), row('Zumba', 'in_progress'), row('Arki', 'in_progress')],
			2025,
			'2026-01-15',
			'Pohjois-Karjala'
		);
		expect(summary.lines.map((l) => l.split(' – ')[0])).toEqual([
			'Toimenpide: Arki',
			'Toimenpide: Zumba',
			'Toimenpide: Ääniviestit'
		]);
	});

	it('says so when the year has nothing recorded', () => {
		const summary = evaluationSummary([], 2025, '2026-01-15', 'HYTE-neuvottelut');
		expect(summary.lines).toEqual([]);
		expect(summary.intro).toContain('ei ole kirjattu');
	});
});

describe('the evaluation of the previous year', () => {
	it('is offered in the meetings of the strategic and operational levels only', () => {
		expect(LEVELS.filter(offersEvaluation)).toEqual(['strategic', 'operational']);
	});

	it('looks back at the year before the meeting', () => {
		expect(evaluatedYear(2026)).toBe(2025);
	});
});

describe('default budget year', () => {
	it('is the meeting’s year until August, the next year from September on', () => {
		expect(defaultBudgetYear('2026-03-05')).toBe(2026);
		expect(defaultBudgetYear('2026-08-31')).toBe(2026);
		expect(defaultBudgetYear('2026-09-01')).toBe(2027);
	});
});

describe('own commitments', () => {
	const row = (
		title: string,
		status: MeasureStatus,
		dueDate: string | null,
		budgetYear: number
	) => ({
		title,
		status,
		dueDate,
		budgetYear,
		overdue: isOverdue({ status, dueDate }, '2026-05-01')
	});

	it('lists the open goals and measures of every year, overdue first, then by due date with undated ones last', () => {
		const rows = [
			row('this year, undated', 'not_started', null, 2026),
			row('this year, due soon', 'in_progress', '2026-06-01', 2026),
			row('last year, done', 'done', '2025-12-31', 2025),
			row('last year, overdue', 'in_progress', '2026-03-15', 2025),
			row('this year, due later', 'not_started', '2026-10-01', 2026),
			row('dropped', 'dropped', null, 2026),
			row('two years ago, overdue', 'not_started', '2025-02-01', 2024)
		];
		expect(openCommitments(rows).map((r) => r.title)).toEqual([
			'two years ago, overdue',
			'last year, overdue',
			'this year, due soon',
			'this year, due later',
			'this year, undated'
		]);
	});

	it('keeps the order rows came in when follow-up does not tell them apart', () => {
		const rows = [row('b', 'in_progress', null, 2026), row('a', 'not_started', null, 2025)];
		expect(openCommitments(rows).map((r) => r.title)).toEqual(['b', 'a']);
	});

	it('puts closed ones after open ones in the year list', () => {
		const sorted = [
			row('done', 'done', '2026-01-01', 2026),
			row('open', 'in_progress', '2026-12-01', 2026)
		].sort(compareFollowUp);
		expect(sorted.map((r) => r.title)).toEqual(['open', 'done']);
	});

	it('opens on the own commitments for their people, and on the region’s year for those who follow up the whole region', () => {
		expect(openingMeasureView(false, 3)).toBe('own');
		expect(openingMeasureView(true, 3)).toBe('year');
		// Nothing open of one's own: the region's year is more to see.
		expect(openingMeasureView(false, 0)).toBe('year');
	});
});
