/** A call's report questions and a report's answers, as stored (src/lib/domain/grant-report-questions.ts). */
import * as v from 'valibot';
import {
	reportAnswerSchema,
	reportQuestionSchema,
	type ReportAnswer,
	type ReportQuestion
} from '../../domain/grant-report-questions';
import type { GrantCallRow, GrantReportRow } from '../db/schema';
import { parseStored } from '../db/stored';

const questionsSchema = v.array(reportQuestionSchema);
const answersSchema = v.array(reportAnswerSchema);

export function reportQuestionsOf(call: GrantCallRow): ReportQuestion[] {
	return parseStored(
		questionsSchema,
		call.reportQuestions,
		`grant_call ${call.id} report_questions`
	);
}

export function reportAnswersOf(report: GrantReportRow): ReportAnswer[] {
	return parseStored(answersSchema, report.answers, `grant_report ${report.id} answers`);
}
