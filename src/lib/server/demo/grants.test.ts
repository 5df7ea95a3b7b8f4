import { and, eq, isNotNull } from 'drizzle-orm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callStatus, reportOverdue } from '../../domain/grants';
import { helsinkiYear } from '../../domain/time';
import { createTestDb } from '../db/testing';
import {
	grantApplication,
	grantAppropriation,
	grantDraftReminder,
	grantCall,
	grantInstalment,
	grantReport,
	grantReportCheck,
	measure,
	meeting
} from '../db/schema';
import { copyChoices } from '../grants/copied-applications';
import { listPublicGrants } from '../grants/public';
import { authorizeApplication } from '../grants/readable';
import { reuseOffersOf } from '../grants/reused-files';
import { statutesOf } from '../organisations/statutes';
import { demoActor } from './people';
import { textEdits } from '../grants/live-texts';
import { loadDoc } from '../collab/store';
import { readApplicationTexts } from '../../documents/application-doc';
import { applicationDocName } from '../../domain/doc-name';
import { DEMO_PEOPLE } from './data';
import { seedDemoRegion } from './seed';
import { DEMO_SEED_TIMEOUT_MS } from '../testing/demo';

describe('demo grants', { timeout: DEMO_SEED_TIMEOUT_MS }, () => {
	// Early in the year too, when last year's instalments are still ahead.
	it.each([new Date(), new Date('2026-01-20T10:00:00Z')])(
		'on %s: three baskets, last year decided in a meeting with letters, acceptances and a refusal, payments and two reports (one sent back and overdue), this year open with four applications (one entered from paper), project grants proposed and waiting for the agenda',
		async (now) => {
			const db = createTestDb();
			await seedDemoRegion(db, now, mkdtempSync(join(tmpdir(), 'yhdyspinta-demo-grants-')));
			const year = helsinkiYear(now);

			const appropriations = db.select().from(grantAppropriation).all();
			expect(appropriations.filter((a) => a.year === year)).toHaveLength(3);

			const calls = db.select().from(grantCall).all();
			const decided = calls.filter((c) => c.decidedAt !== null);
			expect(decided.map((c) => c.budgetYear)).toEqual([year, year]);
			const open = calls.filter((c) => callStatus(c, now) === 'open');
			expect(open.map((c) => c.title)).toEqual([
				`Toiminta-avustukset ${year + 1}`,
				`Pienavustukset ${year + 1}`
			]);

			// Decided in one approved and published meeting.
			const decisionMeeting = db
				.select()
				.from(meeting)
				.where(eq(meeting.id, decided[0]!.decisionMeetingId!))
				.get()!;
			expect(decisionMeeting.status).toBe('published');

			const lastYears = db
				.select()
				.from(grantApplication)
				.where(isNotNull(grantApplication.decidedAt))
				.all();
			expect(lastYears.map((a) => a.status).sort()).toEqual([
				'granted',
				'granted',
				'granted',
				'partly_granted',
				'partly_granted',
				'rejected'
			]);
			// The refused grant stays on the public list, marked so; the villages' grant is hidden
			// from it (grants-open-data.ts).
			expect(listPublicGrants(db)).toHaveLength(4);
			expect(lastYears.map((a) => a.acceptance).sort()).toEqual([
				'accepted',
				'accepted',
				'pending',
				'pending',
				'pending',
				'refused'
			]);

			const operatingIds = lastYears
				.filter((a) => a.callId === decided[0]!.id && a.status !== 'rejected')
				.map((a) => a.id);
			const reports = db
				.select()
				.from(grantReport)
				.all()
				.filter((r) => operatingIds.includes(r.applicationId));
			// The Swedish-speaking association's report is due as well (grants-documents.ts).
			expect(reports.map((r) => r.status).sort()).toEqual(['due', 'returned', 'submitted']);
			expect(reports.filter((r) => reportOverdue(r, now))).toHaveLength(2);
			// Where the partnership's interim report is already due, two people checked it in two parts.
			const checkers = db
				.select()
				.from(grantReportCheck)
				.all()
				.filter((c) => c.outcome === 'passed')
				.map((c) => c.checkedBy);
			expect(checkers.length === 0 || new Set(checkers).size === 2).toBe(true);
			expect(db.select().from(grantInstalment).all().length).toBeGreaterThanOrEqual(5);

			const thisYears = db
				.select()
				.from(grantApplication)
				.where(eq(grantApplication.callId, open[0]!.id))
				.all();
			expect(thisYears.map((a) => a.status).sort()).toEqual([
				'draft',
				'ineligible',
				'submitted',
				'submitted'
			]);
			expect(new Set(thisYears.map((a) => a.organisationId)).size).toBe(4);
			expect(thisYears.filter((a) => a.channel === 'paper')).toMatchObject([
				{ status: 'submitted', enteredBy: expect.any(Number), receivedOn: expect.any(String) }
			]);
			// The demo NGO's draft: its texts written by two of its people, the live document the same.
			const draft = thisYears.find((a) => a.status === 'draft')!;
			const edits = textEdits(db, draft.id);
			expect(new Set(edits.history.map((h) => h.userName))).toEqual(
				new Set([DEMO_PEOPLE.ngo.name, DEMO_PEOPLE.ngoColleague.name])
			);
			expect(edits.last.activity?.userName).toBe(DEMO_PEOPLE.ngoColleague.name);
			expect(readApplicationTexts(loadDoc(db, applicationDocName(draft.id))!.doc)).toEqual({
				activity: draft.activity,
				targetGroups: draft.targetGroups
			});

			// The partnership's goals are followed up with the other measures.
			const partnershipGoals = db
				.select()
				.from(measure)
				.where(
					and(
						eq(measure.sourceMeetingId, decisionMeeting.id),
						eq(measure.sourceItemKey, decided[1]!.decisionItemKey!)
					)
				)
				.all();
			expect(partnershipGoals.map((m) => m.kind)).toEqual(['goal', 'measure', 'measure']);

			// Project grants: one call closed and waiting for its proposal, the next one a draft.
			const project = calls.filter((c) => c.title.startsWith('Hankeavustukset'));
			expect(project.map((c) => [callStatus(c, now), c.publishedAt !== null])).toEqual([
				['closed', true],
				['upcoming', false]
			]);
			const waiting = db
				.select()
				.from(grantApplication)
				.where(eq(grantApplication.callId, project[0]!.id))
				.all();
			expect(waiting.map((a) => [a.status, a.proposedCents])).toEqual([
				['assessed', 2_000_000],
				['assessed', 3_600_000],
				['assessed', 1_500_000]
			]);
			expect(project[0]!.decisionMeetingId).toBeNull();

			// Less paperwork (grants-reuse.ts): the statutes in the profile, last year's application
			// to copy into the small grants, the draft reminded and offered this year's files.
			const ngo = demoActor(db, 'ngo');
			expect(statutesOf(db, ngo.organisationId)?.filename).toBe('Säännöt.pdf');
			expect(copyChoices(db, ngo, open[1]!).length).toBeGreaterThan(0);
			expect(
				db
					.select()
					.from(grantDraftReminder)
					.where(eq(grantDraftReminder.applicationId, draft.id))
					.all()
					.map((r) => r.daysBefore)
			).toEqual([7]);
			const offers = reuseOffersOf(
				db,
				authorizeApplication(db, ngo, draft.id, 'grantApplication.edit', now),
				now
			);
			expect(offers.map((o) => o.kind)).toEqual(['financial_statements', 'plan']);
		}
	);
});
