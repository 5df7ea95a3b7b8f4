/**
 * Goals (tavoite) and measures (toimenpide) agreed in negotiations, and their
 * follow-up across the budget year (docs/domain.md, "The annual calendar").
 */
import type { Level } from './levels';
import type { MeetingStatus } from './meetings';

export const MEASURE_KINDS = ['goal', 'measure'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const MEASURE_STATUSES = ['not_started', 'in_progress', 'done', 'dropped'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** Goals and measures are recorded from settled decisions: minutes in review, approved or published. */
export function recordsFromMinutes(status: MeetingStatus): boolean {
	return status === 'minutes_review' || status === 'approved' || status === 'published';
}

/** Done and dropped measures are closed: they are no longer followed up. */
export function isClosed(status: MeasureStatus): boolean {
	return status === 'done' || status === 'dropped';
}

const NEXT: Record<MeasureStatus, readonly MeasureStatus[]> = {
	not_started: ['in_progress', 'done', 'dropped'],
	// Back to not started: a start announced too early is corrected, not hidden.
	in_progress: ['not_started', 'done', 'dropped'],
	done: ['in_progress'],
	dropped: ['not_started', 'in_progress']
};

/**
 * A status update may keep the status (a progress note) or move it along the
 * graph above. Moving a closed measure back to open is a reopening, which
 * needs the `measure.reopen` permission (the owners, and those who keep the
 * record even when they are not owners) instead of `measure.update`.
 */
export function canMoveMeasure(from: MeasureStatus, to: MeasureStatus): boolean {
	return from === to || NEXT[from].includes(to);
}

export function isReopening(from: MeasureStatus, to: MeasureStatus): boolean {
	return isClosed(from) && !isClosed(to);
}

/** The permission a move from `from` to `to` needs: reopening is the recorders' call, everything else the owners'. */
export function followUpAction(
	from: MeasureStatus,
	to: MeasureStatus
): 'measure.reopen' | 'measure.update' {
	return isReopening(from, to) ? 'measure.reopen' : 'measure.update';
}

/**
 * The budget year a decision most likely concerns: from September on the
 * strategic level plans the next year (docs/domain.md, "The annual calendar").
 */
export function defaultBudgetYear(meetingDate: string): number {
	const [year, month] = meetingDate.split('-').map(Number);
	return month >= 9 ? year + 1 : year;
}

/** Overdue: the due date (YYYY-MM-DD) has passed and the measure is still open. */
export function isOverdue(
	measure: { dueDate: string | null; status: MeasureStatus },
	today: string
): boolean {
	return measure.dueDate !== null && measure.dueDate < today && !isClosed(measure.status);
}

/** What follow-up order needs of a goal or measure. */
export interface FollowUpRow {
	status: MeasureStatus;
	overdue: boolean;
	dueDate: string | null;
}

/** Overdue first, then the other open ones, closed ones last. */
function followUpRank(row: FollowUpRow): number {
	if (row.overdue) return 0;
	return isClosed(row.status) ? 2 : 1;
}

/** The order of follow-up: overdue, open, closed; within each the nearest due date first, none last. */
export function compareFollowUp(a: FollowUpRow, b: FollowUpRow): number {
	return (
		followUpRank(a) - followUpRank(b) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')
	);
}

/**
 * An organisation's own commitments as its people follow them up: the open
 * goals and measures of every budget year, overdue first. Last year's overdue
 * measure matters more to its owner than this year's list. A stable sort, so
 * rows equal in follow-up keep the order they came in.
 */
export function openCommitments<T extends FollowUpRow>(rows: readonly T[]): T[] {
	return rows.filter((row) => !isClosed(row.status)).sort(compareFollowUp);
}

/** `/measures` lists either the reader's own organisation's open commitments or the region's budget year. */
export const MEASURE_VIEWS = ['own', 'year'] as const;
export type MeasureView = (typeof MEASURE_VIEWS)[number];

/**
 * The view `/measures` opens on when the address names none: those who follow
 * up the whole region (coordinators) keep the region's year; the people of an
 * organisation with open commitments see those first, one link from the year.
 */
export function openingMeasureView(followsUpRegion: boolean, ownOpenCount: number): MeasureView {
	return !followsUpRegion && ownOpenCount > 0 ? 'own' : 'year';
}

/**
 * The September planning list (docs/domain.md, "The annual calendar":
 * "September: strategic level agrees next year's plan and investments,
 * feeding the budget"): the measures whose
 * money must go into the budget of `budgetYear`, i.e. those of the year before
 * marked "money in next year's budget". Dropped ones no longer need money; done
 * ones are kept, since a measure finished early may still have been promised
 * next year's money.
 */
export function belongsToBudgetList(
	measure: { needsNextYearBudget: boolean; budgetYear: number; status: MeasureStatus },
	budgetYear: number
): boolean {
	return (
		measure.needsNextYearBudget &&
		measure.budgetYear + 1 === budgetYear &&
		measure.status !== 'dropped'
	);
}

/** The levels whose meetings evaluate the previous year (strategic evaluation, operational planning). */
export function offersEvaluation(level: Level): boolean {
	return level === 'strategic' || level === 'operational';
}

/** The evaluation covers the whole region's measures, or only those born in the meeting's body. */
export const EVALUATION_SCOPES = ['region', 'body'] as const;
export type EvaluationScope = (typeof EVALUATION_SCOPES)[number];

/** Early in the year the strategic level looks back at the year before. */
export function evaluatedYear(meetingYear: number): number {
	return meetingYear - 1;
}

export interface EvaluationRow {
	title: string;
	kind: MeasureKind;
	owners: readonly string[];
	status: MeasureStatus;
	dueDate: string | null;
	lastComment: string;
}

/** The agenda is a Finnish document like the standard items (src/lib/domain/minutes.ts). */
const STATUS_FI: Record<MeasureStatus, string> = {
	not_started: 'ei aloitettu',
	in_progress: 'käynnissä',
	done: 'valmis',
	dropped: 'luovuttu'
};

const STATUS_ORDER: Record<MeasureStatus, number> = {
	in_progress: 0,
	not_started: 1,
	done: 2,
	dropped: 3
};

/** "2025-10-31" → "31.10.2025" */
function finnishDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d}.${m}.${y}`;
}

export interface EvaluationSummary {
	title: string;
	/** The first paragraph: counts per status, as of `asOf`. */
	intro: string;
	/** One line per goal or measure, open ones first. */
	lines: string[];
}

/**
 * The "evaluation of last year" agenda item: a snapshot of the year's goals
 * and measures and their status as of the moment it is written. It becomes
 * plain text in the agenda, so later updates to the measures do not change it.
 */
export function evaluationSummary(
	rows: readonly EvaluationRow[],
	year: number,
	asOf: string,
	scope: string
): EvaluationSummary {
	const count = (status: MeasureStatus) => rows.filter((r) => r.status === status).length;
	const overdue = rows.filter((r) => isOverdue(r, asOf)).length;
	const title = `Edellisen vuoden arviointi: tavoitteet ja toimenpiteet ${year}`;
	if (rows.length === 0) {
		return {
			title,
			intro: `${scope}: vuodelle ${year} ei ole kirjattu tavoitteita eikä toimenpiteitä (tilanne ${finnishDate(asOf)}).`,
			lines: []
		};
	}
	const intro =
		`${scope}: vuoden ${year} tavoitteet ja toimenpiteet ja niiden tila ${finnishDate(asOf)}. ` +
		`Yhteensä ${rows.length}: käynnissä ${count('in_progress')}` +
		(overdue > 0 ? ` (myöhässä ${overdue})` : '') +
		`, ei aloitettu ${count('not_started')}, valmis ${count('done')}, luovuttu ${count('dropped')}.`;
	const lines = [...rows]
		.sort(
			(a, b) =>
				STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.title.localeCompare(b.title, 'fi')
		)
		.map((r) => {
			const parts = [
				`${r.kind === 'goal' ? 'Tavoite' : 'Toimenpide'}: ${r.title}`,
				`tila: ${STATUS_FI[r.status]}`
			];
			if (isOverdue(r, asOf)) parts.push(`MYÖHÄSSÄ, määräpäivä ${finnishDate(r.dueDate!)}`);
			else if (r.dueDate) parts.push(`määräpäivä ${finnishDate(r.dueDate)}`);
			if (r.owners.length > 0) parts.push(`vastuu: ${r.owners.join(', ')}`);
			if (r.lastComment) parts.push(`viimeisin kommentti: ”${r.lastComment}”`);
			return parts.join(' – ');
		});
	return { title, intro, lines };
}
