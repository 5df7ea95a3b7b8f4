/**
 * `npm run bench:pages`: how heavy and how fast the pages are. Builds a copy
 * of the demo (the same seeding as `node build-server/index.js --demo`) plus
 * five years of meetings of every body, a running meeting of twelve items
 * and a round with 1 000 comments, starts the production entry on it, signs
 * in as the demo's coordinator and NGO member and measures each page. Prints
 * a table, asserts nothing.
 *
 * A page is a row and a measure a column: a new figure per page is one more
 * entry in MEASURES, a new page one more entry in PAGES.
 *
 * Targets: a round page at most 300 kB of HTML, whatever the number of
 * comments; JavaScript (gzip, what Chromium fetched for one page load) at most
 * 60 kB on the public archive and the login page and 90 kB on signed-in pages
 * without editors; a request rate (8 clients) of at least 0.5× the bare
 * page's on the calendar, front, body and meeting pages and 0.7× on public
 * minutes; the running twelve-item meeting's minutes editable in Chromium at
 * most 0.8 s after navigation starts (the median of five loads, each in a
 * fresh browser context; see `timeToEditable`).
 *
 * The bare page is the privacy statement for an anonymous visitor: an
 * existing route with no server load of its own, so a request costs what the
 * root layout and Kit's rendering cost and nothing else. Measuring it on the
 * same server in the same run makes the ratios comparable between machines
 * and loads; a separate fixture app would measure a different build.
 */
// First: an older Node stops here with a clear message (the server it starts uses this Node).
import '../../scripts/node-version.js';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { openDatabase } from '../../src/lib/server/db/client';
import { DEMO_PASSWORD, seedDemoRegion } from '../../src/lib/server/demo/seed';
import { desc, eq } from 'drizzle-orm';
import { chromium, type Browser } from '@playwright/test';
import { body, meeting } from '../../src/lib/server/db/schema';
import { addBusyRound, BUSY_COMMENTS, type BusyRound } from './busy-round';
import { addBusyYears, BUSY_YEARS } from './busy-years';
import { addLongMeeting, LONG_MEETING_ITEMS } from './long-meeting';

const HTML_TARGET_BYTES = 300_000;
/** Concurrent clients and seconds per page for the request rate. */
const CLIENTS = 8;
const RATE_SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const BARE_PATH = '/privacy';
/** Loads per time-to-editable figure, after one that is not counted. */
const EDITABLE_LOADS = 5;
/** The first item's discussion editor: what the secretary types into first. */
const FIRST_MINUTES_EDITOR = 'Kohta 1: Käsittely';

const ACCOUNTS = {
	coordinator: 'koordinaattori@yhdyspinta.example',
	ngo: 'jarjesto@yhdyspinta.example'
} as const;
type Account = keyof typeof ACCOUNTS | 'anonymous';

/** The seeded things the pages are about. */
interface Seeded extends BusyRound {
	publicBodyId: number;
	publishedMeetingId: number;
	runningMeetingId: number;
	longMeetingId: number;
}

interface BenchPage {
	label: string;
	account: Account;
	path: (seeded: Seeded) => string;
	/** Most gzip bytes of JavaScript a page load may fetch; none where someone edits. */
	jsBudget?: number;
	/** Least request rate as a share of the bare page's. */
	rateTarget?: number;
	/** Most milliseconds until the minutes take typing (see `timeToEditable`); measured only where set. */
	editableTarget?: number;
}

const PUBLIC_JS = 60_000;
const SIGNED_IN_JS = 90_000;

const PAGES: readonly BenchPage[] = [
	{ label: 'Bare page (privacy)', account: 'anonymous', path: () => BARE_PATH },
	{ label: 'Login', account: 'anonymous', path: () => '/login', jsBudget: PUBLIC_JS },
	{ label: 'Archive', account: 'anonymous', path: () => '/archive', jsBudget: PUBLIC_JS },
	{
		label: 'Archive of a body',
		account: 'anonymous',
		path: (s) => `/archive/bodies/${s.publicBodyId}`,
		jsBudget: PUBLIC_JS
	},
	{
		label: 'Public minutes',
		account: 'anonymous',
		path: (s) => `/archive/meetings/${s.publishedMeetingId}`,
		jsBudget: PUBLIC_JS,
		rateTarget: 0.7
	},
	{
		label: 'Front page',
		account: 'coordinator',
		path: () => '/',
		jsBudget: SIGNED_IN_JS,
		rateTarget: 0.5
	},
	{
		label: 'Calendar',
		account: 'coordinator',
		path: () => '/calendar',
		jsBudget: SIGNED_IN_JS,
		rateTarget: 0.5
	},
	{
		label: 'Body page',
		account: 'coordinator',
		path: (s) => `/bodies/${s.publicBodyId}`,
		jsBudget: SIGNED_IN_JS,
		rateTarget: 0.5
	},
	{
		label: 'Meeting, published minutes',
		account: 'coordinator',
		path: (s) => `/meetings/${s.publishedMeetingId}`,
		jsBudget: SIGNED_IN_JS,
		rateTarget: 0.5
	},
	{
		label: 'Meeting running (editors)',
		account: 'coordinator',
		path: (s) => `/meetings/${s.runningMeetingId}`,
		rateTarget: 0.5
	},
	{
		label: `Meeting running, ${LONG_MEETING_ITEMS} items`,
		account: 'coordinator',
		path: (s) => `/meetings/${s.longMeetingId}`,
		editableTarget: 800
	},
	{
		label: `Round, ${BUSY_COMMENTS} comments`,
		account: 'coordinator',
		path: (r) => `/consultations/${r.roundId}`
	},
	{
		label: `Round, ${BUSY_COMMENTS} comments`,
		account: 'ngo',
		path: (r) => `/consultations/${r.roundId}`
	},
	{
		label: 'Permalink to the oldest comment',
		account: 'coordinator',
		path: (r) => `/consultations/${r.roundId}?comment=${r.oldestThreadId}`
	},
	{
		label: 'Permalink to an old reply',
		account: 'ngo',
		path: (r) => `/consultations/${r.roundId}?comment=${r.oldReplyId}`
	}
];

/** What a measure sees of a page: where it is, who asks, and its HTML (fetched once). */
interface PageContext {
	page: BenchPage;
	origin: string;
	url: string;
	cookie: string;
	html: () => Promise<Buffer>;
	/** Requests per second with CLIENTS concurrent clients (measured once). */
	rate: () => Promise<number>;
	/** The bare page's rate in this run. */
	bareRate: () => Promise<number>;
}

interface Measure {
	heading: string;
	measure: (page: PageContext) => Promise<string>;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const MEASURES: readonly Measure[] = [
	{ heading: 'HTML', measure: async (page) => kB((await page.html()).length) },
	{ heading: 'HTML gzip', measure: async (page) => kB(gzipSync(await page.html()).length) },
	{
		heading: `HTML ≤ ${kB(HTML_TARGET_BYTES)}`,
		measure: async (page) => ((await page.html()).length <= HTML_TARGET_BYTES ? 'yes' : 'NO')
	},
	{
		heading: 'JS gzip (budget)',
		measure: async (page) => {
			const bytes = await scriptBytes(page.url, page.cookie);
			const budget = page.page.jsBudget;
			return budget
				? `${kB(bytes)} (≤ ${kB(budget)} ${bytes <= budget ? 'yes' : 'NO'})`
				: kB(bytes);
		}
	},
	{
		heading: `Requests/s (${CLIENTS} clients)`,
		measure: async (page) => (await page.rate()).toFixed(0)
	},
	{
		heading: '× bare (target)',
		measure: async (page) => {
			const ratio = (await page.rate()) / (await page.bareRate());
			const target = page.page.rateTarget;
			return target
				? `${ratio.toFixed(2)} (≥ ${target} ${ratio >= target ? 'yes' : 'NO'})`
				: ratio.toFixed(2);
		}
	},
	{
		heading: `Editable, median of ${EDITABLE_LOADS} (min–max, target)`,
		measure: async (page) => {
			const target = page.page.editableTarget;
			if (!target) return '–';
			const times: number[] = [];
			await timeToEditable(page.url, page.cookie); // warms the server's caches and code; not counted
			for (let load = 0; load < EDITABLE_LOADS; load++)
				times.push(await timeToEditable(page.url, page.cookie));
			times.sort((a, b) => a - b);
			const median = times[Math.floor(times.length / 2)];
			return `${seconds(median)} (${seconds(times[0])}–${seconds(times[times.length - 1])}, ≤ ${seconds(target)} ${median <= target ? 'yes' : 'NO'})`;
		}
	}
];

let browser: Promise<Browser> | null = null;

function launchedBrowser(): Promise<Browser> {
	return (browser ??= chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
	}));
}

/**
 * The JavaScript one page load fetched in Chromium (the entry, the page's
 * chunks and whatever it imports on mount), each body gzip-compressed as the
 * server would send it over a network.
 */
async function scriptBytes(url: string, cookie: string): Promise<number> {
	const context = await (
		await launchedBrowser()
	).newContext({ locale: 'fi-FI', extraHTTPHeaders: cookie ? { cookie } : {} });
	try {
		const tab = await context.newPage();
		const bodies: Promise<number>[] = [];
		tab.on('response', (response) => {
			if (response.request().resourceType() === 'script')
				bodies.push(
					response.body().then(
						(b) => gzipSync(b).length,
						() => 0
					)
				);
		});
		await tab.goto(url, { waitUntil: 'networkidle' });
		// Chunks imported on mount (an editor) may start after the network first fell idle.
		await tab.waitForTimeout(1000);
		await tab.waitForLoadState('networkidle');
		return (await Promise.all(bodies)).reduce((sum, n) => sum + n, 0);
	} finally {
		await context.close();
	}
}

/**
 * Milliseconds from navigation start until the minutes take typing in
 * Chromium: the first item's discussion editor exists, is contenteditable
 * and shows a typed character. A fresh context each time, so nothing is
 * cached. The page itself notes when the editor appears (a MutationObserver,
 * so no polling interval is measured) and when the character is in; the key
 * is pressed as a person's would be, through the browser's input.
 */
async function timeToEditable(url: string, cookie: string): Promise<number> {
	const context = await (await launchedBrowser()).newContext({ locale: 'fi-FI' });
	try {
		// A cookie, not a header: the collaboration server's WebSocket needs the session too.
		const [name, value] = [
			cookie.slice(0, cookie.indexOf('=')),
			cookie.slice(cookie.indexOf('=') + 1)
		];
		await context.addCookies([{ name, value, url }]);
		await context.exposeBinding('benchEditorFocused', ({ page }) => page.keyboard.type('x'));
		await context.addInitScript((editorName) => {
			const page = window as unknown as { benchEditorFocused: () => void; benchTypedAt?: number };
			const observer = new MutationObserver(() => {
				const editor = document.querySelector<HTMLElement>(
					`[role="textbox"][aria-label="${editorName}"]`
				);
				if (!editor?.isContentEditable) return;
				observer.disconnect();
				// The browser has put the typed character into the editor.
				editor.addEventListener('input', () => (page.benchTypedAt = performance.now()), {
					once: true
				});
				editor.focus();
				page.benchEditorFocused();
			});
			observer.observe(document, { subtree: true, childList: true, attributes: true });
		}, FIRST_MINUTES_EDITOR);
		const tab = await context.newPage();
		await tab.goto(url, { waitUntil: 'commit' });
		const typedAt = await tab.waitForFunction(
			() => (window as unknown as { benchTypedAt?: number }).benchTypedAt,
			null,
			{ timeout: 30_000 }
		);
		return Number(await typedAt.jsonValue());
	} finally {
		await context.close();
	}
}

async function closeBrowser(): Promise<void> {
	await (await browser)?.close();
}

/** CLIENTS clients each requesting the page again as soon as the last answer arrived, for RATE_SECONDS. */
async function requestRate(url: string, cookie: string): Promise<number> {
	const headers = { cookie, accept: 'text/html', 'accept-language': 'fi' };
	// A short warm-up, so that the first requests' compilation and caches are not measured.
	for (let i = 0; i < 20; i++) await (await fetch(url, { headers })).arrayBuffer();
	const until = Date.now() + RATE_SECONDS * 1000;
	const started = Date.now();
	let done = 0;
	await Promise.all(
		Array.from({ length: CLIENTS }, async () => {
			while (Date.now() < until) {
				const response = await fetch(url, { headers, redirect: 'manual' });
				await response.arrayBuffer();
				if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
				done++;
			}
		})
	);
	return done / ((Date.now() - started) / 1000);
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port'))
			);
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
	const session = response.headers
		.getSetCookie()
		.find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
	if (response.status !== 303 || !session)
		throw new Error(`signing in as ${email} failed: ${response.status}`);
	return session.split(';')[0];
}

async function fetchHtml(url: string, cookie: string): Promise<Buffer> {
	const response = await fetch(url, {
		headers: { cookie, accept: 'text/html', 'accept-language': 'fi' },
		redirect: 'manual'
	});
	if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
	return Buffer.from(await response.arrayBuffer());
}

function printTable(header: string[], rows: string[][]): void {
	const widths = header.map((heading, column) =>
		Math.max(heading.length, ...rows.map((row) => row[column].length))
	);
	const line = (cells: string[]) =>
		cells
			.map((cell, column) =>
				column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])
			)
			.join('  ');
	console.log(line(header));
	console.log(widths.map((width) => '-'.repeat(width)).join('  '));
	for (const row of rows) console.log(line(row));
}

const dir = mkdtempSync(join(tmpdir(), 'yhdyspinta-bench-pages-'));
const databasePath = join(dir, 'app.db');
let server: ReturnType<typeof spawn> | null = null;
try {
	const db = openDatabase(databasePath);
	const now = new Date();
	await seedDemoRegion(db, now, join(dir, 'attachments'));
	const years = addBusyYears(db, now);
	const round = addBusyRound(db, now);
	const latestPublished = db
		.select({ meeting })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(meeting.status, 'published'))
		.orderBy(desc(meeting.startsAt))
		.get()!.meeting;
	const running = db
		.select()
		.from(meeting)
		.where(eq(meeting.status, 'in_progress'))
		.orderBy(desc(meeting.startsAt))
		.get()!;
	// Added after the demo's running meeting is found: it is the latest to start.
	const longMeetingId = addLongMeeting(db, now);
	const seeded: Seeded = {
		...round,
		publicBodyId: latestPublished.bodyId,
		publishedMeetingId: latestPublished.id,
		runningMeetingId: running.id,
		longMeetingId
	};
	db.$client.close();

	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	server = spawn('node', ['build-server/index.js', '--demo'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DATABASE_PATH: databasePath
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	await waitForServer(origin);
	const cookies: Record<Account, string> = {
		anonymous: '',
		...Object.fromEntries(
			await Promise.all(
				Object.entries(ACCOUNTS).map(async ([account, email]) => [
					account,
					await signIn(origin, email)
				])
			)
		)
	};

	let bare: Promise<number> | null = null;
	const bareRate = () => (bare ??= requestRate(`${origin}${BARE_PATH}`, ''));
	const rows: string[][] = [];
	for (const page of PAGES) {
		const url = `${origin}${page.path(seeded)}`;
		const cookie = cookies[page.account];
		let html: Promise<Buffer> | null = null;
		let rate: Promise<number> | null = null;
		const context: PageContext = {
			page,
			origin,
			url,
			cookie,
			html: () => (html ??= fetchHtml(url, cookie)),
			rate: () =>
				page.path(seeded) === BARE_PATH ? bareRate() : (rate ??= requestRate(url, cookie)),
			bareRate
		};
		const cells: string[] = [];
		for (const measure of MEASURES) cells.push(await measure.measure(context));
		rows.push([page.label, page.account, ...cells]);
	}
	console.log(
		`Pages of the demo with ${years.meetings} more meetings over ${BUSY_YEARS} years and a round with ${BUSY_COMMENTS} comments (Finnish; ${CLIENTS} clients, ${RATE_SECONDS} s a page; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores):\n`
	);
	printTable(['Page', 'As', ...MEASURES.map((m) => m.heading)], rows);
} finally {
	await closeBrowser();
	server?.kill();
	rmSync(dir, { recursive: true, force: true });
}
