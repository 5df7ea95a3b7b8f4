/**
 * Issue 26: input that cannot crash. Every form action the pages render and
 * every route that takes a body gets a malformed body and a NUL in every text
 * field; the answer is a 4xx or a success, never a 5xx, and a 4xx leaves the
 * database as it was.
 */
import { createHash } from 'node:crypto';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { expect, test } from './fixtures';
import {
	closeSessions,
	discoverForms,
	keepSignedIn,
	LEAKS,
	postForm,
	type Discovery,
	type Entry,
	type RenderedForm,
	type SignedIn
} from './forms';
import { bodyEndpoints, readDatabase, resolveRoutes } from './routes';
import { sidePort, startServer, type StartedServer } from './server';

/**
 * Tables a refused request may still write without changing anyone's data: a
 * signed-in request slides its session's expiry, and a refused login or
 * feedback counts an attempt against its throttle (src/lib/server/auth/rate-limit.ts).
 * Their rows in sqlite_sequence move with them.
 */
const VOLATILE_TABLES = new Set(['session', 'attempt']);

const TEXT_TYPES = new Set(['text', 'textarea', 'search', 'email', 'url', 'tel', 'password']);

/** Bodies no browser sends: a multipart body without its boundary, and urlencoded bytes that are not UTF-8 or percent-encoding. */
const MALFORMED = [
	{
		variant: 'malformed multipart',
		contentType: 'multipart/form-data; boundary=xyz',
		data: 'this is not multipart\r\n--abc\r\n'
	},
	{
		variant: 'malformed urlencoded',
		contentType: 'application/x-www-form-urlencoded',
		data: Buffer.from([0x25, 0x45, 0x30, 0x3d, 0xff, 0xfe, 0x26, 0x25, 0x25, 0x00])
	}
];

const JSON_BODIES = [
	{ variant: 'invalid JSON', data: '{"a":' },
	{ variant: 'JSON array', data: '[]' }
];

/** Characters in a query string that a header or the database may choke on; the last is above U+00FF. */
const CONTROL_PATHS = [
	'/search?q=a%00',
	'/archive/search?q=a%00',
	...['%0d%0a', '%00', '%09', '%E2%82%AC'].map((character) => `/login?redirectTo=/a${character}b`)
];

let server: StartedServer;
let discovery: Discovery | undefined;

test.beforeAll(async ({ browser }) => {
	test.setTimeout(240_000);
	server = await startServer(sidePort(12), { demo: true });
	discovery = await discoverForms(browser, server);
});

test.afterAll(async () => {
	await closeSessions(discovery);
	server?.stop();
});

/** A digest per table of everything in it. */
function tableDigests(): Map<string, string> {
	return readDatabase(server.databasePath, (db) => {
		const tables = db
			.prepare(
				"select name from sqlite_master where type = 'table' and sql not like 'CREATE VIRTUAL%' order by name"
			)
			.pluck()
			.all() as string[];
		return new Map(
			tables
				.filter((table) => !VOLATILE_TABLES.has(table))
				.map((table) => {
					const hash = createHash('sha256');
					for (const row of db.prepare(`select * from "${table}"`).raw().iterate() as Iterable<
						unknown[]
					>) {
						if (table === 'sqlite_sequence' && VOLATILE_TABLES.has(String(row[0]))) continue;
						for (const value of row)
							hash.update(
								Buffer.isBuffer(value) ? value : `${typeof value}:${String(value)}\u0000`
							);
					}
					return [table, hash.digest('hex')];
				})
		);
	});
}

/** The value with a character slipped in after its first letter (or alone, when the field was empty). */
function slipIn(value: string, character: string): string {
	return `${value.slice(0, 1)}${character}${value.slice(1)}`;
}

test('malformed bodies and control characters never give a server error', async () => {
	test.setTimeout(300_000);
	const { forms, sessions } = discovery!;
	const problems: string[] = [];
	const sent = new Set<string>();
	let requests = 0;
	let serverErrors = 0;

	/** Sends one request as the subject, once per label, and checks its answer. */
	async function probe(
		session: SignedIn,
		label: string,
		send: (request: APIRequestContext) => Promise<APIResponse>
	): Promise<APIResponse | null> {
		const key = `${session.subject} ${label}`;
		if (sent.has(key)) return null;
		sent.add(key);
		const before = tableDigests();
		const response = await send(session.context.request);
		const status = response.status();
		const body = await response.text();
		requests++;
		if (status >= 500) {
			serverErrors++;
			problems.push(`${key}: ${status}`);
		}
		for (const leak of LEAKS.filter((l) => body.includes(l)))
			problems.push(`${key}: the answer contains "${leak}"`);
		if (status >= 400 && status < 500) {
			const after = tableDigests();
			const changed = [...before]
				.filter(([table, digest]) => after.get(table) !== digest)
				.map(([table]) => table);
			if (changed.length > 0)
				problems.push(`${key}: answered ${status} but changed ${changed.join(', ')}`);
		}
		await keepSignedIn(session, server.origin);
		return response;
	}

	async function sendMalformed(session: SignedIn, method: string, url: string): Promise<void> {
		for (const { variant, contentType, data } of MALFORMED) {
			await probe(session, `${method} ${url} (${variant})`, (request) =>
				request.fetch(url, {
					method,
					headers: { origin: server.origin, accept: 'text/html', 'content-type': contentType },
					data,
					maxRedirects: 0
				})
			);
		}
	}

	// Form actions, as every subject whose pages render them.
	const actions = new Map<string, RenderedForm>();
	for (const form of forms) {
		const key = `${form.subject} ${form.actionRoute} ${form.action}`;
		if (!actions.has(key)) actions.set(key, form);
	}
	for (const session of sessions) {
		for (const form of [...actions.values()].filter((f) => f.subject === session.subject)) {
			await sendMalformed(session, 'POST', form.actionUrl);
			const textFields = new Set(
				form.fields.filter((field) => TEXT_TYPES.has(field.type)).map((field) => field.name)
			);
			if (textFields.size === 0) continue;
			for (const [variant, character] of [
				['NUL', '\u0000'],
				['CR/LF', '\r\n']
			]) {
				const entries = form.entries.map(([name, value]): Entry => [
					name,
					value !== null && textFields.has(name) ? slipIn(value, character) : value
				]);
				await probe(
					session,
					`POST ${form.actionUrl} (${variant} in ${[...textFields].join(', ')})`,
					() => postForm(session, server.origin, form, entries, { accept: 'text/html' })
				);
			}
		}
	}

	// Routes that take a body; the JSON APIs also get broken JSON, and NULs in the fields their 400 names.
	const endpoints = bodyEndpoints();
	const endpointPaths = resolveRoutes(
		server.databasePath,
		endpoints.map((endpoint) => endpoint.routeId)
	);
	expect(
		endpointPaths.unresolved,
		'endpoints with parameters and no resolver in tests/e2e/forms.ts'
	).toEqual([]);
	for (const session of sessions) {
		for (const { routeId, path } of endpointPaths.paths) {
			for (const method of endpoints.find((endpoint) => endpoint.routeId === routeId)!.methods) {
				const url = `${server.origin}${path}`;
				await sendMalformed(session, method, url);
				if (!routeId.startsWith('/api/')) continue;
				// A Buffer, because Playwright would quote a string that is not JSON into one that is.
				const sendJson = (variant: string, data: string) =>
					probe(session, `${method} ${path} (${variant})`, (request) =>
						request.fetch(url, {
							method,
							headers: { origin: server.origin, 'content-type': 'application/json' },
							data: Buffer.from(data),
							maxRedirects: 0
						})
					);
				for (const { variant, data } of JSON_BODIES) await sendJson(variant, data);
				const empty = await sendJson('empty object', '{}');
				const fields =
					empty?.status() === 400
						? Object.keys(
								((await empty.json()) as { issues?: Record<string, string> }).issues ?? {}
							)
						: [];
				if (fields.length > 0)
					await sendJson(
						`NUL in ${fields.join(', ')}`,
						JSON.stringify(Object.fromEntries(fields.map((field) => [field, 'a\u0000b'])))
					);
			}
		}
	}

	// Control characters in query strings, signed out and signed in.
	for (const session of sessions.filter(
		({ subject }) => subject === 'anonymous' || subject === 'ngo'
	)) {
		for (const path of CONTROL_PATHS)
			await probe(session, `GET ${path}`, (request) =>
				request.get(path, { headers: { accept: 'text/html' }, maxRedirects: 0 })
			);
	}

	console.log(
		`malformed input: ${requests} requests to ${new Set([...actions.values()].map((f) => `${f.actionRoute} ${f.action}`)).size} actions ` +
			`and ${endpoints.length} routes that take a body, ${serverErrors} server errors, ${problems.length} problems in all`
	);
	expect(problems).toEqual([]);
});
