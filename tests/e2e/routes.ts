/**
 * The app's page routes as the generated end-to-end checks see them: route ids
 * from the file tree under src/routes, their demo ids from the demo database,
 * and the subjects (the demo accounts and an anonymous visitor) who open them.
 * A new route is covered without editing the checks; a route with parameters
 * needs a resolver here.
 */
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { DemoRole } from './fixtures';

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

const ROUTES = 'src/routes';

/** Every file of this name under src/routes with its route id: groups left out, as in the URL. */
export function routeFiles(
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

export function routeParams(routeId: string): string[] {
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
export function routeOfPath(pathname: string, routeIds: readonly string[]): string | undefined {
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
 * How a route becomes demo pages: a query whose rows have columns named after
 * the route's parameters (and `query`, a query string the page needs).
 */
const RESOLVERS: Record<string, string> = {
	'/admin/bodies/[id=id]': 'select id from body',
	'/admin/organisations/[id=id]': 'select min(id) as id from organisation group by kind',
	// Not a demo account: the admin's forms deactivate and demote the person shown, and the demo accounts sign in after.
	'/admin/users/[id=id]':
		"select min(id) as id from user where email not like '%@yhdyspinta.example'",
	'/archive/bodies/[id=id]': 'select id from body',
	'/archive/meetings/[id=id]': 'select min(id) as id from meeting group by status',
	'/bodies/[id=id]': 'select id from body',
	// The last year with milestones offers to copy them into the next one; the year after, to start from the defaults.
	'/calendar/milestones':
		"select '' as query union all select '?year=' || max(year) from milestone union all select '?year=' || (max(year) + 1) from milestone",
	'/calendar/milestones/[id=id]': 'select min(id) as id from milestone group by meeting_id is null',
	// Next year's plan proposes meetings for each body.
	'/calendar/plan':
		"select '?body=' || id || '&year=' || (strftime('%Y', 'now') + 1) as query from body",
	'/consultations/[id=id]': 'select id from consultation_round',
	'/consultations/[id=id]/summary': 'select id from consultation_round',
	'/consultations/documents/[id=id]': 'select id from plan_document',
	// A call's page and its edit form differ by whether it is published (the edit form or the closing time).
	// And an open call the demo NGO has not applied to: its page offers last year's application to copy.
	'/grants/calls/[id=id]': `select min(id) as id from grant_call group by published_at is null
			union select min(c.id) from grant_call c where c.published_at is not null
				and c.closes_at > unixepoch() * 1000 and not exists (select 1 from grant_application a
					join user u on u.organisation_id = a.organisation_id
					where a.call_id = c.id and u.email = 'jarjesto@yhdyspinta.example')`,
	'/grants/calls/[id=id]/edit':
		'select min(id) as id from grant_call group by published_at is null',
	// The proposal is a form until it goes on an agenda (which takes it once the call has closed);
	// then it links to the decision.
	'/grants/calls/[id=id]/proposal': `select min(id) as id from grant_call
			group by decision_meeting_id is null, decided_at is null, closes_at < unixepoch() * 1000`,
	// The decision is recorded while its meeting runs, and shown once settled.
	'/grants/calls/[id=id]/decision':
		'select min(id) as id from grant_call where decision_meeting_id is not null group by decided_at is null',
	// A grant's page differs by its outcome, the recipient's answer, whether it has reports to give
	// or check, and whether it is hidden from the public lists (the form to hide it, or to bring it back).
	'/grants/applications/[id=id]/grant': `select min(a.id) as id from grant_application a
			where a.decided_at is not null
			group by a.status, a.acceptance, exists (select 1 from grant_report r where r.application_id = a.id and r.status = 'submitted'),
				exists (select 1 from grant_hidden h where h.application_id = a.id)`,
	// Change applications differ by the grant's outcome and whether one waits for the handler's decision.
	'/grants/applications/[id=id]/changes': `select min(a.id) as id from grant_application a
			where a.decided_at is not null
			group by a.status, exists (select 1 from grant_change_request c where c.application_id = a.id and c.status = 'pending')`,
	// Its forms differ by the application's status (the draft's form, the handler's check, the assessment).
	'/grants/applications/[id=id]': 'select min(id) as id from grant_application group by status',
	'/grants/calls/[id=id]/applications': 'select id from grant_call',
	// A batch's forms differ by where it stands: checked, approved, sent to finance, paid.
	'/grants/payments/[id=id]': `select min(id) as id from grant_payment_batch
			group by checked_by is null, exported_at is null, paid_at is null`,
	'/grants/documents/[id=id]': 'select id from grant_document_version',
	// Only the applicant's people open it, while a request for completion is open.
	'/grants/applications/[id=id]/completion':
		'select application_id as id from grant_completion_request where completed_at is null',
	'/indicators/[id=id]': 'select id from indicator',
	// Its forms differ by the measure's kind (goal or measure) and follow-up status.
	'/measures/[id=id]': 'select min(id) as id from measure group by kind, status',
	// Measures are recorded from settled minutes.
	'/measures/new':
		"select '?meeting=' || min(id) as query from meeting where status in ('minutes_review', 'approved', 'published')",
	// Its forms differ by the meeting's status, whether invitations went out, the body's publicity and attachments.
	'/meetings/[id=id]': `select min(m.id) as id from meeting m join body b on b.id = m.body_id
			group by m.status, m.invited_at is null, b.public, exists (select 1 from attachment a where a.meeting_id = m.id)`,
	'/organisations/[id=id]': 'select min(id) as id from organisation group by kind',
	// Its forms differ by whether the county has verified the NGO, and only the NGO's own people
	// keep it: the demo NGO account's profile too.
	'/organisations/[id=id]/profile': `select min(organisation_id) as id from organisation_profile group by verified_at is null
			union select organisation_id from user where email = 'jarjesto@yhdyspinta.example'`,
	'/situation/surveys/[year=year]': 'select year from situation_survey',
	// A region's answer exists once its year's survey is open.
	'/situation/answer/[year=year]': "select year from situation_survey where status <> 'draft'",
	// The token lives only in the emailed link (the database keeps its hash): the page a person with an old link meets.
	'/set-password/[token]': "select 'vanhentunut-linkki' as token",
	// The map by a number and by an option, sorted both ways.
	'/situation/[year]': `select year, '' as query from situation_survey where status = 'published'
			union all select max(year), '?measure=countyStructure&sort=grantsPerResident&dir=desc'
				from situation_survey where status = 'published' having max(year) is not null`,
	// A comparable region and Helsinki, which is not.
	'/situation/regions/[slug]': 'select min(slug) as slug from region group by comparable',
	'/api/consultations/[id=id]/comments': 'select id from consultation_round',
	'/api/measures/[id=id]': 'select min(id) as id from measure group by kind',
	'/api/grants/applications/[id=id]':
		'select min(id) as id from grant_application group by status, acceptance'
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
	/** Routes with parameters and no resolver: a new route needs one here. */
	unresolved: string[];
}

export function resolveRoutes(databasePath: string, routeIds: readonly string[]): ResolvedRoutes {
	const resolved: ResolvedRoutes = { paths: [], unresolved: [] };
	readDatabase(databasePath, (db) => {
		for (const routeId of routeIds) {
			const resolver = RESOLVERS[routeId];
			if (!resolver) {
				if (routeParams(routeId).length === 0) resolved.paths.push({ routeId, path: routeId });
				else resolved.unresolved.push(routeId);
			} else {
				for (const row of db.prepare(resolver).all() as Record<string, string | number>[]) {
					const path = routeId.replace(PARAM, (_match, _rest, name: string) => String(row[name]));
					resolved.paths.push({ routeId, path: `${path}${row.query ?? ''}` });
				}
			}
		}
	});
	return resolved;
}
