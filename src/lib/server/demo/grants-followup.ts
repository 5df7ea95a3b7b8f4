/**
 * Demo: what follows last year's grant decision. The village network accepts
 * its grant; the sports club refuses its partial grant; the mental health
 * association has not answered yet (the demo NGO account can), and its late
 * report is sent back with a request and a deadline (now passed again); the
 * carers' partnership is accepted and its interim report passes the content
 * and the finance check by two different people.
 */
import { DEFAULT_REPORT_QUESTIONS, questionsFor } from '../../domain/grant-report-questions';
import type { ReportKind } from '../../domain/grants';
import { eq } from 'drizzle-orm';
import { checklistOf, type CheckPart } from '../../domain/grant-followup';
import type { Actor } from '../../domain/policy';
import { isoDate } from '../../domain/time';
import type { Db } from '../db/client';
import { grantCallStaff, grantReport } from '../db/schema';
import { checkReport, respondToGrant, submitReport } from '../grants/followup';

const DAY = 86_400_000;
/** The draw for the closer check: above the random share, so only the risks pick. */
const NOT_DRAWN = () => 0.5;

export interface FollowupStory {
	decidedAt: Date;
	now: Date;
	coordinator: Actor;
	/** A second handler: the content and the finance checks are done by different people. */
	colleague: Actor;
	partnershipCallId: number;
	accepted: { applicationId: number; by: Actor };
	refused: { applicationId: number; by: Actor };
	returned: { applicationId: number; by: Actor };
	partnership: { applicationId: number; by: Actor };
}

export function seedGrantFollowup(db: Db, story: FollowupStory): void {
	const { decidedAt, now, coordinator, colleague } = story;
	const days = (n: number) => new Date(decidedAt.getTime() + n * DAY);
	const reportsOf = (applicationId: number) =>
		db.select().from(grantReport).where(eq(grantReport.applicationId, applicationId)).all();
	const check = (
		checker: Actor,
		applicationId: number,
		reportId: number,
		part: CheckPart,
		at: Date
	) =>
		checkReport(
			db,
			checker,
			applicationId,
			reportId,
			{ part, outcome: 'passed', items: [...checklistOf(part, true)], note: '', deadline: null },
			at
		);

	respondToGrant(
		db,
		story.accepted.by,
		story.accepted.applicationId,
		{ accept: true, reason: '' },
		days(3)
	);
	respondToGrant(
		db,
		story.partnership.by,
		story.partnership.applicationId,
		{ accept: true, reason: '' },
		days(4)
	);
	respondToGrant(
		db,
		story.refused.by,
		story.refused.applicationId,
		{
			accept: false,
			reason:
				'Liikuntakerhojen vetäjä muuttaa paikkakunnalta, emmekä saa kerhoja käyntiin tänä vuonna. Haemme uudelleen ensi vuonna.'
		},
		days(6)
	);

	// The mental health association's report came late and thin: sent back, and the new deadline has passed.
	const late = reportsOf(story.returned.applicationId)[0];
	if (late) {
		const dueAt = new Date(`${late.dueOn}T09:00:00Z`);
		const sentAt = new Date(dueAt.getTime() + 3 * DAY);
		const returnedAt = new Date(dueAt.getTime() + 10 * DAY);
		if (returnedAt < now) {
			submitReport(
				db,
				story.returned.by,
				story.returned.applicationId,
				late.id,
				{
					answers: demoAnswers(late.kind, {
						done: 'Vertaistukiryhmät kokoontuivat koko vuoden.',
						reached: '60'
					}),
					usedCents: 4_200_000
				},
				sentAt,
				NOT_DRAWN
			);
			checkReport(
				db,
				coordinator,
				story.returned.applicationId,
				late.id,
				{
					part: 'content',
					outcome: 'returned',
					items: ['purposeKept'],
					note: 'Kertokaa, montako ryhmää kokoontui ja kuinka moni osallistui, sekä kriisipuhelimen soittomäärät.',
					deadline: isoDate(new Date(dueAt.getTime() + 24 * DAY))
				},
				returnedAt
			);
		}
	}

	// The partnership is handled by the coordinator and the NGO coordinator: one checks the content, the other the finance.
	db.insert(grantCallStaff)
		.values({ callId: story.partnershipCallId, userId: colleague.userId, duty: 'handler' })
		.run();
	const interim = reportsOf(story.partnership.applicationId).find((r) => r.kind === 'interim');
	if (interim && new Date(`${interim.dueOn}T00:00:00Z`) < now) {
		const sentAt = new Date(`${interim.dueOn}T09:00:00Z`);
		submitReport(
			db,
			story.partnership.by,
			story.partnership.applicationId,
			interim.id,
			{
				answers: demoAnswers(interim.kind, {
					done: 'Valmennus on käynnistynyt Joensuussa ja Liperissä; vertaisryhmiä kokoontuu kolme.',
					reached: '34'
				}),
				usedCents: 2_000_000
			},
			sentAt,
			NOT_DRAWN
		);
		check(
			coordinator,
			story.partnership.applicationId,
			interim.id,
			'content',
			new Date(sentAt.getTime() + 3_600_000)
		);
		check(
			colleague,
			story.partnership.applicationId,
			interim.id,
			'finance',
			new Date(sentAt.getTime() + DAY)
		);
	}
}

/**
 * The demo's answers to the default report questions (every demo call keeps
 * them) that a report of the kind asks, in their order; the money went where it was meant to.
 */
export function demoAnswers(
	kind: ReportKind,
	answer: { done: string; reached: string; changed?: string }
): string[] {
	const byQuestion = [answer.done, answer.reached, answer.changed ?? '', 'yes'];
	return questionsFor(DEFAULT_REPORT_QUESTIONS, kind).map(
		(q) => byQuestion[DEFAULT_REPORT_QUESTIONS.indexOf(q)]!
	);
}
