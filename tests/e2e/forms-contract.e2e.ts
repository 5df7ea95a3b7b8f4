/**
 * Issue 26: every form a page renders, sent as a browser sends it (boxes
 * unticked, selects at their first option, optional fields empty), carries
 * every key its action requires. The forms come from the rendered pages, so a
 * new form is covered without touching this file.
 */
import * as devalue from 'devalue';
import { expect, test } from './fixtures';
import {
	closeSessions,
	describeForm,
	discoverForms,
	formShape,
	keepSignedIn,
	LEAKS,
	postForm,
	type Discovery,
	type Entry,
	type RenderedForm,
	type SignedIn
} from './forms';
import { exportedActions } from './routes';
import { sidePort, startServer, type StartedServer } from './server';

const NO_DEMO_SURVEY =
	'the demo’s survey of this year is open, so no demo survey is a draft to define, and no demo answer is submitted to return: situation-survey.e2e.ts defines, opens and publishes';

/**
 * Actions no demo page renders a form for, and why: each is an action this test
 * cannot hold to its schema. Most are states the demo data lacks; adding them to
 * the demo (src/lib/server/demo) removes them from here.
 */
const UNREACHED: Record<string, string> = {
	'/setup default':
		'the first-run page exists only before the first user (first-run.e2e.ts submits it)',
	'/set-password/[token] default':
		'its page needs the emailed token, which the database does not keep',
	'/admin/import commit': 'offered only after the preview of an uploaded file',
	'/indicators/import commit': 'offered only after the preview of an uploaded file',
	'/admin/users/[id=id] reactivate': 'the demo has no deactivated user',
	'/admin/users/[id=id] removeNationalRole':
		'the demo’s one person of the national role is a demo account, which the admin’s forms leave alone (regions.e2e.ts gives and removes the role)',
	'/organisations/[id=id]/profile nameColleague':
		'every user of a demo NGO acts for it already (the demo NGO’s colleague is named): there is no one left to name',
	'/meetings/[id=id] approve': 'no demo minutes wait for a demo account to approve them',
	'/meetings/[id=id] requestChanges': 'no demo minutes wait for a demo account to approve them',
	'/meetings/[id=id] publish': 'the demo has no approved minutes of a public body',
	'/meetings/[id=id] removeParticipant':
		'no demo meeting in progress has a participant from outside the body',
	'/grants/applications/[id=id]/completion upload':
		'the demo’s open request for completion asks for no file',
	'/grants/applications/[id=id]/completion removeFile':
		'the demo’s open request for completion asks for no file',
	'/grants/calls/[id=id]/decision record':
		'recorded only while the deciding meeting runs, and no running demo meeting decides grants (grants-flow.e2e.ts records one)',
	'/grants/payments createBatch':
		'every demo instalment is paid or held for its report (grant-payments.e2e.ts gathers one once the report is accepted)',
	'/grants/payments/[id=id] check':
		'the demo’s one batch is paid (grant-payments.e2e.ts takes a batch through every step)',
	'/grants/payments/[id=id] approve':
		'the demo’s one batch is paid (grant-payments.e2e.ts takes a batch through every step)',
	'/grants/payments/[id=id] export':
		'the demo’s one batch is paid (grant-payments.e2e.ts takes a batch through every step)',
	'/grants/payments/[id=id] paid':
		'the demo’s one batch is paid (grant-payments.e2e.ts takes a batch through every step)',
	'/grants/applications/[id=id]/grant requestPayment':
		'no demo call pays on request (payments.test.ts covers the request)',
	'/meetings/[id=id] withdrawDisqualification':
		'no running demo meeting has a disqualification recorded (disqualification.e2e.ts records one)',
	'/grants/applications/[id=id] confirmNotDisqualified':
		'no demo assessor is tied to an application waiting for their assessment (disqualification.e2e.ts seats one)',
	'/grants/calls/[id=id]/proposal declareTie':
		'no demo handler is tied to an applicant of an open proposal: it would hold the demo’s proposal (ties.e2e.ts seats one)',
	'/grants/calls/[id=id]/proposal confirmTie':
		'no demo handler is tied to an applicant of an open proposal: it would hold the demo’s proposal (ties.e2e.ts seats one)',
	'/situation/surveys/[year=year] addSection': NO_DEMO_SURVEY,
	'/situation/surveys/[year=year] renameSection': NO_DEMO_SURVEY,
	'/situation/surveys/[year=year] removeSection': NO_DEMO_SURVEY,
	'/situation/surveys/[year=year] saveQuestion': NO_DEMO_SURVEY,
	'/situation/surveys/[year=year] removeQuestion': NO_DEMO_SURVEY,
	'/situation/surveys/[year=year] move': NO_DEMO_SURVEY,
	'/situation/surveys/[year=year] open': NO_DEMO_SURVEY,
	'/situation/surveys/[year=year] reopen': NO_DEMO_SURVEY
};

type ActionResult =
	{ type: 'failure'; status: number; data: string } | { type: 'success' | 'redirect' | 'error' };

let server: StartedServer;
let discovery: Discovery | undefined;

test.beforeAll(async ({ browser }) => {
	test.setTimeout(240_000);
	// Its own server and database: the submissions below change data the other tests rely on.
	server = await startServer(sidePort(11), { demo: true });
	discovery = await discoverForms(browser, server);
});

test.afterAll(async () => {
	await closeSessions(discovery);
	server?.stop();
});

test('every page route has demo ids and opens without a server error', () => {
	expect(
		discovery!.routes.unresolved,
		'page routes with parameters and no resolver in tests/e2e/forms.ts'
	).toEqual([]);
	expect(discovery!.brokenPages).toEqual([]);
});

interface Answer {
	status: number;
	body: string;
	/** Field → message of a refused input (a 400); null for any other answer. */
	issues: Record<string, string> | null;
}

async function submit(
	session: SignedIn,
	form: RenderedForm,
	entries: readonly Entry[]
): Promise<Answer> {
	const response = await postForm(session, server.origin, form, entries, {
		'x-sveltekit-action': 'true',
		accept: 'application/json'
	});
	const body = await response.text();
	const result = (response.headers()['content-type'] ?? '').startsWith('application/json')
		? (JSON.parse(body) as ActionResult)
		: null;
	// A 400 is a refused input; a 409 and the like refuse the state of things, whatever their field keys.
	const refused = result?.type === 'failure' && result.status === 400;
	return {
		status: response.status(),
		body,
		issues: refused
			? ((devalue.parse(result.data) as { issues?: Record<string, string> }).issues ?? {})
			: null
	};
}

/** What breaks the contract: a crash, a leaked library message, or a refusal for a key the form does not send. */
async function contractProblems(session: SignedIn, form: RenderedForm): Promise<string[]> {
	const answer = await submit(session, form, form.entries);
	const problems = LEAKS.filter((leak) => answer.body.includes(leak)).map(
		(leak) => `the answer contains "${leak}"`
	);
	if (answer.status >= 500) problems.push(`answered ${answer.status}`);
	const issues = answer.issues ?? {};
	const sent = new Set(form.entries.map(([name]) => name));
	const controls = new Set(form.fields.map((field) => field.name));
	// An issue names a control, or a part of one ("items.0.title" of "items").
	const controlOf = (field: string) =>
		controls.has(field) || sent.has(field) ? field : field.split('.')[0];
	// 'form' is the key of an issue about the whole form rather than one field.
	const absent = Object.keys(issues).filter(
		(field) => field !== 'form' && !sent.has(controlOf(field))
	);
	const notInForm = absent.filter((field) => !controls.has(controlOf(field)));
	if (notInForm.length > 0)
		problems.push(
			`refused for fields it does not have: ${notInForm.map((field) => `${field} (${issues[field]})`).join('; ')}`
		);
	// Keys of unticked boxes, sent again empty: a rule on the value ("choose at least one") refuses them as before; an action that needs the key itself no longer does.
	const leftOut = absent.filter((field) => controls.has(controlOf(field)));
	if (leftOut.length > 0) {
		const again = await submit(session, form, [
			...form.entries,
			...leftOut.map((field): Entry => [controlOf(field), ''])
		]);
		const needed = leftOut.filter((field) => again.issues?.[field] !== issues[field]);
		if (needed.length > 0)
			problems.push(
				`refused for keys it leaves out when unticked: ${needed.map((field) => `${field} (${issues[field]})`).join('; ')}`
			);
	}
	return problems;
}

/** The status of a refusal: 403 for what one may not do, 404 for what one may not even see. */
const REFUSED = [403, 404];

/**
 * Actions whose permission depends on the record the form names, not on the address, so a form
 * sent empty can only be refused for its missing field: the person's own notification, comment or
 * the request put to their organisation.
 */
const DECIDED_BY_THE_NAMED_RECORD: Record<string, string> = {
	'/notifications read':
		'everyone marks their own notifications; the form shows only when there are some',
	'/notifications readAll':
		'everyone marks their own notifications; the form shows only when there are some',
	'/consultations/[id=id] edit': 'only its author edits a comment, and the form names the comment',
	'/meetings/[id=id] answerRequest':
		'a request is answered by the organisation it was put to, which the form names'
};

/** Ids in a form that do not name a part of the record at the address, and why. */
const NOT_PARTS_OF_THE_ADDRESS: Record<string, string> = {
	userId: 'a person chosen from a list',
	organisationId: 'an organisation chosen from a list',
	sectionId:
		'a section keeps its id in every version of its document, so rounds on one document share it'
};

/** The path of a form's action with its query (`/meetings/7?/presence`). */
function actionPath(form: RenderedForm): string {
	const url = new URL(form.actionUrl);
	return url.pathname + url.search;
}

/**
 * The path of a form's action as the same address for everyone: an administrator, who chooses
 * among the 22 regions, carries the demo region in the query (`&region=pohjois-karjala`), and
 * its coordinator, who has one region, does not; both name the same region.
 */
function sameRegionPath(form: RenderedForm): string {
	return actionPath(form).replace(/&region=pohjois-karjala(?=&|$)/, '');
}

test('a person who may not act is refused before the form is read', async () => {
	test.setTimeout(240_000);
	const { forms, sessions } = discovery!;
	// Who was offered each action at each address: the page decided, from the same data, that the others may not.
	const offeredTo = new Map<string, { form: RenderedForm; subjects: Set<string> }>();
	for (const form of forms) {
		const key = `${form.action} ${sameRegionPath(form)}`;
		const entry = offeredTo.get(key) ?? { form, subjects: new Set() };
		entry.subjects.add(form.subject);
		offeredTo.set(key, entry);
	}
	const answered: string[] = [];
	let posted = 0;
	for (const { form, subjects } of offeredTo.values()) {
		// Offered to anyone, signed in or not (the login form).
		if (subjects.has('anonymous')) continue;
		if (`${form.actionRoute} ${form.action}` in DECIDED_BY_THE_NAMED_RECORD) continue;
		for (const session of sessions) {
			if (session.subject === 'anonymous' || subjects.has(session.subject)) continue;
			// Nothing but the request itself: a refusal must not depend on what the form says.
			const answer = await submit(session, form, []);
			posted++;
			if (!REFUSED.includes(answer.status))
				answered.push(
					`${session.subject} → ${form.actionRoute} ${form.action} (${actionPath(form)}): ${answer.status}` +
						(answer.issues ? ` with field messages ${Object.keys(answer.issues).join(', ')}` : '')
				);
		}
	}
	console.log(`refusals: ${posted} empty forms posted by people they were not offered to`);
	expect(posted, 'forms posted by people they were not offered to').toBeGreaterThan(100);
	expect(
		answered,
		'actions answered, instead of refused, to someone the page did not offer them to'
	).toEqual([]);
});

test('an id in a form that belongs to another record than the address is not found', async () => {
	test.setTimeout(240_000);
	const { forms, sessions, routes } = discovery!;
	const pathsOf = (routeId: string) =>
		routes.paths.filter((path) => path.routeId === routeId).map((path) => path.path);
	const checked = new Set<string>();
	const accepted: string[] = [];
	for (const form of forms) {
		const named = form.entries.filter(
			([name, value]) => /(Id|Key)$/.test(name) && !(name in NOT_PARTS_OF_THE_ADDRESS) && value
		);
		const pagePath = new URL(form.actionUrl).pathname;
		const shape = `${formShape(form)} ${named.map(([name]) => name).join(',')}`;
		if (named.length === 0 || !/\[id=id\]/.test(form.actionRoute) || checked.has(shape)) continue;
		// Another record of the same kind, one the same person is offered this action on where there is one.
		const others = pathsOf(form.actionRoute).filter((path) => path !== pagePath);
		const offered = forms.find(
			(other) =>
				other.subject === form.subject &&
				other.action === form.action &&
				others.includes(new URL(other.actionUrl).pathname)
		);
		const elsewhere = offered ? new URL(offered.actionUrl).pathname : others[0];
		if (!elsewhere) continue;
		checked.add(shape);
		const session = sessions.find((s) => s.subject === form.subject)!;
		const moved = { ...form, actionUrl: form.actionUrl.replace(pagePath, elsewhere) };
		const answer = await submit(session, moved, form.entries);
		if (!REFUSED.includes(answer.status))
			accepted.push(
				`${form.subject} → ${elsewhere}${new URL(form.actionUrl).search} with ` +
					`${named.map(([name, value]) => `${name}=${value}`).join(', ')} from ${pagePath}: ${answer.status}`
			);
		await keepSignedIn(session, server.origin);
	}
	console.log(`ids against their address: ${checked.size} forms with ids posted to another record`);
	expect(checked.size, 'forms with ids posted to another record').toBeGreaterThan(20);
	expect(accepted, 'forms acting on an id that does not belong to the address').toEqual([]);
});

test('every rendered form sends the keys its action requires', async () => {
	test.setTimeout(240_000);
	const { forms, sessions } = discovery!;
	const shapes = new Map<string, RenderedForm>();
	for (const form of forms) if (!shapes.has(formShape(form))) shapes.set(formShape(form), form);

	const violations: string[] = [];
	let failing = 0;
	// Subject by subject in SUBJECTS order, so admin's forms come last.
	for (const session of sessions) {
		for (const form of [...shapes.values()].filter((shape) => shape.subject === session.subject)) {
			const problems = await contractProblems(session, form);
			if (problems.length > 0) failing++;
			violations.push(
				...problems.map(
					(problem) =>
						`${describeForm(form)} [${form.entries.map(([name]) => name).join(', ')}]: ${problem}`
				)
			);
			await keepSignedIn(session, server.origin);
		}
	}

	const actions = new Set([...shapes.values()].map((form) => `${form.actionRoute} ${form.action}`));
	console.log(
		`form contract: ${forms.length} forms on ${discovery!.pages} route×subject pages, ` +
			`${shapes.size} distinct submissions to ${actions.size} actions, ${failing} failing (${violations.length} problems)`
	);
	expect(violations, 'forms refused for what a browser sends').toEqual([]);
});

test('every form action in the code is reached by a rendered form', () => {
	const reached = new Set(discovery!.forms.map((form) => `${form.actionRoute} ${form.action}`));
	const exported = exportedActions().map(({ routeId, action }) => `${routeId} ${action}`);
	expect(
		exported.filter((action) => !reached.has(action) && !(action in UNREACHED)),
		'actions no demo page renders a form for'
	).toEqual([]);
	// An entry that is reached, or whose action is gone, no longer belongs in the list.
	expect(
		Object.keys(UNREACHED).filter((action) => reached.has(action) || !exported.includes(action)),
		'stale UNREACHED entries'
	).toEqual([]);
});
