/**
 * `npm run bench:pages`: how heavy the pages are that grow with use. Builds a
 * copy of the demo (the same seeding as `node build-server/index.js --demo`)
 * plus a round with 1 000 comments, starts the production entry on it, signs
 * in as the demo's coordinator and NGO member and measures each page. Prints
 * a table, asserts nothing.
 *
 * A page is a row and a measure a column: a new figure per page (the
 * JavaScript a browser loads, the request rate against a bare page) is one
 * more entry in MEASURES.
 *
 * Target: a round page at most 300 kB of HTML, whatever the number of comments.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { openDatabase } from '../../src/lib/server/db/client';
import { DEMO_PASSWORD, seedDemoRegion } from '../../src/lib/server/demo/seed';
import { addBusyRound, BUSY_COMMENTS, type BusyRound } from './busy-round';

const HTML_TARGET_BYTES = 300_000;

const ACCOUNTS = {
	coordinator: 'koordinaattori@yhdyspinta.example',
	ngo: 'jarjesto@yhdyspinta.example'
} as const;
type Account = keyof typeof ACCOUNTS;

interface BenchPage {
	label: string;
	account: Account;
	path: (round: BusyRound) => string;
}

const PAGES: readonly BenchPage[] = [
	{ label: `Round, ${BUSY_COMMENTS} comments`, account: 'coordinator', path: (r) => `/consultations/${r.roundId}` },
	{ label: `Round, ${BUSY_COMMENTS} comments`, account: 'ngo', path: (r) => `/consultations/${r.roundId}` },
	{ label: 'Permalink to the oldest comment', account: 'coordinator', path: (r) => `/consultations/${r.roundId}?comment=${r.oldestThreadId}` },
	{ label: 'Permalink to an old reply', account: 'ngo', path: (r) => `/consultations/${r.roundId}?comment=${r.oldReplyId}` }
];

/** What a measure sees of a page: where it is, who asks, and its HTML (fetched once). */
interface PageContext {
	origin: string;
	url: string;
	cookie: string;
	html: () => Promise<Buffer>;
}

interface Measure {
	heading: string;
	measure: (page: PageContext) => Promise<string>;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const MEASURES: readonly Measure[] = [
	{ heading: 'HTML', measure: async (page) => kB((await page.html()).length) },
	{ heading: 'HTML gzip', measure: async (page) => kB(gzipSync(await page.html()).length) },
	{ heading: `HTML ≤ ${kB(HTML_TARGET_BYTES)}`, measure: async (page) => ((await page.html()).length <= HTML_TARGET_BYTES ? 'yes' : 'NO') }
];

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

async function waitForServer(origin: string): Promise<void> {
	for (let attempt = 0; attempt < 300; attempt++) {
		try {
			await fetch(`${origin}/login`, { redirect: 'manual' });
			return;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	throw new Error(`the server at ${origin} did not start`);
}

/** Signs in through the login form, as a browser would, and returns the session cookie. */
async function signIn(origin: string, email: string): Promise<string> {
	const response = await fetch(`${origin}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password: DEMO_PASSWORD })
	});
	const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
	if (response.status !== 303 || !session) throw new Error(`signing in as ${email} failed: ${response.status}`);
	return session.split(';')[0];
}

async function fetchHtml(url: string, cookie: string): Promise<Buffer> {
	const response = await fetch(url, { headers: { cookie, accept: 'text/html', 'accept-language': 'fi' }, redirect: 'manual' });
	if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
	return Buffer.from(await response.arrayBuffer());
}

function printTable(header: string[], rows: string[][]): void {
	const widths = header.map((heading, column) => Math.max(heading.length, ...rows.map((row) => row[column].length)));
	const line = (cells: string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
	console.log(line(header));
	console.log(widths.map((width) => '-'.repeat(width)).join('  '));
	for (const row of rows) console.log(line(row));
}

const dir = mkdtempSync(join(tmpdir(), 'yhdyspinta-bench-pages-'));
const databasePath = join(dir, 'app.db');
let server: ReturnType<typeof spawn> | null = null;
try {
	const db = openDatabase(databasePath);
	await seedDemoRegion(db, new Date(), join(dir, 'attachments'));
	const round = addBusyRound(db);
	db.$client.close();

	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	server = spawn('node', ['build-server/index.js', '--demo'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, DATABASE_PATH: databasePath },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	await waitForServer(origin);
	const cookies = Object.fromEntries(await Promise.all(Object.entries(ACCOUNTS).map(async ([account, email]) => [account, await signIn(origin, email)])));

	const rows: string[][] = [];
	for (const page of PAGES) {
		const url = `${origin}${page.path(round)}`;
		const cookie = cookies[page.account];
		let html: Promise<Buffer> | null = null;
		const context: PageContext = { origin, url, cookie, html: () => (html ??= fetchHtml(url, cookie)) };
		const cells: string[] = [];
		for (const measure of MEASURES) cells.push(await measure.measure(context));
		rows.push([page.label, page.account, ...cells]);
	}
	console.log(`Pages of a round with ${BUSY_COMMENTS} comments on a copy of the demo (Finnish, signed in):\n`);
	printTable(['Page', 'As', ...MEASURES.map((m) => m.heading)], rows);
} finally {
	server?.kill();
	rmSync(dir, { recursive: true, force: true });
}
