/**
 * The forms of the app as a browser sees them, for the generated tests
 * (forms-contract, malformed-input): page routes come from the file tree, their
 * ids from the demo database, the forms from the rendered HTML of every page
 * each demo account (and an anonymous visitor) can open.
 */
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { APIResponse, Browser, BrowserContext, Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, logIn, type DemoRole } from './fixtures';
import type { StartedServer } from './server';

const ROUTES = 'src/routes';

/** Admin comes last: its forms deactivate and demote people. */
export const SUBJECTS = [
	'anonymous',
	'ngo',
	'director',
	'secretary',
	'coordinator',
	'admin'
] as const satisfies readonly ('anonymous' | DemoRole)[];
export type Subject = (typeof SUBJECTS)[number];

/** Texts of a library or a domain error that must never reach a response. */
export const LEAKS = ['Invalid key', 'Invalid type', 'not_found:'];

/** Every file of this name under src/routes with its route id: groups left out, as in the URL. */
function routeFiles(
	name: '+page.svelte' | '+page.server.ts' | '+server.ts'
): { routeId: string; file: string }[] {
	return readdirSync(ROUTES, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.split(sep).at(-1) === name)
		.map((file) => {
			const segments = file
				.split(sep)
				.slice(0, -1)
				.filter((segment) => !/^\(.*\)$/.test(segment));
			return { routeId: `/${segments.join('/')}`, file: join(ROUTES, file) };
		})
		.sort((a, b) => a.routeId.localeCompare(b.routeId));
}

const PARAM = /\[\[?(\.\.\.)?(\w+)(?:=\w+)?\]\]?/g;

function routeParams(routeId: string): string[] {
	return [...routeId.matchAll(PARAM)].map((match) => match[2]);
}

function routePattern(routeId: string): RegExp {
	const source = routeId.replace(
		new RegExp(PARAM.source + '|[.*+?^${}()|\\\\]', 'g'),
		(match, rest?: string) => (match.startsWith('[') ? (rest ? '.*' : '[^/]+') : `\\${match}`)
	);
	return new RegExp(`^${source}$`);
}

/** The route a path belongs to; a static segment wins over a parameter, as in the router. */
function routeOfPath(pathname: string, routeIds: readonly string[]): string | undefined {
	return routeIds
		.filter((routeId) => routePattern(routeId).test(pathname))
		.sort((a, b) => routeParams(a).length - routeParams(b).length)[0];
}

/** Actions a +page.server.ts exports: the keys of `export const actions = { … }`, one tab in. */
export function exportedActions(): { routeId: string; action: string }[] {
	return routeFiles('+page.server.ts').flatMap(({ routeId, file }) => {
		const source = readFileSync(file, 'utf8');
		const start = source.indexOf('export const actions');
		if (start < 0) return [];
		const block = source.slice(start, source.indexOf('\n};', start));
		return [...block.matchAll(/^\t(?:async\s+)?([A-Za-z_$][\w$]*)\s*(?=[:,(]|$)/gm)].map(
			(match) => ({ routeId, action: match[1] })
		);
	});
}

/** Request handlers that take a body, by route: `export const POST` or `export (async) function POST`. */
export function bodyEndpoints(): { routeId: string; methods: string[] }[] {
	return routeFiles('+server.ts')
		.map(({ routeId, file }) => ({
			routeId,
			methods: [
				...readFileSync(file, 'utf8').matchAll(
					/^export\s+(?:const|(?:async\s+)?function)\s+(POST|PUT|PATCH|DELETE)\b/gm
				)
			].map((m) => m[1])
		}))
		.filter((endpoint) => endpoint.methods.length > 0);
}

/**
 * How a route becomes demo pages: rows whose columns are named after the route's
 * parameters (and `query`, a query string the page needs), or why it is left out.
 */
type Resolver = { sql: string } | { skip: string };

const RESOLVERS: Record<string, Resolver> = {
	'/admin/bodies/[id=id]': { sql: 'select id from body' },
	'/admin/organisations/[id=id]': { sql: 'select min(id) as id from organisation group by kind' },
	// Not a demo account: the admin's forms deactivate and demote the person shown, and the demo accounts sign in after.
	'/admin/users/[id=id]': {
		sql: "select min(id) as id from user where email not like '%@yhdyspinta.example'"
	},
	'/archive/bodies/[id=id]': { sql: 'select id from body' },
	'/archive/meetings/[id=id]': { sql: 'select min(id) as id from meeting group by status' },
	'/bodies/[id=id]': { sql: 'select id from body' },
	'/calendar/milestones': {
		// The last year with milestones offers to copy them into the next one; the year after, to start from the defaults.
		sql: "select '' as query union all select '?year=' || max(year) from milestone union all select '?year=' || (max(year) + 1) from milestone"
	},
	'/calendar/milestones/[id=id]': {
		sql: 'select min(id) as id from milestone group by meeting_id is null'
	},
	// Next year's plan proposes meetings for each body.
	'/calendar/plan': {
		sql: "select '?body=' || id || '&year=' || (strftime('%Y', 'now') + 1) as query from body"
	},
	'/consultations/[id=id]': { sql: 'select id from consultation_round' },
	'/consultations/[id=id]/summary': { sql: 'select id from consultation_round' },
	'/consultations/documents/[id=id]': { sql: 'select id from plan_document' },
	'/indicators/[id=id]': { sql: 'select id from indicator' },
	// Its forms differ by the measure's kind (goal or measure) and follow-up status.
	'/measures/[id=id]': { sql: 'select min(id) as id from measure group by kind, status' },
	// Measures are recorded from settled minutes.
	'/measures/new': {
		sql: "select '?meeting=' || min(id) as query from meeting where status in ('minutes_review', 'approved', 'published')"
	},
	// Its forms differ by the meeting's status, whether invitations went out, the body's publicity and attachments.
	'/meetings/[id=id]': {
		sql: `select min(m.id) as id from meeting m join body b on b.id = m.body_id
			group by m.status, m.invited_at is null, b.public, exists (select 1 from attachment a where a.meeting_id = m.id)`
	},
	'/organisations/[id=id]': { sql: 'select min(id) as id from organisation group by kind' },
	'/set-password/[token]': {
		skip: 'the token lives only in the emailed link; the database keeps its hash'
	},
	'/api/consultations/[id=id]/comments': { sql: 'select id from consultation_round' },
	'/api/measures/[id=id]': { sql: 'select min(id) as id from measure group by kind' }
};

/** Reads the server's database without writing to it: WAL lets the server go on meanwhile. */
export function readDatabase<T>(path: string, read: (db: Database.Database) => T): T {
	const db = new Database(path, { readonly: true, fileMustExist: true });
	try {
		return read(db);
	} finally {
		db.close();
	}
}

export interface ResolvedRoutes {
	paths: { routeId: string; path: string }[];
	skipped: { routeId: string; reason: string }[];
	/** Routes with parameters and no resolver: a new route needs one here. */
	unresolved: string[];
}

export function resolveRoutes(databasePath: string, routeIds: readonly string[]): ResolvedRoutes {
	const resolved: ResolvedRoutes = { paths: [], skipped: [], unresolved: [] };
	readDatabase(databasePath, (db) => {
		for (const routeId of routeIds) {
			const resolver = RESOLVERS[routeId];
			if (!resolver) {
				if (routeParams(routeId).length === 0) resolved.paths.push({ routeId, path: routeId });
				else resolved.unresolved.push(routeId);
			} else if ('skip' in resolver) resolved.skipped.push({ routeId, reason: resolver.skip });
			else {
				for (const row of db.prepare(resolver.sql).all() as Record<string, string | number>[]) {
					const path = routeId.replace(PARAM, (_match, _rest, name: string) => String(row[name]));
					resolved.paths.push({ routeId, path: `${path}${row.query ?? ''}` });
				}
			}
		}
	});
	return resolved;
}

export interface FormField {
	name: string;
	type: string;
}

/** A sent value; null for a file input left empty. */
export type Entry = [name: string, value: string | null];

interface FormInPage {
	actionUrl: string;
	multipart: boolean;
	fields: FormField[];
	entries: Entry[];
}

export interface RenderedForm extends FormInPage {
	subject: Subject;
	/** The page that renders the form. */
	routeId: string;
	pagePath: string;
	/** The route the form posts to, and its action ('default', a named action, or POST for a +server.ts). */
	actionRoute: string;
	action: string;
}

/**
 * Runs in the browser on a page's HTML: every same-origin POST form, once per
 * submit button, with what `new FormData(form, submitter)` sends after the
 * boxes are unticked, each select set to its first option, the optional fields
 * emptied and the required ones given a valid value. Self-contained:
 * Playwright sends its source.
 */
function readForms({ html, url }: { html: string; url: string }): FormInPage[] {
	// Parsed, not rendered: the browser's own parser and FormData, without layout or hydration.
	const doc = new DOMParser().parseFromString(html, 'text/html');
	const base = doc.createElement('base');
	base.href = url;
	doc.head.prepend(base);
	const year = new Date().getFullYear() + 1;
	const firstMonday = new Date(Date.UTC(year, 2, 1));
	while (firstMonday.getUTCDay() !== 1) firstMonday.setUTCDate(firstMonday.getUTCDate() + 1);
	const workingDay = firstMonday.toISOString().slice(0, 10);
	const within = (input: HTMLInputElement, value: string) =>
		input.min && value < input.min ? input.min : input.max && value > input.max ? input.max : value;
	const numberFor = (input: HTMLInputElement) => {
		const min = input.min === '' ? NaN : Number(input.min);
		const max = input.max === '' ? NaN : Number(input.max);
		return String(Number.isFinite(min) ? min : Number.isFinite(max) ? Math.min(1, max) : 1);
	};
	const validValue = (input: HTMLInputElement | HTMLTextAreaElement): string => {
		if (input instanceof HTMLTextAreaElement) return 'Testi'.padEnd(input.minLength, 'i');
		switch (input.type) {
			case 'email':
				return 'testi@example.fi';
			case 'url':
				return 'https://example.fi';
			// Wrong on purpose: no password or account changes.
			case 'password':
				return 'vaara-salasana-123';
			case 'number':
				return numberFor(input);
			case 'date':
				return within(input, workingDay);
			case 'datetime-local':
				return within(input, `${workingDay}T10:00`);
			case 'time':
				return within(input, '10:00');
			case 'month':
				return within(input, workingDay.slice(0, 7));
			default:
				return 'Testi'.padEnd(input.minLength, 'i');
		}
	};
	const keptAsRendered = new Set([
		'hidden',
		'submit',
		'button',
		'reset',
		'image',
		'file',
		'color',
		'range',
		'radio',
		'checkbox'
	]);

	const found: FormInPage[] = [];
	for (const form of doc.forms) {
		const controls = [...form.elements];
		for (const control of controls) {
			if (control instanceof HTMLInputElement && control.type === 'checkbox') {
				// A browser does not send a form whose required box is unticked.
				control.checked = control.required;
			} else if (control instanceof HTMLInputElement && control.type === 'radio') {
				const group = controls.filter(
					(c): c is HTMLInputElement =>
						c instanceof HTMLInputElement && c.type === 'radio' && c.name === control.name
				);
				if (
					control === group[0] &&
					group.some((radio) => radio.required) &&
					!group.some((radio) => radio.checked)
				)
					control.checked = true;
			} else if (control instanceof HTMLSelectElement) {
				for (const option of control.options) option.selected = false;
				if (control.multiple && !control.required) continue;
				const first = control.required
					? [...control.options].find((option) => option.value !== '')
					: control.options[0];
				if (first) first.selected = true;
			} else if (
				control instanceof HTMLTextAreaElement ||
				(control instanceof HTMLInputElement && !keptAsRendered.has(control.type))
			) {
				control.value = control.required ? control.value || validValue(control) : '';
			}
		}
		const fields = controls
			.filter(
				(c): c is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
					(c instanceof HTMLInputElement ||
						c instanceof HTMLSelectElement ||
						c instanceof HTMLTextAreaElement) &&
					c.name !== ''
			)
			.filter(
				(c) =>
					!(c instanceof HTMLInputElement) ||
					!['submit', 'image', 'button', 'reset'].includes(c.type)
			)
			.map((c) => ({ name: c.name, type: c.type }));
		const submitters = controls.filter(
			(c): c is HTMLButtonElement | HTMLInputElement =>
				(c instanceof HTMLButtonElement && c.type === 'submit') ||
				(c instanceof HTMLInputElement && (c.type === 'submit' || c.type === 'image'))
		);
		for (const submitter of submitters.length > 0 ? submitters : [null]) {
			const method = submitter?.hasAttribute('formmethod') ? submitter.formMethod : form.method;
			// Without an action a form posts to its page: the document's URL, which in a parsed document is not the page's.
			const actionUrl = submitter?.getAttribute('formaction')
				? submitter.formAction
				: form.getAttribute('action')
					? form.action
					: url;
			if (method !== 'post' || new URL(actionUrl).origin !== new URL(url).origin) continue;
			const enctype = submitter?.hasAttribute('formenctype') ? submitter.formEnctype : form.enctype;
			const entries = [...new FormData(form, submitter)].map(([name, value]): Entry => [
				name,
				typeof value === 'string' ? value : null
			]);
			found.push({ actionUrl, multipart: enctype === 'multipart/form-data', fields, entries });
		}
	}
	return found;
}

export interface SignedIn {
	subject: Subject;
	context: BrowserContext;
}

export interface Discovery {
	sessions: SignedIn[];
	forms: RenderedForm[];
	/** Route × subject pages that opened. */
	pages: number;
	/** Pages that answered with a 5xx. */
	brokenPages: string[];
	routes: ResolvedRoutes;
}

/**
 * Reads every page route as every subject (one context each, signed in through
 * the login form; the subjects in parallel) and the forms in its HTML. Only
 * reads: nothing is submitted.
 */
export async function discoverForms(browser: Browser, server: StartedServer): Promise<Discovery> {
	const pageRoutes = routeFiles('+page.svelte').map((route) => route.routeId);
	const postRoutes = [...routeFiles('+page.server.ts'), ...routeFiles('+server.ts')].map(
		(route) => route.routeId
	);
	const actionRoutes = new Set(routeFiles('+page.server.ts').map((route) => route.routeId));
	const routes = resolveRoutes(server.databasePath, pageRoutes);
	const brokenPages: string[] = [];
	let pages = 0;

	// Signed in one after the other: password hashing is slow on purpose, and the login page waits only so long.
	const signedIn: (SignedIn & { page: Page })[] = [];
	for (const subject of SUBJECTS) {
		const context = await browser.newContext({
			baseURL: server.origin,
			locale: 'fi-FI',
			timezoneId: 'Europe/Helsinki'
		});
		const page = await context.newPage();
		if (subject !== 'anonymous') await logIn(page, DEMO[subject]);
		signedIn.push({ subject, context, page });
	}
	const perSubject = await Promise.all(
		signedIn.map(async ({ subject, context, page }) => {
			const forms: RenderedForm[] = [];
			for (const { routeId, path } of routes.paths) {
				const response = await context.request.get(path, {
					headers: { accept: 'text/html' },
					maxRedirects: 0
				});
				if (response.status() >= 500) brokenPages.push(`${subject} ${path}: ${response.status()}`);
				// Refused, missing, or sent elsewhere (to the login page, or / once signed in): not this subject's page.
				if (response.status() !== 200) continue;
				pages++;
				for (const form of await page.evaluate(readForms, {
					html: await response.text(),
					url: `${server.origin}${path}`
				})) {
					const url = new URL(form.actionUrl);
					const actionRoute = routeOfPath(url.pathname, postRoutes) ?? url.pathname;
					const named = [...url.searchParams.keys()].find((key) => key.startsWith('/'));
					const action = actionRoutes.has(actionRoute) ? (named?.slice(1) ?? 'default') : 'POST';
					forms.push({ ...form, subject, routeId, pagePath: path, actionRoute, action });
				}
			}
			await page.close();
			return forms;
		})
	);
	return {
		sessions: signedIn.map(({ subject, context }) => ({ subject, context })),
		forms: perSubject.flat(),
		pages,
		brokenPages,
		routes
	};
}

/** A form's shape: one submission per shape is enough. */
export function formShape(form: RenderedForm): string {
	const names = [...new Set(form.entries.map(([name]) => name))].sort();
	return [form.subject, form.routeId, form.actionRoute, form.action, names.join(',')].join(' ');
}

export function describeForm(form: RenderedForm): string {
	return `${form.subject} on ${form.pagePath} → ${form.actionRoute} ${form.action}`;
}

/** Posts the entries the way the form's encoding says, as the form's subject. */
export function postForm(
	session: SignedIn,
	origin: string,
	form: RenderedForm,
	entries: readonly Entry[],
	headers: Record<string, string> = {}
): Promise<APIResponse> {
	const body = new FormData();
	for (const [name, value] of entries) {
		if (value !== null) body.append(name, value);
		else if (form.multipart) body.append(name, new File([], ''));
		// An empty file input sends its name with an empty value in a urlencoded form.
		else body.append(name, '');
	}
	return session.context.request.post(form.actionUrl, {
		headers: { origin, ...headers },
		...(form.multipart ? { multipart: body } : { form: body }),
		maxRedirects: 0
	});
}

/** Signs the subject in again when a submission ended its session (logout, a changed account). */
export async function keepSignedIn(session: SignedIn, origin: string): Promise<void> {
	if (session.subject === 'anonymous') return;
	const { request } = session.context;
	if ((await request.get('/api/me')).ok()) return;
	const response = await request.post('/login', {
		headers: { origin, accept: 'text/html' },
		form: { email: DEMO[session.subject], password: DEMO_PASSWORD },
		maxRedirects: 0
	});
	if (response.status() !== 303)
		throw new Error(`${session.subject} could not sign in again: ${response.status()}`);
}

export async function closeSessions(discovery: Discovery | undefined): Promise<void> {
	for (const { context } of discovery?.sessions ?? []) await context.close();
}
