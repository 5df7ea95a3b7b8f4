/**
 * Issue 19, ties and languages, on a demo server of its own: members of the
 * deciding body who appear tied to an applicant of the grant item are warned
 * in the running meeting, and the secretary records the disqualification in
 * one click; a handler tied to applicants declares or confirms before the
 * proposal is saved; a chair disqualified on an item cannot approve the minutes; a
 * Swedish-speaking NGO's person reads its grant notifications in Swedish.
 */
import type { Browser } from '@playwright/test';
import Database from 'better-sqlite3';
import {
	DEMO,
	expect,
	expectAccessible,
	expectAccessibleInSwedish,
	signedInAt,
	test
} from './fixtures';
import { sidePort, startServer, type StartedServer } from './server';

const PORT = sidePort(42);
test.use({ baseURL: `http://localhost:${PORT}` });

const SWEDISH_NGO = 'ulrika.lindqvist@gemenskap.example';

let server: StartedServer;
const scene = {
	runningMeeting: 0,
	member: { email: '', name: '' },
	applicant: '',
	reviewMeeting: 0,
	checker: '',
	proposalCall: 0
};

/**
 * The running network meeting takes a grant call's decision as its third item,
 * and one of its members sits on the board of an applicant; in a meeting whose
 * minutes wait for approval, its chair is recorded disqualified on an item.
 */
function setTheScene(path: string): void {
	const db = new Database(path);
	try {
		const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
		scene.runningMeeting = one<{ id: number }>(
			`select m.id from meeting m join body b on b.id = m.body_id
			 where m.status = 'in_progress' and b.name = 'Hyvinvointikoordinaattoriverkosto'`
		).id;
		const member = one<{ userId: number; email: string; name: string }>(
			`select u.id as userId, u.email, u.name from attendance a join user u on u.id = a.user_id
			 where a.meeting_id = ? and u.email <> ? order by a.id limit 1`,
			scene.runningMeeting,
			DEMO.coordinator
		);
		scene.member = member;
		const application = one<{ callId: number; organisationId: number; organisation: string }>(
			`select a.call_id as callId, a.organisation_id as organisationId, o.name as organisation
			 from grant_application a join organisation o on o.id = a.organisation_id
			 join grant_call c on c.id = a.call_id
			 where a.status = 'submitted' and c.decision_meeting_id is null
			 order by a.id limit 1`
		);
		scene.applicant = application.organisation;
		const itemKey = one<{ key: string }>(
			'select key from agenda_item where meeting_id = ? order by position limit 1 offset 2',
			scene.runningMeeting
		).key;
		db.prepare(
			'update grant_call set decision_meeting_id = ?, decision_item_key = ? where id = ?'
		).run(scene.runningMeeting, itemKey, application.callId);
		db.prepare(
			`insert into organisation_person (organisation_id, name, role, email, user_id)
			 values (?, ?, 'board_member', ?, ?)`
		).run(application.organisationId, member.name, member.email, member.userId);

		// The coordinator, who prepares the project grants' proposal, sits on two applicants' boards.
		scene.proposalCall = one<{ id: number }>(
			`select c.id from grant_call c where c.decision_meeting_id is null and c.decided_at is null
			 and exists (select 1 from grant_application a where a.call_id = c.id and a.status = 'assessed')`
		).id;
		const coordinatorId = one<{ id: number }>(
			'select id from user where email = ?',
			DEMO.coordinator
		).id;
		for (const name of ['Rajakylien Kyläverkosto ry', 'Mielenvireä Karjala ry'])
			db.prepare(
				`insert into organisation_person (organisation_id, name, role, email, user_id)
				 values ((select id from organisation where name = ?), 'Koordinaattori', 'board_member', ?, ?)`
			).run(name, DEMO.coordinator, coordinatorId);

		// The meeting's chair chairs every item: disqualified on one, they do not vouch for its text.
		const checker = one<{ meetingId: number; email: string; attendanceId: number }>(
			`select a.meeting_id as meetingId, u.email, a.id as attendanceId
			 from attendance a join meeting m on m.id = a.meeting_id join user u on u.id = a.user_id
			 where m.status = 'minutes_review' and a.role = 'chair' order by a.meeting_id limit 1`
		);
		scene.reviewMeeting = checker.meetingId;
		scene.checker = checker.email;
		db.prepare(
			`insert into disqualification (meeting_id, item_key, attendance_id, ground, specification, declared_at, recorded_by)
			 values (?, (select key from agenda_item where meeting_id = ? order by position limit 1 offset 1), ?,
			         'close_relation', '', ?, (select id from user where email = ?))`
		).run(checker.meetingId, checker.meetingId, checker.attendanceId, Date.now(), DEMO.coordinator);
	} finally {
		db.close();
	}
}

test.beforeAll(async () => {
	test.setTimeout(180_000);
	server = await startServer(PORT, { demo: true });
	setTheScene(server.databasePath);
});

test.afterAll(() => server?.stop());

const signedIn = (browser: Browser, email: string) => signedInAt(browser, server.origin, email);

test('a member tied to an applicant is warned in the running meeting, and the secretary records it in one click', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const member = await signedIn(browser, scene.member.email);
	await member.goto(`/meetings/${scene.runningMeeting}`);
	await expect(
		member.getByText(
			`Vaikutat olevan sidoksissa hakijaan ${scene.applicant} (hallituksen jäsen) asiassa 3.`
		)
	).toBeVisible();
	await expectAccessible(member);

	const secretary = await signedIn(browser, DEMO.coordinator);
	await secretary.goto(`/meetings/${scene.runningMeeting}`);
	const panel = secretary.getByRole('region', { name: 'Esteellisyydet' });
	await expect(
		panel.getByText(
			`${scene.member.name} vaikuttaa olevan sidoksissa hakijaan ${scene.applicant} (hallituksen jäsen). Asia 3.`
		)
	).toBeVisible();
	await expectAccessible(secretary);
	await expectAccessibleInSwedish(secretary);
	await panel
		.getByRole('button', { name: `Kirjaa esteellisyys: ${scene.member.name}, asia 3` })
		.click();
	await expect(panel.getByText(new RegExp(`^\\s*${scene.member.name}, asia 3\\.`))).toBeVisible();
	await expect(panel.getByText(`(${scene.applicant}, hallituksen jäsen)`)).toBeVisible();
	await expect(panel.getByText(/vaikuttaa olevan sidoksissa/)).toHaveCount(0);
	await secretary.context().close();

	await member.reload();
	await expect(member.getByText(/Vaikutat olevan sidoksissa/)).toHaveCount(0);
	await member.context().close();
});

test('a chair disqualified on an item cannot approve the minutes, and is told why', async ({
	browser
}) => {
	const checker = await signedIn(browser, scene.checker);
	await checker.goto(`/meetings/${scene.reviewMeeting}`);
	await expect(
		checker.getByText('Et voi hyväksyä pöytäkirjaa, koska olet esteellinen sen asiassa')
	).toBeVisible();
	await expect(checker.getByRole('button', { name: /^Hyväksy/ })).toHaveCount(0);
	await expectAccessible(checker);
	await checker.context().close();
});

test('a Swedish-speaking NGO’s person reads its grant notifications in Swedish on a Finnish page', async ({
	browser
}) => {
	const ngo = await signedIn(browser, SWEDISH_NGO);
	await ngo.goto('/notifications');
	await expect(ngo.locator('html')).toHaveAttribute('lang', 'fi');
	const decided = ngo.getByRole('link', { name: /^Beslut om understöd har fattats/ }).first();
	await expect(decided).toBeVisible();
	await expect(decided).toHaveAttribute('lang', 'sv');
	await expectAccessible(ngo);
	await ngo.context().close();
});

test('a handler tied to applicants declares or confirms before saving the proposal', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const handler = await signedIn(browser, DEMO.coordinator);
	await handler.goto(`/grants/calls/${scene.proposalCall}/proposal`);
	const ties = handler.getByRole('region', { name: 'Sidoksesi hakijoihin' });
	await expect(ties.getByText(/^Rajakylien Kyläverkosto ry \(hallituksen jäsen\)/)).toBeVisible();
	await expectAccessible(handler);
	await expectAccessibleInSwedish(handler);

	await handler.getByRole('button', { name: 'Tallenna esitys' }).click();
	await expect(
		handler.getByText('Ilmoita esteellisyys tai vahvista, ettet ole esteellinen, jokaisen hakijan')
	).toBeVisible();

	await ties
		.getByRole('button', { name: 'Vahvistan, etten ole esteellinen: Rajakylien Kyläverkosto ry' })
		.click();
	await expect(handler.getByText('Vastauksesi on tallennettu.')).toBeVisible();
	await expect(ties.getByText('Vahvistit, ettet ole esteellinen.')).toBeVisible();

	await ties.getByText('Ilmoita esteellisyys: Mielenvireä Karjala ry').click();
	await expect(ties.getByLabel('Esteellisyysperuste')).toHaveValue('position');
	await ties.getByRole('button', { name: 'Ilmoita esteellisyys' }).click();
	await expect(ties.getByText(/^Ilmoitit olevasi esteellinen \(Yhteisöjäävi/)).toBeVisible();
	await expectAccessible(handler);

	// The application they are disqualified on is left to another handler; the rest is saved.
	await expect(handler.getByLabel('Esitetty avustus euroina: Mielenvireä Karjala ry')).toHaveCount(
		0
	);
	await handler.getByLabel('Esitetty avustus euroina: Rajakylien Kyläverkosto ry').fill('5000');
	await handler.getByRole('button', { name: 'Tallenna esitys' }).click();
	await expect(handler.getByText('Esitys tallennettu.')).toBeVisible();
	await handler.context().close();
});
