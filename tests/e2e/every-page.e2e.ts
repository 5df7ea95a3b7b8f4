/**
 * Issue 23: every page route, with the demo ids it needs, for each demo account
 * (and an anonymous visitor) that can open it, at 320×640 and 1280×800 CSS px,
 * passes the page check (tests/e2e/page-check.ts). The routes come from the file
 * tree, so a page written tomorrow is checked without editing this file.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { DEMO, expect, logIn, test } from './fixtures';
import { pageProblems, WIDTHS } from './page-check';
import { resolveRoutes, routeFiles, SUBJECTS, type ResolvedRoutes, type Subject } from './routes';
import { sidePort, startServer, type StartedServer } from './server';

const PAGE_ROUTES = routeFiles('+page.svelte').map((route) => route.routeId);

let servers: StartedServer[] = [];
let routes: ResolvedRoutes;
/** The demo accounts and an anonymous visitor on the demo, and the first visitor of a new installation. */
const visitors: { subject: Subject | 'first run'; context: BrowserContext; page: Page }[] = [];

test.beforeAll(async ({ browser }) => {
	test.setTimeout(120_000);
	// Servers of their own: the other files change the demo data while this one reads it.
	const [demo, newInstallation] = await Promise.all([
		startServer(sidePort(13), { demo: true }),
		startServer(sidePort(14), { demo: false })
	]);
	servers = [demo, newInstallation];
	routes = resolveRoutes(demo.databasePath, PAGE_ROUTES);
	// PAGE_CHECK narrows a run to the routes it matches, while a page is being mended.
	const only = process.env.PAGE_CHECK ? new RegExp(process.env.PAGE_CHECK) : null;
	if (only) routes.paths = routes.paths.filter((path) => only.test(path.routeId));
	const open = async (subject: Subject | 'first run', origin: string) => {
		const context = await browser.newContext({
			baseURL: origin,
			locale: 'fi-FI',
			timezoneId: 'Europe/Helsinki'
		});
		const page = await context.newPage();
		if (subject !== 'anonymous' && subject !== 'first run') await logIn(page, DEMO[subject]);
		visitors.push({ subject, context, page });
	};
	for (const subject of SUBJECTS) await open(subject, demo.origin);
	await open('first run', newInstallation.origin);
});

test.afterAll(async () => {
	for (const { context } of visitors) await context.close();
	for (const server of servers) server.stop();
});

/** The problems of one path as one visitor, at each width; null when the page is not theirs. */
async function checkPath(page: Page, path: string): Promise<string[] | null> {
	await page.setViewportSize(WIDTHS[0]);
	const response = await page.goto(path);
	const landed = new URL(page.url());
	// Refused, missing, or sent elsewhere (to the login page, or / once signed in): not this visitor's page.
	if (response?.status() !== 200 || landed.pathname + landed.search !== path) return null;
	await page.waitForLoadState('networkidle');
	const problems: string[] = [];
	for (const size of WIDTHS) {
		await page.setViewportSize(size);
		problems.push(...(await pageProblems(page)).map((problem) => `${size.width} px: ${problem}`));
	}
	return problems;
}

test('every page passes the page check at 320 and 1280 px for everyone who can open it', async () => {
	test.setTimeout(1_200_000);
	expect(
		routes.unresolved,
		'page routes with parameters and no resolver in tests/e2e/routes.ts'
	).toEqual([]);
	const problemsByRoute: Record<string, string[]> = {};
	const openedRoutes = new Set<string>();
	let cases = 0;
	// Each visitor reads the pages in order, the visitors side by side.
	await Promise.all(
		visitors.map(async ({ subject, page }) => {
			for (const { routeId, path } of routes.paths) {
				const problems = await checkPath(page, path);
				if (problems === null) continue;
				openedRoutes.add(routeId);
				cases += WIDTHS.length;
				if (problems.length > 0)
					(problemsByRoute[routeId] ??= []).push(
						...problems.map((problem) => `${subject} ${path} at ${problem}`)
					);
			}
		})
	);
	console.log(
		`page check: ${cases} route × role × width cases on ${openedRoutes.size} page routes`
	);
	for (const { routeId } of routes.paths)
		if (!openedRoutes.has(routeId)) problemsByRoute[routeId] = ['no visitor could open it'];
	expect(problemsByRoute).toEqual({});
});

test('the page check finds a page that scrolls sideways, clipped text, a nameless scroll region and small targets, and lets an ellipsis with a tooltip be', async ({
	page
}) => {
	await page.setViewportSize(WIDTHS[0]);
	await page.setContent(`<!doctype html>
		<html lang="fi"><head><title>Mittauskoe</title></head><body><main>
			<h1>Mittauskoe</h1>
			<div style="width: 400px">Leveä laatikko</div>
			<p style="width: 100px; white-space: nowrap; overflow: hidden">Tämä teksti ei mahdu laatikkoonsa</p>
			<p style="width: 100px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis"
				title="Tämä teksti näkyy kokonaan vihjeessä">Tämä teksti näkyy kokonaan vihjeessä</p>
			<div style="height: 40px; overflow: auto"><p>Rivi</p><p>Rivi</p><p>Rivi</p></div>
			<button type="button" style="width: 16px; height: 16px; padding: 0" aria-label="Edellinen"></button><button
				type="button" style="width: 16px; height: 16px; padding: 0" aria-label="Seuraava"></button>
		</main></body></html>`);
	const problems = await pageProblems(page);
	expect(problems).toEqual([
		expect.stringMatching(
			/^the page scrolls sideways: 4\d\d px wide in 320 px \(div "Leveä laatikko"/
		),
		expect.stringMatching(/^text clipped by its box: p "Tämä teksti/),
		expect.stringMatching(/^a scrolling region cannot be focused and has no name: div "Rivi/),
		expect.stringMatching(/^scrollable-region-focusable: /),
		expect.stringMatching(/^target-size: .*Edellinen.*Seuraava/)
	]);
});
