/**
 * The forms of the app as a browser sees them, for the generated tests
 * (forms-contract, malformed-input): page routes come from the file tree, their
 * ids from the demo database, the forms from the rendered HTML of every page
 * each demo account (and an anonymous visitor) can open.
 */
import type { APIResponse, Browser, BrowserContext, Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, logIn } from './fixtures';
import {
	resolveRoutes,
	routeFiles,
	routeOfPath,
	SUBJECTS,
	type ResolvedRoutes,
	type Subject
} from './routes';
import type { StartedServer } from './server';

/** Texts of a library or a domain error that must never reach a response. */
export const LEAKS = ['Invalid key', 'Invalid type', 'not_found:'];

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
