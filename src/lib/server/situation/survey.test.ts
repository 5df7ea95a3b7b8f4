import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import type { RawAnswer } from '../../domain/survey-answers';
import { FIRST_SURVEY } from '../../domain/survey-questions';
import type { Db } from '../db/client';
import {
	attendance,
	auditEvent,
	body,
	meeting,
	membership,
	notification,
	surveyAnswer,
	user
} from '../db/schema';
import { createTestDb } from '../db/testing';
import {
	actorOf,
	insertActor,
	insertOrganisation,
	insertRegion,
	insertUser,
	refusal,
	type TestRegion
} from '../testing/fixtures';
import { answerPage, nameRespondent, saveAnswer } from './answers';
import { remindOfSurveyDeadlines } from './jobs';
import {
	createSurvey,
	moveItem,
	openSurvey,
	publishSurvey,
	removeQuestion,
	reopenAnswer,
	saveQuestion,
	surveyPage,
	surveySections,
	surveysPage
} from './surveys';

const NOW = new Date('2026-05-04T09:00:00Z');
const DEADLINE = '2026-06-15';

let db: Db;
let a: TestRegion;
let b: TestRegion;
let national: Actor;
let coordinator: Actor;
let ngoPerson: Actor;
let municipal: Actor;
let otherCoordinator: Actor;

beforeEach(() => {
	db = createTestDb();
	a = insertRegion(db, 'a');
	b = insertRegion(db, 'b');
	const ngo = insertOrganisation(db, a.regionId, 'Järjestöverkosto A', 'ngo');
	const board = insertUser(
		db,
		insertOrganisation(db, b.regionId, 'Neuvottelukunta', 'ngo'),
		'n@x.fi'
	);
	db.update(user).set({ nationalRole: true }).where(eq(user.id, board.id)).run();
	national = actorOf(db, board.id);
	coordinator = insertActor(db, a.countyId, 'koordinaattori@a.fi', 'coordinator');
	db.update(user)
		.set({ name: 'Aino Alue', title: 'järjestökoordinaattori' })
		.where(eq(user.id, coordinator.userId))
		.run();
	ngoPerson = insertActor(db, ngo, 'verkosto@a.fi', 'member');
	municipal = insertActor(db, a.municipalityId, 'kunta@a.fi', 'member');
	otherCoordinator = insertActor(db, b.countyId, 'koordinaattori@b.fi', 'coordinator');
});

const keysOf = (year: number, surveyId: number) => ({
	year,
	sections: surveySections(db, surveyId).map((s) => ({
		title: s.title,
		keys: s.questions.map((q) => q.key)
	}))
});

/** The form as the region sends it: the given fields, the rest as they were prefilled. */
function form(year: number, regionId: number, who: Actor, changes: Record<string, RawAnswer>) {
	const page = answerPage(db, who, year, regionId);
	const fields = new Map(page.sections.flatMap((s) => s.questions.map((q) => [q.key, q.fields])));
	return (key: string) => changes[key] ?? fields.get(key)!;
}

describe('defining the survey', () => {
	it('starts the first year from the measures’ questions, and a later year from the latest earlier one', () => {
		const first = createSurvey(db, national, 2025, NOW);
		expect(keysOf(2025, first.id).sections).toEqual(
			FIRST_SURVEY.map((s) => ({ title: s.title, keys: s.questions.map((q) => q.key) }))
		);
		const [, , resources] = surveySections(db, first.id);
		saveQuestion(
			db,
			national,
			2025,
			{ sectionId: resources.id, questionId: null },
			{
				key: 'negotiation_models',
				kind: 'choices',
				text: 'Neuvottelumallit',
				help: '',
				options: 'Malli 1\nMalli 2\nMalli 3',
				source: ''
			}
		);
		const models = surveySections(db, first.id)[2].questions.at(-1)!;
		moveItem(db, national, 2025, { kind: 'question', id: models.id }, -1);
		const next = createSurvey(db, national, 2026, NOW);
		expect(keysOf(2026, next.id).sections).toEqual(keysOf(2025, first.id).sections);
		expect(surveySections(db, next.id)[2].questions.map((q) => q.key)).toEqual([
			'person_years',
			'ngo_grants',
			'negotiation_models',
			'stea_c_grants'
		]);
		expect(surveySections(db, next.id)[2].questions[2].options).toEqual([
			'Malli 1',
			'Malli 2',
			'Malli 3'
		]);
		expect(
			db.select().from(auditEvent).where(eq(auditEvent.action, 'situation.surveyCreated')).all()
		).toHaveLength(2);
	});

	it('is the national role’s only, once a year', () => {
		expect(refusal(() => createSurvey(db, coordinator, 2026, NOW)).code).toBe('forbidden');
		expect(refusal(() => surveysPage(db, coordinator)).code).toBe('forbidden');
		createSurvey(db, national, 2026, NOW);
		expect(refusal(() => createSurvey(db, national, 2026, NOW)).code).toBe('conflict');
	});

	it('keeps keys unique and asks options of a choice, changes only a draft', () => {
		const survey = createSurvey(db, national, 2026, NOW);
		const [structures] = surveySections(db, survey.id);
		const place = { sectionId: structures.id, questionId: null };
		const question = {
			key: 'ngo_grants',
			kind: 'choice',
			text: 'T',
			help: '',
			options: 'a',
			source: ''
		};
		expect(refusal(() => saveQuestion(db, national, 2026, place, question)).issues).toEqual({
			key: 'survey.question.keyTaken',
			options: 'survey.question.options'
		});
		const strengths = surveySections(db, survey.id)[3].questions[0];
		removeQuestion(db, national, 2026, strengths.id);
		expect(surveySections(db, survey.id)[3].questions.map((q) => q.key)).toEqual([
			'development_needs'
		]);
		openSurvey(db, national, 2026, DEADLINE, NOW);
		expect(refusal(() => removeQuestion(db, national, 2026, structures.questions[0].id)).code).toBe(
			'conflict'
		);
	});

	it('opens with a deadline not in the past', () => {
		createSurvey(db, national, 2026, NOW);
		expect(refusal(() => openSurvey(db, national, 2026, '2026-05-03', NOW)).issues).toEqual({
			deadline: 'survey.deadline'
		});
		openSurvey(db, national, 2026, DEADLINE, NOW);
		expect(surveysPage(db, national)).toEqual([
			{ year: 2026, status: 'open', deadline: DEADLINE, answers: 2, submitted: 0 }
		]);
		expect(
			db
				.select()
				.from(notification)
				.where(eq(notification.userId, coordinator.userId))
				.all()
				.map((n) => n.kind)
		).toEqual(['survey_opened']);
	});
});

describe('the prefill', () => {
	function strategicBodyWithNgo(): number {
		const bodyId = db
			.insert(body)
			.values({
				regionId: a.regionId,
				name: 'Hyvinvoinnin strateginen ryhmä',
				level: 'strategic',
				cadenceMin: 1,
				cadenceMax: 2,
				membersCoEditMinutes: false
			})
			.returning()
			.get().id;
		db.insert(membership).values({ bodyId, userId: ngoPerson.userId, role: 'member' }).run();
		return bodyId;
	}

	function heldMeeting(bodyId: number, startsAt: Date, ngoPresent: boolean) {
		const meetingId = db
			.insert(meeting)
			.values({
				bodyId,
				sequence: 1,
				year: 2026,
				title: 'HYTE-neuvottelu',
				startsAt,
				endsAt: startsAt,
				status: 'approved'
			})
			.returning()
			.get().id;
		db.insert(attendance)
			.values({
				meetingId,
				userId: ngoPresent ? ngoPerson.userId : municipal.userId,
				name: 'Osallistuja',
				status: 'present'
			})
			.run();
	}

	it('fills in what the app knows of the region, and last year’s answers elsewhere, saying which', () => {
		createSurvey(db, national, 2025, new Date('2025-04-01T09:00:00Z'));
		openSurvey(db, national, 2025, '2025-06-15', new Date('2025-04-01T09:00:00Z'));
		saveAnswer(
			db,
			coordinator,
			2025,
			a.regionId,
			form(2025, a.regionId, coordinator, {
				person_years: { values: ['0,5'], name: '' },
				ngo_grants: { values: ['900 000'], name: '' },
				cooperation_document: { values: ['present'], name: 'Järjestöstrategia' }
			}),
			false,
			new Date('2025-04-02T09:00:00Z')
		);
		const bodyId = strategicBodyWithNgo();
		heldMeeting(bodyId, new Date('2026-03-10T10:00:00Z'), true);
		createSurvey(db, national, 2026, NOW);
		openSurvey(db, national, 2026, DEADLINE, NOW);

		const page = answerPage(db, coordinator, 2026, a.regionId);
		const field = (key: string) =>
			page.sections.flatMap((s) => s.questions).find((q) => q.key === key)!;
		expect(field('county_structure')).toMatchObject({
			fields: { values: ['formal'], name: 'Hyvinvoinnin strateginen ryhmä' },
			origin: 'app'
		});
		expect(field('hyte_negotiations')).toMatchObject({
			fields: { values: ['with_ngos'] },
			origin: 'app'
		});
		expect(field('contact_persons')).toMatchObject({
			fields: { values: ['Aino Alue, järjestökoordinaattori'] },
			origin: 'app'
		});
		// The app knows of no decided grants this year: zero, over last year's figure.
		expect(field('ngo_grants')).toMatchObject({ fields: { values: ['0'] }, origin: 'app' });
		expect(field('person_years')).toMatchObject({
			fields: { values: ['0,5'] },
			origin: 'last_year'
		});
		expect(field('cooperation_document')).toMatchObject({
			fields: { values: ['present'], name: 'Järjestöstrategia' },
			origin: 'last_year'
		});
		expect(field('strengths')).toMatchObject({ fields: { values: [] }, origin: null });

		const other = answerPage(db, otherCoordinator, 2026, b.regionId);
		const otherField = (key: string) =>
			other.sections.flatMap((s) => s.questions).find((q) => q.key === key)!;
		expect(otherField('county_structure').fields).toEqual({ values: ['none'], name: '' });
		expect(otherField('hyte_negotiations').fields.values).toEqual(['not_held']);
		expect(otherField('person_years').fields.values).toEqual([]);
	});

	it('tells a negotiation without NGO people, and ignores one not yet held', () => {
		const bodyId = strategicBodyWithNgo();
		heldMeeting(bodyId, new Date('2026-03-10T10:00:00Z'), false);
		createSurvey(db, national, 2026, NOW);
		openSurvey(db, national, 2026, DEADLINE, NOW);
		const hyte = () =>
			answerPage(db, coordinator, 2026, a.regionId)
				.sections.flatMap((s) => s.questions)
				.find((q) => q.key === 'hyte_negotiations')!.fields.values;
		expect(hyte()).toEqual(['without_ngos']);
	});
});

describe('answering', () => {
	beforeEach(() => {
		createSurvey(db, national, 2026, NOW);
		openSurvey(db, national, 2026, DEADLINE, NOW);
	});

	it('keeps a region’s draft from another region’s people and the region’s other members', () => {
		for (const who of [otherCoordinator, ngoPerson, municipal])
			expect(refusal(() => answerPage(db, who, 2026, a.regionId)).code).toBe('not_found');
		expect(
			refusal(() =>
				saveAnswer(db, otherCoordinator, 2026, a.regionId, () => ({ values: [], name: '' }), true)
			).code
		).toBe('not_found');
		expect(
			refusal(() => nameRespondent(db, otherCoordinator, 2026, a.regionId, otherCoordinator.userId))
				.code
		).toBe('not_found');
	});

	it('lets the coordinator name a county or NGO person of the region, who then answers', () => {
		expect(
			refusal(() => nameRespondent(db, coordinator, 2026, a.regionId, municipal.userId)).issues
		).toEqual({ respondentId: 'survey.respondent.invalid' });
		expect(
			refusal(() => nameRespondent(db, coordinator, 2026, a.regionId, otherCoordinator.userId))
				.issues
		).toEqual({ respondentId: 'survey.respondent.invalid' });
		nameRespondent(db, coordinator, 2026, a.regionId, ngoPerson.userId, NOW);
		const page = answerPage(db, ngoPerson, 2026, a.regionId);
		expect(page.answer).toMatchObject({ respondent: 'verkosto', respondentRole: 'ngo_network' });
		expect(page.mayAnswer).toBe(true);
		expect(page.candidates).toEqual([]);
		expect(
			refusal(() => nameRespondent(db, ngoPerson, 2026, a.regionId, ngoPerson.userId)).code
		).toBe('forbidden');
		expect(
			db.select().from(notification).where(eq(notification.userId, ngoPerson.userId)).all()
		).toHaveLength(1);
	});

	it('checks every value, keeps the prefill’s note until a value changes, and submits a complete answer', () => {
		const wrong = form(2026, a.regionId, coordinator, {
			person_years: { values: ['-1'], name: '' },
			ngo_structure: { values: ['informal'], name: '' }
		});
		expect(
			refusal(() => saveAnswer(db, coordinator, 2026, a.regionId, wrong, false)).issues
		).toEqual({
			'q.person_years': 'survey.answer.number',
			'q.ngo_structure.name': 'survey.answer.structureName'
		});
		expect(
			refusal(() =>
				saveAnswer(db, coordinator, 2026, a.regionId, form(2026, a.regionId, coordinator, {}), true)
			).issues
		).toMatchObject({
			'q.person_years': 'survey.answer.required'
		});
		const complete = form(2026, a.regionId, coordinator, {
			ngo_grants: { values: ['1 250 000,50'], name: '' },
			ngo_structure: { values: ['informal'], name: 'Järjestöjen verkosto' },
			cooperation_document: { values: ['in_preparation'], name: '' },
			person_years: { values: ['1,5'], name: '' },
			stea_c_grants: { values: ['2 000 000'], name: '' }
		});
		saveAnswer(db, coordinator, 2026, a.regionId, complete, true, NOW);
		const page = answerPage(db, coordinator, 2026, a.regionId);
		const field = (key: string) =>
			page.sections.flatMap((s) => s.questions).find((q) => q.key === key)!;
		expect(field('ngo_grants')).toMatchObject({ fields: { values: ['1250000,50'] }, origin: null });
		expect(field('county_structure').origin).toBe('app');
		expect(page.answer.status).toBe('submitted');
		expect(page.mayAnswer).toBe(false);
		expect(refusal(() => saveAnswer(db, coordinator, 2026, a.regionId, complete, false)).code).toBe(
			'forbidden'
		);
		expect(surveyPage(db, national, 2026).answers.map((r) => [r.region, r.status])).toEqual([
			['Alue a', 'submitted'],
			['Alue b', 'draft']
		]);

		reopenAnswer(db, national, 2026, a.regionId, NOW);
		expect(answerPage(db, coordinator, 2026, a.regionId).answer.status).toBe('draft');
		saveAnswer(db, coordinator, 2026, a.regionId, complete, true, NOW);
		publishSurvey(db, national, 2026, NOW);
		expect(refusal(() => reopenAnswer(db, national, 2026, a.regionId, NOW)).code).toBe('conflict');
		expect(
			db
				.select({ action: auditEvent.action })
				.from(auditEvent)
				.where(eq(auditEvent.targetType, 'surveyAnswer'))
				.all()
				.map((e) => e.action)
		).toEqual([
			'situation.answerSubmitted',
			'situation.answerReopened',
			'situation.answerSubmitted'
		]);
		expect(surveyPage(db, national, 2026).survey.status).toBe('published');
	});

	it('reminds who answers a week before the deadline, once, and not for a submitted answer', () => {
		nameRespondent(db, coordinator, 2026, a.regionId, ngoPerson.userId, NOW);
		const reminders = (userId: number) =>
			db
				.select()
				.from(notification)
				.where(and(eq(notification.userId, userId), eq(notification.kind, 'survey_reminder')))
				.all().length;
		remindOfSurveyDeadlines(db, new Date('2026-06-07T09:00:00Z'));
		expect(reminders(ngoPerson.userId)).toBe(0);
		remindOfSurveyDeadlines(db, new Date('2026-06-08T09:00:00Z'));
		remindOfSurveyDeadlines(db, new Date('2026-06-09T09:00:00Z'));
		expect(reminders(ngoPerson.userId)).toBe(1);
		expect(reminders(coordinator.userId)).toBe(0);
		expect(reminders(otherCoordinator.userId)).toBe(1);
		expect(
			db
				.select()
				.from(surveyAnswer)
				.all()
				.every((answer) => answer.remindedAt !== null)
		).toBe(true);
	});
});
